package article

import (
	"strings"
	"testing"
	"time"
)

func TestDatelineSettlesStructuredDates(t *testing.T) {
	fetched := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	ld := func(pub, mod string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan approved","datePublished":"` + pub + `","dateModified":"` + mod + `"}</script>`
	}
	tests := []struct {
		name, head, body string
		want, wantSrc    string
		url              string
	}{
		{"dateline keeps the day of a UTC timestamp the zone guess would move",
			ld("2026-10-28T22:22:49Z", "2026-10-28T22:22:49Z"),
			`<article><h1>Harbour plan approved</h1><p>News Reporter 28 October 2026</p>` + lorem + `</article>`,
			"2026-10-28", "json-ld", "https://example.com.au/news/harbour"},
		{"dateline shows the update: modified wins",
			ld("2026-03-02T10:00:00Z", "2026-04-14T09:00:00Z"),
			`<article><h1>Harbour plan approved</h1><div class="info">14.04.2026</div>` + lorem + `</article>`,
			"2026-04-14", "modified", ""},
		{"dateline agrees with a meta date against json-ld",
			ld("2025-12-01T10:00:00Z", "2025-12-01T10:00:00Z") + `<meta name="date" content="2026-02-05 15:30">`,
			`<article><h1>Harbour plan approved</h1><p><strong>05.02.2026 | 15:30</strong></p>` + lorem + `</article>`,
			"2026-02-05", "meta", ""},
		{"dateline agrees with the chosen date: unchanged",
			ld("2026-03-02T10:00:00Z", "2026-04-14T09:00:00Z"),
			`<article><h1>Harbour plan approved</h1><p>March 2, 2026</p>` + lorem + `</article>`,
			"2026-03-02", "json-ld", ""},
		{"dateline matching no structured date: unchanged",
			ld("2026-03-02T10:00:00Z", "2026-04-14T09:00:00Z"),
			`<article><h1>Harbour plan approved</h1><p>Berlin, 9 May 2026</p>` + lorem + `</article>`,
			"2026-03-02", "json-ld", ""},
		{"labelled update under the headline is not a dateline",
			ld("2026-03-02T10:00:00Z", "2026-04-14T09:00:00Z"),
			`<article><h1>Harbour plan approved</h1><p>Last updated: April 14, 2026</p>` + lorem + `</article>`,
			"2026-03-02", "json-ld", ""},
		{"dateline is the date of a page without structured dates",
			"",
			`<article><h1>Harbour plan approved</h1><p>Politics 17/02/2026</p>` + lorem + `<footer><p class="date">Site updated 01.03.2026</p></footer></article>`,
			"2026-02-17", "text", ""},
		{"a date deep in the first paragraph is not a dateline",
			"",
			`<article><h1>Harbour plan approved</h1><p>The harbour board, which has met every month since the spring, said that under the order in force since 28.01.2026 ships may dock again.</p>` + lorem + `<p class="date">Posted 02.02.2026</p></article>`,
			"2026-02-02", "text", ""},
		{"a hidden copy of the headline without a date is skipped",
			ld("2026-10-27T20:35:36+01:00", "2026-10-28T13:21:30+01:00"),
			`<div hidden><h1>Harbour plan approved</h1>Plan</div><article><h1>Harbour plan approved</h1><p>Berlin, 28.10.2026, 058/26</p>` + lorem + `</article>`,
			"2026-10-28", "modified", ""},
		{"date line above the headline confirms a meta date",
			ld("2026-05-05T21:00:00-05:00", "2026-05-05T21:30:00-05:00") + `<meta property="article:published_time" content="2026-05-06T02:00:00Z">`,
			`<article><p class="kicker">Justice | 06 May 2026</p><h1>Harbour plan approved</h1><p>` + strings.Repeat("The plan was long in the making and will take years. ", 3) + `</p>` + lorem + `</article>`,
			"2026-05-06", "meta", ""},
		{"a header's date above the headline is not the publication date",
			"",
			`<header>Tuesday, (08 Dec 2026) Menu</header><h1>Harbour plan approved</h1>` + lorem + `<p class="date">Posted 13.10.2026</p>`,
			"2026-10-13", "text", ""},
		{"hidden update time under the headline is not a dateline",
			`<meta property="article:published_time" content="2026-06-22T10:20:00Z"><meta property="article:modified_time" content="2026-08-29T14:15:57Z">`,
			`<article><h1>Harbour plan approved</h1><time itemprop="dateModified">2026-08-29 14:15:57</time> <time itemprop="datePublished" datetime="2026-06-22 10:20:00">22.06.2026</time>` + lorem + `</article>`,
			"2026-06-22", "meta", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u := tc.url
			if u == "" {
				u = "https://example.com/news/harbour"
			}
			a, err := Parse(page(tc.head, tc.body), u, Hints{Fetched: fetched})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.Format("2006-01-02"); got != tc.want || a.DateSource != tc.wantSrc {
				t.Errorf("published = %s (%s), want %s (%s)", got, a.DateSource, tc.want, tc.wantSrc)
			}
		})
	}
}
