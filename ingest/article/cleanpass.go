package article

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/go-shiori/go-readability"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cleanPass runs trafilatura on the body cleaned ahead (see precleanBody)
// and restores the tree after each run. Each run reports false when its
// result could differ from the run on the whole tree; the caller then
// runs that.
type cleanPass struct {
	doc  *html.Node
	base *url.URL
	ld   *html.Node // the stand-in JSON-LD text (addStandinHead)
}

// minExtracted is trafilatura's MinExtractedSize: the extracted text
// length (in runes) under which it rescues with its baseline and, in the
// fallback pass, asks one candidate after the other.
const minExtracted = 250

// probeJSONLD is standinJSONLD with an article body that marks a result
// taken from trafilatura's baseline rescue, which would have read the
// uncleaned tree.
var probeJSONLD = `{"@type":"NewsArticle","articleSection":"-","articleBody":"` + probeBody + `"}`

// probeBody is longer than the 100 runes the baseline wants, without
// white space so that the baseline's trimming keeps it as it is.
const probeBody = "tidings-standin-article-body/tidings-standin-article-body/" +
	"tidings-standin-article-body/tidings-standin-article-body/"

// first is the first (no fallback) pass. It needs a page address:
// without one trafilatura takes it from the page's metadata, which the
// cleaning may change.
func (p cleanPass) first() (string, bool) {
	return p.run(false, nil)
}

// fallback is the fallback pass, run only after a first pass whose text
// had at least minExtracted runes. trafilatura's Readability candidate is
// computed here, on the whole tree as trafilatura would; its DOM
// Distiller candidate is then never asked for, since the extracted text
// or the usable Readability one is long enough. A stand-in Distiller
// candidate, which would be taken if it were asked for, makes sure.
func (p cleanPass) fallback() (string, bool) {
	if p.base == nil || p.ld == nil {
		return "", false
	}
	r, err := readability.FromDocument(p.doc, p.base)
	if err != nil || r.Node == nil {
		return "", false
	}
	return p.run(true, &trafilatura.FallbackCandidates{Readability: r.Node, Distiller: distillerStandin()})
}

func (p cleanPass) run(fallback bool, cands *trafilatura.FallbackCandidates) (string, bool) {
	if p.base == nil || p.ld == nil {
		return "", false
	}
	u, ok := precleanBody(p.doc)
	if !ok {
		return "", false
	}
	p.ld.Data = probeJSONLD
	res := trafRun(p.doc, p.base, fallback, cands)
	p.ld.Data = standinJSONLD
	u.undo()
	if res == nil || res.ContentText == probeBody || cands != nil && res.ContentNode == cands.Distiller {
		return "", false
	}
	return renderText(res.ContentNode), true
}

// distillerStandin is a candidate more than twice as long as any text
// shorter than minExtracted, so trafilatura takes it whenever it asks.
func distillerStandin() *html.Node {
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: strings.Repeat("x", 3*minExtracted)})
	div.AppendChild(p)
	return div
}

// nonSpaceRunes counts the runes of s that are not white space: a lower
// bound of trafilatura's own length of the text s was rendered from
// (it keeps the same text nodes and collapses white space to single
// spaces).
func nonSpaceRunes(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}
