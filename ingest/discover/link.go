package discover

import (
	"html"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// Link is an article URL found by discovery, with the hints its source
// gave.
type Link struct {
	URL       string    // absolute http or https URL, without fragment
	Title     string    // from the feed item, news:title or anchor text; may be empty
	Published time.Time // from the feed item, news:publication_date or lastmod; zero when unknown
}

// resolveLink resolves ref against base and returns it when it is an http
// or https URL; "" otherwise. The fragment is dropped: it names a place in
// a page, not another page.
func resolveLink(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	u.RawFragment = ""
	// Parse accepts hosts its own output does not survive ("//0::" gives
	// "https://0::", whose port is bad): keep only what parses back.
	s := u.String()
	if v, err := url.Parse(s); err != nil || v.Host == "" {
		return ""
	}
	return s
}

// parseBase parses a base URL, nil when empty or invalid.
func parseBase(raw string) *url.URL {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	return u
}

// collapseSpace trims s and folds runs of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// cleanTitle turns a title that may hold escaped markup ("&#x24;4300
// 3bd<sup>2</sup>") into plain text with single spaces.
func cleanTitle(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = stripTags(html.UnescapeString(s))
	}
	return collapseSpace(s)
}

// tagPattern matches an HTML tag, not a lone "<" in text.
var tagPattern = regexp.MustCompile(`</?[a-zA-Z][^<>]*>`)

func stripTags(s string) string {
	return tagPattern.ReplaceAllString(s, " ")
}
