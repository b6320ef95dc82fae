package token

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Mr. Smith visited the U.S. on Jan. 5.",
	"OpenAI's CEO said \"no.\" Then left!",
	"see https://example.com/x. Then www.a.b",
	"$1,234.5 -- 3.5% ... 1,2,3",
	"東京 Москва a\xffb\xc3",
	"O'Brien can't AT&T U.S.-led",
	"",
	"\n\n.",
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		toks := Tokenize(in)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(in) || in[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v after %d in %q", tk, prev, in)
			}
			if utf8.ValidString(in) && (!utf8.RuneStart(in[tk.Start]) || tk.End < len(in) && !utf8.RuneStart(in[tk.End])) {
				t.Fatalf("token %+v not on rune boundaries in %q", tk, in)
			}
			if strings.TrimSpace(tk.Text) == "" {
				t.Fatalf("blank token %+v in %q", tk, in)
			}
			prev = tk.End
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		prev := 0
		for _, s := range Sentences(in) {
			if s.Start < prev || s.End <= s.Start || s.End > len(in) {
				t.Fatalf("bad sentence %+v after %d in %q", s, prev, in)
			}
			prev = s.End
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("Amazon Web Services (AWS) said on Jan. 5 that Mr. Jassy's team earned $1,234.5 million, up 3.5% from the U.S.-based unit. ", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text)
	}
}
