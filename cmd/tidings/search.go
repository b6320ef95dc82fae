package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"tidings/corpus"
	"tidings/extract/entity"
	"tidings/index"
)

// queryFlags are the filters search, facts and export share.
type queryFlags struct {
	sources, orgs, people, places listFlag
	since, until, mentions        string
	minAmount, maxAmount          string
	currency, lang                string
}

func (qf *queryFlags) register(fs *flag.FlagSet) {
	fs.Var(&qf.sources, "source", "only these sources (repeatable or comma-separated)")
	fs.Var(&qf.orgs, "org", "articles mentioning this organization (canonical name; repeatable: all of them)")
	fs.Var(&qf.people, "person", "articles mentioning this person")
	fs.Var(&qf.places, "place", "articles mentioning this place")
	fs.StringVar(&qf.since, "since", "", "published at or after (YYYY-MM-DD, RFC 3339, or a duration like 30d, 12h)")
	fs.StringVar(&qf.until, "until", "", "published before (same forms as --since)")
	fs.StringVar(&qf.mentions, "mentions-between", "", "articles mentioning a date in FROM..TO (e.g. 2025-01-01..2025-12-31)")
	fs.StringVar(&qf.minAmount, "min-amount", "", "articles mentioning money ≥ this (e.g. 1e9, 1.5bn, 250m)")
	fs.StringVar(&qf.maxAmount, "max-amount", "", "articles mentioning money ≤ this")
	fs.StringVar(&qf.currency, "currency", "", "currency of --min/--max-amount (ISO 4217; default USD)")
	fs.StringVar(&qf.lang, "lang", "", "language code, e.g. en")
}

// canonicalNames spells names typed on the command line as facts spell
// them, so that "--place US" finds "United States" and "--org 'Apple
// Inc.'" finds "Apple".
func canonicalNames(names []string, typ corpus.FactType) []string {
	var out []string
	for _, n := range names {
		out = append(out, entity.Canonical(n, typ))
	}
	return out
}

// query builds an index.Query; now anchors relative --since/--until.
func (qf *queryFlags) query(text string, now time.Time) (index.Query, error) {
	q := index.Query{Text: text, Sources: qf.sources, Lang: qf.lang, Currency: strings.ToUpper(qf.currency),
		Orgs:   canonicalNames(qf.orgs, corpus.FactOrganization),
		People: canonicalNames(qf.people, corpus.FactPerson),
		Places: canonicalNames(qf.places, corpus.FactLocation)}
	var err error
	if q.Since, err = parseWhen(qf.since, now); err != nil {
		return q, fmt.Errorf("--since: %w", err)
	}
	if q.Until, err = parseWhen(qf.until, now); err != nil {
		return q, fmt.Errorf("--until: %w", err)
	}
	if qf.mentions != "" {
		from, to, ok := strings.Cut(qf.mentions, "..")
		if !ok {
			return q, fmt.Errorf("--mentions-between: want FROM..TO, got %q", qf.mentions)
		}
		if q.MentionsFrom, err = parseWhen(from, now); err != nil {
			return q, fmt.Errorf("--mentions-between: %w", err)
		}
		if q.MentionsTo, err = parseWhen(to, now); err != nil {
			return q, fmt.Errorf("--mentions-between: %w", err)
		}
	}
	if q.MinAmount, err = parseAmount(qf.minAmount); err != nil {
		return q, fmt.Errorf("--min-amount: %w", err)
	}
	if q.MaxAmount, err = parseAmount(qf.maxAmount); err != nil {
		return q, fmt.Errorf("--max-amount: %w", err)
	}
	return q, nil
}

