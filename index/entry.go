package index

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"tidings/corpus"
)

// Entry is one document to index with its facts.
type Entry struct {
	Doc   *corpus.Document
	Facts []corpus.Fact
}

// docID is the index document ID of a corpus document ID.
func docID(id int64) string { return strconv.FormatInt(id, 10) }

// validate reports why e cannot be indexed.
func (e Entry) validate() error {
	if e.Doc == nil {
		return fmt.Errorf("entry without document: %w", corpus.ErrInvalid)
	}
	if e.Doc.ID <= 0 {
		return fmt.Errorf("document %q has no ID: %w", e.Doc.URL, corpus.ErrInvalid)
	}
	return nil
}

// facetTerms lists the document's facet values behind their prefixes.
func facetTerms(d *corpus.Document, f factFields) []string {
	out := make([]string, 0, 2+len(f.orgs)+len(f.people)+len(f.places)+len(f.bands))
	out = append(out, prefixSource+d.Source)
	if t, ok := indexableTime(d.Published); ok {
		out = append(out, prefixDay+dayOf(t))
	}
	for _, g := range []struct {
		prefix string
		vals   []string
	}{{prefixOrg, f.orgs}, {prefixPerson, f.people}, {prefixPlace, f.places}, {prefixMoney, f.bands}} {
		for _, v := range g.vals {
			out = append(out, g.prefix+v)
		}
	}
	return out
}

// factFields holds a document's facts grouped by index field.
type factFields struct {
	orgs, people, places, misc, currencies []string
	bands                                  []string // distinct money bands
	// Amount analyzer inputs (amountValue): money's behind their currency.
	usd, percents, money   []string
	mentionFrom, mentionTo []string // days
}

func collectFacts(facts []corpus.Fact, rates map[string]float64) factFields {
	var f factFields
	for i := range facts {
		x := &facts[i]
		switch x.Type {
		case corpus.FactOrganization:
			f.orgs = appendName(f.orgs, x)
		case corpus.FactPerson:
			f.people = appendName(f.people, x)
		case corpus.FactLocation:
			f.places = appendName(f.places, x)
		case corpus.FactMisc:
			f.misc = appendName(f.misc, x)
		case corpus.FactMoney:
			f.addMoney(x, rates)
		case corpus.FactDate:
			f.addDate(x)
		case corpus.FactPercent:
			if x.Number != nil && isFinite(*x.Number) {
				f.percents = appendDistinct(f.percents, amountValue("", *x.Number))
			}
		}
	}
	return f
}

func (f *factFields) addMoney(x *corpus.Fact, rates map[string]float64) {
	cur := x.Currency
	if !validCurrency(cur) {
		return
	}
	if !slices.Contains(f.currencies, cur) {
		f.currencies = append(f.currencies, cur)
	}
	for _, a := range []*float64{x.Amount, x.AmountMax} {
		if a == nil || !isFinite(*a) {
			continue
		}
		f.money = appendDistinct(f.money, amountValue(cur, *a))
		f.addBand(bandTerm(cur, *a))
		// Without rates, USD-equivalents are the USD amounts that
		// money.USD already holds.
		if usd, ok := toUSD(*a, cur, rates); ok && len(rates) > 0 {
			f.usd = appendDistinct(f.usd, amountValue("", usd))
			f.addBand(bandTerm(usdEquivalent, usd))
		}
	}
}

// appendDistinct adds v unless vs holds it: a range filter needs each
// amount once, and every amount costs nine index terms.
func appendDistinct(vs []string, v string) []string {
	if slices.Contains(vs, v) {
		return vs
	}
	return append(vs, v)
}

func (f *factFields) addBand(b string) {
	if !slices.Contains(f.bands, b) {
		f.bands = append(f.bands, b)
	}
}

func (f *factFields) addDate(x *corpus.Fact) {
	from, to, ok := factDays(x.RangeStart, x.RangeEnd)
	if !ok {
		return
	}
	if !slices.Contains(f.mentionFrom, from) {
		f.mentionFrom = append(f.mentionFrom, from)
	}
	if !slices.Contains(f.mentionTo, to) {
		f.mentionTo = append(f.mentionTo, to)
	}
}

// factDays returns the first and last day of [start, end), either bound
// standing for the other when zero.
func factDays(start, end time.Time) (string, string, bool) {
	switch {
	case start.IsZero() && end.IsZero():
		return "", "", false
	case start.IsZero():
		start = end
	case end.IsZero():
		end = start
	}
	last := end
	if end.After(start) {
		last = end.Add(-time.Nanosecond) // the range ends before end
	}
	return dayOf(start), dayOf(last), true
}

// dayOf is t's UTC day as "2006-01-02", which sorts as text.
func dayOf(t time.Time) string { return t.UTC().Format(time.DateOnly) }

// appendName adds the canonical name of an entity fact (Entity, else Text)
// once.
func appendName(names []string, x *corpus.Fact) []string {
	n := x.Entity
	if n == "" {
		n = x.Text
	}
	if n == "" || slices.Contains(names, n) {
		return names
	}
	return append(names, n)
}

// toUSD converts amount in cur to US dollars; ok is false without a rate.
func toUSD(amount float64, cur string, rates map[string]float64) (float64, bool) {
	if cur == "USD" {
		return amount, true
	}
	r, ok := rates[cur]
	if !ok || r <= 0 {
		return 0, false
	}
	return amount * r, true
}

// validCurrency reports whether c looks like an ISO 4217 code; only such codes
// become field names.
func validCurrency(c string) bool {
	if len(c) != 3 {
		return false
	}
	for i := range 3 {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// indexableTime reports whether t can be indexed as a Bleve datetime (Unix
// nanoseconds, years 1678–2261).
func indexableTime(t time.Time) (time.Time, bool) {
	if t.IsZero() || t.Year() < 1678 || t.Year() > 2261 {
		return time.Time{}, false
	}
	return t, true
}

func isFinite(v float64) bool { return v == v && v < 1e300 && v > -1e300 }
