package fetch

import (
	"testing"
	"time"

	"github.com/temoto/robotstxt"
)

// FuzzRobots feeds arbitrary robots.txt bodies through the parser and the
// calls Fetch makes on the result: a panic there would take down a worker.
func FuzzRobots(f *testing.F) {
	for _, s := range []string{
		"User-agent: *\nDisallow: /private\nCrawl-delay: 2\nSitemap: https://x.example/s.xml\n",
		"User-agent: tidings\nAllow: /$\nDisallow: /*?q=\n",
		"Disallow: /\n",
		"User-agent: *\nCrawl-delay: -1\nDisallow: /a*b$\n",
		"\xef\xbb\xbfUser-agent: *\r\nDisallow: /%E2%82%AC\r\n",
		"",
	} {
		f.Add([]byte(s), "/private/x?y=1")
	}
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		data, err := robotstxt.FromBytes(body)
		if err != nil {
			return
		}
		data.TestAgent(path, "tidings")
		if g := data.FindGroup("tidings"); g == nil {
			t.Fatal("FindGroup returned nil")
		}
	})
}

func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"120", "Thu, 26 Nov 2026 09:00:00 GMT", "-1", "9999999999999999999", ""} {
		f.Add(s)
	}
	now := time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, v string) {
		if d := parseRetryAfter(v, now); d < 0 {
			t.Fatalf("parseRetryAfter(%q) = %s", v, d)
		}
	})
}
