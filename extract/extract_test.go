package extract

import (
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"tidings/corpus"
	"tidings/extract/date"
	"tidings/extract/money"
	"tidings/internal/evaltest"
)

var (
	loadOnce sync.Once
	shared   *Extractor
	loadErr  error
)

func extractor(t testing.TB) *Extractor {
	loadOnce.Do(func() { shared, loadErr = New() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return shared
}

const article = `Amazon would invest up to $50 billion in OpenAI, starting with an initial $15 billion, chief executive Andy Jassy said on Tuesday. OpenAI pledged an additional $250 billion in purchases.
The license runs until 2032. OpenAI's 27% ownership stake was agreed last quarter, in Febuary.`

func TestExtractTheTypicalArticle(t *testing.T) {
	published := time.Date(2026, 2, 12, 9, 0, 0, 0, time.UTC) // a Thursday
	facts := extractor(t).Extract(article, published, Options{})
	find := func(text string) *corpus.Fact {
		for i := range facts {
			if facts[i].Text == text {
				return &facts[i]
			}
		}
		t.Errorf("no fact %q in %v", text, texts(facts))
		return &corpus.Fact{}
	}
	cases := []struct {
		text  string
		check func(f *corpus.Fact) bool
	}{
		{"up to $50 billion", func(f *corpus.Fact) bool { return *f.Amount == 50e9 && f.Qualifier == "upto" && f.Currency == "USD" }},
		{"$250 billion", func(f *corpus.Fact) bool { return *f.Amount == 250e9 }},
		{"Tuesday", func(f *corpus.Fact) bool {
			return f.Value == "2026-02-10" && f.RangeStart.Equal(time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC))
		}},
		{"2032", func(f *corpus.Fact) bool { return f.Value == "2032" }},
		{"27%", func(f *corpus.Fact) bool { return f.Type == corpus.FactPercent && *f.Number == 27 }},
		{"last quarter", func(f *corpus.Fact) bool { return f.Value == "2025-Q4" }},
		{"Febuary", func(f *corpus.Fact) bool { return f.Value == "2026-02" }},
		{"Andy Jassy", func(f *corpus.Fact) bool { return f.Type == corpus.FactPerson }},
		{"OpenAI", func(f *corpus.Fact) bool { return f.Type == corpus.FactOrganization && f.Entity == "OpenAI" }},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			f := find(tc.text)
			if f.Type == "" || !tc.check(f) {
				t.Errorf("fact %q = %+v", tc.text, *f)
			}
		})
	}
	for _, f := range facts {
		if article[f.Start:f.End] != f.Text {
			t.Errorf("%q is not text[%d:%d]", f.Text, f.Start, f.End)
		}
		sentence := article[f.SentenceStart:f.SentenceEnd]
		if !strings.Contains(sentence, f.Text) || strings.Count(sentence, ". ") > 1 {
			t.Errorf("fact %q has sentence %q", f.Text, sentence)
		}
	}
}

func TestExtractNoOverlapsAcrossTypes(t *testing.T) {
	facts := extractor(t).Extract("In October the Bank of England said £5bn-a-year would go, with 3.5% more in 2027 and 2028.", time.Time{}, Options{})
	for i := 1; i < len(facts); i++ {
		if facts[i].Start < facts[i-1].End {
			t.Errorf("%q overlaps %q", facts[i].Text, facts[i-1].Text)
		}
	}
	for _, f := range facts {
		if f.Type == corpus.FactDate && f.Value == "2027-10" {
			t.Errorf("bare month resolved without a publication date: %+v", f)
		}
	}
}

func TestExtractPapersNamedLikeDates(t *testing.T) {
	text := "The Daily Nation newspaper quoted the minister on Tuesday, and The Sunday Times agreed on Sunday. Daily sales rose."
	facts := extractor(t).Extract(text, time.Date(1996, 8, 27, 0, 0, 0, 0, time.UTC), Options{})
	got := map[string]corpus.FactType{}
	for _, f := range facts {
		got[f.Text] = f.Type
	}
	want := map[string]corpus.FactType{
		"Daily Nation": corpus.FactOrganization, "The Sunday Times": corpus.FactOrganization,
		"Tuesday": corpus.FactDate, "Sunday": corpus.FactDate, "Daily": corpus.FactDate,
	}
	for text, typ := range want {
		if got[text] != typ {
			t.Errorf("%q: got %q, want %q (facts %v)", text, got[text], typ, got)
		}
	}
}