// parseWhen reads a date, an RFC 3339 time, or a duration back from now
// ("30d", "12h"); "" is the zero time.
func parseWhen(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := parseTime(s); err == nil {
		return t, nil
	}
	if n, ok := strings.CutSuffix(s, "d"); ok {
		if days, err := strconv.Atoi(n); err == nil && days >= 0 {
			return now.AddDate(0, 0, -days), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("want YYYY-MM-DD, RFC 3339 or a duration like 30d, got %q", s)
}

// parseAmount reads 1e9, 1500000, 1.5bn, 250m, 10k; "" is nil.
func parseAmount(s string) (*float64, error) {
	s = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), ",", ""))
	if s == "" {
		return nil, nil
	}
	scale := 1.0
	for _, suf := range []struct {
		s string
		m float64
	}{{"tn", 1e12}, {"bn", 1e9}, {"b", 1e9}, {"m", 1e6}, {"k", 1e3}} {
		if n, ok := strings.CutSuffix(s, suf.s); ok {
			s, scale = n, suf.m
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < 0 || v != v || v > 1e300 {
		return nil, fmt.Errorf("want a non-negative amount like 1e9, 1.5bn or 250m, got %q", s)
	}
	v *= scale
	return &v, nil
}

// searchCmd: tidings search [flags] QUERY
func searchCmd(ctx context.Context, env *Env, args []string) error {
	var cf commonFlags
	var qf queryFlags
	fs := newFlagSet("search", env.Stderr, &cf)
	qf.register(fs)
	sort := fs.String("sort", "relevance", "relevance or date (newest first)")
	page := fs.Int("page", 1, "page number")
	size := fs.Int("size", 10, "hits per page")
	after := fs.String("after", "", "cursor of the last hit seen (from --json or the footer): deep paging")
	asJSON := fs.Bool("json", false, "print one JSON document (see docs/search.md)")
	facetSize := fs.Int("facet-size", 10, "values per facet")
	if err := parseFlags(fs, reorderArgs(fs, args)); err != nil {
		return err
	}
	cfg, err := LoadConfig(cf.config)
	if err != nil {
		return err
	}
	q, err := qf.query(strings.Join(fs.Args(), " "), time.Now())
	if err != nil {
		return err
	}
	q.Sort, q.Page, q.Size, q.Facets, q.FacetSize, q.Highlight = *sort, *page, *size, true, *facetSize, true
	if *page < 1 || *size < 1 {
		return fmt.Errorf("--page and --size must be ≥ 1, got %d and %d", *page, *size)
	}
	if *after != "" {
		q.SearchAfter = strings.Split(*after, ",")
		q.Page = 0
	}
	if err := q.Validate(); err != nil {
		return err
	}
	s, err := openSearcher(cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := s.Search(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeSearchJSON(env.Stdout, q, res)
	}
	style := plainStyle
	if isTerminal(env.Stdout, env.Getenv) && env.Getenv("NO_COLOR") == "" {
		style = ansiStyle
	}
	printResult(env.Stdout, q, res, style)
	return nil
}

// reorderArgs moves flags after positional words to the front, so
// `tidings search Boeing tanker --size 5` works as users type it.
func reorderArgs(fs *flag.FlagSet, args []string) []string {
	var flags, words []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			words = append(words, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			words = append(words, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil {
			if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
				continue
			}
			if i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
		}
	}
	return append(flags, append([]string{"--"}, words...)...)
}

// textStyle renders highlighted matches.
type textStyle struct{ on, off, dim, bold, reset string }

var (
	plainStyle = textStyle{}
	ansiStyle  = textStyle{on: "\x1b[1;33m", off: "\x1b[0m", dim: "\x1b[2m", bold: "\x1b[1m", reset: "\x1b[0m"}
)

// clean removes control characters (terminal escapes included) from text
// that came from a fetched page: it is shown, never interpreted.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		if unicode.IsControl(r) || r == 0xFFFD {
			return -1
		}
		return r
	}, s)
}

func renderSnippet(s string, st textStyle) string {
	s = strings.ReplaceAll(clean(s), clean(index.MarkStart), "\x00")
	s = strings.ReplaceAll(s, clean(index.MarkEnd), "\x01")
	s = strings.ReplaceAll(s, "\x00", st.on)
	return strings.ReplaceAll(s, "\x01", st.off)
}

func printResult(w io.Writer, q index.Query, res *index.Result, st textStyle) {
	fmt.Fprintf(w, "%d hits (%s)\n", res.Total, res.Took.Round(time.Microsecond))
	first := (max(q.Page, 1) - 1) * q.Size
	for i, h := range res.Hits {
		date := "undated"
		if !h.Published.IsZero() {
			date = h.Published.Format("2006-01-02")
		}
		fmt.Fprintf(w, "\n%d. %s%s%s\n   %s%s · %s · %s%s\n", first+i+1, st.bold, clean(h.Title), st.reset,
			st.dim, clean(h.Source), date, clean(h.URL), st.reset)
		if h.Snippet != "" {
			fmt.Fprintf(w, "   %s\n", renderSnippet(h.Snippet, st))
		}
	}
	printFacets(w, res.Facets)
	if n := len(res.Hits); n > 0 && uint64(first+n) < res.Total {
		last := res.Hits[n-1]
		fmt.Fprintf(w, "\nmore: --page %d", max(q.Page, 1)+1)
		if len(last.Sort) > 0 {
			fmt.Fprintf(w, "  (or --after %s)", strings.Join(last.Sort, ","))
		}
		fmt.Fprintln(w)
	}
}

