package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// go-trafilatura starts by cleaning its copy of the tree: it strips some
// tags (keeping what is inside) and then deletes others together with the
// text that follows them. Doing the same first, in place on the body, lets
// the first pass copy and walk about a third fewer nodes for the same
// result. An undo log puts the tree back afterwards: the fallback pass
// gives the uncleaned tree to Readability and DOM Distiller.

// trafStripped and trafCleaned are go-trafilatura v1.12.2's tagsToStrip and
// tagsToClean. figure is left to it (it keeps a figure that holds a table),
// and so is head (outside the body). ins is in both of its lists; stripping
// comes first, so it is only stripped.
var (
	trafStripped = setOf("abbr", "acronym", "address", "bdi", "bdo", "big", "cite", "data", "dfn", "font",
		"hgroup", "img", "ins", "mark", "meta", "ruby", "small", "template", "tbody", "tfoot", "thead")
	trafCleaned = setOf("aside", "embed", "footer", "form", "iframe", "menu", "object", "script",
		"applet", "audio", "canvas", "map", "picture", "svg", "video",
		"area", "blink", "button", "datalist", "dialog", "frame", "frameset", "fieldset",
		"link", "input", "label", "legend", "marquee", "math", "menuitem", "nav",
		"noscript", "optgroup", "option", "output", "param", "progress", "rp", "rt", "rtc",
		"select", "source", "style", "track", "textarea", "time", "use")
)

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// undoStep is one removal: node left parent before next. A stripped
// element also left its children first..last in its place.
type undoStep struct {
	node, parent, next *html.Node
	first, last        *html.Node
}

// undoLog records tree edits so that undo restores the tree exactly.
type undoLog []undoStep

func (u *undoLog) remove(n *html.Node) {
	*u = append(*u, undoStep{node: n, parent: n.Parent, next: n.NextSibling})
	n.Parent.RemoveChild(n)
}

// strip replaces n by its children.
func (u *undoLog) strip(n *html.Node) {
	p := n.Parent
	first, last := n.FirstChild, n.LastChild
	for c := first; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		p.InsertBefore(c, n)
		c = next
	}
	*u = append(*u, undoStep{node: n, parent: p, next: n.NextSibling, first: first, last: last})
	p.RemoveChild(n)
}

// undo reverts the edits, last first, and empties the log.
func (u *undoLog) undo() {
	for i := len(*u) - 1; i >= 0; i-- {
		s := (*u)[i]
		s.parent.InsertBefore(s.node, s.next)
		for c := s.first; c != nil; {
			next := c.NextSibling
			s.parent.RemoveChild(c)
			s.node.AppendChild(c)
			if c == s.last {
				break
			}
			c = next
		}
	}
	*u = (*u)[:0]
}

// precleanBody strips and then cleans the body of doc as go-trafilatura
// would. It reports false, with doc unchanged, when there is no body or
// the nesting is too deep to walk.
func precleanBody(doc *html.Node) (undoLog, bool) {
	body := htmlChild(doc, atom.Body)
	if body == nil {
		return nil, false
	}
	var u undoLog
	if !u.stripTree(body, 0) {
		u.undo()
		return nil, false
	}
	u.cleanTree(body)
	return u, true
}

// stripTree strips every trafStripped element below n, children first.
func (u *undoLog) stripTree(n *html.Node, depth int) bool {
	if depth > maxWalkDepth {
		return false
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if !u.stripTree(c, depth+1) {
				return false
			}
			if trafStripped[c.Data] {
				u.strip(c)
			}
		}
		c = next
	}
	return true
}

// cleanTree removes every trafCleaned element below n with its tail: the
// text nodes up to the next element. It does not enter figures. Its depth
// is bounded by stripTree's walk of the same tree.
func (u *undoLog) cleanTree(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type != html.ElementNode || c.Data == "figure":
		case trafCleaned[c.Data]:
			for t := c.NextSibling; t != nil && t.Type != html.ElementNode; {
				tn := t.NextSibling
				if t.Type == html.TextNode {
					u.remove(t)
				}
				t = tn
			}
			next = c.NextSibling
			u.remove(c)
		default:
			u.cleanTree(c)
		}
		c = next
	}
}

// htmlChild returns the <html> element's first child element of type a
// (atom.Head, atom.Body), nil when there is none.
func htmlChild(doc *html.Node, a atom.Atom) *html.Node {
	for h := doc.FirstChild; h != nil; h = h.NextSibling {
		if h.Type != html.ElementNode || h.DataAtom != atom.Html {
			continue
		}
		for c := h.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == a {
				return c
			}
		}
	}
	return nil
}
