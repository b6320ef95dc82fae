package index

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"
)

// The published time is a Bleve datetime field (stored, with doc values
// for sorting; its full-precision term is what sorting and the facet table
// read) indexed at eight precisions instead of Bleve's sixteen. Pages give
// times to the minute or second at best and 2^36 ns is 69 s, so the finer
// precisions would each add a term per article that no other article
// shares (the costliest kind to index) for ranges that hold a few
// articles anyway. Ranges on it are searched with timeRange. The shifts
// are a subset of Bleve's, so indexes built before still search right.
var timeShifts = []uint{0, 36, 40, 44, 48, 52, 56, 60}

// timeField is a datetime field indexed at timeShifts.
type timeField struct {
	*document.DateTimeField
	freqs  bindex.TokenFrequencies
	length int
}

func newTimeField(name string, t time.Time, opts bindex.FieldIndexingOptions) (*timeField, error) {
	f, err := document.NewDateTimeFieldWithIndexingOptions(name, nil, t, time.RFC3339, opts)
	if err != nil {
		return nil, fmt.Errorf("field %s: %w", name, err)
	}
	return &timeField{DateTimeField: f}, nil
}

func (f *timeField) Analyze() {
	t, _, err := f.DateTime()
	if err != nil {
		return
	}
	toks := prefixTokens(nil, timeSortable(t), timeShifts, analysis.DateTime)
	f.length = len(toks)
	f.freqs = analysis.TokenFrequency(toks, nil, f.Options())
}

func (f *timeField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }
func (f *timeField) AnalyzedLength() int                               { return f.length }

// timeSortable maps t to an unsigned integer in time order: Unix
// nanoseconds, clamped to the times they can hold, with the sign bit
// flipped as in Bleve's prefix coding.
func timeSortable(t time.Time) uint64 {
	var ns int64
	switch {
	case t.Before(document.MinTimeRepresentable):
		ns = math.MinInt64
	case t.After(document.MaxTimeRepresentable):
		ns = math.MaxInt64
	default:
		ns = t.UnixNano()
	}
	return uint64(ns) ^ 1<<63
}

// timeRange matches documents whose time in field (a timeField) is between
// start and end; a zero time leaves its side open.
type timeRange struct {
	field              string
	start, end         time.Time
	startIncl, endIncl bool
	boost              float64
}

func newTimeRange(field string, start, end time.Time, startIncl, endIncl bool) *timeRange {
	return &timeRange{field: field, start: start, end: end, startIncl: startIncl, endIncl: endIncl, boost: 1}
}

// bounds returns the range as inclusive sortable integers; ok is false
// when it is empty.
func (q *timeRange) bounds() (lo, hi uint64, ok bool) {
	var from, to *bound
	if !q.start.IsZero() {
		from = &bound{timeSortable(q.start), !q.startIncl}
	}
	if !q.end.IsZero() {
		to = &bound{timeSortable(q.end), !q.endIncl}
	}
	return closed(from, to)
}

func (q *timeRange) Searcher(ctx context.Context, r bindex.IndexReader, _ mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	lo, hi, ok := q.bounds()
	return prefixRangeSearcher(ctx, r, q.field, nil, timeShifts, lo, hi, ok, q.boost, opts)
}

func (q *timeRange) SetBoost(b float64) { q.boost = b }
func (q *timeRange) Boost() float64     { return q.boost }
