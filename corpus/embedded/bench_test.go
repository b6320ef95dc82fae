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
	s, doc := benchStore(b)
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

// BenchmarkSnippetText compares what a search pays per hit shown for its
// snippet text: the whole document (raw HTML decompressed) or the text
// alone, on a 4 KB article kept with 200 KB of page HTML.
func BenchmarkSnippetText(b *testing.B) {
	ctx := context.Background()
	s, doc := benchStore(b)
	page := []byte("<html><body>")
	for i := 0; len(page) < 200<<10; i++ {
		page = fmt.Appendf(page, `<div class="c%d"><a href="/story/%d">Story %d</a> %s</div>`, i, i*7919, i, doc.Title)
	}
	doc.RawHTML = page
	if _, err := s.SaveDocument(ctx, doc, nil); err != nil {
		b.Fatal(err)
	}
	b.Run("Document", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Document(ctx, doc.ID); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("DocumentText", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.DocumentText(ctx, doc.ID); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// benchStore opens a store in a temporary directory with a ~4 KB sample
// article to save.
func benchStore(b *testing.B) (*Store, *corpus.Document) {
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	doc := corpustest.SampleDocument(0)
	for len(doc.Text) < 4000 {
		doc.Text += " " + doc.Text
	}
	return s, doc
}
