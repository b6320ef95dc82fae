package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pruneForBody removes what no body extractor keeps (the head, scripts,
// styles, embedded SVG, comments) so the extractor's own copies and passes
// are cheaper. It mutates doc; run it after the metadata pickers.
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
		case atom.Meta:
			return true
		}
		return n.Data == "svg" || n.Data == "path"
	}
	return false
}
