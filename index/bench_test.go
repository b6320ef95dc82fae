package index

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"testing"
	"time"

	bindex "github.com/blevesearch/bleve_index_api"

	"tidings/index/indexgen"
	"tidings/internal/cputime"
)

// largeBench enables the 100,000-article search benchmark (it builds the
// index first, which takes minutes on 2 cores).
var largeBench = os.Getenv("TIDINGS_BENCH_LARGE") == "1"

// genEntries synthesizes n articles with IDs from first.
func genEntries(g *indexgen.Generator, first int64, n int) ([]Entry, int64) {
	out := make([]Entry, n)
	var bytes int64
	for i := range out {
		doc, facts := g.Article(first + int64(i))
		out[i] = Entry{Doc: doc, Facts: facts}
		bytes += int64(len(doc.Text) + len(doc.Title))
	}
	return out, bytes
}

// writeGenerated indexes n generated articles (IDs 1 to n) through a
// Writer and returns their text size. every, when set, is called each
// time another 50,000 articles have been fed.
func writeGenerated(tb testing.TB, ix *Index, g *indexgen.Generator, n int, every func(fed int)) int64 {
	var text int64
	writeThrough(tb, ix, n, func(i int) Entry {
		if every != nil && i > 0 && i%50_000 == 0 {
			every(i)
		}
		doc, facts := g.Article(int64(i + 1))
		text += int64(len(doc.Text) + len(doc.Title))
		return Entry{Doc: doc, Facts: facts}
	})
	return text
}

// writeThrough feeds n entries, next(i) for i from 0, to a Writer into ix,
// as tidings run and reindex index, and fails tb unless all are committed.
func writeThrough(tb testing.TB, ix *Index, n int, next func(i int) Entry) {
	in := make(chan Entry, ix.cfg.BatchSize)
	done := make(chan error, 1)
	w := NewWriter(ix, nopMarker{}, nil)
	go func() { done <- w.Run(context.Background(), in) }()
	for i := range n {
		select {
		case in <- next(i):
		case err := <-done:
			tb.Fatalf("index writer stopped after %d articles: %v", i, err)
		}
	}
	close(in)
	if err := <-done; err != nil {
		tb.Fatal(err)
	}
	if got := w.Stats().Indexed; got != int64(n) {
		tb.Fatalf("indexed %d articles, fed %d", got, n)
	}
}

// indexingRuntime sets the soft memory limit and collector pace that tidings
// run and reindex use (cmd/tidings/memlimit.go) unless GOMEMLIMIT or GOGC
// choose; the returned func restores the previous settings.
func indexingRuntime() func() {
	limit, pct := debug.SetMemoryLimit(-1), debug.SetGCPercent(-1)
	debug.SetGCPercent(pct)
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(768 << 20)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	return func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(pct)
	}
}

