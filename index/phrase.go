package index

import (
	"context"
	"encoding/binary"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// The body keeps no term vectors: positions and offsets would double the
// index. Phrases in the body are found as documents holding all the
// phrase's terms (Bleve), then checked against the document's term
// sequence: a stored field of two bytes per analyzed token, 14 bits of
// the term's hash and 2 bits counting the stop words skipped before it.

// englishAnalyzer is the body's analyzer, for term sequences, phrases and
// snippets.
var englishAnalyzer = sync.OnceValue(func() analysis.Analyzer {
	a, err := newFastEnglish(registry.NewCache())
	if err != nil {
		panic("index: english analyzer: " + err.Error())
	}
	return a
})

// seqEntry packs a token's term hash (FNV-1a) and the gap before it.
func seqEntry(term []byte, gap int) uint16 {
	h := uint32(2166136261)
	for _, c := range term {
		h = (h ^ uint32(c)) * 16777619
	}
	return uint16(min(max(gap, 0), 3))<<14 | uint16(h&0x3fff)
}

// seqHas reports whether seq holds phrase (both encoded by seqOf): the
// first entry's term anywhere, each later one right after with the same
// gap.
func seqHas(seq, phrase []byte) bool {
	const hashBits = 0x3fff
	n, p := len(seq)/2, len(phrase)/2
	at := func(b []byte, i int) uint16 { return binary.LittleEndian.Uint16(b[2*i:]) }
	for i := 0; i+p <= n; i++ {
		if at(seq, i)&hashBits != at(phrase, 0)&hashBits {
			continue
		}
		k := 1
		for k < p && at(seq, i+k) == at(phrase, k) {
			k++
		}
		if k == p {
			return true
		}
	}
	return false
}

// bodyPhraseQuery matches documents whose body holds a phrase. It is not
// serialized: queries are parsed where they run.
type bodyPhraseQuery struct {
	phrase string
	boost  float64
	seq    []byte // the phrase's term sequence
}

// newBodyPhrase returns the body query for phrase: a plain match when it
// analyzes to fewer than two terms, else a bodyPhraseQuery.
func newBodyPhrase(phrase string, boost float64) query.Query {
	toks := englishAnalyzer().Analyze([]byte(phrase))
	if len(toks) < 2 {
		m := query.NewMatchQuery(phrase)
		m.SetField(fieldBody)
		m.SetBoost(boost)
		return m
	}
	return &bodyPhraseQuery{phrase: phrase, boost: boost, seq: seqOf(toks)}
}

// Searcher finds documents with every term of the phrase, scored as a
// match of all terms, and keeps those whose term sequence has the phrase.
func (q *bodyPhraseQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	all := query.NewMatchQuery(q.phrase)
	all.SetField(fieldBody)
	all.SetOperator(query.MatchQueryOperatorAnd)
	all.SetBoost(q.boost)
	s, err := all.Searcher(ctx, r, m, opts)
	if err != nil {
		return nil, err
	}
	has := phraseChecker(r)
	return searcher.NewFilteringSearcher(ctx, s, func(_ *search.SearchContext, d *search.DocumentMatch) bool {
		return has(d.IndexInternalID, q.seq)
	}), nil
}

// phraseChecker returns a test of whether a document's term sequence holds
// a phrase. On a scorch snapshot it visits the segment's stored fields
// directly, several times faster than loading the Document.
func phraseChecker(r bindex.IndexReader) func(bindex.IndexInternalID, []byte) bool {
	s, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return func(id bindex.IndexInternalID, phrase []byte) bool {
			seq, err := documentSeq(r, id)
			return err == nil && seqHas(seq, phrase)
		}
	}
	segs := s.Segments()
	offsets := make([]uint64, len(segs)+1)
	for i, ss := range segs {
		offsets[i+1] = offsets[i] + ss.Count()
	}
	return func(id bindex.IndexInternalID, phrase []byte) bool {
		n := id.Value()
		i := sort.Search(len(segs), func(i int) bool { return offsets[i+1] > n })
		if i == len(segs) {
			return false
		}
		found := false
		// The value is only valid during the visit.
		_ = segs[i].VisitDocument(n-offsets[i], func(field string, _ byte, value []byte, _ []uint64) bool {
			if field == fieldBodySeq {
				found = seqHas(value, phrase)
				return false
			}
			return true
		})
		return found
	}
}

// documentSeq reads a document's term sequence through its Document.
func documentSeq(r bindex.IndexReader, id bindex.IndexInternalID) ([]byte, error) {
	ext, err := r.ExternalID(id)
	if err != nil {
		return nil, err
	}
	doc, err := r.Document(ext)
	if err != nil || doc == nil {
		return nil, err
	}
	var seq []byte
	doc.VisitFields(func(f bindex.Field) {
		if f.Name() == fieldBodySeq {
			seq = f.Value()
		}
	})
	return seq, nil
}
