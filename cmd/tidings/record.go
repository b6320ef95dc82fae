package main

import (
	"time"

	"tidings/corpus"
)

// factRecord is one exported fact with its article: the record described
// by docs/fact.schema.json. The fact's own fields follow the fact
// contract.
type factRecord struct {
	ArticleID    int64
	ArticleURL   string
	ArticleTitle string
	Source       string
	Published    string
	corpus.Fact
	Sentence string
}

// factRecordJSON is factRecord's wire form: the fact's contract fields
// promoted beside the article's.
type factRecordJSON struct {
	ArticleID    int64  `json:"article_id"`
	ArticleURL   string `json:"article_url"`
	ArticleTitle string `json:"article_title"`
	Source       string `json:"source"`
	Published    string `json:"published,omitempty"`
	corpus.FactWire
	Sentence string `json:"sentence"`
}

// MarshalJSON writes the flat record in one pass.
func (r factRecord) MarshalJSON() ([]byte, error) {
	return marshalNoEscape(factRecordJSON{
		ArticleID: r.ArticleID, ArticleURL: r.ArticleURL, ArticleTitle: r.ArticleTitle, Source: r.Source,
		Published: r.Published, FactWire: r.Fact.Wire(), Sentence: r.Sentence,
	})
}

func newFactRecord(d *corpus.Document, f corpus.Fact) factRecord {
	r := factRecord{ArticleID: d.ID, ArticleURL: d.URL, ArticleTitle: d.Title, Source: d.Source, Fact: f}
	if !d.Published.IsZero() {
		r.Published = d.Published.Format(time.RFC3339)
	}
	if 0 <= f.SentenceStart && f.SentenceStart <= f.SentenceEnd && f.SentenceEnd <= len(d.Text) {
		r.Sentence = d.Text[f.SentenceStart:f.SentenceEnd]
	}
	return r
}

// articleRecord is one exported article (export --articles).
type articleRecord struct {
	Kind      string   `json:"record"`
	ID        int64    `json:"article_id"`
	URL       string   `json:"article_url"`
	Title     string   `json:"article_title"`
	Source    string   `json:"source"`
	Published string   `json:"published,omitempty"`
	Authors   []string `json:"authors"`
	Language  string   `json:"language,omitempty"`
	Site      string   `json:"site,omitempty"`
	Text      string   `json:"text"`
	Facts     int      `json:"facts"`
}

func newArticleRecord(d *corpus.Document, nFacts int) articleRecord {
	r := articleRecord{Kind: "article", ID: d.ID, URL: d.URL, Title: d.Title, Source: d.Source, Authors: d.Authors,
		Language: d.Language, Site: d.SiteName, Text: d.Text, Facts: nFacts}
	if r.Authors == nil {
		r.Authors = []string{}
	}
	if !d.Published.IsZero() {
		r.Published = d.Published.Format(time.RFC3339)
	}
	return r
}
