package index

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"tidings/corpus"
)

// Sort orders of Query.Sort.
const (
	SortRelevance = "relevance" // best score first (the default)
	SortDate      = "date"      // newest published first
)

// Limits of a Query.
const (
	DefaultSize      = 10
	MaxSize          = 1000
	MaxDepth         = 10000 // Page*Size beyond this needs SearchAfter
	DefaultFacetSize = 10
	MaxFacetSize     = 1000
)

// Query is one search. The zero Query matches every document, ten per page,
// best first.
type Query struct {
	// Text in Bleve query-string syntax: words, "phrases", +must, -mustnot,
	// field:value (title, body, authors, source, site, url, lang, org,
	// person, place, misc, currency, percent, published, money.EUR,
	// amount_usd), fuzzy~1, prefix*. Unfielded terms search title (boosted)
	// and body. Empty matches all.
	Text string

	Sources []string // any of these sources
	Orgs    []string // all of these organizations (canonical names)
	People  []string // all of these people
	Places  []string // all of these places
	Lang    string   // this language

	Since, Until time.Time // published in [Since, Until); zero is open

	// Money mentioned in the article, inclusive bounds. With Currency the
	// amounts are in that currency; without, they are US dollars or
	// USD-equivalents of currencies that Config.Rates converts. Currency
	// alone requires a mention of that currency.
	MinAmount, MaxAmount *float64
	Currency             string

	// Date facts whose range overlaps [MentionsFrom, MentionsTo); zero is
	// open.
	MentionsFrom, MentionsTo time.Time

	Sort        string   // SortRelevance (default) or SortDate
	Page        int      // 1-based; 0 means 1
	Size        int      // hits per page; 0 means DefaultSize
	SearchAfter []string // Hit.Sort of the last hit seen: the page after it

	Facets    bool // compute Result.Facets
	FacetSize int  // terms per facet; 0 means DefaultFacetSize

	Highlight bool // fill Hit.Snippet
}

// Validate reports every problem in q at once, each wrapping
// corpus.ErrInvalid.
func (q Query) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("query: "+format+": %w", append(args, corpus.ErrInvalid)...))
	}
	if _, err := parseText(q.Text); err != nil {
		bad("text %q: %v", q.Text, err)
	}
	for name, list := range map[string][]string{"sources": q.Sources, "orgs": q.Orgs, "people": q.People, "places": q.Places} {
		for i, v := range list {
			if strings.TrimSpace(v) == "" {
				bad("%s[%d] is empty", name, i)
			}
		}
	}
	for name, t := range map[string]time.Time{"since": q.Since, "until": q.Until, "mentions from": q.MentionsFrom, "mentions to": q.MentionsTo} {
		if _, ok := indexableTime(t); !ok && !t.IsZero() {
			bad("%s %s is outside years 1678–2261", name, t.Format(time.RFC3339))
		}
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Since.After(q.Until) {
		bad("since %s is after until %s", q.Since.Format(time.RFC3339), q.Until.Format(time.RFC3339))
	}
	if !q.MentionsFrom.IsZero() && !q.MentionsTo.IsZero() && q.MentionsFrom.After(q.MentionsTo) {
		bad("mentions from %s is after mentions to %s", q.MentionsFrom.Format(time.RFC3339), q.MentionsTo.Format(time.RFC3339))
	}
	for name, v := range map[string]*float64{"min amount": q.MinAmount, "max amount": q.MaxAmount} {
		if v != nil && (math.IsNaN(*v) || math.IsInf(*v, 0)) {
			bad("%s must be a finite number, got %v", name, *v)
		}
	}
	if q.MinAmount != nil && q.MaxAmount != nil && *q.MinAmount > *q.MaxAmount {
		bad("min amount %v is greater than max amount %v", *q.MinAmount, *q.MaxAmount)
	}
	if q.Currency != "" && !validCurrency(strings.ToUpper(q.Currency)) {
		bad("currency %q is not an ISO 4217 code", q.Currency)
	}
	if q.Sort != "" && q.Sort != SortRelevance && q.Sort != SortDate {
		bad("sort %q: want %q or %q", q.Sort, SortRelevance, SortDate)
	}
	errs = append(errs, q.validatePaging()...)
	return errors.Join(errs...)
}

func (q Query) validatePaging() []error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("query: "+format+": %w", append(args, corpus.ErrInvalid)...))
	}
	switch {
	case q.Page < 0:
		bad("page must be ≥ 1, got %d", q.Page)
	case q.Size < 0 || q.Size > MaxSize:
		bad("size must be in 1..%d, got %d", MaxSize, q.Size)
	case max(q.Page, 1)*max(q.Size, DefaultSize) > MaxDepth:
		bad("page %d of size %d goes past the first %d hits; use SearchAfter", q.Page, q.Size, MaxDepth)
	}
	if q.FacetSize < 0 || q.FacetSize > MaxFacetSize {
		bad("facet size must be in 1..%d, got %d", MaxFacetSize, q.FacetSize)
	}
	if q.SearchAfter != nil {
		if q.Page > 1 {
			bad("search after cannot be combined with page %d", q.Page)
		}
		if _, err := decodeCursor(q.SearchAfter); err != nil {
			bad("search after: %v", err)
		}
	}
	return errs
}

// withDefaults fills the zero fields Validate accepts.
func (q Query) withDefaults() Query {
	if q.Sort == "" {
		q.Sort = SortRelevance
	}
	if q.Page == 0 {
		q.Page = 1
	}
	if q.Size == 0 {
		q.Size = DefaultSize
	}
	if q.FacetSize == 0 {
		q.FacetSize = DefaultFacetSize
	}
	q.Currency = strings.ToUpper(q.Currency)
	return q
}

// cursorLen is the number of sort keys in a cursor: the order, then the ID.
const cursorLen = 2

// encodeCursor turns Bleve's sort values into printable opaque strings.
// Bleve reports a score sort key as "_score" but wants the score back.
func encodeCursor(vals []string, score float64) []string {
	out := make([]string, len(vals))
	for i, v := range vals {
		if v == "_score" {
			v = strconv.FormatFloat(score, 'g', -1, 64)
		}
		out[i] = hex.EncodeToString([]byte(v))
	}
	return out
}

func decodeCursor(c []string) ([]string, error) {
	if len(c) != cursorLen {
		return nil, fmt.Errorf("want %d values (a hit's Sort), got %d", cursorLen, len(c))
	}
	out := make([]string, len(c))
	for i, v := range c {
		b, err := hex.DecodeString(v)
		if err != nil {
			return nil, fmt.Errorf("value %d is not a cursor from Hit.Sort", i)
		}
		out[i] = string(b)
	}
	return out, nil
}
