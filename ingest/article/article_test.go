package article

import (
	"strings"
	"testing"
	"time"
)

func page(head, body string) []byte {
	return []byte("<!DOCTYPE html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>")
}

const lorem = "<p>The council approved the new budget on Tuesday after a long debate about schools, roads and the harbour, which had been delayed for months.</p>" +
	"<p>Officials said the plan would raise spending by four percent next year while keeping taxes flat, a promise made during the last election campaign.</p>" +
	"<p>Opposition members argued that the numbers did not add up and asked for an independent review of the forecasts before the final vote in December.</p>"

func TestParseDates(t *testing.T) {
	fetched := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, head, body, url string
		hints                 Hints
		want, wantSrc         string
	}{
		{"json-ld graph NewsArticle wins",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","headline":"Budget","datePublished":"2026-11-20T09:30:00+01:00","dateModified":"2026-11-21T10:00:00+01:00"}]}</script>` +
				`<meta property="article:published_time" content="2026-11-19T08:00:00Z">`,
			"<article><h1>Budget</h1>" + lorem + "</article>", "https://example.com/news/budget", Hints{Fetched: fetched}, "2026-11-20", "json-ld"},
		{"json-ld array of articles",
			`<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["Article"],"datePublished":"2026-10-01"}]</script>`,
			lorem, "", Hints{}, "2026-10-01", "json-ld"},
		{"broken json-ld read by regex",
			`<script type="application/ld+json">{"@type":"NewsArticle", "datePublished":"2026-09-09T10:00:00Z", "headline": "a "quoted" word"}</script>`,
			lorem, "", Hints{}, "2026-09-09", "json-ld"},
		{"opengraph article:published_time",
			`<meta property="article:published_time" content="2026-11-02T07:00:00-05:00">`,
			lorem, "", Hints{}, "2026-11-02", "meta"},
		{"parsely-pub-date meta",
			`<meta name="parsely-pub-date" content="2026-08-15T12:00:00Z">`, lorem, "", Hints{}, "2026-08-15", "meta"},
		{"sailthru.date meta",
			`<meta name="sailthru.date" content="2026-07-04 15:00:00">`, lorem, "", Hints{}, "2026-07-04", "meta"},
		{"dc.date meta",
			`<meta name="DC.date" content="2026-06-30">`, lorem, "", Hints{}, "2026-06-30", "meta"},
		{"time pubdate element",
			"", `<article><h1>Budget</h1><time pubdate datetime="2026-05-05T08:00:00+02:00">5 May</time>` + lorem + "</article>", "", Hints{}, "2026-05-05", "time"},
		{"feed hint before url and text",
			"", lorem, "https://example.com/2026/01/02/budget", Hints{Published: time.Date(2026, 1, 3, 6, 0, 0, 0, time.UTC)}, "2026-01-03", "feed"},
		{"url date /2026/11/26/",
			"", lorem, "https://example.com/2026/11/26/budget-approved", Hints{}, "2026-11-26", "url"},
		{"url date 2026-03-14 slug",
			"", lorem, "https://example.com/news/2026-03-14-budget", Hints{}, "2026-03-14", "url"},
		{"visible text date",
			"", `<h1>Budget</h1><p class="byline">By Jane Roe, March 3, 2026</p>` + lorem, "", Hints{}, "2026-03-03", "text"},
		{"date after fetched is rejected",
			`<meta property="article:published_time" content="2030-01-01T00:00:00Z">`, lorem, "https://example.com/2026/11/20/x", Hints{Fetched: fetched}, "2026-11-20", "url"},
		{"explicit old date kept",
			`<meta property="article:published_time" content="1989-11-09T18:00:00Z">`, lorem, "", Hints{}, "1989-11-09", "meta"},
		{"implicit old url date rejected",
			"", lorem, "https://example.com/1990/01/02/x", Hints{}, "", ""},
		{"utc structured date moved to the url day",
			`<meta property="article:published_time" content="2026-01-01T23:30:00Z">`, lorem, "https://example.com/2026/01/02/x", Hints{}, "2026-01-02", "meta"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(page(tc.head, tc.body), tc.url, tc.hints)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !a.Published.IsZero() {
				got = a.Published.Format("2006-01-02")
			}
			if got != tc.want || a.DateSource != tc.wantSrc {
				t.Errorf("published = %q (%s), want %q (%s)", got, a.DateSource, tc.want, tc.wantSrc)
			}
		})
	}
}

