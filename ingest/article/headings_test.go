package article

import "testing"

func TestTitleWidgetHeading(t *testing.T) {
	tests := []titleCase{
		{"one-word box heading loses to og:title",
			`<meta property="og:title" content="Into the new year">`,
			`<p>Into the new year we go.</p><h2>Reviews</h2>` + lorem,
			"Into the new year"},
		{"teaser cut with an ellipsis loses to the title tag",
			`<title>Calm through the crisis | Weekly Paper</title><meta property="og:site_name" content="Weekly Paper">`,
			`<h2>Crisis: a return to the absolute...</h2>` + lorem,
			"Calm through the crisis"},
		{"writer's four-dot ellipsis is a heading",
			`<meta property="og:title" content="Reader review of the meal box">`,
			`<h2>This box has changed my life....</h2>` + lorem,
			"This box has changed my life...."},
		{"two-word heading with story text still wins",
			`<meta property="og:title" content="Fire brigade training">`,
			`<h2>Boat training</h2>` + lorem,
			"Boat training"},
		{"one-word heading wins without metadata",
			``,
			`<h2>Rezensionen</h2>` + lorem,
			"Rezensionen"},
	}
	checkTitles(t, "https://news.example.org/a", Hints{}, tests)
}

func TestTitleLeadingH1(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"only h1 above sections beats a section with more text",
			`<h1>The strategic think tank</h1><p>Since 1999.</p><h2>Where do we come from?</h2>` + lorem + `<h2>Where do we go next?</h2>` + lorem,
			"The strategic think tank"},
		{"blog with a home-linked h1 keeps the post heading",
			`<h1><a href="/">Garden Notes</a></h1><h1>garden notes t-shirt shop now open</h1><p>Buy one.</p><h2>Planting tulips in November</h2>` + lorem,
			"Planting tulips in November"},
		{"short h1 opening the page is its title",
			`<h1>Chronicle</h1><p>Since 1968.</p><h2>From 1968 to today: music in the parish</h2>` + lorem,
			"Chronicle"},
		{"short h1 after other headings is not a page title",
			`<h2>Menu</h2><h1>Overview</h1><h2>Planting tulips in November</h2>` + lorem,
			"Planting tulips in November"},
		{"short h1 naming the host is not a page title",
			`<h1>News Example</h1><h2>Planting tulips in November</h2>` + lorem,
			"Planting tulips in November"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(page("", tc.body), "https://news.example.org/a", Hints{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.want {
				t.Errorf("title = %q, want %q", a.Title, tc.want)
			}
		})
	}
}
