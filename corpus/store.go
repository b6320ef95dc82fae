package corpus

import (
	"context"
	"time"
)

// Store persists documents, their facts, fetch state and run history.
// Implementations are safe for concurrent use by multiple goroutines.
type Store interface {
	// SaveDocument stores doc and its facts in one transaction, keyed by
	// doc.URL. A new URL inserts (SaveNew); a stored URL with another
	// ContentHash replaces the document's fields and all its facts and clears
	// its indexed mark (SaveUpdated); the same ContentHash changes nothing
	// (SaveUnchanged). On return doc.ID holds the stored ID.
	SaveDocument(ctx context.Context, doc *Document, facts []Fact) (SaveOutcome, error)

	// Document returns the document with the given ID, or ErrNotFound.
	Document(ctx context.Context, id int64) (*Document, error)

	// DocumentText returns the text of the document with the given ID, or
	// ErrNotFound: what search snippets need, without reading the rest.
	DocumentText(ctx context.Context, id int64) (string, error)

	// DocumentByURL returns the document stored under url, or ErrNotFound.
	DocumentByURL(ctx context.Context, url string) (*Document, error)

	// DocumentByHash returns the oldest document whose ContentHash is hash,
	// or ErrNotFound.
	DocumentByHash(ctx context.Context, hash string) (*Document, error)

	// SimilarDocument returns the oldest document other than excludeID whose
	// SimHash differs from simhash in at most maxDistance bits, or
	// ErrNotFound. Implementations may only find candidates sharing one
	// 16-bit band of the hash, which is exact for maxDistance ≤ 3.
	SimilarDocument(ctx context.Context, simhash uint64, maxDistance int, excludeID int64) (*Document, error)

	// Facts returns the facts of a document in offset order; none (not an
	// error) for an unknown ID.
	Facts(ctx context.Context, docID int64) ([]Fact, error)

	// ScanDocuments calls fn for each document matching filter, in ID order,
	// with its facts, streaming (memory does not grow with the result). It
	// stops at the first error fn returns and returns it.
	ScanDocuments(ctx context.Context, filter DocumentFilter, fn func(*Document, []Fact) error) error

	// MarkIndexed records that the documents with these IDs are in the
	// search index as currently stored.
	MarkIndexed(ctx context.Context, ids []int64) error

	// ResetIndexed clears every indexed mark (before a full reindex).
	ResetIndexed(ctx context.Context) error

	// CountDocuments returns the number of stored documents and how many of
	// them are marked indexed.
	CountDocuments(ctx context.Context) (total, indexed int, err error)

	// FetchState returns what is known about url, or ErrNotFound.
	FetchState(ctx context.Context, url string) (FetchState, error)

	// SaveFetchState inserts or replaces the state of st.URL.
	SaveFetchState(ctx context.Context, st FetchState) error

	// StartRun records the start of a run and returns its ID.
	StartRun(ctx context.Context, source string, started time.Time) (int64, error)

	// FinishRun records the end and counts of the run r.ID.
	FinishRun(ctx context.Context, r Run) error

	// LastRuns returns the latest run of each source that has one, by source
	// name.
	LastRuns(ctx context.Context) (map[string]Run, error)

	// Close releases the store. It must not be used afterwards.
	Close() error
}

// DocumentFilter selects documents for ScanDocuments. Zero fields match all.
type DocumentFilter struct {
	AfterID   int64     // only IDs greater than this
	Source    string    // only this source
	Since     time.Time // only published (or, when unknown, fetched) at or after
	Until     time.Time // only published (or fetched) before
	Unindexed bool      // only documents not marked indexed
	Limit     int       // at most this many; 0 means no limit
	// WithoutHTML leaves RawHTML nil. Reading and decompressing a page
	// (often 100 KB or more) costs more than the rest of the document.
	WithoutHTML bool
}