func TestParseMetadata(t *testing.T) {
	head := `<title>Council approves budget | Example Times</title>
<meta property="og:title" content="Council approves budget">
<meta property="og:site_name" content="Example Times">
<meta property="og:image" content="/img/lead.jpg">
<meta property="og:url" content="https://example.com/news/budget?utm_source=x">
<link rel="canonical" href="/news/budget?id=7&utm_medium=rss#top">
<meta name="author" content="Jane Roe and John Doe">
<meta property="article:modified_time" content="2026-11-21T10:00:00Z">`
	a, err := Parse(page(head, "<header><h1>Example Times</h1></header><article><h1>Council approves budget</h1>"+lorem+"<p>Read more: other stories</p></article>"), "https://Example.com:443/news/budget?utm_source=rss", Hints{})
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ name, got, want string }{
		{"title from headline", a.Title, "Council approves budget"},
		{"authors split", strings.Join(a.Authors, "; "), "Jane Roe; John Doe"},
		{"site name", a.SiteName, "Example Times"},
		{"language", a.Language, "en"},
		{"image resolved", a.ImageURL, "https://example.com/img/lead.jpg"},
		{"canonical resolved and cleaned", a.CanonicalURL, "https://example.com/news/budget?id=7"},
		{"modified", a.Modified.Format(time.RFC3339), "2026-11-21T10:00:00Z"},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("got %q, want %q", c.got, c.want)
			}
		})
	}
	t.Run("body has paragraphs", func(t *testing.T) {
		if !strings.Contains(a.Text, "harbour, which had been delayed for months.\n\nOfficials said") {
			t.Errorf("body paragraphs not separated: %q", a.Text)
		}
	})
}

