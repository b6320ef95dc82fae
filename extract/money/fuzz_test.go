package money

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		"GM lost US$6 billion, or $9.66 a share, and sales fell 42%.",
		"between €12 million and €20 million (about US$16 million to $28 million)",
		"thirteen dollars and forty-five cents", "tens of billions of dollars",
		"c $ 100 and fifty", "10 $ 30 cent", "$3-5 billion", "-3.2%", "half a percent",
		"USD115.5 115USD 30 MUSD MAUD 60", "$250bn-a-year", "up-to-$50 billion",
		"$\xff9", "\xe2\x82\xac5", "1,2,3,4,5,6,7,8,9,0", strings.Repeat("9", 400) + "%",
		"$99 (USD)", "Rs. 5 crore", "a quarter million", "three quarters billion us dollars",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		facts := Extract(text, Options{})
		last := 0
		for _, fc := range facts {
			if fc.Start < last || fc.Start >= fc.End || fc.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", fc.Start, fc.End, last, text)
			}
			last = fc.End
			if fc.Text != text[fc.Start:fc.End] {
				t.Fatalf("text %q != slice %q", fc.Text, text[fc.Start:fc.End])
			}
			if !onBoundary(text, fc.Start) || !onBoundary(text, fc.End) {
				t.Fatalf("span [%d,%d) not on rune boundaries in %q", fc.Start, fc.End, text)
			}
			for _, v := range []*float64{fc.Amount, fc.AmountMax, fc.Number} {
				if v != nil && (math.IsInf(*v, 0) || math.IsNaN(*v)) {
					t.Fatalf("non-finite value in %+v", fc)
				}
			}
		}
	})
}

// onBoundary reports whether i starts a rune (or is the end) in s; bytes
// of invalid UTF-8 count as runes of their own.
func onBoundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i]) || !utf8.FullRuneInString(s[i:]) || startsInvalid(s, i)
}

// startsInvalid reports whether byte i is not inside any valid encoded rune.
func startsInvalid(s string, i int) bool {
	for back := 1; back <= 3 && i-back >= 0; back++ {
		if utf8.RuneStart(s[i-back]) {
			r, size := utf8.DecodeRuneInString(s[i-back:])
			return r == utf8.RuneError && size == 1 || size <= back
		}
	}
	return true
}

// TestLargeInputs checks linear behaviour and safety on pathological text.
func TestLargeInputs(t *testing.T) {
	const n = 1 << 19
	for _, tc := range []struct{ name, unit string }{
		{"digits", "1"}, {"dollars", "$"}, {"digit runs with dashes", "1-"}, {"spelled", "one "},
		{"thousand groups", "1,000"}, {"signs and digits", "$1 "}, {"invalid utf8", "\xe2\x82"},
		{"euro signs", "€"}, {"spaces", " "}, {"scale words", "million "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Repeat(tc.unit, n/len(tc.unit))
			facts := Extract(text, Options{})
			for _, f := range facts {
				if f.Text != text[f.Start:f.End] {
					t.Fatalf("text mismatch at %d", f.Start)
				}
			}
		})
	}
}
