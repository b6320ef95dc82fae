package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// go-trafilatura always extracts metadata before the body, and searches the
// whole DOM (bylines, category and tag links) for every field the <meta>
// tags left empty. Its metadata is discarded here (the pickers read the
// original page), so the pruned tree gets a head of placeholder values that
// stop those searches: a quarter of the extractor's time on news pages.
var standinMeta = [][2]string{
	{"og:title", "-"},
	{"og:description", "-"},
	{"og:site_name", "-"},
	{"og:author", "Stand In"},
	{"og:image", "-"},
	{"og:type", "article"},
	{"og:article:tag", "-"},
}

// standinJSONLD supplies the categories, which only JSON-LD can.
const standinJSONLD = `{"@type":"NewsArticle","articleSection":"-"}`

// addStandinHead appends the placeholders to doc's <head> and returns the
// text node of the JSON-LD one, or nil without a head. pageURL is the
// absolute page address or "" (then trafilatura keeps looking for one).
func addStandinHead(doc *html.Node, pageURL string) *html.Node {
	head := htmlChild(doc, atom.Head)
	if head == nil {
		return nil
	}
	meta := func(prop, content string) {
		head.AppendChild(&html.Node{
			Type: html.ElementNode, Data: "meta", DataAtom: atom.Meta,
			Attr: []html.Attribute{{Key: "property", Val: prop}, {Key: "content", Val: content}},
		})
	}
	for _, m := range standinMeta {
		meta(m[0], m[1])
	}
	if pageURL != "" {
		meta("og:url", pageURL)
	}
	s := &html.Node{
		Type: html.ElementNode, Data: "script", DataAtom: atom.Script,
		Attr: []html.Attribute{{Key: "type", Val: "application/ld+json"}},
	}
	ld := &html.Node{Type: html.TextNode, Data: standinJSONLD}
	s.AppendChild(ld)
	head.AppendChild(s)
	return ld
}
