// Package article turns a fetched, UTF-8 HTML page into an Article: title,
// authors, dates, language, site name, lead image, canonical URL and the
// main body text.
//
// One walk over the page (collect) gathers every metadata signal: <meta>
// variants, JSON-LD objects (@graph flattened), <time> elements, headings
// with the amount of text that follows each, bylines. The pickers then fuse
// them:
//
//   - Title: the visible headline confirmed by a metadata title (equal,
//     equal without the site's name, contained in it, or an <h1> leading
//     the story that extends it or shares half its words); when that
//     heading has no text of its own, the heading opening the story right
//     after it wins if it extends it, repeats it without its kicker, or
//     more metadata titles name it (or, none naming either, og:title
//     starts with it). Else a heading equal to a segment of
//     <title>, the first heading that leads real text (one-word box
//     headings and teasers cut with "..." lose to a metadata title), the
//     page's only <h1>, the cleaned og:title/<title>, the feed's title.
//     Headings linking to the front page, naming the host (of the archived
//     URL for a Wayback Machine copy) or reading "Site – motto" are the
//     site's name and never the title; bare dates and comment counts are
//     never headings. Long labels before a colon are kickers, a leading
//     quotation is not; arrows and bullets before the headline go.
//     JSON-LD text is HTML-unescaped.
//   - Published: JSON-LD datePublished, then <meta> variants, then
//     <time pubdate>, the feed hint, the URL, <time> in the article header,
//     a date right after a publication label ("Published on", "Erschienen
//     am"), the dateline under the headline, date-classed text, then
//     go-htmldate's extensive search; bounded by Hints.Fetched and by 1995
//     for dates the page does not state explicitly. UTC timestamps are read
//     in the site's zone (country domain or language), since readers see
//     local dates. A later dateModified replaces a structured publication
//     date when it is the only one of the two the page shows; the dateline
//     under the headline (a date within 64 bytes of it, not labelled as an
//     update), or a date line ending right above it, picks among
//     disagreeing structured dates (JSON-LD, <meta>, modified), in the
//     guessed zone or the one they are written in.
//     DateSource names the winner.
//   - Authors: JSON-LD author (Person objects, names, and @id references
//     resolved in the page's graph as Yoast writes them), then <meta>
//     author variants, then rel/itemprop=author links (those near the
//     first only), then the first byline-classed element (author, autor,
//     byline) naming someone, then a short line starting with a byline
//     word ("By", "Von", "Par", "Posted by", "Autor:", "责任编辑：", or
//     the word alone with the name in the next text). Comment sections
//     and forms are skipped. An organisation, a legal form (e.V., GmbH)
//     or the site's own name as the author is used only when no person is
//     named. A visible byline that respells ("edilson.la.rosa") or extends
//     (co-authors, a full name for a first name) the structured names
//     wins. Names lose labels ("Veröffentlicht von", glued "AuthorJane"),
//     dates, weekdays, "Updated", "vor 3 Stunden", job titles, desks,
//     degrees and the site's name; commenters ("says:"), link labels,
//     generic accounts (admin) and photo credits are no names.
//   - Body: go-trafilatura (its Readability/DOM Distiller fallbacks only for
//     short results) on a tree pruned of head, scripts and unused
//     attributes, with a stand-in head so that its own (discarded)
//     metadata search stays cheap, and with the body stripped and cleaned
//     ahead the way trafilatura cleans it (then restored), rendered as
//     paragraphs, then stripped of news boilerplate paragraphs (teasers,
//     subscription prompts, credits, section headings of story lists,
//     update stamps; among the last paragraphs also long copyright and
//     comment notices and most-read lists). Ruby readings are pruned.
//
// ParseFile and ParseBytes wrap Parse with charset conversion and mojibake
// repair; the `tidings parse` command and the evaluation tests share them.
//
// Measured on ../shared/eval/articles (2026-11-26, score_articles.py):
// trafilatura set snippet F1 0.933, title exact 0.905 (0.882 before the
// story-heading rules), date 0.908,
// author 0.742 (0.513 before the author rules); htmldate-news date 0.933;
// readability body F1 0.938 (0.935 before list items the extractor
// rebuilds by name were spaced apart, 2026-11-28), date 0.939, author
// 0.684 (0.579 before).
// BenchmarkParse: about 110 pages per CPU-second at the default bench time
// and 99 over 1000 pages (104 and 94 before the cleaned passes), on the
// shared box at a load of 3 (65 under a load of 7, before the author
// rules). Most of the rest is in the libraries: trafilatura's extraction
// and language guess, HTML parsing, go-htmldate's date parser and the
// garbage collector.
package article
