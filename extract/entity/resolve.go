package entity

import (
	"tidings/corpus"
	"tidings/extract/token"
)

// resolve turns the tagger's mentions into facts with canonical names.
func resolve(text string, toks []token.Token, ms []mention) []corpus.Fact {
	out := make([]corpus.Fact, 0, len(ms))
	for _, m := range ms {
		out = append(out, corpus.Fact{Type: m.typ, Start: m.start, End: m.end, Text: text[m.start:m.end], Entity: text[m.start:m.end]})
	}
	return out
}