func TestExtractMarketIndexNumberIsNoDate(t *testing.T) {
	text := "Small-cap stocks in the Russell 2000 index hit a record. Stocks fell in 2000."
	facts := extractor(t).Extract(text, time.Date(2024, 11, 25, 0, 0, 0, 0, time.UTC), Options{})
	var index, year bool
	for _, f := range facts {
		switch {
		case f.Text == "Russell 2000" && f.Type == corpus.FactMisc:
			index = true
		case f.Type == corpus.FactDate && f.Text == "2000" && f.Start > strings.Index(text, "fell"):
			year = true
		case f.Type == corpus.FactDate:
			t.Errorf("unexpected date %q at %d", f.Text, f.Start)
		}
	}
	if !index || !year {
		t.Errorf("want the index Russell 2000 (misc) and the year 2000 after it, got %v", facts)
	}
}

func TestExtractBadInput(t *testing.T) {
	inputs := map[string]string{
		"invalid utf-8":    "Amazon \xff\xfe paid $5 billion \xc3 on Tuesday",
		"digits only":      strings.Repeat("1234567890 ", 2000),
		"symbols only":     strings.Repeat("$%€£¥ -- ,,, ... ", 1000),
		"one long line":    strings.Repeat("Boeing won a $35 billion contract on Friday and ", 20000),
		"other scripts":    "東京証券取引所は火曜日に3%上昇した。 Газпром заплатил $5 млрд.",
		"all caps":         "AMAZON TO INVEST $50 BILLION IN OPENAI, JASSY SAYS",
		"empty":            "",
		"no sentence ends": strings.Repeat("word ", 5000),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			for _, f := range extractor(t).Extract(in, time.Time{}, Options{}) {
				if f.Start < 0 || f.End > len(in) || f.Start >= f.End || in[f.Start:f.End] != f.Text {
					t.Fatalf("bad offsets %+v", f)
				}
				if !utf8.RuneStart(in[f.Start]) || (f.End < len(in) && !utf8.RuneStart(in[f.End])) {
					t.Fatalf("offsets off rune boundaries: %+v", f)
				}
				if f.SentenceStart > f.Start || f.SentenceEnd < f.End {
					t.Fatalf("sentence [%d,%d) does not hold fact %+v", f.SentenceStart, f.SentenceEnd, f)
				}
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(article, int64(0))
	f.Add("$3-5 billion between $1 and $2 million on Tuesday, 27 per cent", int64(1700000000))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var ref time.Time
		if unix > 0 && unix < 1e11 {
			ref = time.Unix(unix, 0).UTC()
		}
		for _, fact := range extractor(t).Extract(text, ref, Options{}) {
			if fact.Start < 0 || fact.End > len(text) || fact.Start >= fact.End || text[fact.Start:fact.End] != fact.Text {
				t.Fatalf("bad offsets %+v", fact)
			}
		}
	})
}

func texts(facts []corpus.Fact) []string {
	out := make([]string, len(facts))
	for i, f := range facts {
		out[i] = string(f.Type) + ":" + f.Text
	}
	return out
}

const fallbackNews = article + "\n"

// BenchmarkFigures measures money, percent and dates together on news
// text (issue target: ≥ 20 MB/s per core).
func BenchmarkFigures(b *testing.B) {
	text := evaltest.NewsText(fallbackNews)
	ref := time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		money.Extract(text, money.Options{})
		date.Extract(text, ref, date.Options{})
	}
}

// BenchmarkExtract measures the whole extractor (figures, entities,
// sentences) article by article, as the pipeline calls it.
func BenchmarkExtract(b *testing.B) {
	docs := evaltest.NewsDocs()
	if len(docs) == 0 {
		docs = []string{fallbackNews}
	}
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	ex := extractor(b)
	ref := time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			ex.Extract(d, ref, Options{})
		}
	}
}
