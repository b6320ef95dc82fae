package article

import (
	"bytes"
	"net/url"
	"runtime/debug"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestPrecleanBody checks that the cleaned first pass gives what the pass
// on the whole tree gives, and that undo restores the tree byte for byte.
func TestPrecleanBody(t *testing.T) {
	long := strings.Repeat(lorem, 4)
	tests := []struct {
		name, body string
	}{
		{"nav and footer with tails", `<nav><a href="/">Home</a></nav> after nav <div>` + long + `</div><footer>(c) Site</footer> tail`},
		{"cleaned element last in a stripped parent", `<div><font>x <form><input></form></font> kept? ` + long + `</div>`},
		{"stripped element after a cleaned one", `<div><aside>side</aside><small>lead text</small>` + long + `</div>`},
		{"figure with a table keeps its form", `<figure><form>f</form><table><tr><td>cell text</td></tr></table></figure>` + long},
		{"figure without table", `<figure><img src="a.jpg"><figcaption>Caption</figcaption></figure>` + long},
		{"nested strips and cleans", `<div><abbr><cite><time>today</time> said</cite></abbr><label>L</label> x</div>` + long},
		{"ins is stripped not cleaned", `<p><ins>inserted words</ins> and more</p>` + long},
	}
	base, _ := url.Parse("https://example.com/news/a")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(bytes.NewReader(page("<title>T</title>", tc.body)))
			if err != nil {
				t.Fatal(err)
			}
			pruneForBody(doc)
			ld := addStandinHead(doc, base.String())
			before := renderHTML(t, doc)
			want := trafBody(doc, base, false)
			got, ok := cleanPass{doc: doc, base: base, ld: ld}.first()
			if after := renderHTML(t, doc); after != before {
				t.Fatalf("tree not restored:\n%s\nwant\n%s", after, before)
			}
			if !ok {
				t.Fatal("the cleaned pass did not run")
			}
			if got != want {
				t.Errorf("cleaned pass = %q, want %q", got, want)
			}
		})
	}
}

// TestCleanPassFallback checks the fallback pass on the cleaned body
// against the one on the whole tree, for first results long enough to
// allow it.
func TestCleanPassFallback(t *testing.T) {
	tests := []struct {
		name, body string
	}{
		{"short article with navigation", `<nav><ul><li><a href="/a">Section A</a></li><li><a href="/b">Section B</a></li></ul></nav>` + lorem + `<footer>(c) Site</footer>`},
		{"article element and aside", `<article><h1>Budget</h1>` + lorem + `</article><aside><p>Most read: other stories here</p></aside>`},
		{"table layout", `<table><tr><td><form><input></form></td><td>` + lorem + `</td></tr></table>`},
	}
	base, _ := url.Parse("https://example.com/news/a")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(bytes.NewReader(page("<title>Budget</title>", tc.body)))
			if err != nil {
				t.Fatal(err)
			}
			pruneForBody(doc)
			ld := addStandinHead(doc, base.String())
			p := cleanPass{doc: doc, base: base, ld: ld}
			first, ok := p.first()
			if !ok || nonSpaceRunes(first) < minExtracted {
				t.Fatalf("first pass ok=%v, %d runes: no fallback pass to test", ok, nonSpaceRunes(first))
			}
			before := renderHTML(t, doc)
			want := trafBody(doc, base, true)
			got, ok := p.fallback()
			if after := renderHTML(t, doc); after != before {
				t.Fatalf("tree not restored")
			}
			if !ok {
				t.Fatal("the cleaned fallback pass did not run")
			}
			if got != want {
				t.Errorf("cleaned fallback = %q, want %q", got, want)
			}
		})
	}
}

func TestPrecleanNeedsAddress(t *testing.T) {
	doc, err := html.Parse(bytes.NewReader(page("", lorem)))
	if err != nil {
		t.Fatal(err)
	}
	ld := addStandinHead(doc, "")
	if _, ok := (cleanPass{doc: doc, ld: ld}).first(); ok {
		t.Error("cleaned pass ran without a page address")
	}
}

func renderHTML(t *testing.T, n *html.Node) string {
	t.Helper()
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestTrafilaturaVersion guards trafStripped and trafCleaned: they copy
// go-trafilatura's own lists, which a new version may change.
func TestTrafilaturaVersion(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build information")
	}
	for _, m := range info.Deps {
		if m.Path == "github.com/markusmobius/go-trafilatura" && m.Version != "v1.12.2" {
			t.Errorf("preclean.go copies go-trafilatura v1.12.2's tag lists: check them against %s, then update this test", m.Version)
		}
	}
}

// TestPrecleanEveryTag runs the cleaned first pass on a page holding each
// stripped and cleaned tag inside a paragraph, with a tail after it.
func TestPrecleanEveryTag(t *testing.T) {
	base, _ := url.Parse("https://example.com/news/a")
	var tags []string
	for tag := range trafStripped {
		tags = append(tags, tag)
	}
	for tag := range trafCleaned {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	for _, tag := range tags {
		t.Run(tag, func(t *testing.T) {
			body := "<p>The paragraph that holds it starts here with a few words <" + tag + ">inner words of " + tag +
				"</" + tag + "> and its tail words follow.</p>" + strings.Repeat(lorem, 4)
			doc, err := html.Parse(bytes.NewReader(page("<title>T</title>", body)))
			if err != nil {
				t.Fatal(err)
			}
			pruneForBody(doc)
			ld := addStandinHead(doc, base.String())
			want := trafBody(doc, base, false)
			got, ok := cleanPass{doc: doc, base: base, ld: ld}.first()
			if !ok {
				t.Fatal("the cleaned pass did not run")
			}
			if got != want {
				t.Errorf("cleaned pass = %q, want %q", got, want)
			}
		})
	}
}
