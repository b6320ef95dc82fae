// Package article turns a fetched, UTF-8 HTML page into an Article: title,
// authors, dates, language, site name, lead image, canonical URL and the
// main body text.
//
// Metadata comes from every signal the page carries (JSON-LD, OpenGraph,
// <meta> variants, <time>, the URL, visible text) fused with hints from the
// feed. The body comes from go-trafilatura's extractor, cleaned of news
// boilerplate it lets through.
package article
