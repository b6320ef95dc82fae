package index

import (
	"context"
	"reflect"
	"testing"
	"time"

	"tidings/index/indexgen"
)

// TestFacetTableMatchesBleve checks that facets counted from the facet
// table equal Bleve's facet builders' on a generated corpus spread over
// several segments, with replaced and deleted documents.
func TestFacetTableMatchesBleve(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rates map[string]float64
	}{
		{"without rates", nil},
		{"with rates", map[string]float64{"EUR": 1.08, "GBP": 1.27, "JPY": 0.0067}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := openTest(t, Config{Rates: tc.rates}, nil)
			g := indexgen.New(indexgen.Config{Seed: 7, BodyBytes: 600, Facts: 20})
			ctx := context.Background()
			// Several Puts make several segments; the last replaces some
			// documents of the first.
			for first := int64(1); first <= 800; first += 200 {
				es, _ := genEntries(g, first, 200)
				if err := ix.Put(ctx, es); err != nil {
					t.Fatal(err)
				}
			}
			es, _ := genEntries(g, 801, 50)
			for i := range es {
				es[i].Doc.ID = int64(1 + i*3)
			}
			if err := ix.Put(ctx, es); err != nil {
				t.Fatal(err)
			}
			if err := ix.Delete(ctx, []int64{2, 5, 8, 300, 301, 700}); err != nil {
				t.Fatal(err)
			}
			if err := ix.WarmFacets(); err != nil {
				t.Fatal(err)
			}
			checkFacetsMatch(t, ix, facetTestQueries(g))
			if len(ix.facets.segs) == 0 {
				t.Error("facet table unused")
			}
			if err := ix.Compact(ctx); err != nil {
				t.Fatal(err)
			}
			checkFacetsMatch(t, ix, facetTestQueries(g)[:3])
		})
	}
}

func facetTestQueries(g *indexgen.Generator) []Query {
	return []Query{
		{Text: g.Word(60) + " " + g.Word(150)},
		{Text: g.Word(1500) + " " + g.Word(4000), FacetSize: 3},
		{},
		{Text: g.Word(80), Sort: SortDate, FacetSize: 50},
		{Text: g.Word(90), Currency: "EUR"},
		{Text: g.Word(100), Currency: "usd", FacetSize: 1},
		{Text: g.Word(70), Size: 3, Page: 2},
		{Text: "nosuchwordanywhere"},
		{Sort: SortDate, Size: 20},
		{Text: g.Word(60), Size: 25, Page: 3},
	}
}

func checkFacetsMatch(t *testing.T, ix *Index, qs []Query) {
	t.Helper()
	ctx := context.Background()
	for _, q := range qs {
		q.Facets = true
		got, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		table := ix.facets
		ix.facets = nil
		want, err := ix.Search(ctx, q)
		ix.facets = table
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		if got.Total != want.Total || !reflect.DeepEqual(ids(got.Hits), ids(want.Hits)) {
			t.Errorf("%q: hits differ: %d %v, want %d %v", q.Text, got.Total, ids(got.Hits), want.Total, ids(want.Hits))
		}
		if want.Total > 0 && (len(want.Facets.Sources) == 0 || len(want.Facets.Published) == 0) {
			t.Errorf("%q: empty facets %+v", q.Text, want.Facets)
		}
		if !reflect.DeepEqual(sorts(got.Hits), sorts(want.Hits)) {
			t.Errorf("%q: cursors differ", q.Text)
		}
		if len(want.Hits) > 0 && q.Page == 0 {
			// The page after the last hit.
			after := q
			after.SearchAfter = want.Hits[len(want.Hits)-1].Sort
			checkFacetsMatch(t, ix, []Query{after})
		}
		if !reflect.DeepEqual(got.Facets, want.Facets) {
			t.Errorf("%q (currency %q, size %d): facets differ:\n got %+v\nwant %+v", q.Text, q.Currency, q.FacetSize, got.Facets, want.Facets)
		}
	}
}

