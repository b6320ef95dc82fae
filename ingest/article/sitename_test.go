package article

import "testing"

func TestTitleSiteNamedByHostWords(t *testing.T) {
	tests := []struct{ name, url, title, want string }{
		{"site part names the host's words, sections follow", "https://harbour-fans.example/news?id=4",
			"FC Harbour Fans Club - Harbour FC signs a new coach - Club press - News", "Harbour FC signs a new coach"},
		{"long part starting with the host's name is not the site", "https://harbour.example/products/desktop",
			"Run Windows on Mac - Harbour Desktop 15 Virtual Machine for Mac", "Run Windows on Mac - Harbour Desktop 15 Virtual Machine for Mac"},
		{"short part starting with the host's name is the site", "https://harbour.example/news?id=4",
			"Harbour FC signs a new coach - Harbour News", "Harbour FC signs a new coach"},
		{"CJK site suffix without spaces", "https://news.example.cn/a",
			"武汉的声音：有英勇的你，才有英雄的城！-新华网", "武汉的声音：有英勇的你，才有英雄的城！"},
		{"CJK hyphenated word kept", "https://news.example.cn/a",
			"中国-东盟自由贸易区", "中国-东盟自由贸易区"},
		{"headline with a part of its own kept", "https://news.example.org/a",
			"Storm hits coast - Part 2", "Storm hits coast - Part 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(page("<title>"+tc.title+"</title>", lorem), tc.url, Hints{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.want {
				t.Errorf("title = %q, want %q", a.Title, tc.want)
			}
		})
	}
}

func TestTitleSiteMotto(t *testing.T) {
	tests := []titleCase{
		{"site name and motto heading is not the headline",
			`<title>Efficient hybrid battery</title>`,
			`<h2>Newsdesk – Science news service</h2>` + lorem,
			"Efficient hybrid battery"},
		{"headline after the site name stays",
			`<title>Newsdesk – Storm hits the coast</title>`,
			`<h2>Newsdesk – Storm hits the coast</h2>` + lorem,
			"Newsdesk – Storm hits the coast"},
	}
	checkTitles(t, "https://newsdesk.example.org/a", Hints{}, tests)
}
