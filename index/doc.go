// Package index is tidings' full-text search index, built on Bleve (scorch).
//
// It owns the mapping (title, body, source, entities, money, mentioned dates,
// percentages), batched writes through a single Writer goroutine, and search
// with filters, highlights and facets. Callers get plain result types and
// never see Bleve.
//
// An Index is safe for concurrent use: searches may run while a Writer (or
// Put) writes. Only one process may hold an index directory at a time; a
// second Open fails quickly with ErrLocked.
package index
