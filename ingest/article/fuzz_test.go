package article

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	f.Add([]byte(page(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-01-02"}]}</script>`, "<h1>T</h1>"+lorem)), "https://example.com/2026/01/02/a")
	f.Add([]byte("<p>caf\xe9 \xff"), "")
	f.Add([]byte(strings.Repeat("<div>", 600)), "http://x")
	f.Add([]byte(`<meta property="article:published_time" content="9999-99-99"><time datetime="0000-00-00">`), "::")
	f.Add([]byte(`<title>Post : Blog | Motto</title><h1><a href="/">Blog</a></h1><h2>Post</h2><p>Berlin, 4. 2. 2026 — `+"äß"+`</p><time itemprop="dateModified">2026-02-05</time>`), "https://blog.example/p?x=1")
	f.Fuzz(func(t *testing.T, in []byte, pageURL string) {
		a, err := Parse(in, pageURL, Hints{})
		if err != nil {
			return
		}
		for _, s := range []string{a.Title, a.Text, a.SiteName, a.Language} {
			if utf8.ValidString(string(in)) && !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output %q", s)
			}
		}
		if a.CanonicalURL != "" {
			if _, err := url.Parse(a.CanonicalURL); err != nil {
				t.Fatalf("canonical %q does not parse: %v", a.CanonicalURL, err)
			}
		}
		if !a.Published.IsZero() && a.Published.Year() < 1900 {
			t.Fatalf("published %v before 1900", a.Published)
		}
	})
}

func FuzzCanonicalURL(f *testing.F) {
	for _, s := range []string{"HTTPS://Example.COM:443/a?utm_source=x&b=1#f", "http://a.b/?fbclid=1", "https://[::1]:80/x", "http://x/%zz?%zz=1&utm_=2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got, err := CanonicalURL(raw)
		if err != nil {
			return
		}
		again, err := CanonicalURL(got)
		if err != nil {
			t.Fatalf("CanonicalURL(%q) = %q which fails again: %v", raw, got, err)
		}
		if again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", raw, got, again)
		}
		u, _ := url.Parse(got)
		if u.Fragment != "" || strings.Contains(strings.ToLower(u.RawQuery), "utm_") && u.Query().Has("utm_source") {
			t.Fatalf("fragment or tracking left in %q", got)
		}
	})
}
