// Package corpus holds the vocabulary every tidings package shares: documents,
// facts, sources and runs, the error kinds callers branch on, and the Store
// interface through which ingestion persists documents and their facts.
//
// This package does no I/O and imports only the standard library. The
// embedded SQLite store lives in corpus/embedded; an in-memory store and the
// conformance suite every Store must pass live in corpus/corpustest.
package corpus