func printFacets(w io.Writer, f index.Facets) {
	terms := func(label string, tc []index.TermCount) {
		if len(tc) == 0 {
			return
		}
		parts := make([]string, len(tc))
		for i, t := range tc {
			parts[i] = fmt.Sprintf("%s (%d)", clean(t.Term), t.Count)
		}
		fmt.Fprintf(w, "%-14s %s\n", label+":", strings.Join(parts, ", "))
	}
	fmt.Fprintln(w)
	terms("Organizations", f.Orgs)
	terms("People", f.People)
	terms("Places", f.Places)
	terms("Sources", f.Sources)
	if len(f.Published) > 0 {
		parts := make([]string, 0, len(f.Published))
		for _, b := range f.Published {
			if b.Count > 0 {
				parts = append(parts, fmt.Sprintf("%s (%d)", bucketLabel(b.Start, f.PublishedInterval), b.Count))
			}
		}
		fmt.Fprintf(w, "%-14s %s\n", "Published/"+f.PublishedInterval+":", strings.Join(parts, ", "))
	}
	if len(f.Money) > 0 {
		parts := make([]string, 0, len(f.Money))
		for _, m := range f.Money {
			if m.Count > 0 {
				cur := m.Currency
				if m.Equivalent {
					cur += "-equiv"
				}
				parts = append(parts, fmt.Sprintf("%s %s (%d)", cur, m.Label, m.Count))
			}
		}
		fmt.Fprintf(w, "%-14s %s\n", "Money:", strings.Join(parts, ", "))
	}
}

func bucketLabel(t time.Time, interval string) string {
	switch interval {
	case "month":
		return t.Format("2006-01")
	case "week":
		y, wk := t.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, wk)
	}
	return t.Format("2006-01-02")
}

// searchJSON is the stable `search --json` document (docs/search.md).
type searchJSON struct {
	Total  uint64     `json:"total"`
	TookMS float64    `json:"took_ms"`
	Page   int        `json:"page"`
	Size   int        `json:"size"`
	Hits   []hitJSON  `json:"hits"`
	Facets facetsJSON `json:"facets"`
}

type hitJSON struct {
	ID          int64   `json:"id"`
	URL         string  `json:"url"`
	Title       string  `json:"title"`
	Source      string  `json:"source"`
	Site        string  `json:"site,omitempty"`
	Published   string  `json:"published,omitempty"`
	Score       float64 `json:"score"`
	Snippet     string  `json:"snippet"`
	SnippetHTML string  `json:"snippet_html"`
	Cursor      string  `json:"cursor,omitempty"`
}

type termJSON struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

type facetsJSON struct {
	Organizations []termJSON    `json:"organizations"`
	People        []termJSON    `json:"people"`
	Places        []termJSON    `json:"places"`
	Sources       []termJSON    `json:"sources"`
	Published     publishedJSON `json:"published"`
	Money         []moneyJSON   `json:"money"`
}

type publishedJSON struct {
	Interval string       `json:"interval"`
	Buckets  []bucketJSON `json:"buckets"`
}

type bucketJSON struct {
	Start string `json:"start"`
	End   string `json:"end"`
	Count int    `json:"count"`
}

type moneyJSON struct {
	Currency   string   `json:"currency"`
	Equivalent bool     `json:"usd_equivalent"`
	Label      string   `json:"label"`
	Min        *float64 `json:"min"`
	Max        *float64 `json:"max"`
	Count      int      `json:"count"`
}

func writeSearchJSON(w io.Writer, q index.Query, res *index.Result) error {
	out := searchJSON{Total: res.Total, TookMS: float64(res.Took.Microseconds()) / 1000, Page: max(q.Page, 1), Size: q.Size,
		Hits: []hitJSON{}}
	for _, h := range res.Hits {
		hj := hitJSON{ID: h.ID, URL: h.URL, Title: h.Title, Source: h.Source, Site: h.Site, Score: h.Score,
			Snippet: renderSnippet(h.Snippet, plainStyle), Cursor: strings.Join(h.Sort, ",")}
		hj.SnippetHTML = strings.NewReplacer(html.EscapeString(index.MarkStart), "<mark>", html.EscapeString(index.MarkEnd), "</mark>").
			Replace(html.EscapeString(h.Snippet))
		if !h.Published.IsZero() {
			hj.Published = h.Published.Format(time.RFC3339)
		}
		out.Hits = append(out.Hits, hj)
	}
	f := res.Facets
	out.Facets = facetsJSON{Organizations: nonNilTC(f.Orgs), People: nonNilTC(f.People), Places: nonNilTC(f.Places),
		Sources: nonNilTC(f.Sources), Published: publishedJSON{Interval: f.PublishedInterval, Buckets: []bucketJSON{}},
		Money: []moneyJSON{}}
	for _, b := range f.Published {
		out.Facets.Published.Buckets = append(out.Facets.Published.Buckets,
			bucketJSON{Start: b.Start.Format(time.RFC3339), End: b.End.Format(time.RFC3339), Count: b.Count})
	}
	for _, m := range f.Money {
		out.Facets.Money = append(out.Facets.Money, moneyJSON{Currency: m.Currency, Equivalent: m.Equivalent, Label: m.Label,
			Min: m.Min, Max: m.Max, Count: m.Count})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func nonNilTC(tc []index.TermCount) []termJSON {
	out := make([]termJSON, len(tc))
	for i, t := range tc {
		out[i] = termJSON{Term: t.Term, Count: t.Count}
	}
	return out
}
