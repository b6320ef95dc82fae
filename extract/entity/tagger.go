package entity

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"sync"

	"tidings/corpus"
	"tidings/extract/token"
)

//go:embed model/ner.bin.gz
var embeddedModel []byte

// Tagger finds entity names in text. It is read-only and safe for
// concurrent use.
type Tagger struct {
	m       *Model
	scratch sync.Pool // *tagScratch, kept between calls to spare allocations
}

// tagScratch holds the buffers tag reuses from sentence to sentence and,
// through Tagger.scratch, from call to call.
type tagScratch struct {
	feats    []uint32
	offs     []int32
	tags     []int
	s        sentence
	vs       viterbiScratch
	interned map[string]string // word shapes, shared to spare a string each
	plain    []token.Token     // a sentence's tokens with ASCII quotes (asciiQuotes)
}

// maxInterned bounds the shapes a pooled scratch keeps: odd text (long
// numbers, other scripts) makes new ones without end.
const maxInterned = 1 << 12

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
	sc, _ := t.scratch.Get().(*tagScratch)
	if sc == nil {
		sc = &tagScratch{interned: map[string]string{}}
	}
	var out []mention
	for _, sp := range token.SentencesOf(text, toks) {
		first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.Start })
		last := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.End })
		if first >= last {
			continue
		}
		sc.s.lowerCaseless = true
		sc.s.reset(asciiQuotes(toks[first:last], &sc.plain), t.m.gaz, t.m.clusTab, sc.interned)
		sc.feats, sc.offs = sc.s.features(t.m.bits, sc.feats[:0], sc.offs)
		sc.tags = t.m.viterbiInto(&sc.vs, sc.feats, sc.offs, sc.tags)
		for _, ts := range spansOf(sc.tags) {
			a, b := first+ts.first, first+ts.last
			out = append(out, mention{start: toks[a].Start, end: toks[b].End, first: a, last: b, typ: ts.typ})
		}
	}
	sc.s.toks = nil // hold no part of text while pooled
	clear(sc.plain)
	clear(sc.s.lower[:cap(sc.s.lower)])
	if len(sc.interned) > maxInterned {
		clear(sc.interned)
	}
	t.scratch.Put(sc)
	return out
}

// Extract returns the person, organization, location and misc names in
// text, in offset order, each with its canonical name in Entity.
func (t *Tagger) Extract(text string) []corpus.Fact {
	toks := token.Tokenize(text)
	ms := t.tag(text, toks)
	return resolve(text, toks, ms, t.m.gaz)
}
