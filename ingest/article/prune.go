package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pruneForBody removes what no body extractor keeps (the head, scripts,
// styles, embedded SVG, comments, ruby readings) so the extractor's own
// copies and passes are cheaper. It mutates doc; run it after the metadata pickers.
func pruneForBody(doc *html.Node) {
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		if depth > maxWalkDepth {
			return
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if droppable(c) {
				n.RemoveChild(c)
			} else {
				if c.Type == html.ElementNode && len(c.Attr) > 0 {
					c.Attr = keptAttrs(c.Attr)
				}
				rec(c, depth+1)
			}
			c = next
		}
	}
	rec(doc, 0)
}

func droppable(n *html.Node) bool {
	switch n.Type {
	case html.CommentNode:
		return true
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Svg, atom.Template, atom.Link, atom.Iframe, atom.Object, atom.Embed:
			return true
		case atom.Rt, atom.Rp:
			return true // ruby readings annotate the text; they are not part of it
		case atom.Meta:
			return true
		}
		return n.Data == "svg" || n.Data == "path"
	}
	return false
}

// bodyAttrs are the attributes the body extractors (trafilatura, its
// Readability and DOM Distiller fallbacks) read. The others (srcset, data-*,
// event handlers, aria-*) only make the extractors' copies of the tree
// bigger.
var bodyAttrs = map[string]bool{
	"class": true, "id": true, "style": true, "role": true, "itemprop": true, "itemscope": true,
	"itemtype": true, "rel": true, "href": true, "src": true, "data-src": true, "title": true,
	"lang": true, "type": true, "name": true, "property": true, "content": true, "alt": true,
	"hidden": true, "aria-hidden": true, "data-component": true, "data-testid": true,
	"data-lp-replacement-content": true, "colspan": true, "rowspan": true, "datetime": true,
	"dir": true, "align": true, "width": true, "height": true,
}

// keptAttrs filters attrs in place to bodyAttrs.
func keptAttrs(attrs []html.Attribute) []html.Attribute {
	kept := attrs[:0]
	for _, a := range attrs {
		if bodyAttrs[a.Key] {
			kept = append(kept, a)
		}
	}
	return kept
}
