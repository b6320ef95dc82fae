package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"tidings/corpus"
	"tidings/corpus/corpustest"
	"tidings/corpus/embedded"
)

// BenchmarkExport streams every fact of a store to io.Discard and reports
// the peak heap while doing so. By default 1,000 articles × 30 facts;
// TIDINGS_BENCH_FACTS=1000000 builds the 1M-fact store of issue 6 (slow to
// build: minutes).
func BenchmarkExport(b *testing.B) {
	nFacts := 30_000
	if v, err := strconv.Atoi(os.Getenv("TIDINGS_BENCH_FACTS")); err == nil && v > 0 {
		nFacts = v
	}
	dir := b.TempDir()
	dataDir := filepath.Join(dir, "data")
	ctx := context.Background()
	s, err := embedded.Open(ctx, filepath.Join(dataDir, "tidings.db"))
	if err != nil {
		b.Fatal(err)
	}
	base := corpustest.SampleDocument(0)
	facts := make([]corpus.Fact, 0, 30)
	for len(facts) < 30 {
		facts = append(facts, corpustest.SampleFacts()...)
	}
	facts = facts[:30]
	for i := 0; i*30 < nFacts; i++ {
		d := *base
		d.URL, d.ContentHash, d.RawHTML = fmt.Sprintf("https://x.example/%d", i), strconv.Itoa(i), nil
		if _, err := s.SaveDocument(ctx, &d, facts); err != nil {
			b.Fatal(err)
		}
	}
	s.Close()
	cfg := filepath.Join(dir, "config.yaml")
	os.WriteFile(cfg, []byte("data_dir: "+dataDir+"\napi: {listen: ''}\nsources: [{name: a, kind: file, path: x, schedule: 1h}]\n"), 0o644)
	env := &Env{Stdout: io.Discard, Stderr: io.Discard, Getenv: os.Getenv}
	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
			}
		}
	}()
	for b.Loop() {
		if code := Main(ctx, env, []string{"export", "--config", cfg}); code != 0 {
			b.Fatalf("export exit %d", code)
		}
	}
	close(stop)
	b.ReportMetric(float64(nFacts)*float64(b.N)/b.Elapsed().Seconds(), "facts/s")
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
}
