package index

import (
	"context"
	"strings"
	"testing"
)

func TestSearchSnippets(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	tests := []struct {
		name string
		text string
		id   int64
		want string // in the snippet of hit id
	}{
		{"stemmed word marked", "raise", 1, "it [[raised]] $6.6"},
		{"phrase marks its words", `"chip makers"`, 2, "met [[chip]] [[makers]] in"},
		{"phrase across a stop word", `"profit of 1.5 billion"`, 3, "[[profit]] of [[1.5]] [[billion]]"},
		{"prefix marked", "invest*", 1, "from [[investors]] led"},
		{"fuzzy marked", "frankfurd~1", 3, "in [[Frankfurt]]."},
		{"must-not clause not marked", "+investors -startup", 1, "[[investors]]"},
		{"title-only match shows the title", "title:startup", 4, "Small [[startup]] funding round"},
		{"filter-only query shows the opening", "org:OpenAI", 1, "OpenAI said on Wednesday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), Query{Text: tt.text, Highlight: true, Size: 100})
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range res.Hits {
				if h.ID == tt.id {
					if !strings.Contains(h.Snippet, tt.want) {
						t.Errorf("snippet %q does not contain %q", h.Snippet, tt.want)
					}
					return
				}
			}
			t.Errorf("no hit %d in %+v", tt.id, res.Hits)
		})
	}
}

func TestSnippetWithoutTexts(t *testing.T) {
	ix := openTest(t, Config{}, fixture())
	ix.SetTexts(docTexts{})
	res, err := ix.Search(context.Background(), Query{Text: "startup", Highlight: true})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("Search = %+v, %v", res, err)
	}
	if s := res.Hits[0].Snippet; s != "Small [[startup]] funding round" {
		t.Errorf("snippet = %q, want the marked title", s)
	}
}

func TestSnippetWindow(t *testing.T) {
	m := newMatcher()
	m.addPhrase("central bank")
	m.terms["rate"] = true
	filler := strings.Repeat("Nothing to see in this sentence. ", 20)
	text := filler + "The central bank raised the rate again. " + filler
	got, ok := m.snippet(text)
	if !ok {
		t.Fatalf("snippet(%q) found no match", text)
	}
	plain := strings.NewReplacer(MarkStart, "", MarkEnd, "").Replace(got)
	if len(plain) > snippetSize || !strings.Contains(text, plain) {
		t.Errorf("snippet %q is not a window of at most %d bytes of the text", plain, snippetSize)
	}
	if !strings.Contains(got, "[[central]] [[bank]] raised the [[rate]]") {
		t.Errorf("snippet %q does not mark the phrase and the term", got)
	}
	if strings.HasPrefix(plain, " ") || strings.HasPrefix(plain, "othing") {
		t.Errorf("snippet %q does not start at a word", plain)
	}
}

func TestWithinEdits(t *testing.T) {
	tests := []struct {
		a, b string
		k    int
		want bool
	}{
		{"frankfurt", "frankfurd", 1, true},
		{"frankfurt", "frankfu", 1, false},
		{"frankfurt", "frankfu", 2, true},
		{"", "ab", 2, true},
		{"zürich", "zurich", 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := withinEdits(tt.a, tt.b, tt.k); got != tt.want {
				t.Errorf("withinEdits(%q, %q, %d) = %v, want %v", tt.a, tt.b, tt.k, got, tt.want)
			}
		})
	}
}

// TestPhraseAcrossSegments puts documents one batch each, so phrases are
// checked in several segments.
func TestPhraseAcrossSegments(t *testing.T) {
	ix := openTest(t, Config{}, nil)
	for _, e := range fixture() {
		if err := ix.Put(context.Background(), []Entry{e}); err != nil {
			t.Fatal(err)
		}
	}
	for text, want := range map[string]int64{`"chip makers"`: 2, `"profit of 1.5 billion"`: 3, `"angel investors"`: 4, `"chip supply worries"`: 5} {
		res, err := ix.Search(context.Background(), Query{Text: text})
		if err != nil || len(res.Hits) != 1 || res.Hits[0].ID != want {
			t.Errorf("Search(%s) = %+v, %v; want only %d", text, res, err, want)
		}
	}
}

func TestSeqEntryIsFNV1a(t *testing.T) {
	// Stored sequences must keep their meaning: FNV-1a of "bank" is 0x3b952e97.
	if got, want := seqEntry([]byte("bank"), 1), uint16(1<<14|0x2e97); got != want {
		t.Errorf("seqEntry(bank, 1) = %#x, want %#x", got, want)
	}
}
