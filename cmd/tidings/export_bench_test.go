package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"tidings/corpus"
	"tidings/corpus/corpustest"
)

// BenchmarkExport streams every fact of a store to io.Discard and reports
// the peak heap while doing so. By default 1,000 articles × 30 facts;
// TIDINGS_BENCH_FACTS=1000000 builds the 1M-fact store of issue 6 (slow to
// build: minutes).
func BenchmarkExport(b *testing.B) {
	nFacts := envCount("TIDINGS_BENCH_FACTS", 30_000)
	base := corpustest.SampleDocument(0)
	facts := corpustest.SampleFactsN(30)
	cfg := benchConfig(b, (nFacts+29)/30, func(i int) (*corpus.Document, []corpus.Fact) {
		d := *base
		d.URL, d.ContentHash, d.RawHTML = fmt.Sprintf("https://x.example/%d", i), strconv.Itoa(i), nil
		return &d, facts
	})
	ctx := context.Background()
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
