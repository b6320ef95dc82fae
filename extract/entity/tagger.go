package entity

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"

	"tidings/corpus"
	"tidings/extract/token"
)

//go:embed model/ner.bin.gz
var embeddedModel []byte

// Tagger finds entity names in text. It is read-only and safe for
// concurrent use.
type Tagger struct {
	m *Model
}

// Load parses the embedded model. Call it once and share the Tagger.
func Load() (*Tagger, error) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("load embedded ner model: %w", err)
	}
	return &Tagger{m: m}, nil
}

// NewTagger wraps a model, e.g. one just trained.
func NewTagger(m *Model) *Tagger { return &Tagger{m: m} }

// mention is one tagged name before document-level resolution.
type mention struct {
	start, end  int // byte offsets
	first, last int // token indices into the document's tokens
	typ         corpus.FactType
	canon       string // canonical name once resolved
	confident   bool   // type set by document evidence (acronym expansion)
}

// tag runs the sequence tagger over every sentence of text.
func (t *Tagger) tag(text string, toks []token.Token) []mention {
	var (
		out   []mention
		feats []uint32
		offs  []int32
		tags  []int
		s     sentence
		vs    viterbiScratch
	)
	interned := map[string]string{}
	for _, sp := range token.SentencesOf(text, toks) {
		first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.Start })
		last := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.End })
		if first >= last {
			continue
		}
		s.reset(toks[first:last], t.m.gaz, t.m.clusTab, interned)
		feats, offs = s.features(t.m.bits, feats[:0], offs)
		tags = t.m.viterbiInto(&vs, feats, offs, tags)
		for _, ts := range spansOf(tags) {
			a, b := first+ts.first, first+ts.last
			out = append(out, mention{start: toks[a].Start, end: toks[b].End, first: a, last: b, typ: ts.typ})
		}
	}
	return out
}

// Extract returns the person, organization, location and misc names in
// text, in offset order, each with its canonical name in Entity.
func (t *Tagger) Extract(text string) []corpus.Fact {
	toks := token.Tokenize(text)
	ms := t.tag(text, toks)
	return resolve(text, toks, ms, t.m.gaz)
}
