package discover

import (
	"strings"
	"time"
)

// w3cLayouts are the W3C Datetime forms sitemaps use (year to fractional
// seconds, with zone), then common sloppy variants (no zone, a space for
// the T, RFC 1123 dates).
var w3cLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05Z0700",
	"2006-01",
	"2006",
	time.RFC1123Z,
	time.RFC1123,
}

// parseW3CDate parses a sitemap date; zero when empty or unparsable. Dates
// without a zone are taken as UTC.
func parseW3CDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}
	}
	for _, layout := range w3cLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
