package embedded

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"tidings/corpus"
	"tidings/corpus/corpustest"
)

// BenchmarkSaveDocument stores ~4 KB articles with 30 facts each, one
// transaction per document as the pipeline does.
func BenchmarkSaveDocument(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	doc := corpustest.SampleDocument(0)
	for len(doc.Text) < 4000 {
		doc.Text += " " + doc.Text
	}
	facts := make([]corpus.Fact, 0, 30)
	for len(facts) < 30 {
		facts = append(facts, corpustest.SampleFacts()...)
	}
	b.SetBytes(int64(len(doc.Text)))
	i := 0
	for b.Loop() {
		d := *doc
		d.URL = fmt.Sprintf("https://news.example.org/bench/%d", i)
		d.ContentHash = fmt.Sprint(i)
		if _, err := s.SaveDocument(ctx, &d, facts[:30]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
