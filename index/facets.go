package index

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// Facets summarize all matching documents, not only one page.
type Facets struct {
	Orgs, People, Places, Sources []TermCount
	// Published is a histogram of publication dates; PublishedInterval
	// ("day", "week" or "month") is chosen by the range of dates found.
	Published         []DateBucket
	PublishedInterval string
	// Money counts documents per amount band: of Query.Currency when set,
	// else of USD-equivalents when Config.Rates is set, else per currency.
	Money []RangeCount
}

// TermCount is a facet value and how many matching documents have it.
type TermCount struct {
	Term  string
	Count int
}

// DateBucket counts matching documents published in [Start, End).
type DateBucket struct {
	Start, End time.Time
	Count      int
}

// RangeCount counts matching documents mentioning an amount in [Min, Max)
// of Currency. Equivalent means USD-equivalents of any currency.
type RangeCount struct {
	Currency   string
	Equivalent bool
	Label      string   // "<1M", "1M–100M", "100M–1B", "≥1B"
	Min, Max   *float64 // nil is open
	Count      int
}

// moneyBands are the amount bands of the money facet, in order.
var moneyBands = []struct {
	label    string
	min, max float64
}{
	{"<1M", 0, 1e6},
	{"1M–100M", 1e6, 1e8},
	{"100M–1B", 1e8, 1e9},
	{"≥1B", 1e9, 0},
}

// usdEquivalent is the money band prefix of USD-equivalent amounts.
const usdEquivalent = "~USD"

// bandTerm is the money_band term of amount v in currency cur.
func bandTerm(cur string, v float64) string {
	i := 0
	for i < len(moneyBands)-1 && v >= moneyBands[i].max {
		i++
	}
	return cur + ":" + strconv.Itoa(i)
}

// maxDays bounds the days the histogram is built from (about 55 years).
const maxDays = 20000

// Facet names in the Bleve request.
const (
	facetOrg, facetPerson, facetPlace, facetSource = "org", "person", "place", "source"
	facetDay, facetMoney                           = "day", "money"
)

// facetSpec is one facet of a search: the fieldFacet terms behind prefix,
// the size most frequent kept.
type facetSpec struct {
	name, prefix string
	size         int
}

func (q Query) facetSpecs(rated bool) []facetSpec {
	return []facetSpec{
		{facetOrg, prefixOrg, q.FacetSize * caseSpare},
		{facetPerson, prefixPerson, q.FacetSize * caseSpare},
		{facetPlace, prefixPlace, q.FacetSize * caseSpare},
		{facetSource, prefixSource, q.FacetSize},
		{facetDay, prefixDay, maxDays},
		{facetMoney, prefixMoney + q.moneyPrefix(rated), q.FacetSize * len(moneyBands)},
	}
}

// addFacets asks Bleve for the facets (the path without a facet table).
func (q Query) addFacets(req *bleve.SearchRequest, rated bool) {
	for _, s := range q.facetSpecs(rated) {
		f := bleve.NewFacetRequest(fieldFacet, s.size)
		f.SetPrefixFilter(s.prefix)
		req.AddFacet(s.name, f)
	}
}

// moneyPrefix selects the money bands the facet shows (after prefixMoney);
// "" shows all currencies.
func (q Query) moneyPrefix(rated bool) string {
	switch {
	case q.Currency != "":
		return q.Currency + ":"
	case rated:
		return usdEquivalent + ":"
	}
	return ""
}

func (q Query) facets(res search.FacetResults, rated bool) Facets {
	var f Facets
	f.Orgs = mergeCase(terms(res[facetOrg], prefixOrg), q.FacetSize)
	f.People = mergeCase(terms(res[facetPerson], prefixPerson), q.FacetSize)
	f.Places = mergeCase(terms(res[facetPlace], prefixPlace), q.FacetSize)
	f.Sources = terms(res[facetSource], prefixSource)
	f.Published, f.PublishedInterval = histogram(terms(res[facetDay], prefixDay))
	f.Money = moneyCounts(terms(res[facetMoney], prefixMoney), q.moneyPrefix(rated) != "")
	return f
}

// terms converts a facet's counts, dropping the facet's term prefix.
func terms(r *search.FacetResult, prefix string) []TermCount {
	if r == nil {
		return nil
	}
	out := make([]TermCount, 0, len(r.Terms.Terms()))
	for _, t := range r.Terms.Terms() {
		out = append(out, TermCount{Term: strings.TrimPrefix(t.Term, prefix), Count: t.Count})
	}
	return out
}

// caseSpare is how many times the shown names are asked of a name facet,
// so that spellings of a shown name that differ only in case, counted
// apart, are found to merge into it.
const caseSpare = 3

// mergeCase folds the names of a facet that differ only in case into one
// ("NASDAQ" of one article, "Nasdaq" of others), under the spelling of
// most documents, and keeps the n most frequent. Articles spell a name
// one way each (the extractor unifies case within a document), so the
// sum counts each document once, and the name filters, which ignore
// case, find the same documents. On a tie mixed case beats capitals.
// ts is ordered by count, then name.
func mergeCase(ts []TermCount, n int) []TermCount {
	at := make(map[string]int, len(ts))
	out := make([]TermCount, 0, len(ts))
	var own []int // the count of the spelling shown
	merged := false
	for _, t := range ts {
		k := strings.ToLower(t.Term)
		i, ok := at[k]
		if !ok {
			at[k] = len(out)
			out, own = append(out, t), append(own, t.Count)
			continue
		}
		merged = true
		out[i].Count += t.Count
		if t.Count == own[i] && strings.ToUpper(out[i].Term) == out[i].Term && strings.ToUpper(t.Term) != t.Term {
			out[i].Term = t.Term
		}
	}
	if merged {
		slices.SortStableFunc(out, func(a, b TermCount) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Term, b.Term)) })
	}
	return out[:min(n, len(out))]
}

// moneyCounts turns money_band counts into ranges. With one currency
// (single) every band is listed, zeros included.
func moneyCounts(bands []TermCount, single bool) []RangeCount {
	type key struct {
		cur  string
		band int
	}
	counts := map[key]int{}
	curs := map[string]int{}
	for _, b := range bands {
		cur, n, ok := strings.Cut(b.Term, ":")
		i, err := strconv.Atoi(n)
		if !ok || err != nil || i < 0 || i >= len(moneyBands) {
			continue
		}
		if !single && strings.HasPrefix(cur, "~") {
			continue
		}
		counts[key{cur, i}] += b.Count
		curs[cur] += b.Count
	}
	order := make([]string, 0, len(curs))
	for c := range curs {
		order = append(order, c)
	}
	slices.SortFunc(order, func(a, b string) int { return cmp.Or(cmp.Compare(curs[b], curs[a]), cmp.Compare(a, b)) })
	var out []RangeCount
	for _, c := range order {
		for i, mb := range moneyBands {
			n := counts[key{c, i}]
			if n == 0 && !single {
				continue
			}
			rc := RangeCount{Currency: strings.TrimPrefix(c, "~"), Equivalent: strings.HasPrefix(c, "~"), Label: mb.label, Count: n}
			if i > 0 {
				rc.Min = &mb.min
			}
			if i < len(moneyBands)-1 {
				rc.Max = &mb.max
			}
			out = append(out, rc)
		}
	}
	return out
}
