package article

import (
	"net/url"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fallbackBelow is the body length (in runes) under which trafilatura is
// run again with its Readability and DOM Distiller fallbacks. Running them
// on every page costs a third more time for a small gain; short results
// are where they help.
const fallbackBelow = 1500

// extractBody returns the main text of the pruned page.
func extractBody(doc *html.Node, base *url.URL) string {
	abs := ""
	if base != nil && base.IsAbs() {
		abs = base.String()
	}
	ld := addStandinHead(doc, abs)
	// A page with less text than the threshold in all of its body cannot
	// give a long enough first result: go straight to the fallback run.
	if bodyRunes(doc, fallbackBelow) < fallbackBelow {
		return dropBoilerplate(trafBody(doc, base, true))
	}
	p := cleanPass{doc: doc, base: base, ld: ld}
	t, ok := p.first()
	if !ok {
		t = trafBody(doc, base, false)
	}
	if utf8.RuneCountInString(t) < fallbackBelow {
		// Only after a cleaned first pass, and one long enough that
		// trafilatura never turns to DOM Distiller (which would read the
		// cleaned tree): see cleanPass.fallback.
		if !ok || nonSpaceRunes(t) < minExtracted {
			return dropBoilerplate(trafBody(doc, base, true))
		}
		if t, ok = p.fallback(); !ok {
			t = trafBody(doc, base, true)
		}
	}
	return dropBoilerplate(t)
}

// bodyRunes bounds from above the length of any text rendered from doc:
// all runes of its text plus two per element, stopping at limit.
func bodyRunes(doc *html.Node, limit int) int {
	n := 0
	var rec func(*html.Node, int)
	rec = func(c *html.Node, depth int) {
		if n >= limit || depth > maxWalkDepth {
			return
		}
		if c.Type == html.TextNode {
			n += utf8.RuneCountInString(c.Data)
			return
		}
		if c.Type == html.ElementNode {
			if c.DataAtom == atom.Head {
				return
			}
			n += 2 // room for the paragraph breaks the rendering may add
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k, depth+1)
		}
	}
	rec(doc, 0)
	return n
}

func trafBody(doc *html.Node, base *url.URL, fallback bool) string {
	if res := trafRun(doc, base, fallback, nil); res != nil {
		return renderText(res.ContentNode)
	}
	return ""
}

// trafRun runs go-trafilatura on doc; nil when it extracts nothing. cands
// are fallback candidates computed ahead, or nil.
func trafRun(doc *html.Node, base *url.URL, fallback bool, cands *trafilatura.FallbackCandidates) *trafilatura.ExtractResult {
	opts := trafilatura.Options{
		OriginalURL:        base,
		EnableFallback:     fallback,
		FallbackCandidates: cands,
		ExcludeComments:    true,
		HtmlDateMode:       trafilatura.Disabled, // dates are fused by pickPublished
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		return nil
	}
	return res
}
