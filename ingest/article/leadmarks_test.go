package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWithoutLeadMarks(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"stray bracket and arrow", "[> Jens Weber", "Jens Weber"},
		{"guillemet as an arrow", "» Harbour reopens", "Harbour reopens"},
		{"bullet", "• Harbour reopens", "Harbour reopens"},
		{"German quote kept", "»Haltet die Gewässer sauber!«", "»Haltet die Gewässer sauber!«"},
		{"bracketed tag kept", "[Review] Love is war", "[Review] Love is war"},
		{"French quote kept", "« Les privatisations » selon lui", "« Les privatisations » selon lui"},
		{"only marks kept", ">>", ">>"},
		{"plain title", "Harbour reopens", "Harbour reopens"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := withoutLeadMarks(tc.in); got != tc.want {
				t.Errorf("withoutLeadMarks(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTitleLeadMarks(t *testing.T) {
	a, err := Parse(page(`<title>example.org // » Jens Weber</title>`, `<h2>[&gt; Jens Weber</h2>`+lorem), "https://news.example.org/a", Hints{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Jens Weber" {
		t.Errorf("title = %q, want %q", a.Title, "Jens Weber")
	}
}

func FuzzWithoutLeadMarks(f *testing.F) {
	for _, s := range []string{"[> Jens Weber", "»Zitat«", "» ", ">>", "\xff> a", "[", "Label :Head"} {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		got := withoutLeadMarks(s)
		if !strings.Contains(s, got) {
			t.Fatalf("withoutLeadMarks(%q) = %q, not a part of it", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("withoutLeadMarks(%q) = %q, invalid UTF-8", s, got)
		}
		labelBefore(s, n%8) // must not panic
		quoteLead(s)
	})
}
