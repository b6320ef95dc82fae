package corpustest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"tidings/corpus"
)

// Run runs the conformance suite against stores made by open, which must
// return a new, empty store for each call.
func Run(t *testing.T, open func(t *testing.T) corpus.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, corpus.Store)
	}{
		{"SaveNewDocumentRoundTrips", testSaveRoundTrip},
		{"SaveSameHashIsUnchanged", testSaveUnchanged},
		{"SaveNewHashReplacesFacts", testSaveUpdated},
		{"MissingDocumentIsNotFound", testNotFound},
		{"ScanFiltersAndPages", testScan},
		{"IndexedMarks", testIndexed},
		{"SimilarDocumentByHamming", testSimilar},
		{"FetchStateRoundTrips", testFetchState},
		{"RunsRecordLatestPerSource", testRuns},
		{"ConcurrentSavesAllLand", testConcurrent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tc.fn(t, s)
		})
	}
}

// SampleDocument returns a document with every field set, distinct per n.
func SampleDocument(n int) *corpus.Document {
	when := time.Date(2026, 2, 10, 9, 30, 0, 0, time.UTC)
	return &corpus.Document{
		URL: fmt.Sprintf("https://news.example.org/a/%d", n), Source: "sample",
		Title: fmt.Sprintf("Amazon invests in OpenAI (%d)", n), Authors: []string{"Jane Doe", "John Roe"},
		Published: when, Modified: when.Add(time.Hour), Fetched: when.Add(2 * time.Hour),
		Language: "en", SiteName: "Example News", ImageURL: "https://news.example.org/a.jpg",
		Text:    fmt.Sprintf("Amazon would invest up to $50 billion in OpenAI, Andy Jassy said on Tuesday. (%d)", n),
		RawHTML: []byte("<html><body><p>Amazon…</p></body></html>"), ContentHash: fmt.Sprintf("hash-%d", n),
		SimHash: uint64(n) * 0x9E3779B97F4A7C15, DateSource: "json-ld",
	}
}

// SampleFactsN returns n facts, SampleFacts repeated: an article's worth
// for benchmarks (news articles carry about 30).
func SampleFactsN(n int) []corpus.Fact {
	facts := make([]corpus.Fact, 0, n)
	for len(facts) < n {
		facts = append(facts, SampleFacts()...)
	}
	return facts[:n]
}

// SampleFacts returns facts of every kind for SampleDocument's text.
func SampleFacts() []corpus.Fact {
	when := time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)
	return []corpus.Fact{
		{Type: corpus.FactOrganization, Start: 0, End: 6, Text: "Amazon", SentenceEnd: 75, Entity: "Amazon"},
		{Type: corpus.FactMoney, Start: 23, End: 35, Text: "$50 billion", SentenceEnd: 75, Amount: corpus.Float(50e9),
			Currency: "USD", Qualifier: "upto"},
		{Type: corpus.FactDate, Start: 66, End: 73, Text: "Tuesday", SentenceEnd: 75, TimexType: "DATE",
			Value: "2026-02-10", RangeStart: when, RangeEnd: when.AddDate(0, 0, 1)},
		{Type: corpus.FactPercent, Start: 1, End: 3, Text: "27%", Number: corpus.Float(27), Unit: "percent"},
	}
}

func mustSave(t *testing.T, s corpus.Store, d *corpus.Document, facts []corpus.Fact, want corpus.SaveOutcome) {
	t.Helper()
	got, err := s.SaveDocument(context.Background(), d, facts)
	if err != nil {
		t.Fatalf("SaveDocument(%s): %v", d.URL, err)
	}
	if got != want {
		t.Fatalf("SaveDocument(%s) = %v, want %v", d.URL, got, want)
	}
}

