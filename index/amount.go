package index

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Amounts (money, USD-equivalents, percentages) are indexed as prefix-coded
// terms, like Bleve's numeric fields, but at five precisions where Bleve's
// fields index sixteen (shifts 0, 4, …, 60): amount terms were a third
// of all the terms an article indexed. A range search reads the existing
// terms of at most two ranges per precision from the term dictionary. The
// full-precision term is followed by shift 40: a range edge then reads the
// amounts within 2^-12 (0.02 %) of it one by one, rarely more than a few
// (news states amounts to two or three digits). The coarse precisions step
// by 4 bits, so that an open range ("over $1 billion") needs few terms of
// exponent and leading mantissa bits. Every shift is one of Bleve's and of
// the earlier nine (0, 8, …, 40, 48, 52, 56): indexes built with more
// precisions still search right.
//
// The money field holds every currency's amounts in one field, each term
// behind its ISO 4217 code ("EUR" + prefix-coded amount), so no field is
// created per currency.
var amountShifts = []uint{0, 40, 48, 52, 56}

// amountAnalyzerName is the analyzer of amount fields. Its input is a
// number, optionally behind a currency code and a space: "EUR 1500000".
const amountAnalyzerName = "tidings_amount"

func init() {
	err := registry.RegisterAnalyzer(amountAnalyzerName, func(map[string]any, *registry.Cache) (analysis.Analyzer, error) {
		return amountAnalyzer{}, nil
	})
	if err != nil {
		panic(err)
	}
}

type amountAnalyzer struct{}

// Analyze returns the terms of one amount, none for text that is not one.
func (amountAnalyzer) Analyze(input []byte) analysis.TokenStream {
	prefix, num, _ := bytes.Cut(input, []byte{' '})
	if len(num) == 0 {
		prefix, num = nil, input
	}
	v, err := strconv.ParseFloat(string(num), 64)
	if err != nil || math.IsNaN(v) {
		return nil
	}
	return prefixTokens(prefix, sortable(v), amountShifts, analysis.Numeric)
}

// prefixTokens are the terms of the sortable value u at shifts, behind
// prefix: one token per precision, all at position 1.
func prefixTokens(prefix []byte, u uint64, shifts []uint, typ analysis.TokenType) analysis.TokenStream {
	toks := make(analysis.TokenStream, len(shifts))
	for i, shift := range shifts {
		term := prefixTerm(prefix, u>>shift, shift)
		toks[i] = &analysis.Token{Term: term, End: len(term), Position: 1, Type: typ}
	}
	return toks
}

// amountValue is the analyzer input for v, behind currency code cur ("" for none).
func amountValue(cur string, v float64) string {
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if cur == "" {
		return s
	}
	return cur + " " + s
}

// sortable maps v to an unsigned integer in the same order as floats.
func sortable(v float64) uint64 {
	return uint64(numeric.Float64ToInt64(v)) ^ (1 << 63)
}

// prefixTerm is the term for the value x = sortable >> shift: Bleve's
// prefix coding (so terms sort as their values), behind prefix.
func prefixTerm(prefix []byte, x uint64, shift uint) []byte {
	coded := numeric.MustNewPrefixCodedInt64(int64((x<<shift)^(1<<63)), shift)
	return append(prefix[:len(prefix):len(prefix)], coded...)
}

// amountField maps the amount field names of query strings to their index
// field and term prefix: money.EUR (or money.eur) is the money field's
// "EUR" terms.
func amountField(name string) (field, prefix string, ok bool) {
	switch {
	case name == fieldAmountUSD || name == fieldPercent:
		return name, "", true
	case strings.HasPrefix(name, fieldMoney+"."):
		cur := strings.ToUpper(name[len(fieldMoney)+1:])
		if !validCurrency(cur) {
			// Never matches, but is still an amount field.
			return fieldMoney, "?", true
		}
		return fieldMoney, cur, true
	}
	return "", "", false
}

// amountRange matches documents with an amount in [Min, Max] (either open
// when nil; bounds inclusive unless said otherwise) in a field of
// amountField.
type amountRange struct {
	field, prefix    string
	min, max         *float64
	minExcl, maxExcl bool
	boost            float64
}

// newAmountRange returns the range query on the query-string field name;
// ok is false when name is not an amount field.
func newAmountRange(name string, min, max *float64, minIncl, maxIncl bool) (*amountRange, bool) {
	field, prefix, ok := amountField(name)
	if !ok {
		return nil, false
	}
	return &amountRange{field: field, prefix: prefix, min: min, max: max, minExcl: !minIncl, maxExcl: !maxIncl, boost: 1}, true
}