// BenchmarkPut measures batched indexing of ~4 KB articles with ~30 facts
// through Put, one batch at a time (each split across the cores).
func BenchmarkPut(b *testing.B) {
	batch := benchBatch()
	defer indexingRuntime()()
	g := indexgen.New(indexgen.Config{Seed: 1})
	pool, bytes := genEntries(g, 1, 2*batch)
	ix, err := Open(b.TempDir(), Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	b.SetBytes(bytes / 2)
	b.ResetTimer()
	start, cpu0 := time.Now(), cputime.Process()
	n := 0
	for b.Loop() {
		docs := make([]Entry, batch)
		for i := range docs {
			docs[i] = copyEntry(pool, n*batch+i)
		}
		if err := ix.Put(ctx, docs); err != nil {
			b.Fatal(err)
		}
		n++
	}
	reportIndexing(b, n*batch, start, cpu0)
}

// BenchmarkWriter measures indexing as tidings run and reindex do it,
// through a Writer (issue target: ≥ 2,000 articles/s on 2 cores): batches
// of Config.BatchSize (TIDINGS_BENCH_BATCH) ~4 KB articles with ~30 facts.
// Each iteration feeds one batch. The loop is over b.N, not b.Loop, so that
// the timer runs until the last commit lands.
func BenchmarkWriter(b *testing.B) {
	batch := benchBatch()
	defer indexingRuntime()()
	g := indexgen.New(indexgen.Config{Seed: 1})
	pool, bytes := genEntries(g, 1, 2*batch)
	ix, err := Open(b.TempDir(), Config{BatchSize: batch, FlushInterval: time.Hour})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	b.SetBytes(bytes / 2)
	b.ResetTimer()
	start, cpu0 := time.Now(), cputime.Process()
	writeThrough(b, ix, b.N*batch, func(i int) Entry { return copyEntry(pool, i) })
	b.StopTimer()
	reportIndexing(b, b.N*batch, start, cpu0)
}

// benchBatch is the indexing benchmarks' batch size: Config's default
// unless TIDINGS_BENCH_BATCH sets it.
func benchBatch() int {
	if s := os.Getenv("TIDINGS_BENCH_BATCH"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	return Config{}.withDefaults().BatchSize
}

// copyEntry returns pool entry i (cyclically) as a new document with ID i+1.
func copyEntry(pool []Entry, i int) Entry {
	e := pool[i%len(pool)]
	d := *e.Doc
	d.ID = int64(i + 1)
	return Entry{Doc: &d, Facts: e.Facts}
}

// reportIndexing reports articles per second and, since wall time on a
// shared machine hides how much work indexing is, the process CPU time per
// article (which gives articles/s on dedicated cores).
func reportIndexing(b *testing.B, articles int, start time.Time, cpu0 time.Duration) {
	b.ReportMetric(float64(articles)/time.Since(start).Seconds(), "articles/s")
	b.ReportMetric(float64((cputime.Process()-cpu0).Microseconds())/1000/float64(articles), "cpu-ms/article")
}

// nopMarker is a Marker that records nothing.
type nopMarker struct{}

func (nopMarker) MarkIndexed(context.Context, []int64) error { return nil }

// BenchmarkSearch measures a two-term query with facets (issue target at
// 100,000 articles: p50 ≤ 10 ms, p99 ≤ 50 ms). The 100,000-article case
// runs only with TIDINGS_BENCH_LARGE=1.
func BenchmarkSearch(b *testing.B) {
	sizes := []int{5000}
	if largeBench {
		sizes = append(sizes, 100000)
	}
	for _, n := range sizes {
		b.Run("docs="+strconv.Itoa(n), func(b *testing.B) {
			ix, g := buildBenchIndex(b, n)
			// The first search after Open starts building the facet
			// table in the background; wait for it here.
			start := time.Now()
			if err := ix.WarmFacets(); err != nil {
				b.Fatal(err)
			}
			b.Logf("facet table built in %s", time.Since(start).Round(time.Millisecond))
			for _, kind := range searchKinds {
				b.Run("terms="+kind.name, func(b *testing.B) {
					queries := kind.queries(g)
					ctx := context.Background()
					var took []time.Duration
					var hits uint64
					i := 0
					cpu0 := cputime.Process()
					for b.Loop() {
						q := kind.query(queries[i%len(queries)])
						i++
						start := time.Now()
						res, err := ix.Search(ctx, q)
						if err != nil {
							b.Fatal(err)
						}
						took = append(took, time.Since(start))
						hits += res.Total
					}
					reportPercentiles(b, took)
					b.ReportMetric(float64((cputime.Process()-cpu0).Microseconds())/1000/float64(i), "cpu-ms/search")
					b.ReportMetric(float64(hits)/float64(i)/float64(n)*100, "%matched")
				})
			}
		})
	}
}

// searchKind is a kind of search the benchmarks time.
type searchKind struct {
	name, terms string // terms: selective or broad (benchQueries)
	sort        string
	minAmount   *float64
	month       bool // published in one month (Since, Until)
	phrase      bool // the two terms as a phrase
}

var over1B = 1e9

var searchKinds = []searchKind{
	{name: "selective", terms: "selective", sort: SortRelevance},
	{name: "broad", terms: "broad", sort: SortRelevance},
	{name: "broad-by-date", terms: "broad", sort: SortDate},
	{name: "broad-over-1B", terms: "broad", sort: SortRelevance, minAmount: &over1B}, // the money filter on most articles
	{name: "broad-in-month", terms: "broad", sort: SortRelevance, month: true},       // the published filter
	// Two frequent words as a phrase: Bleve finds the documents with
	// both, then each one's term sequence is checked.
	{name: "phrase", terms: "broad", sort: SortRelevance, phrase: true},
}

func (k searchKind) queries(g *indexgen.Generator) []string {
	qs := benchQueries(g, k.terms)
	if k.phrase {
		for i, q := range qs {
			qs[i] = `"` + q + `"`
		}
	}
	return qs
}

// query is the search of text, with facets.
func (k searchKind) query(text string) Query {
	q := Query{Text: text, Facets: true, Sort: k.sort, MinAmount: k.minAmount}
	if k.month {
		// A month in the middle of the generator's two years.
		q.Since = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
		q.Until = q.Since.AddDate(0, 1, 0)
	}
	return q
}

// benchQueries are two-term queries (OR). Selective ones use words in a
// few percent of the articles, as typed searches do; broad ones use common
// words that match most articles, the worst case for facets.
func benchQueries(g *indexgen.Generator, kind string) []string {
	first, second := 1500, 4000
	if kind == "broad" {
		first, second = 60, 150
	}
	var qs []string
	for i := range 20 {
		qs = append(qs, g.Word(first+i*7)+" "+g.Word(second+i*31))
	}
	return qs
}

func reportPercentiles(b *testing.B, took []time.Duration) {
	if len(took) == 0 {
		return
	}
	slices.Sort(took)
	pct := func(p float64) float64 {
		return float64(took[int(p*float64(len(took)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// buildBenchIndex indexes n generated articles and reports the disk size
// against the stored text. With TIDINGS_BENCH_DIR set, the index is kept
// there and reused by later runs.
func buildBenchIndex(b *testing.B, n int) (*Index, *indexgen.Generator) {
	b.Helper()
	g := indexgen.New(indexgen.Config{Seed: 1})
	dir := b.TempDir()
	if keep := os.Getenv("TIDINGS_BENCH_DIR"); keep != "" {
		dir = filepath.Join(keep, "articles-"+strconv.Itoa(n))
		if ix, err := Open(dir, Config{}); err == nil {
			if c, _ := ix.Count(); c == uint64(n) {
				b.Logf("reusing %s", dir)
				b.Cleanup(func() { _ = ix.Close() })
				return ix, g
			}
			_ = ix.Close()
		}
		if err := os.RemoveAll(dir); err != nil {
			b.Fatal(err)
		}
	}
	ix, err := Open(dir, Config{BatchSize: 1000})
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	text := writeGenerated(b, ix, g, n, nil)
	built := time.Since(start)
	if err := ix.Compact(context.Background()); err != nil {
		b.Fatal(err)
	}
	// Measure closed. Merged-away segments may linger until the next open
	// cleans them up, so this is an upper bound.
	if err := ix.Close(); err != nil {
		b.Fatal(err)
	}
	size := dirSize(dir)
	if ix, err = Open(dir, Config{}); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = ix.Close() })
	b.Logf("built %d articles in %s (%.0f/s), compacted in %s; disk %.1f MB for %.1f MB of text (%.2fx)",
		n, built.Round(time.Millisecond), float64(n)/built.Seconds(), (time.Since(start) - built).Round(time.Millisecond),
		float64(size)/1e6, float64(text)/1e6, float64(size)/float64(text))
	b.ReportMetric(float64(size)/float64(text), "disk/text")
	return ix, g
}

func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// BenchmarkDocument measures the part of indexing that is ours: building
// an article's Bleve document and analyzing its fields, as Bleve's
// analysis workers do before a batch becomes a segment.
func BenchmarkDocument(b *testing.B) {
	entries, text := genEntries(indexgen.New(indexgen.Config{Seed: 1}), 1, 500)
	b.SetBytes(text / int64(len(entries)))
	cpu0 := cputime.Process()
	i := 0
	for b.Loop() {
		doc, err := entries[i%len(entries)].document(nil)
		if err != nil {
			b.Fatal(err)
		}
		doc.VisitFields(func(f bindex.Field) { f.Analyze() })
		if doc.Size() <= 0 {
			b.Fatal("document without size")
		}
		i++
	}
	b.ReportMetric(float64(b.N)/(cputime.Process()-cpu0).Seconds(), "articles/cpu-s")
}