func testSaveRoundTrip(t *testing.T, s corpus.Store) {
	ctx := context.Background()
	d := SampleDocument(1)
	mustSave(t, s, d, SampleFacts(), corpus.SaveNew)
	if d.ID == 0 {
		t.Fatal("SaveDocument left ID 0")
	}
	got, err := s.Document(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, d) {
		t.Errorf("Document round trip:\n got %+v\nwant %+v", got, d)
	}
	if text, err := s.DocumentText(ctx, d.ID); err != nil || text != d.Text {
		t.Errorf("DocumentText = %q, %v; want %q", text, err, d.Text)
	}
	byURL, err := s.DocumentByURL(ctx, d.URL)
	if err != nil || byURL.ID != d.ID {
		t.Errorf("DocumentByURL = %v, %v; want ID %d", byURL, err, d.ID)
	}
	byHash, err := s.DocumentByHash(ctx, d.ContentHash)
	if err != nil || byHash.ID != d.ID {
		t.Errorf("DocumentByHash = %v, %v; want ID %d", byHash, err, d.ID)
	}
	facts, err := s.Facts(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	sample := SampleFacts()
	// stored facts come back in offset order
	want := []corpus.Fact{sample[0], sample[3], sample[1], sample[2]}
	if !reflect.DeepEqual(facts, want) {
		t.Errorf("Facts round trip:\n got %+v\nwant %+v", facts, want)
	}
}

func testSaveUnchanged(t *testing.T, s corpus.Store) {
	d := SampleDocument(1)
	mustSave(t, s, d, SampleFacts(), corpus.SaveNew)
	again := SampleDocument(1)
	again.Title = "ignored: same content hash"
	mustSave(t, s, again, nil, corpus.SaveUnchanged)
	if again.ID != d.ID {
		t.Errorf("unchanged save ID = %d, want %d", again.ID, d.ID)
	}
	facts, _ := s.Facts(context.Background(), d.ID)
	if len(facts) != len(SampleFacts()) {
		t.Errorf("unchanged save kept %d facts, want %d", len(facts), len(SampleFacts()))
	}
}

func testSaveUpdated(t *testing.T, s corpus.Store) {
	ctx := context.Background()
	d := SampleDocument(1)
	mustSave(t, s, d, SampleFacts(), corpus.SaveNew)
	if err := s.MarkIndexed(ctx, []int64{d.ID}); err != nil {
		t.Fatal(err)
	}
	changed := SampleDocument(1)
	changed.ContentHash, changed.Title = "hash-new", "Updated title"
	mustSave(t, s, changed, SampleFacts()[:1], corpus.SaveUpdated)
	got, _ := s.Document(ctx, d.ID)
	if got.Title != "Updated title" {
		t.Errorf("updated title = %q", got.Title)
	}
	facts, _ := s.Facts(ctx, d.ID)
	if len(facts) != 1 {
		t.Errorf("updated document has %d facts, want 1 (old facts replaced)", len(facts))
	}
	if _, indexed, _ := s.CountDocuments(ctx); indexed != 0 {
		t.Errorf("updated document still marked indexed")
	}
}

func testNotFound(t *testing.T, s corpus.Store) {
	ctx := context.Background()
	if _, err := s.Document(ctx, 42); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("Document(42) error = %v, want ErrNotFound", err)
	}
	if _, err := s.DocumentText(ctx, 42); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("DocumentText(42) error = %v, want ErrNotFound", err)
	}
	if _, err := s.DocumentByURL(ctx, "https://nowhere"); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("DocumentByURL error = %v, want ErrNotFound", err)
	}
	if _, err := s.FetchState(ctx, "https://nowhere"); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("FetchState error = %v, want ErrNotFound", err)
	}
	if facts, err := s.Facts(ctx, 42); err != nil || len(facts) != 0 {
		t.Errorf("Facts(42) = %v, %v; want none", facts, err)
	}
}

