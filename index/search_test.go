package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"tidings/corpus"
)

func TestSearchFinds(t *testing.T) {
	ix := openTest(t, Config{Rates: map[string]float64{"EUR": 1.1}}, fixture())
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		name string
		q    Query
		want []int64 // sorted IDs of all hits
	}{
		{"empty text matches all", Query{}, []int64{1, 2, 3, 4, 5}},
		{"word matches stemmed body", Query{Text: "raising"}, []int64{1, 4}},
		{"phrase matches in order only", Query{Text: `"chip makers"`}, []int64{2}},
		{"phrase out of order matches nothing", Query{Text: `"makers chip"`}, nil},
		{"phrase across a stop word", Query{Text: `"profit of 1.5 billion"`}, []int64{3}},
		{"phrase keeps the stop word's gap", Query{Text: `"profit 1.5 billion"`}, nil},
		{"phrase in body field", Query{Text: `body:"chip supply"`}, []int64{5}},
		{"one-word phrase is a word", Query{Text: `"the makers"`}, []int64{2}},
		{"must and must-not", Query{Text: "+investors -startup"}, []int64{1, 5}},
		{"title field", Query{Text: "title:startup"}, []int64{4}},
		{"org field by canonical name", Query{Text: `org:OpenAI`}, []int64{1, 2}},
		{"multi-word org phrase", Query{Text: `org:"Deutsche Bank"`}, []int64{3}},
		{"fuzzy term", Query{Text: "frankfurd~1"}, []int64{3}},
		{"prefix wildcard", Query{Text: "invest*"}, []int64{1, 4, 5}},
		{"author field", Query{Text: "authors:doe"}, []int64{1}},
		{"percent range", Query{Text: "percent:>10"}, []int64{3}},
		{"duplicate group: the original and its copy", Query{Text: "dup_group:1"}, []int64{1, 4}},
		{"duplicate group of an article without copies", Query{Text: `dup_group:"2"`}, []int64{2}},
		{"duplicate group of no article", Query{Text: "dup_group:9"}, nil},
		{"published range in text", Query{Text: `published:>="2025-11-01"`}, []int64{3, 4}},
		{"source filter any of", Query{Sources: []string{"euro", "biz"}}, []int64{2, 3, 5}},
		{"orgs filter all of", Query{Orgs: []string{"OpenAI", "Microsoft"}}, []int64{1}},
		{"orgs filter ignores case", Query{Orgs: []string{"openai", "MICROSOFT"}}, []int64{1}},
		{"org filter of no org", Query{Orgs: []string{"Open"}}, nil},
		{"people filter", Query{People: []string{"Sam Altman"}}, []int64{2}},
		{"people filter ignores case", Query{People: []string{"sam altman"}}, []int64{2}},
		{"places filter", Query{Places: []string{"Berlin"}}, []int64{4}},
		{"lang filter", Query{Lang: "de"}, []int64{3}},
		{"since is inclusive", Query{Since: day(2025, 10, 9)}, []int64{2, 3, 4}},
		{"until is exclusive", Query{Until: day(2025, 10, 9)}, []int64{1}},
		{"since and until", Query{Since: day(2025, 10, 3), Until: day(2025, 12, 1)}, []int64{2, 3}},
		{"min amount in USD", Query{MinAmount: f(1e9)}, []int64{1, 3}},
		{"max amount in USD", Query{MaxAmount: f(1e6)}, []int64{4}},
		{"amount range excludes", Query{MinAmount: f(1e6), MaxAmount: f(1e9)}, nil},
		{"amount in currency", Query{MinAmount: f(1e9), Currency: "EUR"}, []int64{3}},
		{"lowercase currency", Query{MinAmount: f(1e9), Currency: "eur"}, []int64{3}},
		{"currency alone", Query{Currency: "EUR"}, []int64{3}},
		{"mentions window overlap start", Query{MentionsFrom: day(2025, 9, 30), MentionsTo: day(2025, 10, 1)}, []int64{3}},
		{"mentions window inside a long fact", Query{MentionsFrom: day(2026, 3, 1), MentionsTo: day(2026, 4, 1)}, []int64{2}},
		{"mentions window holds a fact", Query{MentionsFrom: day(2025, 9, 1), MentionsTo: day(2025, 11, 1)}, []int64{1, 3}},
		{"mentions open end", Query{MentionsFrom: day(2025, 12, 1)}, []int64{2}},
		{"mentions open start", Query{MentionsTo: day(2025, 8, 1)}, []int64{3}},
		{"text and filters combine", Query{Text: "investors", Sources: []string{"wire"}}, []int64{1, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHits(t, ix, tt.q, tt.want) })
	}
}

