package discover_test

import (
	"bytes"
	"fmt"
	"time"

	"tidings/ingest/discover"
)

func ExampleParseFeed() {
	feed := []byte(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example</title>
<item><title>Rates rise</title><link>/2026/rates</link><pubDate>Wed, 25 Nov 2026 09:30:00 GMT</pubDate></item>
<item><title>No link here</title></item>
</channel></rss>`)
	links, err := discover.ParseFeed(feed, "https://news.example/rss")
	if err != nil {
		panic(err)
	}
	for _, l := range links {
		fmt.Println(l.URL, l.Title, l.Published.Format("2006-01-02"))
	}
	// Output:
	// https://news.example/2026/rates Rates rise 2026-11-25
}

func ExampleParseSitemap() {
	sitemap := `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
  xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example/a</loc>
  <news:news><news:publication_date>2026-11-25T08:00:00Z</news:publication_date><news:title>A</news:title></news:news></url>
<url><loc>https://news.example/old</loc><lastmod>2020-01-01</lastmod></url>
</urlset>`
	doc, err := discover.ParseSitemap(bytes.NewReader([]byte(sitemap)), "https://news.example/",
		discover.SitemapOptions{Since: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	for _, l := range doc.URLs {
		fmt.Println(l.URL, l.Title, l.Published.Format("2006-01-02 15:04"))
	}
	// Output:
	// https://news.example/a A 2026-11-25 08:00
}
