package charset

import (
	"testing"
	"unicode/utf8"
)

func TestFixMojibake(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"right single quote", "It\u00e2\u20ac\u2122s here", "It’s here"},
		{"e acute", "caf\u00c3\u00a9", "café"},
		{"no-break space", "10\u00c2\u00a0km", "10\u00a0km"},
		{"trailing A circumflex from lost nbsp", "Innovation\u00c2", "Innovation"},
		{"A circumflex before plain space", "Innovation\u00c2 Award", "Innovation Award"},
		{"em dash and quotes", "\u00e2\u20ac\u0153Hi\u00e2\u20ac\u009d \u00e2\u20ac\u201d ok", "“Hi” — ok"},
		{"euro sign", "5 \u00e2\u201a\u00ac", "5 €"},
		{"german umlauts", "M\u00c3\u00bcnchen Stra\u00c3\u0178e", "München Straße"},
		{"double encoded", "caf\u00c3\u0192\u00c2\u00a9", "café"},
		{"legit portuguese untouched", "São Paulo e ÃO não", "São Paulo e ÃO não"},
		{"legit capital A tilde untouched", "Ã Ãs", "Ã Ãs"},
		{"legit french untouched", "déjà\u00a0» où «\u00a0là", "déjà\u00a0» où «\u00a0là"},
		{"legit vietnamese untouched", "Âu Cơ", "Âu Cơ"},
		{"legit symbols untouched", "© 2024 — “quote” €5 ½", "© 2024 — “quote” €5 ½"},
		{"plain ascii", "hello world", "hello world"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FixMojibake(tc.in); got != tc.want {
				t.Errorf("FixMojibake(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzFixMojibake(f *testing.F) {
	for _, s := range []string{"It\u00e2\u20ac\u2122s", "caf\u00c3\u00a9", "Innovation\u00c2", "São", "\u00f0\u0178\u02dc\u20ac", "Ã"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := FixMojibake(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("FixMojibake(%q) = %q: invalid UTF-8", s, got)
		}
		if len(got) > len(s) {
			t.Fatalf("FixMojibake(%q) = %q grew", s, got)
		}
		if isASCII(s) && got != s {
			t.Fatalf("ASCII input changed: %q -> %q", s, got)
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func BenchmarkFixMojibake(b *testing.B) {
	s := "Le caf\u00c3\u00a9 est tr\u00c3\u00a8s chaud, it\u00e2\u20ac\u2122s true. "
	for range 6 {
		s += s
	}
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		FixMojibake(s)
	}
}
