package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"tidings/corpus"
	"tidings/index/indexgen"
	"tidings/internal/cputime"
)

// BenchmarkReindex rebuilds the index from a store of generated ~4 KB
// articles with ~30 facts each, kept with their page HTML, through the
// command (`tidings reindex`): store scan, document building and
// indexing on all cores. 10,000 articles by default;
// TIDINGS_BENCH_ARTICLES chooses another count.
func BenchmarkReindex(b *testing.B) {
	n := envCount("TIDINGS_BENCH_ARTICLES", 10_000)
	g := indexgen.New(indexgen.Config{Seed: 1})
	cfg := benchConfig(b, n, func(i int) (*corpus.Document, []corpus.Fact) {
		d, facts := g.Article(int64(i + 1))
		d.ID = 0
		d.RawHTML = fmt.Appendf(nil, "<html><head><title>%s</title></head><body><nav>%s</nav><article><p>%s</p></article></body></html>", d.Title, d.URL, d.Text)
		return d, facts
	})
	ctx := context.Background()
	env := &Env{Stdout: io.Discard, Stderr: io.Discard, Getenv: os.Getenv}
	cpu0 := cputime.Process()
	for b.Loop() {
		if code := Main(ctx, env, []string{"reindex", "--quiet", "--config", cfg}); code != 0 {
			b.Fatalf("reindex exit %d", code)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64((cputime.Process()-cpu0).Microseconds())/1000/float64(n*b.N), "cpu-ms/article")
	// The facet tables reindex saves for the next search (index.WarmFacets).
	files, err := filepath.Glob(filepath.Join(filepath.Dir(cfg), "data", "index", "facets", "*.facets"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(files)), "facet-files")
}
