package index

import (
	"time"

	"github.com/blevesearch/bleve/v2/search/query"
)

// filters returns the non-scoring restrictions of q (after withDefaults).
func (q Query) filters(rated bool) []query.Query {
	var fs []query.Query
	if len(q.Sources) > 0 {
		fs = append(fs, anyTerm(fieldSource, q.Sources))
	}
	for field, names := range map[string][]string{fieldOrg: q.Orgs, fieldPerson: q.People, fieldPlace: q.Places} {
		for _, n := range names {
			fs = append(fs, newFoldTerm(field, n))
		}
	}
	if q.Lang != "" {
		fs = append(fs, term(fieldLang, q.Lang))
	}
	if !q.Since.IsZero() || !q.Until.IsZero() {
		fs = append(fs, newTimeRange(fieldPublished, q.Since, q.Until, true, false))
	}
	if m := q.moneyFilter(rated); m != nil {
		fs = append(fs, m)
	}
	if m := q.mentionsFilter(); m != nil {
		fs = append(fs, m)
	}
	return fs
}

// moneyField is the numeric field amounts are compared in: the currency's,
// or USD-equivalents when rates convert other currencies.
func (q Query) moneyField(rated bool) string {
	switch {
	case q.Currency != "":
		return fieldMoney + "." + q.Currency
	case rated:
		return fieldAmountUSD
	}
	return fieldMoney + ".USD"
}

func (q Query) moneyFilter(rated bool) query.Query {
	if q.MinAmount == nil && q.MaxAmount == nil {
		if q.Currency != "" {
			return term(fieldCurrency, q.Currency)
		}
		return nil
	}
	r, _ := newAmountRange(q.moneyField(rated), q.MinAmount, q.MaxAmount, true, true)
	return r
}

// mentionsFilter matches documents with a date fact overlapping
// [MentionsFrom, MentionsTo), by day. A fact starting or ending inside the
// window is matched exactly; a fact spanning the whole window is matched as
// "some fact starts before and some fact ends after", which may also match
// two separate facts on either side of the window.
func (q Query) mentionsFilter() query.Query {
	from, to := q.MentionsFrom, q.MentionsTo
	if from.IsZero() && to.IsZero() {
		return nil
	}
	var first, last string // inclusive days of the window
	if !from.IsZero() {
		first = dayOf(from)
	}
	if !to.IsZero() {
		last = dayOf(to.Add(-time.Nanosecond))
	}
	switch {
	case last == "":
		return dayRange(fieldMentionTo, first, "", true)
	case first == "":
		return dayRange(fieldMentionFrom, "", last, true)
	}
	return query.NewDisjunctionQuery([]query.Query{
		dayRange(fieldMentionFrom, first, last, true),
		dayRange(fieldMentionTo, first, last, true),
		query.NewConjunctionQuery([]query.Query{
			dayRange(fieldMentionFrom, "", first, false),
			dayRange(fieldMentionTo, last, "", false),
		}),
	})
}

// dayRange matches day terms from first to last ("" is open), the inner
// bounds inclusive or not.
func dayRange(field, first, last string, inclusive bool) query.Query {
	minInc, maxInc := inclusive, inclusive
	if first == "" {
		minInc = true
	}
	r := query.NewTermRangeInclusiveQuery(first, last, &minInc, &maxInc)
	r.SetField(field)
	return r
}

func term(field, v string) query.Query {
	t := query.NewTermQuery(v)
	t.SetField(field)
	return t
}

func anyTerm(field string, vs []string) query.Query {
	qs := make([]query.Query, len(vs))
	for i, v := range vs {
		qs[i] = term(field, v)
	}
	return query.NewDisjunctionQuery(qs)
}
