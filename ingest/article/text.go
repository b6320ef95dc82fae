package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockAtoms start a new paragraph in the rendered text.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Figure: true, atom.Figcaption: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Main: true, atom.Aside: true, atom.Hr: true, atom.Form: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Caption: true,
}

// elementAtom returns n's atom, looked up from its name when the node was
// made without one, as the extractor makes some ("li").
func elementAtom(n *html.Node) atom.Atom {
	if n.DataAtom == 0 && n.Data != "" {
		return atom.Lookup([]byte(n.Data))
	}
	return n.DataAtom
}

// renderText turns an extracted subtree into paragraphs separated by a
// blank line; whitespace inside a paragraph is collapsed.
func renderText(n *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := collapse(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var rec func(*html.Node, int)
	rec = func(c *html.Node, depth int) {
		if depth > maxWalkDepth {
			return
		}
		switch c.Type {
		case html.TextNode:
			cur.WriteString(c.Data)
			return
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Button, atom.Select, atom.Rt, atom.Rp:
				return
			case atom.Br:
				cur.WriteString("\n")
				return
			case atom.Td, atom.Th:
				cur.WriteString(" ")
			}
		}
		block := c.Type == html.ElementNode && (blockAtoms[c.DataAtom] || c.Data == "head" || c.Data == "list" || c.Data == "item")
		// an element the extractor built by name alone ("li") keeps its
		// paragraph, whose boilerplate test reads lists whole, but not
		// its words glued to the next item's ("the world stageHe is")
		spaced := !block && c.Type == html.ElementNode && c.DataAtom == 0 && blockAtoms[elementAtom(c)]
		if block {
			flush()
		}
		if spaced {
			cur.WriteString(" ")
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k, depth+1)
		}
		if block {
			flush()
		}
		if spaced {
			cur.WriteString(" ")
		}
	}
	rec(n, 0)
	flush()
	return strings.Join(paras, "\n\n")
}