func testScan(t *testing.T, s corpus.Store) {
	ctx := context.Background()
	for i := 1; i <= 450; i++ {
		d := SampleDocument(i)
		if i%3 == 0 {
			d.Source = "other"
		}
		d.Published = d.Published.AddDate(0, 0, i)
		mustSave(t, s, d, SampleFacts(), corpus.SaveNew)
	}
	count := func(f corpus.DocumentFilter) int {
		n, last := 0, int64(0)
		err := s.ScanDocuments(ctx, f, func(d *corpus.Document, facts []corpus.Fact) error {
			if d.ID <= last {
				t.Fatalf("scan out of order: %d after %d", d.ID, last)
			}
			if len(facts) != len(SampleFacts()) {
				t.Fatalf("scan gave %d facts for %d", len(facts), d.ID)
			}
			last = d.ID
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	base := SampleDocument(0).Published
	cases := []struct {
		name   string
		filter corpus.DocumentFilter
		want   int
	}{
		{"all", corpus.DocumentFilter{}, 450},
		{"source", corpus.DocumentFilter{Source: "other"}, 150},
		{"limit", corpus.DocumentFilter{Limit: 250}, 250},
		{"after", corpus.DocumentFilter{AfterID: 400}, 50},
		{"since-until", corpus.DocumentFilter{Since: base.AddDate(0, 0, 11), Until: base.AddDate(0, 0, 21)}, 10},
	}
	for _, c := range cases {
		if got := count(c.filter); got != c.want {
			t.Errorf("scan %s: %d documents, want %d", c.name, got, c.want)
		}
	}
	html := func(f corpus.DocumentFilter) (with, without int) {
		err := s.ScanDocuments(ctx, f, func(d *corpus.Document, _ []corpus.Fact) error {
			if len(d.RawHTML) > 0 {
				with++
			} else {
				without++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return with, without
	}
	if with, without := html(corpus.DocumentFilter{Source: "other"}); with != 150 || without != 0 {
		t.Errorf("scan: %d documents with their HTML, %d without; want 150, 0", with, without)
	}
	if with, without := html(corpus.DocumentFilter{Source: "other", WithoutHTML: true}); with != 0 || without != 150 {
		t.Errorf("scan WithoutHTML: %d documents with their HTML, %d without; want 0, 150", with, without)
	}
	stop := errors.New("stop")
	if err := s.ScanDocuments(ctx, corpus.DocumentFilter{}, func(*corpus.Document, []corpus.Fact) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("scan error = %v, want fn's error", err)
	}
}

func testIndexed(t *testing.T, s corpus.Store) {
	ctx := context.Background()
	var ids []int64
	for i := 1; i <= 5; i++ {
		d := SampleDocument(i)
		mustSave(t, s, d, nil, corpus.SaveNew)
		ids = append(ids, d.ID)
	}
	if err := s.MarkIndexed(ctx, ids[:3]); err != nil {
		t.Fatal(err)
	}
	total, indexed, err := s.CountDocuments(ctx)
	if err != nil || total != 5 || indexed != 3 {
		t.Errorf("CountDocuments = %d, %d, %v; want 5, 3", total, indexed, err)
	}
	n := 0
	s.ScanDocuments(ctx, corpus.DocumentFilter{Unindexed: true}, func(*corpus.Document, []corpus.Fact) error { n++; return nil })
	if n != 2 {
		t.Errorf("unindexed scan found %d, want 2", n)
	}
	if err := s.ResetIndexed(ctx); err != nil {
		t.Fatal(err)
	}
	if _, indexed, _ := s.CountDocuments(ctx); indexed != 0 {
		t.Errorf("after ResetIndexed %d indexed, want 0", indexed)
	}
}

func testSimilar(t *testing.T, s corpus.Store) {
	ctx := context.Background()
	a := SampleDocument(1)
	a.SimHash = 0xF0F0_1234_5678_9ABC
	mustSave(t, s, a, nil, corpus.SaveNew)
	got, err := s.SimilarDocument(ctx, a.SimHash^0b10000000_00000001_1, 3, 0)
	if err != nil || got.ID != a.ID {
		t.Errorf("SimilarDocument within 3 bits = %v, %v; want %d", got, err, a.ID)
	}
	if _, err := s.SimilarDocument(ctx, ^a.SimHash, 3, 0); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("SimilarDocument of a distant hash: %v, want ErrNotFound", err)
	}
	if _, err := s.SimilarDocument(ctx, a.SimHash, 3, a.ID); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("SimilarDocument excluding itself: %v, want ErrNotFound", err)
	}
}

func testFetchState(t *testing.T, s corpus.Store) {
	ctx := context.Background()
	st := corpus.FetchState{URL: "https://x.example/feed", ETag: `"abc"`, LastModified: "Tue, 10 Feb 2026 09:00:00 GMT",
		Status: 200, Checked: time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC)}
	if err := s.SaveFetchState(ctx, st); err != nil {
		t.Fatal(err)
	}
	st.Status, st.Error = 503, "service unavailable"
	if err := s.SaveFetchState(ctx, st); err != nil {
		t.Fatal(err)
	}
	got, err := s.FetchState(ctx, st.URL)
	if err != nil || !reflect.DeepEqual(got, st) {
		t.Errorf("FetchState = %+v, %v; want %+v", got, err, st)
	}
}

func testRuns(t *testing.T, s corpus.Store) {
	ctx := context.Background()
	start := time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC)
	for i, src := range []string{"a", "b", "a"} {
		id, err := s.StartRun(ctx, src, start.Add(time.Duration(i)*time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		if i == 2 {
			continue // still running: no Finished
		}
		err = s.FinishRun(ctx, corpus.Run{ID: id, Source: src, Started: start, Finished: start.Add(time.Hour), New: i + 1, Facts: 10, Error: "x"})
		if err != nil {
			t.Fatal(err)
		}
	}
	runs, err := s.LastRuns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 2 {
		t.Fatalf("LastRuns has %d sources, want 2", len(runs))
	}
	if a := runs["a"]; !a.Finished.IsZero() || !a.Started.Equal(start.Add(2*time.Minute)) {
		t.Errorf("last run of a = %+v, want the unfinished third run", a)
	}
	if b := runs["b"]; b.New != 2 || b.Facts != 10 || b.Error != "x" || !b.Finished.Equal(start.Add(time.Hour)) {
		t.Errorf("last run of b = %+v", b)
	}
}

func testConcurrent(t *testing.T, s corpus.Store) {
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				if _, err := s.SaveDocument(ctx, SampleDocument(w*100+i), SampleFacts()); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if total, _, _ := s.CountDocuments(ctx); total != 100 {
		t.Errorf("after concurrent saves %d documents, want 100", total)
	}
}