func TestParseTitle(t *testing.T) {
	tests := []titleCase{
		{"og title without site suffix", `<meta property="og:title" content="Rates rise again - Daily News">`, "<h1>Rates rise again</h1>" + lorem, "Rates rise again"},
		{"title tag site suffix stripped", `<title>Rates rise again | Daily News</title><meta property="og:site_name" content="Daily News">`, lorem, "Rates rise again"},
		{"blog h1 links home, post title is h2", `<title>My Garden Blog</title>`, `<h1><a href="/">My Garden Blog</a></h1><nav><a href=/>Home</a></nav><h2>Planting tulips in November</h2>` + lorem, "Planting tulips in November"},
		{"blog h1 inside a home link", `<title>Planting tulips | My Garden Blog</title>`, `<a href="https://news.example.org/"><h1>My Garden Blog</h1></a><h2>Planting tulips</h2>` + lorem, "Planting tulips"},
		{"h1 equal to the title tag leads a page of sections", `<title>Rsync over stunnel</title>`, `<h1>Rsync over stunnel</h1><h2>Contents</h2><h2>Overview</h2>` + lorem, "Rsync over stunnel"},
		{"heading equal to the first title segment beats a longer section", `<title>Villa Sunshine - Holiday homes in Florida</title>`,
			`<h2>Details</h2>` + lorem + `<h2>Villa Sunshine</h2><p>Four rooms.</p>`, "Villa Sunshine"},
		{"heading equal to a later title segment needs story text", `<title>Tea Club » Archive » Brewing green tea at home</title>`,
			`<h1>Tea Club</h1><p>Since 1999</p><h2>Brewing green tea at home</h2>` + lorem, "Brewing green tea at home"},
		{"h1 longer than the SEO title is the headline", `<meta property="og:title" content="Plant expands capacity - Battery Weekly"><meta property="og:site_name" content="Battery Weekly">`,
			`<h1>Plant expands capacity in Tennessee</h1>` + lorem + `<aside><h2>Plant expands capacity</h2><p>Teaser</p></aside>`, "Plant expands capacity in Tennessee"},
		{"h1 headline with a subtitle element longer than half", `<meta property="og:title" content="Broadcaster ignores the march - Daily News"><meta property="og:site_name" content="Daily News">`,
			`<h1><span>Broadcaster ignores the march</span> <span>Fee-funded public service stays silent about the protest in the city centre</span></h1>` + lorem, "Broadcaster ignores the march"},
		{"short h1 equal to the og:title without the site name", `<meta property="og:title" content="Penny - Valley Wiki"><meta property="og:site_name" content="Valley Wiki">`,
			`<h1>Penny</h1><p>A villager.</p><h2>Contents</h2>` + lorem, "Penny"},
		{"edited h1 worded like the og:title", `<meta property="og:title" content="What the senator wants with nods to the court and limits on pardons">`,
			`<h2>Search results in the menu</h2>` + lorem + `<h1>What the senator wants by nodding to the court and proposing limits on pardons</h1><p>By A. Writer</p>`,
			"What the senator wants by nodding to the court and proposing limits on pardons"},
		{"bare date heading is not a title", ``,
			`<h1><a href="/">Reading Notes</a></h1><h2>2026-01-01</h2>` + lorem + `<h2>Happy new year, readers</h2>` + lorem, "Happy new year, readers"},
		{"comment count heading is not a title", ``,
			`<h2>12 Kommentare</h2>` + lorem + `<h2>The harbour reopens</h2>` + lorem, "The harbour reopens"},
		{"h1 naming the host is the site", `<title>Trading files between Linux and C64</title>`, `<h1>news.example.org</h1>` + lorem, "Trading files between Linux and C64"},
		{"json-ld headline", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits coast"}</script>`, lorem, "Storm hits coast"},
		{"feed hint when page has none", "", lorem, "Hint title"},
		{"lead kicker span dropped", `<meta property="og:title" content="Paris Olympics - Drinks by boat to the centre - Trade News">`,
			`<h1><span class="subtitle">Paris Olympics</span> Drinks by boat to the centre</h1>` + lorem, "Drinks by boat to the centre"},
		{"small kicker with br", `<meta property="og:title" content="Workout of the week | Medley pyramid">`,
			`<h1><small>Workout of the week</small><br>Medley pyramid</h1>` + lorem, "Medley pyramid"},
		{"trailing small dateline", `<meta property="og:title" content="Fans return to the arenas">`,
			`<h1>Fans return to the arenas<br><small>02.02.2022 • News</small></h1>` + lorem, "Fans return to the arenas"},
		{"subtitle after the headline", `<meta property="og:title" content="Broadcaster ignores the march - Daily News"><meta property="og:site_name" content="Daily News">`,
			`<h1><span class="entry-title-primary">Broadcaster ignores the march</span> <span class="entry-subtitle">Fee-funded silence</span></h1>` + lorem, "Broadcaster ignores the march"},
		{"truncated teaser loses to full heading", `<meta property="og:title" content="Brothel catering to politicians, doctors, lawyers busted in Boston">`,
			`<h2 class="headline">Brothel catering to politicians, doctors,...</h2><h1>Brothel catering to politicians, doctors, lawyers busted in Boston</h1>` + lorem, "Brothel catering to politicians, doctors, lawyers busted in Boston"},
		{"site name after a hidden h1", `<meta property="og:site_name" content="Federal Agency">`,
			`<h1 class="visuallyhidden">Taxonomy: gas is not green | Federal Agency</h1>` + lorem, "Taxonomy: gas is not green"},
		{"caption in h2 is not the headline", ``,
			`<h1>Brexit talks go on</h1><h2>During the special session protesters gathered outside the parliament. Police watched from a distance (Photo: AP)</h2>` + lorem, "Brexit talks go on"},
	}
	checkTitles(t, "https://news.example.org/a", Hints{Title: "Hint title"}, tests)
}

func TestParseAuthors(t *testing.T) {
	tests := []struct{ name, head, body, want string }{
		{"json-ld person list", `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}]}</script>`, lorem, "Ann Lee; Bo Chen"},
		{"meta author with By prefix", `<meta name="author" content="By Ann Lee">`, lorem, "Ann Lee"},
		{"url author ignored", `<meta property="article:author" content="https://facebook.com/ann">`, lorem, ""},
		{"rel author link", "", `<p>By <a rel="author" href="/ann">Ann Lee</a></p>` + lorem, "Ann Lee"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(page(tc.head, tc.body), "", Hints{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(a.Authors, "; "); got != tc.want {
				t.Errorf("authors = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseHostileInput(t *testing.T) {
	deep := strings.Repeat("<div>", 10000) + "deep text" + strings.Repeat("</div>", 10000)
	tests := []struct {
		name    string
		in      []byte
		wantErr bool
	}{
		{"empty page is an error", nil, true},
		{"whitespace page is an error", []byte(" \n\t"), true},
		{"10000 nested divs", []byte(deep), false},
		{"unclosed tags", []byte("<html><body><p>one<p>two<div><span>three"), false},
		{"invalid utf-8", []byte("<p>caf\xe9 \xff\xfe</p>"), false},
		{"binary junk", []byte{0, 1, 2, 0xff, '<', 0, '>'}, false},
		{"script only", []byte("<script>var a = '<p>';</script>"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(tc.in, "https://example.com/x", Hints{})
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if err == nil && a == nil {
				t.Fatal("nil article without error")
			}
		})
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"lower-cases scheme and host", "HTTPS://News.Example.COM/Path/A", "https://news.example.com/Path/A"},
		{"drops fragment", "https://example.com/a#comments", "https://example.com/a"},
		{"drops default https port", "https://example.com:443/a", "https://example.com/a"},
		{"drops default http port", "http://example.com:80/a", "http://example.com/a"},
		{"keeps other ports", "http://example.com:8080/a", "http://example.com:8080/a"},
		{"drops utm params", "https://example.com/a?utm_source=rss&utm_medium=feed&utm_campaign=x", "https://example.com/a"},
		{"drops click ids", "https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4", "https://example.com/a"},
		{"keeps other params in order", "https://example.com/a?z=1&utm_source=x&a=2", "https://example.com/a?z=1&a=2"},
		{"empty path becomes slash", "https://example.com", "https://example.com/"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := CanonicalURL(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	for _, bad := range []string{"", "/relative/path", "http://[::1", "mailto"} {
		t.Run("rejects "+bad, func(t *testing.T) {
			if _, err := CanonicalURL(bad); err == nil {
				t.Errorf("CanonicalURL(%q) succeeded", bad)
			}
		})
	}
}

// titleCase is a page's head and body and the title Parse should give it.
type titleCase struct{ name, head, body, want string }

// checkTitles parses each case's page as pageURL with hints and checks
// its title.
func checkTitles(t *testing.T, pageURL string, hints Hints, cases []titleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(page(tc.head, tc.body), pageURL, hints)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.want {
				t.Errorf("title = %q, want %q", a.Title, tc.want)
			}
		})
	}
}

// TestParseListItemsSpaced checks that a list's items inside the story
// keep a space between them: the extractor rebuilds them by name, and
// their words had run together ("the world stageHe is confident").
func TestParseListItemsSpaced(t *testing.T) {
	para := "<p>The president spoke at length about the trip, his hosts and the region in an interview in the capital on Friday, as the visit drew to a close.</p>"
	page := `<html><head><title>Obama in Kenya</title></head><body><article><h1>Obama in Kenya</h1>` +
		strings.Repeat(para, 4) + `<p>President Obama also said:</p><ul><li><a href="/x">The UK must stay in the EU</a> to have influence on the world stage</li>` +
		`<li>He is confident the Iran nuclear deal will be passed by Congress</li><li>Syria needs a political solution</li></ul>` +
		strings.Repeat(para, 3) + `</article></body></html>`
	a, err := Parse([]byte(page), "https://news.example.org/obama", Hints{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"the world stage He is confident", "by Congress Syria needs"} {
		if !strings.Contains(strings.Join(strings.Fields(a.Text), " "), want) {
			t.Errorf("body lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "stageHe") || strings.Contains(a.Text, "CongressSyria") {
		t.Errorf("list items run together:\n%s", a.Text)
	}
}