func TestSearchHitFields(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	res, err := ix.Search(context.Background(), Query{Text: "deutsche"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("Search = %+v, %v", res, err)
	}
	h := res.Hits[0]
	want := Hit{ID: 3, URL: "https://euro.example/bank", Title: "Deutsche Bank profit rises", Source: "euro",
		Site: "Euro News", Published: day(2025, 10, 20).AddDate(0, 1, 0)}
	if h.ID != want.ID || h.URL != want.URL || h.Title != want.Title || h.Source != want.Source ||
		h.Site != want.Site || !h.Published.Equal(want.Published) {
		t.Errorf("hit = %+v, want %+v", h, want)
	}
	if h.Score <= 0 || res.MaxScore < h.Score {
		t.Errorf("score %v, max %v", h.Score, res.MaxScore)
	}
}

func TestSearchTitleBoost(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	// "startup" is in doc 4's title and body; "chip" only in bodies.
	res, err := ix.Search(context.Background(), Query{Text: "supply startup"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || res.Hits[0].ID != 4 {
		t.Errorf("first hit = %v, want doc 4 (title match)", ids(res.Hits))
	}
}

func TestSearchSortByDate(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	res, err := ix.Search(context.Background(), Query{Sort: SortDate})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(res.Hits), []int64{4, 3, 2, 1, 5}; !slices.Equal(got, want) {
		t.Errorf("date order = %v, want %v (undated last)", got, want)
	}
}

func TestSearchPaging(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	ctx := context.Background()
	var pages []int64
	for p := 1; p <= 3; p++ {
		res, err := ix.Search(ctx, Query{Sort: SortDate, Page: p, Size: 2})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 5 {
			t.Errorf("page %d Total = %d, want 5", p, res.Total)
		}
		pages = append(pages, ids(res.Hits)...)
	}
	if want := []int64{4, 3, 2, 1, 5}; !slices.Equal(pages, want) {
		t.Errorf("pages = %v, want %v", pages, want)
	}
}

func TestSearchAfter(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	ctx := context.Background()
	for _, sort := range []string{SortDate, SortRelevance} {
		t.Run(sort, func(t *testing.T) {
			all, err := ix.Search(ctx, Query{Sort: sort, Size: 10, Text: "investors OR chip OR bank"})
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			q := Query{Sort: sort, Size: 2, Text: "investors OR chip OR bank"}
			for range 10 {
				res, err := ix.Search(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Hits) == 0 {
					break
				}
				got = append(got, ids(res.Hits)...)
				q.SearchAfter = res.Hits[len(res.Hits)-1].Sort
			}
			if want := ids(all.Hits); !slices.Equal(got, want) {
				t.Errorf("search-after pages = %v, want %v", got, want)
			}
		})
	}
}

func TestSearchFacets(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	res, err := ix.Search(context.Background(), Query{Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	f := res.Facets
	if got := count(f.Orgs, "OpenAI"); got != 2 {
		t.Errorf("OpenAI org count = %d, want 2 (OpenAI's folds in by Entity); orgs %v", got, f.Orgs)
	}
	if got := count(f.Orgs, "OpenAI's"); got != 0 {
		t.Errorf("OpenAI's appears as its own org: %v", f.Orgs)
	}
	if f.Orgs[0].Term != "OpenAI" {
		t.Errorf("top org = %q, want OpenAI", f.Orgs[0].Term)
	}
	if count(f.Sources, "wire") != 2 || count(f.Sources, "biz") != 2 || count(f.Sources, "euro") != 1 {
		t.Errorf("sources = %v", f.Sources)
	}
	if count(f.People, "Sam Altman") != 1 || count(f.Places, "Berlin") != 1 {
		t.Errorf("people %v places %v", f.People, f.Places)
	}
	// Published spans Oct 2 – Dec 15 (74 days): weekly buckets.
	if f.PublishedInterval != IntervalWeek {
		t.Errorf("interval = %q, want week", f.PublishedInterval)
	}
	total := 0
	for _, b := range f.Published {
		total += b.Count
		if b.Start.Weekday() != time.Monday || b.End.Sub(b.Start) != 7*24*time.Hour {
			t.Errorf("bucket %v–%v is not a Monday week", b.Start, b.End)
		}
	}
	if total != 4 {
		t.Errorf("histogram counts %d documents, want 4 dated", total)
	}
	// Without rates the money facet is per currency.
	want := []RangeCount{
		{Currency: "USD", Label: "<1M", Count: 1},
		{Currency: "USD", Label: "≥1B", Count: 1},
		{Currency: "EUR", Label: "≥1B", Count: 1},
	}
	if !sameRanges(f.Money, want) {
		t.Errorf("money = %+v, want %+v", f.Money, want)
	}
}

func TestSearchMoneyFacetModes(t *testing.T) {
	tests := []struct {
		name  string
		rates map[string]float64
		cur   string
		want  []RangeCount
	}{
		{"rates give USD equivalents of every currency", map[string]float64{"EUR": 1.1}, "", []RangeCount{
			{Currency: "USD", Equivalent: true, Label: "<1M", Count: 1},
			{Currency: "USD", Equivalent: true, Label: "1M–100M"},
			{Currency: "USD", Equivalent: true, Label: "100M–1B"},
			{Currency: "USD", Equivalent: true, Label: "≥1B", Count: 2},
		}},
		{"currency lists its bands", nil, "EUR", []RangeCount{
			{Currency: "EUR", Label: "<1M"},
			{Currency: "EUR", Label: "1M–100M"},
			{Currency: "EUR", Label: "100M–1B"},
			{Currency: "EUR", Label: "≥1B", Count: 1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := openTest(t, Config{Rates: tt.rates}, fixture())
			res, err := ix.Search(context.Background(), Query{Facets: true, Currency: tt.cur})
			if err != nil {
				t.Fatal(err)
			}
			if !sameRanges(res.Facets.Money, tt.want) {
				t.Errorf("money = %+v, want %+v", res.Facets.Money, tt.want)
			}
		})
	}
}

func TestHistogramInterval(t *testing.T) {
	tests := []struct {
		name    string
		days    []string
		want    string
		buckets int
	}{
		{"one day", []string{"2025-10-02"}, IntervalDay, 1},
		{"a month is daily", []string{"2025-10-02", "2025-10-31"}, IntervalDay, 30},
		{"a quarter is weekly", []string{"2025-10-01", "2025-12-31"}, IntervalWeek, 14},
		{"two years are monthly", []string{"2024-01-15", "2025-12-31"}, IntervalMonth, 24},
		{"bad terms are ignored", []string{"nope"}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in []TermCount
			for _, d := range tt.days {
				in = append(in, TermCount{Term: d, Count: 1})
			}
			got, interval := histogram(in)
			if interval != tt.want || len(got) != tt.buckets {
				t.Fatalf("interval %q with %d buckets, want %q with %d", interval, len(got), tt.want, tt.buckets)
			}
			sum := 0
			for _, b := range got {
				sum += b.Count
			}
			if sum != len(in) && tt.buckets > 0 {
				t.Errorf("buckets hold %d, want %d", sum, len(in))
			}
		})
	}
}

func TestSearchHighlight(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	res, err := ix.Search(context.Background(), Query{Text: "frankfurt", Highlight: true})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("Search = %+v, %v", res, err)
	}
	if s := res.Hits[0].Snippet; !strings.Contains(s, MarkStart+"Frankfurt"+MarkEnd) {
		t.Errorf("snippet %q does not mark Frankfurt", s)
	}
	res, err = ix.Search(context.Background(), Query{Text: "frankfurt"})
	if err != nil || res.Hits[0].Snippet != "" {
		t.Errorf("snippet without Highlight = %q, %v", res.Hits[0].Snippet, err)
	}
}

func TestQueryValidate(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		name string
		q    Query
		want string // in the error; "" means valid
	}{
		{"zero query is valid", Query{}, ""},
		{"since after until", Query{Since: day(2025, 2, 1), Until: day(2025, 1, 1)}, "since"},
		{"min above max", Query{MinAmount: f(10), MaxAmount: f(1)}, "min amount"},
		{"NaN amount", Query{MinAmount: f(nan())}, "finite"},
		{"bad sort", Query{Sort: "oldest"}, "sort"},
		{"negative page", Query{Page: -1}, "page"},
		{"huge size", Query{Size: 5000}, "size"},
		{"too deep", Query{Page: 2000, Size: 100}, "SearchAfter"},
		{"bad currency", Query{Currency: "dollars"}, "currency"},
		{"mentions reversed", Query{MentionsFrom: day(2025, 2, 1), MentionsTo: day(2025, 1, 1)}, "mentions"},
		{"year out of range", Query{Since: day(3000, 1, 1)}, "outside"},
		{"empty org", Query{Orgs: []string{" "}}, "orgs[0]"},
		{"malformed text", Query{Text: `"unclosed`}, "text"},
		{"field without value", Query{Text: "title:"}, "text"},
		{"too fuzzy", Query{Text: "title:bank~3"}, "fuzziness"},
		{"bad regexp", Query{Text: "/[a/"}, "regular expression"},
		{"bad cursor", Query{SearchAfter: []string{"zz", "00"}}, "search after"},
		{"short cursor", Query{SearchAfter: []string{"00"}}, "search after"},
		{"cursor with page", Query{Page: 2, SearchAfter: []string{"00", "00"}}, "page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.q.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Validate = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, corpus.ErrInvalid) {
				t.Errorf("Validate = %v, want ErrInvalid mentioning %q", err, tt.want)
			}
		})
	}
}

func TestSearchInvalidQueryFails(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	_, err := ix.Search(context.Background(), Query{Text: "title:(", Sort: "x"})
	if !errors.Is(err, corpus.ErrInvalid) {
		t.Fatalf("Search = %v, want ErrInvalid", err)
	}
}

func TestSearchCanceled(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, Query{Text: "investors"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Search with canceled ctx = %v, want context.Canceled", err)
	}
}

func count(tc []TermCount, term string) int {
	for _, c := range tc {
		if c.Term == term {
			return c.Count
		}
	}
	return 0
}

func sameRanges(got, want []RangeCount) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Currency != w.Currency || g.Equivalent != w.Equivalent || g.Label != w.Label || g.Count != w.Count {
			return false
		}
	}
	return true
}

