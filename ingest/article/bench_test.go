package article

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"tidings/ingest/charset"
	"tidings/internal/cputime"
)

// BenchmarkParse parses the first pages of the trafilatura set (already in
// UTF-8) and reports throughput in page bytes, pages per second and pages
// per CPU-second (the figure that holds when other work shares the cores).
func BenchmarkParse(b *testing.B) {
	dir := filepath.Join(benchEvalDir(b), "trafilatura")
	truth := loadTruthB(b, dir)
	if len(truth) > 200 {
		truth = truth[:200]
	}
	var pages [][]byte
	var urls []string
	var total int64
	for _, r := range truth {
		raw, err := readMaybeGzip(filepath.Join(dir, r.File))
		if err != nil {
			b.Fatal(err)
		}
		page, _, _ := charset.ToUTF8(raw, "")
		pages = append(pages, page)
		urls = append(urls, r.URL)
		total += int64(len(page))
	}
	b.SetBytes(total / int64(len(pages)))
	i := 0
	var cpu0 time.Duration
	for b.Loop() {
		if i == 0 {
			cpu0 = cputime.Process()
		}
		if _, err := Parse(pages[i%len(pages)], urls[i%len(pages)], Hints{}); err != nil && err != ErrEmpty {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "pages/s")
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(i)/cpu.Seconds(), "pages/cpu-s")
	}
}

func benchEvalDir(b *testing.B) string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			cand := filepath.Join(dir, "..", "shared", "eval", "articles")
			if _, err := os.Stat(cand); err != nil {
				b.Skipf("evaluation data not found at %s: skipping", cand)
			}
			return cand
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			b.Skip("repository root not found")
		}
		dir = parent
	}
}
