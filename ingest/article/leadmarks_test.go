package article

import "testing"

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
