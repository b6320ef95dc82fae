package date

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	seeds := []string{
		"On Tuesday, Oct. 28, 2025, the company said third-quarter profit rose from a year earlier.",
		"Trading halted at 3 p.m. EST yesterday; the 1990s and the first half of 2026; Q3 2025.",
		"10/28/2025 2025-10-28 '82 the '90s mid-2011 every Monday annually 33 years ago",
		"12:00 UTC Monday\nFriday\nSeptember 18, 2008 nineteen ninety-six Thanksgiving Day",
		"1,500 737 $2025 3/4 4 5/8 138-2010-2015 8p.m. 7:56:30 pm Oct/2 Dec/2018",
		"\xff\xfe Oct. \xe2\x80\x99 90s 2025-\xc3",
		strings.Repeat("9", 64),
		"the the the last next this past of of ago",
	}
	for _, s := range seeds {
		f.Add(s, int64(1761609600), false)
	}
	f.Fuzz(func(t *testing.T, text string, sec int64, dayFirst bool) {
		var r time.Time
		if sec%7 != 0 {
			r = time.Unix(sec%(1<<34), 0)
		}
		facts := Extract(text, r, Options{DayFirst: dayFirst})
		prevEnd := 0
		for i, fc := range facts {
			if fc.Start < prevEnd || fc.End <= fc.Start || fc.End > len(text) {
				t.Fatalf("fact %d bad offsets [%d,%d) after %d in %q", i, fc.Start, fc.End, prevEnd, text)
			}
			if fc.Text != text[fc.Start:fc.End] {
				t.Fatalf("fact %d text %q != text[%d:%d]", i, fc.Text, fc.Start, fc.End)
			}
			if !boundary(text, fc.Start) || !boundary(text, fc.End) {
				t.Fatalf("fact %d offsets [%d,%d) split a rune in %q", i, fc.Start, fc.End, text)
			}
			if fc.Value == "" || fc.TimexType == "" {
				t.Fatalf("fact %d %q has no value or type", i, fc.Text)
			}
			prevEnd = fc.End
		}
	})
}

// boundary reports whether i starts a rune (or ends the text); invalid
// bytes count as one-byte runes.
func boundary(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	return utf8.RuneStart(s[i]) || !utf8.ValidString(s[max(0, i-3):i+1])
}

func TestExtractHugeLine(t *testing.T) {
	line := strings.Repeat("The deal closed on Oct. 28, 2025 and 1,500 people, 42 ", 200000) // ~11 MB, no line break
	facts := Extract(line, ref, Options{})
	if len(facts) < 150000 {
		t.Fatalf("got %d facts from a 11 MB line, want about 200000", len(facts))
	}
	for _, f := range facts[:10] {
		if f.Value != "2025-10-28" {
			t.Fatalf("got %q = %s", f.Text, f.Value)
		}
	}
}

func TestExtractJunk(t *testing.T) {
	for _, s := range []string{strings.Repeat("1234567890", 10000), strings.Repeat("\xff", 5000),
		strings.Repeat("-/:.,'", 5000), strings.Repeat("2025-", 3000)} {
		for _, f := range Extract(s, ref, Options{}) {
			if f.Text != s[f.Start:f.End] {
				t.Fatalf("bad fact %+v", f)
			}
		}
	}
}
