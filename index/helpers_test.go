package index

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"tidings/corpus"
)

// day returns midnight UTC of the given date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func org(text, entity string) corpus.Fact {
	return corpus.Fact{Type: corpus.FactOrganization, Text: text, Entity: entity}
}

func person(name string) corpus.Fact { return corpus.Fact{Type: corpus.FactPerson, Text: name} }

func place(name string) corpus.Fact { return corpus.Fact{Type: corpus.FactLocation, Text: name} }

func money(amount float64, cur string) corpus.Fact {
	return corpus.Fact{Type: corpus.FactMoney, Text: "money", Amount: corpus.Float(amount), Currency: cur}
}

func date(from, to time.Time) corpus.Fact {
	return corpus.Fact{Type: corpus.FactDate, Text: "date", RangeStart: from, RangeEnd: to}
}

func percent(v float64) corpus.Fact {
	return corpus.Fact{Type: corpus.FactPercent, Text: "pct", Number: corpus.Float(v), Unit: "percent"}
}

// fixture is a small corpus covering every field and filter.
func fixture() []Entry {
	return []Entry{
		{Doc: &corpus.Document{ID: 1, URL: "https://news.example/openai-funding", Source: "wire", SiteName: "Wire",
			Title: "OpenAI raises $6.6 billion", Language: "en", Authors: []string{"Jane Doe"},
			Published: day(2025, 10, 2),
			Text: "OpenAI said on Wednesday it raised $6.6 billion from investors led by Thrive Capital. " +
				"Microsoft and Nvidia also joined the round, valuing the company at $157 billion."},
			Facts: []corpus.Fact{org("OpenAI", "OpenAI"), org("Thrive Capital", ""), org("Microsoft", ""), org("Nvidia", ""),
				money(6.6e9, "USD"), money(157e9, "USD"), date(day(2025, 10, 1), day(2025, 10, 2))}},
		{Doc: &corpus.Document{ID: 2, URL: "https://biz.example/openai-ceo", Source: "biz", SiteName: "Biz Daily",
			Title: "Altman talks chips", Language: "en", Published: day(2025, 10, 9),
			Text: "OpenAI's chief executive Sam Altman met chip makers in Taipei to discuss supply for the data centers."},
			Facts: []corpus.Fact{org("OpenAI's", "OpenAI"), person("Sam Altman"), place("Taipei"), date(day(2026, 1, 1), day(2027, 1, 1))}},
		{Doc: &corpus.Document{ID: 3, URL: "https://euro.example/bank", Source: "euro", SiteName: "Euro News",
			Title: "Deutsche Bank profit rises", Language: "de", Published: day(2025, 11, 20),
			Text: "Deutsche Bank reported a quarterly profit of 1.5 billion euros, up 12 percent, in Frankfurt."},
			Facts: []corpus.Fact{org("Deutsche Bank", ""), place("Frankfurt"), money(1.5e9, "EUR"), percent(12),
				date(day(2025, 7, 1), day(2025, 10, 1))}},
		{Doc: &corpus.Document{ID: 4, URL: "https://wire.example/startup", Source: "wire", SiteName: "Wire",
			Title: "Small startup funding round", Language: "en", Published: day(2025, 12, 15), DuplicateOf: 1,
			Text: "A small startup in Berlin raised $500,000 from angel investors, the founders said."},
			Facts: []corpus.Fact{place("Berlin"), money(500000, "USD")}},
		{Doc: &corpus.Document{ID: 5, URL: "https://biz.example/undated", Source: "biz",
			Title: "Market wrap", Text: "Stocks closed mixed as investors weighed chip supply worries."}},
	}
}

// openTest opens an index in a fresh temp dir and fills it with entries.
func openTest(t testing.TB, cfg Config, entries []Entry) *Index {
	t.Helper()
	ix, err := Open(t.TempDir(), cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = ix.Close() })
	if len(entries) > 0 {
		if err := ix.Put(context.Background(), entries); err != nil {
			t.Fatalf("Put: %v", err)
		}
	}
	ix.SetTexts(textsOf(entries))
	return ix
}

// docTexts is a Texts fake over a map.
type docTexts map[int64]*corpus.Document

func (d docTexts) DocumentText(_ context.Context, id int64) (string, error) {
	if doc, ok := d[id]; ok {
		return doc.Text, nil
	}
	return "", corpus.ErrNotFound
}

func textsOf(entries []Entry) docTexts {
	d := docTexts{}
	for _, e := range entries {
		d[e.Doc.ID] = e.Doc
	}
	return d
}

// marker is a Marker fake that records each call.
type marker struct {
	mu    sync.Mutex
	calls chan []int64
	err   error
}

func newMarker() *marker { return &marker{calls: make(chan []int64, 100)} }

func (m *marker) MarkIndexed(_ context.Context, ids []int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.err != nil {
		return m.err
	}
	m.calls <- append([]int64(nil), ids...)
	return nil
}

// next waits for the next MarkIndexed call, failing after timeout.
func (m *marker) next(t *testing.T, timeout time.Duration) []int64 {
	t.Helper()
	select {
	case ids := <-m.calls:
		return ids
	case <-time.After(timeout):
		t.Fatalf("no MarkIndexed call within %s", timeout)
		return nil
	}
}

func ids(hits []Hit) []int64 {
	out := make([]int64, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}

// checkHits runs q for all its hits and compares their sorted IDs and the
// total with want.
func checkHits(t *testing.T, ix *Index, q Query, want []int64) {
	t.Helper()
	q.Size = 1000
	res, err := ix.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search: %v", err)
	}
	got := ids(res.Hits)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("hits = %v, want %v", got, want)
	}
	if res.Total != uint64(len(want)) {
		t.Errorf("Total = %d, want %d", res.Total, len(want))
	}
}
