package article

import (
	"net/url"
	"testing"
)

func TestTitleStoryHeading(t *testing.T) {
	tests := []titleCase{
		{"story heading extends the short h1",
			`<title>Harbour reopens - Daily News</title><meta property="og:site_name" content="Daily News">`,
			`<h1>Harbour reopens</h1><h2>Harbour reopens after the storm damage is repaired</h2>` + lorem,
			"Harbour reopens after the storm damage is repaired"},
		{"story heading repeats the h1 without its kicker",
			`<title>Budget: Council approves the new plan</title>`,
			`<h1>Budget: Council approves the new plan</h1><h2>Council approves the new plan</h2>` + lorem,
			"Council approves the new plan"},
		{"story heading named by more metadata titles",
			`<title>Council budget passes | Daily News</title><meta property="og:site_name" content="Daily News">` +
				`<meta property="og:title" content="Taxes stay flat as spending rises">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Taxes stay flat as spending rises"}</script>`,
			`<h1>Council budget passes</h1><h2>Taxes stay flat as spending rises</h2>` + lorem,
			"Taxes stay flat as spending rises"},
		{"metadata title with a kicker votes for the story heading",
			`<title>Vanlife in Sweden - Scandinavia by camper | Outdoor Weekly</title><meta property="og:site_name" content="Outdoor Weekly">` +
				`<meta property="og:title" content="Vanlife in Sweden: Scandinavia by camper for beginners">` +
				`<meta name="twitter:title" content="Vanlife in Sweden: Scandinavia by camper for beginners">`,
			`<h1>Vanlife in Sweden - Scandinavia by camper</h1><h2>Scandinavia by camper for beginners</h2>` + lorem,
			"Scandinavia by camper for beginners"},
		{"og:title leading with the story heading",
			`<meta property="og:title" content="Maps now show more places - App update: points of interest on routes">`,
			`<h1>App update: points of interest on routes</h1><h2>Maps now show more places</h2>` + lorem,
			"Maps now show more places"},
		{"tie of metadata keeps the h1",
			`<title>Council budget passes | Daily News</title><meta property="og:site_name" content="Daily News">` +
				`<meta property="og:title" content="Taxes stay flat as spending rises">`,
			`<h1>Council budget passes</h1><h2>Taxes stay flat as spending rises</h2>` + lorem,
			"Council budget passes"},
		{"h1 with its own text keeps the title",
			`<title>Harbour reopens</title>`,
			`<h1>Harbour reopens</h1>` + lorem + `<h2>Harbour reopens after the storm damage is repaired</h2>` + lorem,
			"Harbour reopens"},
		{"escaped JSON-LD headline counts as a vote",
			`<title>Council budget passes</title><meta property="og:title" content="&quot;No&quot;: opposition rejects the plan">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","headline":"&#8222;No&#8220;: opposition rejects the plan"}</script>`,
			`<h1>Council budget passes</h1><h2>„No“: opposition rejects the plan</h2>` + lorem,
			"„No“: opposition rejects the plan"},
	}
	checkTitles(t, "https://news.example.org/a", Hints{}, tests)
}

func TestSiteHost(t *testing.T) {
	tests := []struct{ name, url, want string }{
		{"ordinary page", "https://www.example.org/a", "www.example.org"},
		{"wayback copy", "https://web.archive.org/web/20160330101229/http://recipes.example.net/muffins", "recipes.example.net"},
		{"wayback without a URL", "https://web.archive.org/web/20160330101229", "web.archive.org"},
		{"wayback other path", "https://web.archive.org/about/", "web.archive.org"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, err := url.Parse(tc.url)
			if err != nil {
				t.Fatal(err)
			}
			if got := (&signals{base: u}).siteHost(); got != tc.want {
				t.Errorf("siteHost = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTitleWaybackSiteName(t *testing.T) {
	a, err := Parse(page(`<title>Basic muffins : Muffin Recipes</title>`, `<h1>Muffin Recipes</h1><h2>Basic muffins</h2>`+lorem),
		"https://web.archive.org/web/20160330101229/http://muffinrecipes.example.net/basic", Hints{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Basic muffins" {
		t.Errorf("title = %q, want %q", a.Title, "Basic muffins")
	}
}