func sorts(hits []Hit) [][]string {
	out := make([][]string, len(hits))
	for i, h := range hits {
		out[i] = h.Sort
	}
	return out
}

// TestFacetTableWarmsInBackground checks that the first search answers
// from Bleve and starts the table, and later ones use it with equal results.
func TestFacetTableWarmsInBackground(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	ctx := context.Background()
	q := Query{Text: "openai", Facets: true}
	cold, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	// All documents by date, the undated one last.
	byDate := Query{Sort: SortDate, Facets: true}
	coldByDate, err := ix.Search(ctx, byDate)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for !ix.facets.warm.Load() {
		if time.Now().After(deadline) {
			t.Fatal("facet table not built in the background")
		}
		time.Sleep(10 * time.Millisecond)
	}
	warm, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(cold, withTook(warm, cold.Took)) {
		t.Errorf("warm result %+v, cold %+v", warm, cold)
	}
	warmByDate, err := ix.Search(ctx, byDate)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(coldByDate, withTook(warmByDate, coldByDate.Took)) {
		t.Errorf("warm result by date %+v, cold %+v", warmByDate, coldByDate)
	}
	if got, want := ids(warmByDate.Hits), []int64{4, 3, 2, 1, 5}; !reflect.DeepEqual(got, want) {
		t.Errorf("by date %v, want %v", got, want)
	}
	// The page after the undated last hit is empty on both paths.
	byDate.SearchAfter = warmByDate.Hits[4].Sort
	if res, err := ix.Search(ctx, byDate); err != nil || len(res.Hits) != 0 {
		t.Errorf("after the last hit: %v, %v", res, err)
	}
}

func withTook(r *Result, d time.Duration) *Result {
	c := *r
	c.Took = d
	return &c
}

// TestFacetTableColdSegment checks that a search meeting a large unbuilt
// segment answers from Bleve and builds it in the background.
func TestFacetTableColdSegment(t *testing.T) {
	ix := openTest(t, Config{}, fixture()[:3])
	if err := ix.WarmFacets(); err != nil {
		t.Fatal(err)
	}
	ix.facets.coldDocs = 2
	ctx := context.Background()
	if err := ix.Put(ctx, fixture()[3:]); err != nil {
		t.Fatal(err)
	}
	q := Query{Sort: SortDate, Facets: true}
	cold, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(cold.Hits), []int64{4, 3, 2, 1, 5}; !reflect.DeepEqual(got, want) {
		t.Errorf("cold search %v, want %v", got, want)
	}
	if n := ix.facets.builds.Load(); n != 1 {
		t.Errorf("%d background builds, want 1", n)
	}
	ix.facets.wg.Wait()
	// The build covers every document of the snapshot it saw: the two
	// segments, or the one Bleve's merger made of them meanwhile (which
	// a test counting tables saw fail once under load).
	ix.facets.mu.Lock()
	var covered uint64
	for seg := range ix.facets.segs {
		covered += seg.Count()
	}
	ix.facets.mu.Unlock()
	if want := uint64(len(fixture())); covered != want {
		t.Errorf("segment tables cover %d documents after the background build, want %d", covered, want)
	}
	warm, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(cold, withTook(warm, cold.Took)) {
		t.Errorf("warm result %+v, cold %+v", warm, cold)
	}
}

// TestCloseDuringFacetBuild checks that Close stops and waits for a
// background build.
func TestCloseDuringFacetBuild(t *testing.T) {
	ix, err := Open(t.TempDir(), Config{})
	if err != nil {
		t.Fatal(err)
	}
	es, _ := genEntries(indexgen.New(indexgen.Config{Seed: 3, BodyBytes: 300}), 1, 300)
	ctx := context.Background()
	if err := ix.Put(ctx, es); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Search(ctx, Query{Facets: true}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if ix.facets.building.Load() {
		t.Error("background build still running after Close")
	}
}
