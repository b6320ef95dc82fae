package article

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

func FuzzParse(f *testing.F) {
	f.Add([]byte(page(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-01-02"}]}</script>`, "<h1>T</h1>"+lorem)), "https://example.com/2026/01/02/a")
	f.Add([]byte("<p>caf\xe9 \xff"), "")
	f.Add([]byte(strings.Repeat("<div>", 600)), "http://x")
	f.Add([]byte(`<meta property="article:published_time" content="9999-99-99"><time datetime="0000-00-00">`), "::")
	f.Add([]byte(`<title>Post : Blog | Motto</title><h1><a href="/">Blog</a></h1><h2>Post</h2><p>Berlin, 4. 2. 2026 — `+"äß"+`</p><time itemprop="dateModified">2026-02-05</time>`), "https://blog.example/p?x=1")
	f.Add([]byte(`<title>A : Muffins</title><meta property="og:title" content="K: B c d e f g h"><h1>[&gt; A</h1><h2>B c d e f g h</h2>`+lorem), "https://web.archive.org/web/1/http://muffins.example/a")
	f.Add([]byte(`<title>Head</title><h1>Label of a department :Head</h1><h2>» Site – motto</h2>`+lorem), "https://site.example/")
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

// FuzzPrecleanUndo checks that the body cleaning done ahead of trafilatura
// is undone exactly, whatever the tree.
func FuzzPrecleanUndo(f *testing.F) {
	f.Add([]byte(page("<title>T</title>", `<nav>n</nav> tail <div><font>x <form><input></form></font> y</div><figure><table><tr><td>c</td></tr></table><form>f</form></figure>`)))
	f.Add([]byte(`<p><small><small><time>t</time></small></small> a <ins>b</ins><label>l</label>`))
	f.Add([]byte(strings.Repeat("<abbr><aside>", 300)))
	f.Fuzz(func(t *testing.T, in []byte) {
		doc, err := html.Parse(bytes.NewReader(in))
		if err != nil {
			return
		}
		pruneForBody(doc)
		before := dumpTree(doc)
		u, ok := precleanBody(doc)
		if ok {
			u.undo()
		}
		if after := dumpTree(doc); after != before {
			t.Fatalf("tree not restored:\n%s\nwant\n%s", after, before)
		}
	})
}

// dumpTree writes every node of the tree, with its place, so that two
// trees dump the same only when they are the same.
func dumpTree(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		fmt.Fprintf(&b, "%d %d %q %v\n", depth, n.Type, n.Data, n.Attr)
		var prev *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Parent != n || c.PrevSibling != prev {
				b.WriteString("bad links\n")
			}
			rec(c, depth+1)
			prev = c
		}
		if n.LastChild != prev {
			b.WriteString("bad last child\n")
		}
	}
	rec(n, 0)
	return b.String()
}
