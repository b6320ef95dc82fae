package index

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Result is one page of hits.
type Result struct {
	Total    uint64        // documents matching, all pages
	Took     time.Duration // time Bleve spent
	Hits     []Hit
	Facets   Facets // filled when Query.Facets
	MaxScore float64
}

// Hit is one matching document.
type Hit struct {
	ID        int64 // corpus document ID
	URL       string
	Title     string
	Source    string
	Site      string
	Published time.Time // zero when unknown
	Score     float64   // relevance; 0 when sorted by date
	// Snippet is a fragment of the body (or title) with matched terms
	// between MarkStart and MarkEnd; empty without Query.Highlight.
	Snippet string
	// Sort is an opaque cursor: pass it as Query.SearchAfter for the page
	// after this hit.
	Sort []string
}

// storedFields are the fields a Hit is built from.
var storedFields = []string{fieldTitle, fieldURL, fieldSource, fieldSite, fieldPublished}

// Search runs q. It is safe for concurrent use, also with writes, and
// returns an error wrapping corpus.ErrInvalid when q is not valid.
func (ix *Index) Search(ctx context.Context, q Query) (*Result, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	q = q.withDefaults()
	rated := len(ix.cfg.Rates) > 0
	if ix.facets == nil {
		return ix.searchBleve(ctx, q, rated)
	}
	// The facet table counts facets and supplies the ID tie-break. When
	// a large segment has neither its table nor a saved one (the first
	// search of a process, say), Bleve's facets answer while the table is
	// built in the background.
	var counter *facetCounter
	req, err := q.request(rated, false, &idSort{c: &counter})
	if err != nil {
		return nil, err
	}
	sctx := context.WithValue(ctx, search.MakeDocumentMatchHandlerKey,
		search.MakeDocumentMatchHandler(func(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
			var err error
			if counter, err = ix.facets.counter(sc, q.Facets); err != nil {
				return nil, false, err
			}
			return counter.wrap(sc)
		}))
	res, err := ix.b.SearchInContext(sctx, req)
	if errors.Is(err, errTableCold) {
		ix.warmFacetsLater()
	}
	if errors.Is(err, errNoFacetTable) || errors.Is(err, errTableCold) || (err == nil && counter == nil) {
		return ix.searchBleve(ctx, q, rated)
	}
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	var fr search.FacetResults
	if q.Facets {
		fr = counter.results(q.facetSpecs(rated))
	}
	return ix.withSnippets(ctx, q, q.result(res, fr, rated)), nil
}

// withSnippets fills the hits' snippets when q asks for them.
func (ix *Index) withSnippets(ctx context.Context, q Query, r *Result) *Result {
	if !q.Highlight || len(r.Hits) == 0 {
		return r
	}
	if text, err := parseText(q.Text); err == nil {
		ix.fillSnippets(ctx, text, r.Hits)
	}
	return r
}

// searchBleve runs q with Bleve's own facets and ID sort, without the facet
// table.
func (ix *Index) searchBleve(ctx context.Context, q Query, rated bool) (*Result, error) {
	req, err := q.request(rated, true, nil)
	if err != nil {
		return nil, err
	}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return ix.withSnippets(ctx, q, q.result(res, res.Facets, rated)), nil
}

func (q Query) result(res *bleve.SearchResult, fr search.FacetResults, rated bool) *Result {
	out := &Result{Total: res.Total, Took: res.Took, MaxScore: res.MaxScore, Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, toHit(h))
	}
	if q.Facets {
		out.Facets = q.facets(fr, rated)
	}
	return out
}

// request builds the Bleve request for a valid q (after withDefaults), with
// Bleve's facets when bleveFacets and q.Facets. The ties of the order are
// broken by ID: by ids when not nil, else by Bleve's "_id" sort.
func (q Query) request(rated, bleveFacets bool, ids *idSort) (*bleve.SearchRequest, error) {
	text, err := parseText(q.Text)
	if err != nil {
		return nil, err
	}
	var bq query.Query = text
	if fs := q.filters(rated); len(fs) > 0 {
		b := query.NewBooleanQuery([]query.Query{text}, nil, nil)
		b.Filter = query.NewConjunctionQuery(fs)
		bq = b
	}
	req := bleve.NewSearchRequestOptions(bq, q.Size, (q.Page-1)*q.Size, false)
	req.Fields = storedFields
	order := "-_score"
	if q.Sort == SortDate {
		order = "-" + fieldPublished
		req.Score = bleve.ScoreNone // scores would be computed only to be ignored
	}
	switch {
	case ids != nil && q.Sort == SortDate:
		req.SortByCustom(search.SortOrder{&dateSort{c: ids.c, desc: true}, ids})
	case ids != nil:
		req.SortByCustom(append(search.ParseSortOrderStrings([]string{order}), ids))
	default:
		req.SortBy([]string{order, "_id"})
	}
	if q.SearchAfter != nil {
		after, err := decodeCursor(q.SearchAfter)
		if err != nil {
			return nil, err
		}
		req.From = 0
		req.SetSearchAfter(after)
	}
	if q.Facets && bleveFacets {
		q.addFacets(req, rated)
	}
	return req, nil
}

func toHit(h *search.DocumentMatch) Hit {
	id, _ := strconv.ParseInt(h.ID, 10, 64)
	out := Hit{
		ID:     id,
		URL:    str(h.Fields[fieldURL]),
		Title:  str(h.Fields[fieldTitle]),
		Source: str(h.Fields[fieldSource]),
		Site:   str(h.Fields[fieldSite]),
		Score:  h.Score,
		Sort:   encodeCursor(h.Sort, h.Score),
	}
	if p := str(h.Fields[fieldPublished]); p != "" {
		out.Published, _ = time.Parse(time.RFC3339, p)
	}
	return out
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
