// Package discover finds article URLs to fetch: in RSS, Atom and JSON
// feeds, in XML sitemaps (urlset, sitemap index, Google News, gzip), in the
// Sitemap: lines of robots.txt, and on listing pages through CSS selectors.
//
// Every network call goes through a *fetch.Fetcher, so discovery obeys the
// same robots.txt, host limits and size caps as article fetching. The
// Parse* functions take bytes or readers, do no I/O and are fuzzed.
//
// A Link carries the URL and, where the source gives them, a title and a
// publication time, as hints for the article parser.
package discover