func nan() float64 { z := 0.0; return z / z }

// Names that differ only in case are one facet value, spelt as most
// articles spell it, and the filter on it finds every spelling.
func TestSearchFacetsMergeCase(t *testing.T) {
	var es []Entry
	add := func(id int64, facts ...corpus.Fact) {
		es = append(es, Entry{Doc: &corpus.Document{ID: id, URL: fmt.Sprintf("https://news.example/%d", id), Source: "wire",
			Title: "Markets", Language: "en", Published: day(2025, 10, int(id)), Text: "Stocks moved."}, Facts: facts})
	}
	add(1, org("NASDAQ", "NASDAQ"), person("JOHN SMITH"))
	add(2, org("Nasdaq", "Nasdaq"), person("John Smith"))
	add(3, org("Nasdaq", "Nasdaq"), org("IBM", "IBM"))
	add(4, org("IBM", "IBM"), org("Acme", "Acme"))
	add(5, org("IBM", "IBM"))
	ix := openTest(t, Config{}, es)
	ctx := context.Background()
	for _, size := range []int{0, 2} {
		res, err := ix.Search(ctx, Query{Facets: true, FacetSize: size})
		if err != nil {
			t.Fatal(err)
		}
		want := []TermCount{{"IBM", 3}, {"Nasdaq", 3}, {"Acme", 1}}
		if size == 2 {
			want = want[:2]
		}
		if !slices.Equal(res.Facets.Orgs, want) {
			t.Errorf("size %d: orgs = %v, want %v", size, res.Facets.Orgs, want)
		}
		if p := res.Facets.People; len(p) != 1 || p[0] != (TermCount{"John Smith", 2}) {
			t.Errorf("size %d: people = %v, want John Smith 2 (a tie goes to mixed case)", size, p)
		}
	}
	res, err := ix.Search(ctx, Query{Orgs: []string{"Nasdaq"}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 3 {
		t.Errorf("--org Nasdaq found %d articles, want the facet's 3", res.Total)
	}
}