// bounds returns the range as inclusive sortable integers; ok is false
// when it is empty.
func (q *amountRange) bounds() (lo, hi uint64, ok bool) {
	var from, to *bound
	if q.min != nil {
		if math.IsNaN(*q.min) {
			return 0, 0, false
		}
		from = &bound{sortable(*q.min), q.minExcl}
	}
	if q.max != nil {
		if math.IsNaN(*q.max) {
			return 0, 0, false
		}
		to = &bound{sortable(*q.max), q.maxExcl}
	}
	return closed(from, to)
}

// bound is one side of a range, as a sortable integer.
type bound struct {
	v    uint64
	excl bool
}

// closed returns the range from lo to hi (either open when nil) as
// inclusive sortable integers; ok is false when it is empty.
func closed(lo, hi *bound) (from, to uint64, ok bool) {
	from, to = 0, math.MaxUint64
	if lo != nil {
		from = lo.v
		if lo.excl {
			if from == math.MaxUint64 {
				return 0, 0, false
			}
			from++
		}
	}
	if hi != nil {
		to = hi.v
		if hi.excl {
			if to == 0 {
				return 0, 0, false
			}
			to--
		}
	}
	return from, to, from <= to
}

// Searcher finds the amount terms in the range that the index holds and
// matches any of them.
func (q *amountRange) Searcher(ctx context.Context, r bindex.IndexReader, _ mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	lo, hi, ok := q.bounds()
	return prefixRangeSearcher(ctx, r, q.field, []byte(q.prefix), amountShifts, lo, hi, ok, q.boost, opts)
}

// prefixRangeSearcher matches the documents holding a term of field, behind
// prefix, for a sortable value in [lo, hi] (none when !ok); the field is
// indexed at shifts. It reads only the terms the index holds.
func prefixRangeSearcher(ctx context.Context, r bindex.IndexReader, field string, prefix []byte, shifts []uint,
	lo, hi uint64, ok bool, boost float64, opts search.SearcherOptions) (search.Searcher, error) {
	var terms [][]byte
	if ok {
		for _, tr := range termRanges(prefix, shifts, lo, hi) {
			var err error
			if terms, err = appendDictTerms(terms, r, field, tr[0], tr[1]); err != nil {
				return nil, fmt.Errorf("range on %s: %w", field, err)
			}
		}
	}
	return searcher.NewMultiTermSearcherBytes(ctx, r, terms, field, boost, opts, true)
}

// termRanges covers [lo, hi] with ranges of terms at shifts (ascending,
// from 0), coarse ones in the middle and fine ones at the edges: each
// range is a start and end term, both inclusive.
func termRanges(prefix []byte, shifts []uint, lo, hi uint64) [][2][]byte {
	var out [][2][]byte
	emit := func(a, b uint64, shift uint) {
		out = append(out, [2][]byte{prefixTerm(prefix, a, shift), prefixTerm(prefix, b, shift)})
	}
	a, b := lo, hi
	for i, shift := range shifts {
		if i == len(shifts)-1 {
			emit(a, b, shift)
			break
		}
		step := shifts[i+1] - shift
		block := uint64(1)<<step - 1
		if a&block != 0 { // a partial block at the start
			end := a | block
			if end >= b {
				emit(a, b, shift)
				break
			}
			emit(a, end, shift)
			a = end + 1
		}
		if b&block != block { // a partial block at the end
			start := b &^ block
			if start <= a {
				emit(a, b, shift)
				break
			}
			emit(start, b, shift)
			b = start - 1
		}
		a >>= step
		b >>= step
	}
	return out
}

// appendDictTerms appends the terms of field from start to end (both
// inclusive) that the index holds.
func appendDictTerms(terms [][]byte, r bindex.IndexReader, field string, start, end []byte) ([][]byte, error) {
	dict, err := r.FieldDictRange(field, start, end)
	if err != nil {
		return terms, err
	}
	for {
		e, err := dict.Next()
		if err != nil || e == nil {
			return terms, errors.Join(err, dict.Close())
		}
		terms = append(terms, []byte(e.Term))
	}
}

func (q *amountRange) SetBoost(b float64) { q.boost = b }
func (q *amountRange) Boost() float64     { return q.boost }
