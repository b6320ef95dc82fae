package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"tidings/corpus/embedded"
	"tidings/index/indexgen"
)

// BenchmarkReindex rebuilds the index from a store of generated ~4 KB
// articles with ~30 facts each, kept with their page HTML, through the
// command (`tidings reindex`): store scan, document building and
// indexing on all cores. 10,000 articles by default;
// TIDINGS_BENCH_ARTICLES chooses another count.
func BenchmarkReindex(b *testing.B) {
	n := 10_000
	if v, err := strconv.Atoi(os.Getenv("TIDINGS_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	dir := b.TempDir()
	dataDir := filepath.Join(dir, "data")
	ctx := context.Background()
	s, err := embedded.Open(ctx, filepath.Join(dataDir, "tidings.db"))
	if err != nil {
		b.Fatal(err)
	}
	g := indexgen.New(indexgen.Config{Seed: 1})
	for i := 1; i <= n; i++ {
		d, facts := g.Article(int64(i))
		d.ID = 0
		d.RawHTML = fmt.Appendf(nil, "<html><head><title>%s</title></head><body><nav>%s</nav><article><p>%s</p></article></body></html>", d.Title, d.URL, d.Text)
		if _, err := s.SaveDocument(ctx, d, facts); err != nil {
			b.Fatal(err)
		}
	}
	s.Close()
	cfg := filepath.Join(dir, "config.yaml")
	os.WriteFile(cfg, []byte("data_dir: "+dataDir+"\napi: {listen: ''}\nsources: [{name: a, kind: file, path: x, schedule: 1h}]\n"), 0o644)
	env := &Env{Stdout: io.Discard, Stderr: io.Discard, Getenv: os.Getenv}
	cpu0 := cpuTime()
	for b.Loop() {
		if code := Main(ctx, env, []string{"reindex", "--quiet", "--config", cfg}); code != 0 {
			b.Fatalf("reindex exit %d", code)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(n*b.N), "cpu-ms/article")
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
