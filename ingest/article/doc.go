// Package article turns a fetched, UTF-8 HTML page into an Article: title,
// authors, dates, language, site name, lead image, canonical URL and the
// main body text.
//
// One walk over the page (collect) gathers every metadata signal: <meta>
// variants, JSON-LD objects (@graph flattened), <time> elements, headings
// with the amount of text that follows each, bylines. The pickers then fuse
// them:
//
//   - Title: the visible headline confirmed by a metadata title, else the
//     first heading that leads real text, else the cleaned og:title/<title>,
//     else the feed's title.
//   - Published: JSON-LD datePublished, then <meta> variants, then
//     <time pubdate>, the feed hint, the URL, <time> in the article header,
//     date-classed text, then go-htmldate's extensive search; bounded by Hints.Fetched and by 1995
//     for dates the page does not state explicitly. UTC timestamps are read
//     in the site's zone (country domain or language), since readers see
//     local dates. A later dateModified replaces a structured publication
//     date when it is the only one of the two the page shows. DateSource
//     names the winner.
//   - Body: go-trafilatura (its Readability/DOM Distiller fallbacks only for
//     short results) on a tree pruned of head, scripts and unused
//     attributes, with a stand-in head so that its own (discarded)
//     metadata search stays cheap, rendered as
//     paragraphs, then stripped of news boilerplate paragraphs (teasers,
//     subscription prompts, credits, section headings of story lists).
//
// ParseFile and ParseBytes wrap Parse with charset conversion and mojibake
// repair; the `tidings parse` command and the evaluation tests share them.
//
// Measured on ../shared/eval/articles (2026-11-26, score_articles.py):
// trafilatura set snippet F1 0.928, title exact 0.858, date 0.893;
// htmldate-news date 0.918; readability body F1 0.935, date 0.939.
// BenchmarkParse: about 100 pages per CPU-second on the shared box (77
// before the 2026-11-26 speed work, same load).
package article
