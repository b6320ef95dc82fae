package discover

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"tidings/internal/evaltest"
)

var closingTagsOnly = regexp.MustCompile(`^[^<>]*>?(</[^<>]*>)*$`)

// addFeedSeeds adds the evaluation feeds (when present) and small cases.
func addFeedSeeds(f *testing.F, pattern string, extra ...string) {
	for _, s := range extra {
		f.Add([]byte(s))
	}
	dir := evaltest.Find()
	if dir == "" {
		return
	}
	files, _ := filepath.Glob(filepath.Join(dir, "feeds", pattern))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 256<<10 {
			f.Add(b)
		}
	}
}

// hangGuard panics (crashing the fuzz worker, which saves the input) when
// the calling target has not returned within a generous bound: the fuzzer
// has no per-input timeout of its own, so a hang would pass unnoticed.
func hangGuard() (stop func()) {
	t := time.AfterFunc(20*time.Second, func() { panic("parser still running after 20s") })
	return func() { t.Stop() }
}

// checkLinks asserts the properties every discovered link has.
func checkLinks(t *testing.T, links []Link) {
	t.Helper()
	seen := map[string]bool{}
	for _, l := range links {
		u, err := url.Parse(l.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Fragment != "" {
			t.Fatalf("bad link URL %q", l.URL)
		}
		if seen[l.URL] {
			t.Fatalf("duplicate link %q", l.URL)
		}
		seen[l.URL] = true
		if !utf8.ValidString(l.Title) || l.Title != strings.TrimSpace(l.Title) {
			t.Fatalf("bad title %q", l.Title)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	addFeedSeeds(f, "*/*.*",
		`<rss version="2.0"><channel><item><link>/a</link><title>x</title></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="b"/></entry></feed>`,
		`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","url":"c"}]}`,
		`<rdf:RDF><item><link>d</link></item><item/></rdf:RDF>`,
		``, `<`, `<?xml version="1.0" encoding="latin1"?><rss><item><link>/é</link></item></rss>`)
	f.Fuzz(func(t *testing.T, body []byte) {
		if len(body) > 1<<20 {
			return
		}
		defer hangGuard()()
		links, err := ParseFeed(body, "https://fuzz.example/feed")
		if err != nil && len(links) > 0 {
			t.Fatalf("links returned with error %v", err)
		}
		if len(links) > MaxFeedItems {
			t.Fatalf("%d links", len(links))
		}
		checkLinks(t, links)
		// Truncation returns the body or a prefix of it followed only by
		// closing tags.
		cut := truncateItems(body, 1)
		if !bytes.Equal(cut, body) {
			k := 0
			for k < len(cut) && k < len(body) && cut[k] == body[k] {
				k++
			}
			if !closingTagsOnly.Match(cut[k:]) {
				t.Fatalf("truncateItems added %q", cut[k:])
			}
		}
	})
}

func FuzzParseSitemap(f *testing.F) {
	addFeedSeeds(f, "*/*sitemap*",
		`<urlset><url><loc>/a</loc><lastmod>2020-01-01</lastmod></url></urlset>`,
		`<sitemapindex><sitemap><loc>https://x.example/s.xml</loc></sitemap></sitemapindex>`,
		"https://a.example/1\nhttps://a.example/2\n", `<urlset><url><loc>&bogus;</loc></url>`, "\x1f\x8b\x08")
	f.Fuzz(func(t *testing.T, body []byte) {
		defer hangGuard()()
		doc, err := ParseSitemap(bytes.NewReader(body), "https://fuzz.example/sitemap.xml", SitemapOptions{MaxURLs: 1000, MaxBytes: 1 << 20})
		if err == nil && doc == nil {
			t.Fatal("nil doc without error")
		}
		if doc == nil {
			return
		}
		if len(doc.URLs) > 1000 {
			t.Fatalf("%d urls", len(doc.URLs))
		}
		for _, l := range append(doc.URLs, doc.Sitemaps...) {
			if u, err := url.Parse(l.URL); err != nil || u.Host == "" || u.Fragment != "" {
				t.Fatalf("bad URL %q", l.URL)
			}
		}
	})
}

func FuzzParseListing(f *testing.F) {
	f.Add([]byte(listingPage))
	f.Add([]byte(`<base href="//x"><a href="http://[::1">x</a><a href="  /y ">`))
	f.Fuzz(func(t *testing.T, body []byte) {
		defer hangGuard()()
		links, _, err := ParseListing(body, "https://fuzz.example/list/", ListingOptions{LinkSelector: "a", NextSelector: "a.next"})
		if err != nil {
			return
		}
		checkLinks(t, links)
	})
}
