package article

import "testing"

func TestTitleSegmentsAndLabels(t *testing.T) {
	tests := []struct{ name, head, body, want string }{
		{"heading equal to a title segment beats a box h1 with text",
			`<title>Chess Club Harbour Town e.V. - News and reports » The events of the last weeks</title>`,
			`<h1>News</h1><h2>The events of the last weeks</h2>` + lorem + `<h1>Match overview</h1>` + lorem,
			"The events of the last weeks"},
		{"long label before a colon is not the headline",
			`<title>Vaccination stays possible everywhere until the end of February</title>`,
			`<h1>Press release of the department of health, social affairs and integration :Vaccination stays possible everywhere until the end of February</h1>` + lorem,
			"Vaccination stays possible everywhere until the end of February"},
		{"long heading without a separator is kept whole",
			`<title>Vaccination stays possible everywhere until the end of February</title>`,
			`<h1>Press release of the department of health, social affairs and integration says that vaccination stays possible everywhere until the end of February</h1>` + lorem,
			"Press release of the department of health, social affairs and integration says that vaccination stays possible everywhere until the end of February"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(page(tc.head, tc.body), "https://news.example.org/a", Hints{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.want {
				t.Errorf("title = %q, want %q", a.Title, tc.want)
			}
		})
	}
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

func TestTitleLeadMarks(t *testing.T) {
	a, err := Parse(page(`<title>example.org // » Jens Weber</title>`, `<h2>[&gt; Jens Weber</h2>`+lorem), "https://news.example.org/a", Hints{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Jens Weber" {
		t.Errorf("title = %q, want %q", a.Title, "Jens Weber")
	}
}

func TestTitleSiteMotto(t *testing.T) {
	tests := []struct{ name, head, body, want string }{
		{"site name and motto heading is not the headline",
			`<title>Efficient hybrid battery</title>`,
			`<h2>Newsdesk – Science news service</h2>` + lorem,
			"Efficient hybrid battery"},
		{"headline after the site name stays",
			`<title>Newsdesk – Storm hits the coast</title>`,
			`<h2>Newsdesk – Storm hits the coast</h2>` + lorem,
			"Newsdesk – Storm hits the coast"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(page(tc.head, tc.body), "https://newsdesk.example.org/a", Hints{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.want {
				t.Errorf("title = %q, want %q", a.Title, tc.want)
			}
		})
	}
}

func TestTitleQuoteLead(t *testing.T) {
	tests := []struct{ name, head, body, want string }{
		{"quoted lead stays with the headline",
			`<meta property="og:title" content="Skier misses the Olympic Games in Beijing - Snow News"><meta property="og:site_name" content="Snow News">`,
			`<h1>"Pure emptiness": Skier misses the Olympic Games in Beijing</h1>` + lorem,
			`"Pure emptiness": Skier misses the Olympic Games in Beijing`},
		{"topic kicker is dropped",
			`<meta property="og:title" content="Skier misses the Olympic Games in Beijing - Snow News"><meta property="og:site_name" content="Snow News">`,
			`<h1>Ski jumping: Skier misses the Olympic Games in Beijing</h1>` + lorem,
			`Skier misses the Olympic Games in Beijing`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(page(tc.head, tc.body), "https://news.example.org/a", Hints{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.want {
				t.Errorf("title = %q, want %q", a.Title, tc.want)
			}
		})
	}
}
