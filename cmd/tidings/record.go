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

// factRecordJSON is factRecord's wire form, flat, in one pass.
type factRecordJSON struct {
	ArticleID     int64           `json:"article_id"`
	ArticleURL    string          `json:"article_url"`
	ArticleTitle  string          `json:"article_title"`
	Source        string          `json:"source"`
	Published     string          `json:"published,omitempty"`
	Type          corpus.FactType `json:"type"`
	Start         int             `json:"start"`
	End           int             `json:"end"`
	Text          string          `json:"text"`
	Entity        string          `json:"entity,omitempty"`
	Amount        *float64        `json:"amount,omitempty"`
	AmountMax     *float64        `json:"amount_max,omitempty"`
	Currency      string          `json:"currency,omitempty"`
	Qualifier     string          `json:"qualifier,omitempty"`
	Vague         bool            `json:"vague,omitempty"`
	Per           string          `json:"per,omitempty"`
	TimexType     string          `json:"timex_type,omitempty"`
	Value         any             `json:"value,omitempty"`
	RangeStart    string          `json:"range_start,omitempty"`
	RangeEnd      string          `json:"range_end,omitempty"`
	Unit          string          `json:"unit,omitempty"`
	Sentence      string          `json:"sentence"`
	SentenceStart int             `json:"sentence_start"`
	SentenceEnd   int             `json:"sentence_end"`
}

// MarshalJSON writes the flat record: the article's fields beside the
// fact's contract fields.
func (r factRecord) MarshalJSON() ([]byte, error) {
	f := r.Fact
	j := factRecordJSON{
		ArticleID: r.ArticleID, ArticleURL: r.ArticleURL, ArticleTitle: r.ArticleTitle, Source: r.Source,
		Published: r.Published, Type: f.Type, Start: f.Start, End: f.End, Text: f.Text, Entity: f.Entity,
		Amount: f.Amount, AmountMax: f.AmountMax, Currency: f.Currency, Qualifier: f.Qualifier, Vague: f.Vague,
		Per: f.Per, TimexType: f.TimexType, Unit: f.Unit, Sentence: r.Sentence,
		SentenceStart: f.SentenceStart, SentenceEnd: f.SentenceEnd,
	}
	switch {
	case f.Type == corpus.FactPercent && f.Number != nil:
		j.Value = *f.Number
	case f.Value != "":
		j.Value = f.Value
	}
	if !f.RangeStart.IsZero() {
		j.RangeStart = f.RangeStart.Format(time.RFC3339)
	}
	if !f.RangeEnd.IsZero() {
		j.RangeEnd = f.RangeEnd.Format(time.RFC3339)
	}
	return marshalNoEscape(j)
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
