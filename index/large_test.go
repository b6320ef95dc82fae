package index

import (
	"bufio"
	"context"
	"os"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"tidings/index/indexgen"
	"tidings/internal/cputime"
)

// TestLargeIndex builds an index of TIDINGS_LARGE_N generated articles
// (default 1,000,000) in batches of the Writer's size, reporting indexing speed,
// peak memory and disk size, then search latency (issue targets: p50 ≤ 50
// ms at 1M articles, ≤ 1 GiB while indexing). It takes tens of minutes:
//
//	TIDINGS_LARGE=1 go test -run TestLargeIndex -v -timeout 0 ./index/
//
// With TIDINGS_BENCH_DIR set the index is kept there.
func TestLargeIndex(t *testing.T) {
	if os.Getenv("TIDINGS_LARGE") != "1" {
		t.Skip("set TIDINGS_LARGE=1 (and -timeout 0) to build a 1M-article index")
	}
	n := 1_000_000
	if s := os.Getenv("TIDINGS_LARGE_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatalf("TIDINGS_LARGE_N: %v", err)
		}
	}
	dir := t.TempDir()
	if keep := os.Getenv("TIDINGS_BENCH_DIR"); keep != "" {
		dir = keep + "/large-" + strconv.Itoa(n)
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
	}
	ix, err := Open(dir, Config{BatchSize: benchBatch()})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()

	defer indexingRuntime()()
	peak := watchMemory()
	g := indexgen.New(indexgen.Config{Seed: 1})
	start, cpu0 := time.Now(), cputime.Process()
	text := writeGenerated(t, ix, g, n, func(fed int) {
		t.Logf("%d articles fed in %s, %.3f cpu-ms/article, RSS high-water %.0f MiB", fed, time.Since(start).Round(time.Second),
			float64((cputime.Process()-cpu0).Microseconds())/1000/float64(fed), float64(peakRSS())/(1<<20))
	})
	took, cpu := time.Since(start), cputime.Process()-cpu0
	mem := peak()
	t.Logf("indexed %d articles in %s: %.0f articles/s, %.3f cpu-ms/article (generation included)",
		n, took.Round(time.Second), float64(n)/took.Seconds(), float64(cpu.Microseconds())/1000/float64(n))
	t.Logf("peak RSS %.0f MiB (mapped index files included), peak anonymous RSS %.0f MiB, peak Go heap %.0f MiB",
		float64(peakRSS())/(1<<20), float64(mem.anon)/(1<<20), float64(mem.heap)/(1<<20))
	t.Logf("disk %.0f MB for %.0f MB of text (%.2fx, before merges settle)",
		float64(dirSize(dir))/1e6, float64(text)/1e6, float64(dirSize(dir))/float64(text))

	measureSearches(t, ix, n)
}

// TestLargeSearch measures searches on the index TestLargeIndex kept in
// TIDINGS_BENCH_DIR (TIDINGS_LARGE_N articles).
func TestLargeSearch(t *testing.T) {
	keep, n := os.Getenv("TIDINGS_BENCH_DIR"), os.Getenv("TIDINGS_LARGE_N")
	if os.Getenv("TIDINGS_LARGE") != "1" || keep == "" || n == "" {
		t.Skip("set TIDINGS_LARGE=1, TIDINGS_BENCH_DIR and TIDINGS_LARGE_N to search a kept large index")
	}
	// What `tidings search` pays without a daemon: open, then one search
	// while the facet table is cold.
	start := time.Now()
	ix, err := Open(keep+"/large-"+n, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	opened := time.Since(start)
	q := searchKinds[0].query(searchKinds[0].queries(indexgen.New(indexgen.Config{Seed: 1}))[0])
	q.Highlight = true
	ix.SetTexts(&genTexts{g: indexgen.New(indexgen.Config{Seed: 1})})
	if _, err := ix.Search(context.Background(), q); err != nil {
		t.Fatal(err)
	}
	t.Logf("open %s, then a first selective search %s", opened.Round(time.Millisecond), (time.Since(start) - opened).Round(time.Millisecond))
	count, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	measureSearches(t, ix, int(count))
}

// measureSearches logs p50 and p99 of faceted, highlighted searches.
func measureSearches(t *testing.T, ix *Index, n int) {
	g := indexgen.New(indexgen.Config{Seed: 1})
	ix.SetTexts(&genTexts{g: indexgen.New(indexgen.Config{Seed: 1})})
	wstart := time.Now()
	if err := ix.WarmFacets(); err != nil {
		t.Fatal(err)
	}
	t.Logf("facet table built in %s", time.Since(wstart).Round(time.Millisecond))
	for _, kind := range searchKinds {
		queries := kind.queries(g)
		var lat []time.Duration
		var hits uint64
		for i := range 100 {
			q := kind.query(queries[i%len(queries)])
			q.Highlight = true
			s := time.Now()
			res, err := ix.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			lat = append(lat, time.Since(s))
			hits += res.Total
		}
		slices.Sort(lat)
		t.Logf("search %-14s p50 %6.1f ms  p99 %6.1f ms  (%.1f%% matched)", kind.name,
			ms(lat[len(lat)/2]), ms(lat[len(lat)*99/100]), float64(hits)/float64(len(lat))/float64(n)*100)
	}
}

// genTexts serves generated articles as the store would.
type genTexts struct {
	mu sync.Mutex
	g  *indexgen.Generator
}

func (t *genTexts) DocumentText(_ context.Context, id int64) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	d, _ := t.g.Article(id)
	return d.Text, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// memPeaks are the highest memory figures seen while indexing.
type memPeaks struct {
	heap int64 // live Go heap objects
	anon int64 // anonymous resident memory (RssAnon): what the process holds, without the mapped index files the kernel may drop
}

// watchMemory samples the Go heap and the anonymous resident set every
// 100 ms; the returned func stops and returns the highest values seen.
func watchMemory() func() memPeaks {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak memPeaks
	var mu sync.Mutex
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			anon := procStatus("RssAnon:")
			mu.Lock()
			peak.heap = max(peak.heap, int64(sample[0].Value.Uint64()))
			peak.anon = max(peak.anon, anon)
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() memPeaks {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// peakRSS is the process's resident set high-water mark (VmHWM), mapped
// files included; 0 when unknown.
func peakRSS() int64 { return procStatus("VmHWM:") }

// procStatus reads a kB figure of /proc/self/status in bytes, 0 when
// unknown.
func procStatus(key string) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), key); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}
