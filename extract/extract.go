package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"tidings/corpus"
	"tidings/extract/date"
	"tidings/extract/entity"
	"tidings/extract/money"
	"tidings/extract/token"
)

// Options are per-document extraction settings.
type Options struct {
	Currency string // ISO code a bare "$" means; "" is USD
	DayFirst bool   // read 10/11/2025 as 10 November
}

// Extractor finds every fact in a text. It is safe for concurrent use.
type Extractor struct {
	tagger *entity.Tagger
}

// New loads the embedded entity model and returns an Extractor.
func New() (*Extractor, error) {
	t, err := entity.Load()
	if err != nil {
		return nil, err
	}
	return &Extractor{tagger: t}, nil
}

// Extract returns the facts of text in offset order, each with the sentence
// it stands in. published is the reference time for relative dates; zero
// leaves them underspecified.
func (e *Extractor) Extract(text string, published time.Time, opts Options) []corpus.Fact {
	figures := money.Extract(text, money.Options{Dollar: opts.Currency})
	names := e.tagger.Extract(text)
	dates := withoutNamedDates(date.Extract(text, published, date.Options{DayFirst: opts.DayFirst}), names)
	figures = append(figures, withoutOverlaps(dates, figures)...)
	facts := append(figures, withoutOverlaps(names, figures)...)
	slices.SortStableFunc(facts, func(a, b corpus.Fact) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	setSentences(facts, token.Sentences(text))
	return facts
}

// withoutNamedDates drops the dates that hold a capitalised word inside
// a longer name: "Daily" of "the Daily Nation newspaper" and
// "Sunday" of "The Sunday Times" name the paper, "30 Seconds" of the band
// "30 Seconds to Mars" and "May" of "Theresa May" are no dates; and the
// number of a market index ("the Russell 2000 index"). Other dates
// outrank names (withoutOverlaps). names are in offset order, as the
// tagger returns them.
func withoutNamedDates(dates, names []corpus.Fact) []corpus.Fact {
	out := dates[:0:0]
	for _, d := range dates {
		// the last name starting at or before the date: names do not
		// overlap, so it is the only one that can hold it
		i := sort.Search(len(names), func(i int) bool { return names[i].Start > d.Start }) - 1
		if i >= 0 && d.Text != "" && d.End <= names[i].End && names[i].End-names[i].Start > d.End-d.Start &&
			(strings.ContainsFunc(d.Text, unicode.IsUpper) || names[i].Type == corpus.FactMisc && entity.IsMarketIndex(names[i].Text)) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// withoutOverlaps returns the facts of cand that overlap none of keep: a
// span is one fact, and numbers outrank names ("$5 billion" is not a
// date, "October" is not an organization).
func withoutOverlaps(cand, keep []corpus.Fact) []corpus.Fact {
	byStart := slices.Clone(keep)
	slices.SortFunc(byStart, func(a, b corpus.Fact) int { return cmp.Compare(a.Start, b.Start) })
	// maxEnd[i] is the largest End among byStart[:i+1], so one binary search
	// finds whether any kept span starting before c.End reaches past c.Start.
	maxEnd := make([]int, len(byStart))
	for i, k := range byStart {
		maxEnd[i] = k.End
		if i > 0 {
			maxEnd[i] = max(maxEnd[i], maxEnd[i-1])
		}
	}
	out := cand[:0:0]
	for _, c := range cand {
		n, _ := slices.BinarySearchFunc(byStart, c.End, func(k corpus.Fact, end int) int { return cmp.Compare(k.Start, end) })
		if n == 0 || maxEnd[n-1] <= c.Start {
			out = append(out, c)
		}
	}
	return out
}

// setSentences gives each fact (sorted by Start) the span of the sentence
// containing its start.
func setSentences(facts []corpus.Fact, sentences []token.Span) {
	i := 0
	for f := range facts {
		for i < len(sentences) && sentences[i].End <= facts[f].Start {
			i++
		}
		if i < len(sentences) && sentences[i].Start <= facts[f].Start {
			facts[f].SentenceStart, facts[f].SentenceEnd = sentences[i].Start, max(sentences[i].End, facts[f].End)
		} else {
			facts[f].SentenceStart, facts[f].SentenceEnd = facts[f].Start, facts[f].End
		}
	}
}
