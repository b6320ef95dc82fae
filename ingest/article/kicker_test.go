package article

import "testing"

func TestTitleQuoteLead(t *testing.T) {
	tests := []titleCase{
		{"quoted lead stays with the headline",
			`<meta property="og:title" content="Skier misses the Olympic Games in Beijing - Snow News"><meta property="og:site_name" content="Snow News">`,
			`<h1>"Pure emptiness": Skier misses the Olympic Games in Beijing</h1>` + lorem,
			`"Pure emptiness": Skier misses the Olympic Games in Beijing`},
		{"topic kicker is dropped",
			`<meta property="og:title" content="Skier misses the Olympic Games in Beijing - Snow News"><meta property="og:site_name" content="Snow News">`,
			`<h1>Ski jumping: Skier misses the Olympic Games in Beijing</h1>` + lorem,
			`Skier misses the Olympic Games in Beijing`},
	}
	checkTitles(t, "https://news.example.org/a", Hints{}, tests)
}

func TestLabelBefore(t *testing.T) {
	tests := []struct {
		name string
		t    string
		n    int
		want bool
	}{
		{"colon glued to the headline", "Press release :Schools open", 2, true},
		{"colon after the label", "Press release: Schools open", 2, true},
		{"pipe", "Press release | Schools open", 2, true},
		{"no separator", "Press release says schools open", 2, false},
		{"whole heading", "Schools open", 2, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := labelBefore(tc.t, tc.n); got != tc.want {
				t.Errorf("labelBefore(%q, %d) = %v, want %v", tc.t, tc.n, got, tc.want)
			}
		})
	}
}
