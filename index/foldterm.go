package index

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// foldTerm matches the documents holding a term of field equal to value
// but for case: "--org apple" finds Apple, "--place new york" New York.
// It reads only the terms opening with the value's first letter in
// either case, so a filter costs a look at part of one dictionary.
type foldTerm struct {
	field, value string
	boost        float64
}

func newFoldTerm(field, value string) *foldTerm {
	return &foldTerm{field: field, value: value, boost: 1}
}

func (q *foldTerm) Searcher(ctx context.Context, r bindex.IndexReader, _ mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	terms, err := foldedTerms(r, q.field, q.value)
	if err != nil {
		return nil, fmt.Errorf("filter on %s: %w", q.field, err)
	}
	return searcher.NewMultiTermSearcherBytes(ctx, r, terms, q.field, q.boost, opts, true)
}

func (q *foldTerm) SetBoost(b float64) { q.boost = b }
func (q *foldTerm) Boost() float64     { return q.boost }

// foldedTerms returns the terms of field that equal value but for case.
func foldedTerms(r bindex.IndexReader, field, value string) ([][]byte, error) {
	first, _ := utf8.DecodeRuneInString(value)
	if value == "" || first == utf8.RuneError {
		return nil, nil
	}
	prefixes := []string{string(unicode.ToUpper(first)), string(unicode.ToLower(first))}
	if prefixes[0] == prefixes[1] {
		prefixes = prefixes[:1]
	}
	var terms [][]byte
	for _, p := range prefixes {
		dict, err := r.FieldDictPrefix(field, []byte(p))
		if err != nil {
			return nil, err
		}
		for {
			e, err := dict.Next()
			if err != nil || e == nil {
				if err = errors.Join(err, dict.Close()); err != nil {
					return nil, err
				}
				break
			}
			if strings.EqualFold(e.Term, value) {
				terms = append(terms, []byte(e.Term))
			}
		}
	}
	return terms, nil
}
