package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"tidings/corpus"
)

// factsCmd answers money questions: which facts (default: money) match,
// in which articles, sorted by amount, with totals per organization and
// currency. An organization is credited with a money fact when it is
// named in the same sentence.
func factsCmd(ctx context.Context, env *Env, args []string) error {
	var sel selection
	fs := newFlagSet("facts", env.Stderr, &sel.cf)
	sel.register(fs, "fact types (default money)")
	sortBy := fs.String("sort", "amount", "amount (largest first), date (newest article first) or article")
	limit := fs.Int("limit", 50, "facts listed (totals count all)")
	asJSON := fs.Bool("json", false, "print one JSON document")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *sortBy != "amount" && *sortBy != "date" && *sortBy != "article" {
		return fmt.Errorf("--sort: want amount, date or article, got %q", *sortBy)
	}
	cfg, q, want, err := sel.resolve("money")
	if err != nil {
		return err
	}
	// Amount bounds apply to each money fact here, not only to the article.
	minA, maxA, cur := q.MinAmount, q.MaxAmount, q.Currency
	if cur == "" && (minA != nil || maxA != nil) {
		cur = "USD"
	}
	q.MinAmount, q.MaxAmount, q.Currency = nil, nil, ""
	if err := q.Validate(); err != nil {
		return err
	}
	store, err := openStore(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer store.Close()
	var found []factRecord
	totals := map[[2]string]*orgTotal{}
	err = scanSelected(ctx, cfg, store, q, func(d *corpus.Document, facts []corpus.Fact) error {
		for _, f := range facts {
			if !want[f.Type] || !amountWithin(f, minA, maxA, cur) {
				continue
			}
			found = append(found, newFactRecord(d, f))
			if f.Type == corpus.FactMoney && f.Amount != nil {
				for _, org := range orgsInSentence(facts, f) {
					addTotal(totals, org, f)
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	sortFacts(found, *sortBy)
	shown := found[:min(len(found), max(*limit, 0))]
	sums := sortedTotals(totals)
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"total": len(found), "facts": nonNilRecords(shown), "org_totals": sums})
	}
	printFacts(env.Stdout, len(found), shown, sums)
	return nil
}

func amountWithin(f corpus.Fact, minA, maxA *float64, cur string) bool {
	if minA == nil && maxA == nil && cur == "" {
		return true
	}
	if f.Type != corpus.FactMoney || f.Amount == nil || (cur != "" && f.Currency != cur) {
		return false
	}
	hi := *f.Amount
	if f.AmountMax != nil {
		hi = *f.AmountMax
	}
	return (minA == nil || hi >= *minA) && (maxA == nil || *f.Amount <= *maxA)
}

// orgsInSentence returns the canonical names of organizations in the same
// sentence as f, each once.
func orgsInSentence(facts []corpus.Fact, f corpus.Fact) []string {
	var orgs []string
	for _, o := range facts {
		if o.Type == corpus.FactOrganization && o.SentenceStart == f.SentenceStart && o.SentenceEnd == f.SentenceEnd {
			name := cmp.Or(o.Entity, o.Text)
			if !slices.Contains(orgs, name) {
				orgs = append(orgs, name)
			}
		}
	}
	return orgs
}

// orgTotal sums money facts per organization and currency: amounts in
// different currencies are never added together.
type orgTotal struct {
	Org      string  `json:"organization"`
	Currency string  `json:"currency"`
	Total    float64 `json:"total"`
	Facts    int     `json:"facts"`
}

func addTotal(totals map[[2]string]*orgTotal, org string, f corpus.Fact) {
	k := [2]string{org, f.Currency}
	t := totals[k]
	if t == nil {
		t = &orgTotal{Org: org, Currency: f.Currency}
		totals[k] = t
	}
	t.Total += *f.Amount
	t.Facts++
}

func sortedTotals(m map[[2]string]*orgTotal) []orgTotal {
	out := make([]orgTotal, 0, len(m))
	for _, t := range m {
		out = append(out, *t)
	}
	slices.SortFunc(out, func(a, b orgTotal) int {
		return cmp.Or(cmp.Compare(a.Currency, b.Currency), cmp.Compare(b.Total, a.Total), cmp.Compare(a.Org, b.Org))
	})
	return out
}

func sortFacts(rs []factRecord, by string) {
	amount := func(r factRecord) float64 {
		if r.Amount == nil {
			return -1
		}
		if r.AmountMax != nil {
			return *r.AmountMax
		}
		return *r.Amount
	}
	slices.SortStableFunc(rs, func(a, b factRecord) int {
		switch by {
		case "amount":
			if c := cmp.Compare(amount(b), amount(a)); c != 0 {
				return c
			}
		case "date":
			if c := cmp.Compare(b.Published, a.Published); c != 0 {
				return c
			}
		}
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start))
	})
}

func nonNilRecords(rs []factRecord) []factRecord {
	if rs == nil {
		return []factRecord{}
	}
	return rs
}

func formatAmount(f corpus.Fact) string {
	if f.Amount == nil {
		if f.Vague {
			return "(vague) " + f.Currency
		}
		return ""
	}
	s := humanAmount(*f.Amount)
	if f.AmountMax != nil {
		s += "–" + humanAmount(*f.AmountMax)
	}
	s += " " + f.Currency
	if f.Per != "" {
		s += "/" + f.Per
	}
	if f.Qualifier != "" {
		s += " (" + f.Qualifier + ")"
	}
	return s
}

func humanAmount(v float64) string {
	for _, u := range []struct {
		s string
		m float64
	}{{"tn", 1e12}, {"bn", 1e9}, {"m", 1e6}} {
		if v >= u.m {
			return strconv.FormatFloat(v/u.m, 'f', -1, 64) + u.s
		}
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func printFacts(w io.Writer, total int, rs []factRecord, sums []orgTotal) {
	fmt.Fprintf(w, "%d facts\n", total)
	for _, r := range rs {
		val := formatAmount(r.Fact)
		if val == "" {
			val = r.Value + r.Entity
		}
		fmt.Fprintf(w, "\n%-24s %q\n  %s · %s · %s\n  %s\n", val, clean(r.Text), clean(r.ArticleTitle), r.Source,
			strings.SplitN(r.Published, "T", 2)[0], clean(r.Sentence))
	}
	if len(sums) > 0 {
		fmt.Fprintln(w, "\nTotals per organization (same-sentence mentions; currencies kept apart):")
		for _, t := range sums[:min(len(sums), 20)] {
			fmt.Fprintf(w, "  %-30s %s %s  (%d facts)\n", clean(t.Org), humanAmount(t.Total), t.Currency, t.Facts)
		}
	}
}
