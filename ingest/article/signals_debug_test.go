package article

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDebugTitles prints the title signals of the pages whose title Parse
// gets wrong (TIDINGS_DEBUG_TITLES=set, ids optional after a slash).
func TestDebugTitles(t *testing.T) {
	right := func(r truthRec, a *Article) bool { return normWS(r.Title) == "" || normWS(a.Title) == normWS(r.Title) }
	debugSignals(t, "TIDINGS_DEBUG_TITLES", right, func(sb *strings.Builder, r truthRec, a *Article, s *signals) {
		fmt.Fprintf(sb, "%s %s\n  T: %q\n  P: %q\n  og=%q ld=%q tw=%q tag=%q site=%q\n", r.ID, r.URL, r.Title, a.Title,
			s.first("og:title"), s.ldString("headline", 2), s.first("twitter:title"), s.titleTag, s.first("og:site_name"))
		for i, h := range s.headings {
			if i >= 8 && os.Getenv("ALLH") == "" {
				break
			}
			fmt.Fprintf(sb, "   %d h%d f=%d home=%v %q\n", i, h.level, h.follow, h.home, h.text)
		}
		fmt.Fprintf(sb, "  metaHeading=%d\n", metaHeading(s))
	})
}

// TestDebugDates prints the date signals of chosen pages
// (TIDINGS_DEBUG_DATES=set/id,id).
func TestDebugDates(t *testing.T) {
	right := func(r truthRec, a *Article) bool { return true } // dates: named pages only
	debugSignals(t, "TIDINGS_DEBUG_DATES", right, func(sb *strings.Builder, r truthRec, a *Article, s *signals) {
		fmt.Fprintf(sb, "%s %s\n  T: %q P: %v (%s) mod %v title %q\n", r.ID, r.URL, r.Published, a.Published, a.DateSource, a.Modified, a.Title)
		for _, c := range structuredDates(s, dateBounds{lo: minDate}, a.Modified) {
			fmt.Fprintf(sb, "   cand %v %s\n", c.t, c.src)
		}
		for _, h := range s.headings {
			if looseKey(h.text) == looseKey(a.Title) {
				fmt.Fprintf(sb, "   after %q\n   before %q\n", h.after, h.before)
			}
		}
		for _, ts := range s.times {
			fmt.Fprintf(sb, "   time %+v\n", ts)
		}
		for _, d := range s.dateTexts {
			fmt.Fprintf(sb, "   dtext %q\n", d)
		}
	})
}

// TestDebugAuthors prints the author signals of the pages whose authors
// Parse gets wrong (TIDINGS_DEBUG_AUTHORS=set, ids optional after a slash).
func TestDebugAuthors(t *testing.T) {
	right := func(r truthRec, a *Article) bool {
		return authorKey(r.Author) == "" || authorKey(strings.Join(a.Authors, "; ")) == authorKey(r.Author)
	}
	debugSignals(t, "TIDINGS_DEBUG_AUTHORS", right, func(sb *strings.Builder, r truthRec, a *Article, s *signals) {
		fmt.Fprintf(sb, "%s %s\n  T: %q\n  P: %q\n", r.ID, r.URL, r.Author, a.Authors)
		for _, o := range s.ldArticles() {
			if v, ok := o["author"]; ok {
				fmt.Fprintf(sb, "   ld %v author=%v\n", o["@type"], v)
			}
		}
		for _, k := range []string{"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "twitter:creator"} {
			if vs := s.metas[k]; len(vs) > 0 {
				fmt.Fprintf(sb, "   meta %s=%q\n", k, vs)
			}
		}
		for _, a := range s.authors {
			fmt.Fprintf(sb, "   author %q\n", a.text)
		}
		for _, b := range s.bylines {
			fmt.Fprintf(sb, "   byline %q\n", b.text)
		}
		for _, b := range s.textBylines {
			fmt.Fprintf(sb, "   line %q\n", b.text)
		}
		ld, org := s.ldAuthors()
		fmt.Fprintf(sb, "   ldAuthors=%q org=%v meta=%q marked=%q visible=%q\n", ld, org, s.metaAuthors(), s.markedAuthors(), s.visibleAuthors())
	})
}

// debugSignals runs dump on the eval pages named by the environment
// variable env ("set", or "set/id,id"): the named pages, or without ids
// those for which right is false. It skips the test when env is unset.
func debugSignals(t *testing.T, env string, right func(truthRec, *Article) bool, dump func(*strings.Builder, truthRec, *Article, *signals)) {
	spec := os.Getenv(env)
	if spec == "" {
		t.Skipf("set %s=set (ids optional after a slash) to list the signals of wrong pages", env)
	}
	set, ids, _ := strings.Cut(spec, "/")
	dir := filepath.Join(evalDir(t), set)
	for _, r := range loadTruth(t, dir) {
		if ids != "" && !strings.Contains(","+ids+",", ","+r.ID+",") {
			continue
		}
		a, err := ParseFile(filepath.Join(dir, r.File), r.URL)
		if err != nil || ids == "" && right(r, a) {
			continue
		}
		raw, _ := readMaybeGzip(filepath.Join(dir, r.File))
		doc, _ := html.Parse(bytes.NewReader(raw))
		base, _ := url.Parse(r.URL)
		var sb strings.Builder
		dump(&sb, r, a, collect(doc, base))
		t.Log(sb.String())
	}
}
