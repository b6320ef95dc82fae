package indexgen

import (
	"testing"
	"unicode/utf8"

	"tidings/corpus"
	"tidings/extract/money"
)

func TestArticleShape(t *testing.T) {
	g := New(Config{Seed: 7})
	var bytes, facts int
	const n = 50
	for id := int64(1); id <= n; id++ {
		doc, fs := g.Article(id)
		if doc.ID != id || doc.Title == "" || doc.URL == "" || doc.Published.IsZero() || !utf8.ValidString(doc.Text) {
			t.Fatalf("article %d is incomplete: %+v", id, doc)
		}
		for _, f := range fs {
			if doc.Text[f.Start:f.End] != f.Text {
				t.Fatalf("article %d: fact %q at [%d,%d) reads %q", id, f.Text, f.Start, f.End, doc.Text[f.Start:f.End])
			}
			if f.Type.IsEntity() && f.Entity == "" {
				t.Errorf("article %d: entity %q without canonical name", id, f.Text)
			}
			if f.Type == corpus.FactMoney && (f.Amount == nil || f.Currency == "") {
				t.Errorf("article %d: money %q without amount or currency", id, f.Text)
			}
		}
		bytes += len(doc.Text)
		facts += len(fs)
	}
	if avg := bytes / n; avg < 3500 || avg > 4500 {
		t.Errorf("average body %d bytes, want about 4000", avg)
	}
	if avg := facts / n; avg < 25 || avg > 35 {
		t.Errorf("average %d facts, want about 30", avg)
	}
}

func TestArticleDeterministic(t *testing.T) {
	a, _ := New(Config{Seed: 3}).Article(42)
	g := New(Config{Seed: 3})
	g.Article(1)
	b, _ := g.Article(42)
	if a.Text != b.Text || a.Title != b.Title {
		t.Error("same seed and ID gave different articles")
	}
}

func BenchmarkArticle(b *testing.B) {
	g := New(Config{Seed: 1})
	var id int64
	for b.Loop() {
		id++
		doc, _ := g.Article(id)
		b.SetBytes(int64(len(doc.Text)))
	}
}

// TestMoneyAsStated checks that a money fact holds the amount its text
// states, as the extractor reads it: index benchmarks then see amounts
// as repetitive as real ones, not full-precision random numbers.
func TestMoneyAsStated(t *testing.T) {
	g := New(Config{Seed: 3})
	checked := 0
	for id := int64(1); id <= 30; id++ {
		_, fs := g.Article(id)
		for _, f := range fs {
			if f.Type != corpus.FactMoney {
				continue
			}
			read := money.Extract(f.Text, money.Options{})
			if len(read) != 1 || read[0].Amount == nil || *read[0].Amount != *f.Amount || read[0].Currency != f.Currency {
				t.Errorf("article %d: %q holds %v %s; the extractor reads %+v", id, f.Text, *f.Amount, f.Currency, read)
			}
			checked++
		}
	}
	if checked < 30 {
		t.Fatalf("only %d money facts checked", checked)
	}
}
