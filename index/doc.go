// Package index is tidings' full-text search index, built on Bleve (scorch).
//
// It owns the mapping, batched writes through a single Writer goroutine, and
// search with filters, highlights and facets. Callers get plain result types
// and never see Bleve.
//
// # Fields
//
// Query strings (Query.Text) may name these fields:
//
//	title, body        text, English analyzer; unfielded terms search both,
//	                   title boosted
//	authors            text, standard analyzer
//	source, site, url, lang, dup_group
//	                   exact keywords (dup_group:N: article N and its copies)
//	org, person, place, misc
//	                   exact canonical entity names (Fact.Entity, else Fact.Text)
//	published          datetime: published:>="2025-01-01"
//	money.USD, money.EUR, …
//	                   amounts per ISO 4217 currency: money.EUR:>1000000
//	amount_usd         USD-equivalents, only when Config.Rates is set
//	currency           currency codes mentioned
//	percent            percentages mentioned
//	mention_start, mention_end
//	                   first and last days ("2006-01-02") of date facts
//
// Only title, url, source, site and published are stored (for hits). The
// body is indexed without term vectors and not stored, which keeps the index
// near the size of the text instead of 2.7 times it:
//
//   - phrases in the body match documents holding all the phrase's terms
//     whose stored term sequence (body_seq: two bytes per token, see
//     phrase.go) has them in order; fuzzy phrases only need the terms;
//   - snippets are made by highlight.go from the texts that SetTexts
//     supplies (the store), re-analyzed for the hits shown; without them
//     snippets come from matching titles.
//
// # Facets and sorting
//
// Facets are counted from an in-memory table (facettable.go) that maps each
// document of each segment to its facet values (terms of the facet field)
// as small integers, with its ID and published time for the sort's
// tie-break and date order. A segment's table is read from its term
// dictionaries the first time a search meets it; the first search after
// Open, and any search meeting a large unbuilt segment (after a merge),
// uses Bleve's facet builders and sort instead while the table is built in
// the background. Both paths give the same hits, cursors and facets.
// Names that differ only in case ("NASDAQ", "Nasdaq") are one value of
// the organization, person and place facets, as they are to the filters.
//
// # Concurrency
//
// An Index is safe for concurrent use: searches may run while a Writer (or
// Put) writes. Only one process may hold an index directory at a time; a
// second Open fails quickly with ErrLocked.
package index
