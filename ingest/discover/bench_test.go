package discover

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func BenchmarkParseFeed(b *testing.B) {
	body := readFeedFile(b, "rss-parser/guardian.rss")
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := ParseFeed(body, "https://www.theguardian.com/us/rss"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseFeedBounded(b *testing.B) {
	body := bigFeed(100_000)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := ParseFeed(body, "https://big.example/"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseSitemap(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
	for i := range 10_000 {
		fmt.Fprintf(&sb, `<url><loc>https://news.example/2026/11/story-%d.html</loc><lastmod>2026-11-26T08:00:00Z</lastmod>`+
			`<news:news><news:publication><news:name>N</news:name><news:language>en</news:language></news:publication>`+
			`<news:publication_date>2026-11-26T07:00:00+01:00</news:publication_date><news:title>Story %d</news:title></news:news></url>`, i, i)
	}
	sb.WriteString("</urlset>")
	body := []byte(sb.String())
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		doc, err := ParseSitemap(bytes.NewReader(body), "https://news.example/", SitemapOptions{})
		if err != nil || len(doc.URLs) != 10_000 {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseListing(b *testing.B) {
	body := []byte(strings.Repeat(listingPage, 20))
	opts := ListingOptions{LinkSelector: "article.teaser a"}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, _, err := ParseListing(body, "https://site.example/news/", opts); err != nil {
			b.Fatal(err)
		}
	}
}
