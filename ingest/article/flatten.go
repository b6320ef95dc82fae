package article

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// keptWhenFlat are the elements flatten keeps; everything else loses its
// tags but keeps its text.
var keptWhenFlat = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Body: true, atom.Title: true, atom.Meta: true,
	atom.Link: true, atom.Script: true, atom.Style: true, atom.P: true, atom.Br: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.Time: true, atom.Li: true,
}

// flatten rewrites a page whose nesting the HTML parser refuses (more than
// 512 open elements) into a shallow one that keeps the text, the metadata
// and the paragraph structure.
func flatten(page []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(page))
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.TextToken, html.DoctypeToken:
			out.Write(z.Raw())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if keptWhenFlat[atom.Lookup(name)] {
				out.Write(z.Raw())
			} else if isBlockName(name) {
				out.WriteString("\n")
			}
		}
	}
}

func isBlockName(name []byte) bool {
	return blockAtoms[atom.Lookup(name)]
}
