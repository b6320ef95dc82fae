package embedded

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"tidings/corpus"
	"tidings/corpus/corpustest"
)

// BenchmarkSaveDocument stores ~4 KB articles with 30 facts each, one
// transaction per document as the pipeline does.
func BenchmarkSaveDocument(b *testing.B) {
	ctx := context.Background()
	s, doc := benchStore(b)
	facts := corpustest.SampleFactsN(30)
	b.SetBytes(int64(len(doc.Text)))
	i := 0
	for b.Loop() {
		d := *doc
		d.URL = fmt.Sprintf("https://news.example.org/bench/%d", i)
		d.ContentHash = fmt.Sprint(i)
		if _, err := s.SaveDocument(ctx, &d, facts); err != nil {
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

// BenchmarkScanDocuments reads 1,000 stored ~4 KB articles, each kept with
// 100 KB of page HTML and 30 facts, as reindex and export do: with the
// pages, and without (corpus.DocumentFilter.WithoutHTML).
func BenchmarkScanDocuments(b *testing.B) {
	ctx := context.Background()
	s, doc := benchStore(b)
	facts := corpustest.SampleFactsN(30)
	page := []byte("<html><body>")
	for i := 0; len(page) < 100<<10; i++ {
		page = fmt.Appendf(page, `<div class="c%d"><a href="/story/%d">Story %d</a> %s</div>`, i, i*7919, i, doc.Title)
	}
	const n = 1000
	for i := range n {
		d := *doc
		d.URL = fmt.Sprintf("https://news.example.org/bench/%d", i)
		d.ContentHash = fmt.Sprint(i)
		d.RawHTML = fmt.Appendf(slices.Clip(page), "<!-- %d -->", i)
		if _, err := s.SaveDocument(ctx, &d, facts); err != nil {
			b.Fatal(err)
		}
	}
	for _, withoutHTML := range []bool{false, true} {
		b.Run(fmt.Sprintf("WithoutHTML=%t", withoutHTML), func(b *testing.B) {
			for b.Loop() {
				seen := 0
				err := s.ScanDocuments(ctx, corpus.DocumentFilter{WithoutHTML: withoutHTML}, func(d *corpus.Document, facts []corpus.Fact) error {
					if len(facts) != 30 || (len(d.RawHTML) == 0) != withoutHTML {
						b.Fatalf("document %d: %d facts, %d bytes of HTML", d.ID, len(facts), len(d.RawHTML))
					}
					seen++
					return nil
				})
				if err != nil || seen != n {
					b.Fatalf("scanned %d of %d documents: %v", seen, n, err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
