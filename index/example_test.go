package index_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"tidings/corpus"
	"tidings/corpus/corpustest"
	"tidings/index"
)

func Example() {
	dir, err := os.MkdirTemp("", "tidings-index-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	ix, err := index.Open(dir, index.Config{})
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()

	ctx := context.Background()
	doc := &corpus.Document{
		ID: 1, URL: "https://news.example/1", Source: "wire",
		Title:     "OpenAI raises $6.6 billion",
		Published: time.Date(2025, 10, 2, 0, 0, 0, 0, time.UTC),
		Text:      "OpenAI said it raised $6.6 billion from investors.",
	}
	facts := []corpus.Fact{
		{Type: corpus.FactOrganization, Text: "OpenAI", Entity: "OpenAI"},
		{Type: corpus.FactMoney, Text: "$6.6 billion", Amount: corpus.Float(6.6e9), Currency: "USD"},
	}
	// The store keeps the texts; the index takes snippets from it.
	store := corpustest.NewMemory()
	if _, err := store.SaveDocument(ctx, doc, facts); err != nil {
		log.Fatal(err)
	}
	ix.SetTexts(store)
	if err := ix.Put(ctx, []index.Entry{{Doc: doc, Facts: facts}}); err != nil {
		log.Fatal(err)
	}

	res, err := ix.Search(ctx, index.Query{Text: "investors", MinAmount: corpus.Float(1e9), Facets: true, Highlight: true})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range res.Hits {
		fmt.Println(h.ID, h.Title)
		fmt.Println(strings.NewReplacer(index.MarkStart, "*", index.MarkEnd, "*").Replace(h.Snippet))
	}
	fmt.Println("orgs:", res.Facets.Orgs)
	// Output:
	// 1 OpenAI raises $6.6 billion
	// OpenAI said it raised $6.6 billion from *investors*.
	// orgs: [{OpenAI 1}]
}
