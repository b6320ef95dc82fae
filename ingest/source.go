package ingest

import (
	"fmt"
	"regexp"
	"time"
)

// Source kinds.
const (
	KindFeed    = "feed"
	KindSitemap = "sitemap"
	KindPage    = "page"
	KindFile    = "file"
)

// Source is one configured news source.
type Source struct {
	Name         string
	Kind         string
	URL          string // feed, sitemap or listing page URL
	Path         string // kind file: a feed file whose item links name pages beside it
	Currency     string // what a bare "$" means in this source's articles
	MaxArticles  int    // links taken per run; 0 means no limit
	Since        time.Duration
	AllowPrivate bool
	AllowHosts   []string
	LinkSelector string
	NextSelector string
	MaxPages     int
	Include      []*regexp.Regexp
	Exclude      []*regexp.Regexp
}

// wants reports whether a discovered URL passes the source's include and
// exclude patterns.
func (s *Source) wants(url string) bool {
	for _, re := range s.Exclude {
		if re.MatchString(url) {
			return false
		}
	}
	if len(s.Include) == 0 {
		return true
	}
	for _, re := range s.Include {
		if re.MatchString(url) {
			return true
		}
	}
	return false
}

// CompilePatterns compiles include/exclude regular expressions.
func CompilePatterns(exprs []string) ([]*regexp.Regexp, error) {
	out := make([]*regexp.Regexp, 0, len(exprs))
	for _, e := range exprs {
		re, err := regexp.Compile(e)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %w", e, err)
		}
		out = append(out, re)
	}
	return out, nil
}
