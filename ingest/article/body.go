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
	t, ok := firstPassCleaned(doc, base, ld)
	if !ok {
		t = trafBody(doc, base, false)
	}
	if utf8.RuneCountInString(t) < fallbackBelow {
		t = trafBody(doc, base, true)
	}
	return dropBoilerplate(t)
}

// probeJSONLD is standinJSONLD with an article body that marks a result
// taken from trafilatura's baseline rescue, which would have read the
// uncleaned tree.
var probeJSONLD = `{"@type":"NewsArticle","articleSection":"-","articleBody":"` + probeBody + `"}`

// probeBody is longer than the 100 runes the baseline wants, without
// white space so that the baseline's trimming keeps it as it is.
const probeBody = "tidings-standin-article-body/tidings-standin-article-body/" +
	"tidings-standin-article-body/tidings-standin-article-body/"

// firstPassCleaned runs the first (no fallback) pass on the body cleaned
// as trafilatura would clean it, then restores doc. It reports false when
// the result could differ from the pass on doc: without a page address
// (trafilatura would then take one from the page's metadata, which the
// cleaning may change) or when the baseline rescue ran.
func firstPassCleaned(doc *html.Node, base *url.URL, ld *html.Node) (string, bool) {
	if base == nil || ld == nil {
		return "", false
	}
	u, ok := precleanBody(doc)
	if !ok {
		return "", false
	}
	ld.Data = probeJSONLD
	res := trafRun(doc, base, false)
	ld.Data = standinJSONLD
	u.undo()
	if res == nil || res.ContentText == probeBody {
		return "", false
	}
	return renderText(res.ContentNode), true
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
	if res := trafRun(doc, base, fallback); res != nil {
		return renderText(res.ContentNode)
	}
	return ""
}

// trafRun runs go-trafilatura on doc; nil when it extracts nothing.
func trafRun(doc *html.Node, base *url.URL, fallback bool) *trafilatura.ExtractResult {
	opts := trafilatura.Options{
		OriginalURL:     base,
		EnableFallback:  fallback,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled, // dates are fused by pickPublished
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		return nil
	}
	return res
}
