package article

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"time"

	"golang.org/x/net/html"
)

// Hints are what the feed or sitemap said about the page. Fetched bounds
// dates: nothing published after it is believed.
type Hints struct {
	Title     string
	Published time.Time
	Fetched   time.Time
}

// Article is what Parse extracts from a page.
type Article struct {
	Title      string
	Authors    []string
	Published  time.Time
	Modified   time.Time
	DateSource string // which signal won: "json-ld", "meta", "time", "url", "feed", "text", "modified"

	Language     string
	SiteName     string
	ImageURL     string
	CanonicalURL string

	Text string // main body, paragraphs separated by "\n\n"
}

// ErrEmpty is returned for a page with no parseable content at all.
var ErrEmpty = errors.New("empty page")

// maxPageBytes bounds the work done on a single page.
const maxPageBytes = 8 << 20

// Parse extracts the article from UTF-8 HTML fetched from pageURL.
func Parse(page []byte, pageURL string, h Hints) (*Article, error) {
	if len(bytes.TrimSpace(page)) == 0 {
		return nil, ErrEmpty
	}
	if len(page) > maxPageBytes {
		page = page[:maxPageBytes]
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		// The parser refuses pathological nesting; keep the text instead.
		if doc, err = html.Parse(bytes.NewReader(flatten(page))); err != nil {
			return nil, fmt.Errorf("parse html: %w", err)
		}
	}
	base, _ := url.Parse(pageURL)
	if base != nil && base.Scheme == "" && base.Host == "" {
		base = nil
	}
	m := collect(doc, base)
	a := &Article{
		Title:        pickTitle(m, h.Title),
		Authors:      pickAuthors(m),
		Language:     m.language(),
		SiteName:     m.siteName(),
		ImageURL:     m.image(),
		CanonicalURL: m.canonical(pageURL),
	}
	a.Published, a.DateSource = pickPublished(m, doc, pageURL, a.Title, h)
	a.Modified = pickModified(m, h)
	loc := func(t time.Time) time.Time { return localize(t, pageURL, m.language()) }
	if a.DateSource == "json-ld" || a.DateSource == "meta" {
		if t, ok := visibleDate(m, a.Published, loc(a.Modified)); ok {
			a.Published, a.DateSource = t, "modified"
		}
	}
	// Only a structured pick is arbitrated: a date read from the text may
	// be the dateline itself, or the only statement of publication.
	if structuredSource(a.DateSource) {
		if t, src, ok := datelineDate(m, a.Title, a.Published, boundsFor(h), a.Modified, loc); ok {
			a.Published, a.DateSource = t, src
		}
	}
	// The pickers have read the head and scripts; the body extractor works
	// on the pruned tree, which is much cheaper to search and copy.
	pruneForBody(doc)
	a.Text = extractBody(doc, base)
	return a, nil
}
