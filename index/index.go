package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Errors callers branch on with errors.Is.
var (
	// ErrLocked: another process (or another Index in this one) holds the
	// index directory.
	ErrLocked = errors.New("index is locked by another process")
	// ErrNotIndex: the directory exists but is not a usable tidings index.
	ErrNotIndex = errors.New("not a tidings index")
	// ErrMappingChanged: the index was built with another mapping; remove
	// it and reindex.
	ErrMappingChanged = errors.New("index mapping differs from this version's; remove the index and reindex")
)

// maxSegmentDocs caps the segments background merges make; Compact may
// make larger ones. 50,000 articles are about 230 MB on disk, which a
// merge maps into memory while it reads them.
const maxSegmentDocs = 50_000

// lockTimeout bounds how long Open waits for another holder's lock.
const lockTimeout = 300 * time.Millisecond

// Config tunes an Index and its Writer.
type Config struct {
	BatchSize     int           // documents per committed batch; default 500
	FlushInterval time.Duration // longest a pending document waits; default 1s
	// Rates optionally maps currency codes to USD per unit. Amounts are
	// converted when indexed, so changing Rates needs a reindex.
	Rates map[string]float64
}

// Validate reports every problem in c at once.
func (c Config) Validate() error {
	var errs []error
	if c.BatchSize < 0 {
		errs = append(errs, fmt.Errorf("index.batch_size: must be ≥ 0, got %d", c.BatchSize))
	}
	if c.FlushInterval < 0 {
		errs = append(errs, fmt.Errorf("index.flush_interval: must be ≥ 0, got %s", c.FlushInterval))
	}
	for cur, r := range c.Rates {
		if !validCurrency(cur) {
			errs = append(errs, fmt.Errorf("index.rates[%q]: not an ISO 4217 code", cur))
		}
		if !(r > 0) || !isFinite(r) {
			errs = append(errs, fmt.Errorf("index.rates[%q]: must be > 0, got %v", cur, r))
		}
	}
	return errors.Join(errs...)
}

func (c Config) withDefaults() Config {
	if c.BatchSize == 0 {
		c.BatchSize = 500
	}
	if c.FlushInterval == 0 {
		c.FlushInterval = time.Second
	}
	return c
}

// Index is an open search index. It is safe for concurrent use.
type Index struct {
	dir string
	cfg Config
	b   bleve.Index
	// facets counts facet values without Bleve's facet builders; nil
	// falls back to them.
	facets *facetTable
	texts  atomic.Pointer[Texts] // for snippets; see SetTexts
}

// Open opens the index in dir, creating it when dir is missing or empty.
// It fails with ErrLocked when another holder has it open, with ErrNotIndex
// when dir holds something else, and with ErrMappingChanged when the index
// was built with another mapping.
func Open(dir string, cfg Config) (*Index, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	b, err := openBleve(dir)
	if err != nil {
		return nil, err
	}
	ix := &Index{dir: dir, cfg: cfg, b: b, facets: newFacetTable(filepath.Join(dir, facetDir))}
	if err := ix.checkMapping(); err != nil {
		_ = b.Close()
		return nil, err
	}
	return ix, nil
}

func openBleve(dir string) (bleve.Index, error) {
	runtime := map[string]any{
		"bolt_timeout": lockTimeout.String(),
		// Merges stop at maxSegmentDocs: a merge maps and rewrites all its
		// input, so unbounded ones would make the largest merge of a
		// growing index cost as much as the index itself (in CPU, and in
		// resident memory for the mapped files).
		//
		// Otherwise Bleve's tiers stand (500 → 5,000 → 50,000 articles).
		// Wider merges that rewrite each article once instead of twice
		// (100 batches → 50,000) cost 14% less CPU over a 1M-article
		// build, but keep a hundred small segments mapped and resident
		// waiting for their merge: peak RSS 1,138 MiB against 903.
		"scorchMergePlanOptions": map[string]any{"MaxSegmentSize": maxSegmentDocs},
	}
	state, err := dirState(dir)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	var b bleve.Index
	switch state {
	case dirIndex:
		b, err = bleve.OpenUsing(dir, runtime)
	case dirEmpty:
		b, err = bleve.NewUsing(dir, newMapping(), scorch.Name, scorch.Name, runtime)
	default:
		return nil, fmt.Errorf("open index %s: directory is not empty and has no index_meta.json: %w", dir, ErrNotIndex)
	}
	if err != nil {
		return nil, openError(dir, err)
	}
	return b, nil
}

// openError classifies an error from Bleve's open.
func openError(dir string, err error) error {
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return fmt.Errorf("open index %s: %w", dir, ErrLocked)
	case errors.Is(err, bleve.ErrorIndexMetaCorrupt), errors.Is(err, bleve.ErrorUnknownIndexType),
		errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrChecksum),
		errors.Is(err, bolterrors.ErrVersionMismatch):
		return fmt.Errorf("open index %s: corrupted (%v): %w", dir, err, ErrNotIndex)
	}
	return fmt.Errorf("open index %s: %w", dir, err)
}

type dirKind int

const (
	dirEmpty dirKind = iota // missing or empty: create
	dirIndex                // has index_meta.json: open
	dirOther                // anything else: refuse
)

func dirState(dir string) (dirKind, error) {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return dirEmpty, nil
	case err != nil:
		return 0, err
	case len(entries) == 0:
		return dirEmpty, nil
	}
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err == nil {
		return dirIndex, nil
	}
	return dirOther, nil
}

// checkMapping compares the stored mapping with this version's.
func (ix *Index) checkMapping() error {
	stored, err := json.Marshal(ix.b.Mapping())
	if err != nil {
		return fmt.Errorf("open index %s: read mapping: %w", ix.dir, err)
	}
	want, err := json.Marshal(newMapping())
	if err != nil {
		return fmt.Errorf("open index %s: build mapping: %w", ix.dir, err)
	}
	if string(stored) != string(want) {
		return fmt.Errorf("open index %s: %w", ix.dir, ErrMappingChanged)
	}
	return nil
}

// Close flushes and releases the index. It must not be used afterwards.
func (ix *Index) Close() error {
	if ix.facets != nil {
		ix.facets.close()
	}
	if err := ix.b.Close(); err != nil {
		return fmt.Errorf("close index %s: %w", ix.dir, err)
	}
	return nil
}

// Count returns the number of indexed documents.
func (ix *Index) Count() (uint64, error) {
	n, err := ix.b.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count index %s: %w", ix.dir, err)
	}
	return n, nil
}

// Put indexes docs, replacing documents with the same IDs, and returns when
// they are committed to disk. Large calls are split into sub-batches built
// in parallel (Bleve builds each batch's segment on the calling goroutine),
// so on error some documents may be indexed and others not; putting them
// again is harmless. An entry without a document or ID makes Put fail with
// corpus.ErrInvalid before anything is written.
func (ix *Index) Put(ctx context.Context, docs []Entry) error {
	for _, e := range docs {
		if err := e.validate(); err != nil {
			return fmt.Errorf("index put: %w", err)
		}
	}
	parts := splitBatch(lastByID(docs), runtime.GOMAXPROCS(0), minSubBatch)
	if len(parts) == 1 {
		return ix.putSegment(ctx, parts[0])
	}
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	for i, p := range parts {
		wg.Go(func() { errs[i] = ix.putSegment(ctx, p) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// lastByID drops all but the last entry of each document ID, so parallel
// sub-batches cannot race two versions of one document.
func lastByID(docs []Entry) []Entry {
	seen := make(map[int64]bool, len(docs))
	out := make([]Entry, 0, len(docs))
	for i := len(docs) - 1; i >= 0; i-- {
		if id := docs[i].Doc.ID; !seen[id] {
			seen[id] = true
			out = append(out, docs[i])
		}
	}
	slices.Reverse(out)
	return out
}

// minSubBatch is the smallest sub-batch worth its own segment.
const minSubBatch = 100

// splitBatch cuts docs into at most n parts of at least least entries each (one part when docs is short).
func splitBatch(docs []Entry, n, least int) [][]Entry {
	n = max(1, min(n, len(docs)/max(least, 1)))
	size := (len(docs) + n - 1) / n
	var parts [][]Entry
	for len(docs) > 0 {
		k := min(size, len(docs))
		parts = append(parts, docs[:k])
		docs = docs[k:]
	}
	if parts == nil {
		parts = [][]Entry{nil}
	}
	return parts
}

// putSegment commits valid entries with distinct IDs as one batch: one new
// segment.
func (ix *Index) putSegment(ctx context.Context, docs []Entry) error {
	b := ix.b.NewBatch()
	for _, e := range docs {
		d, err := e.document(ix.cfg.Rates)
		if err == nil {
			err = b.IndexAdvanced(d)
		}
		if err != nil {
			return fmt.Errorf("index put document %d: %w", e.Doc.ID, err)
		}
	}
	return ix.commit(ctx, b)
}

// Delete removes the documents with these IDs; unknown IDs are ignored.
func (ix *Index) Delete(ctx context.Context, ids []int64) error {
	b := ix.b.NewBatch()
	for _, id := range ids {
		b.Delete(docID(id))
	}
	return ix.commit(ctx, b)
}

func (ix *Index) commit(ctx context.Context, b *bleve.Batch) error {
	if b.Size() == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index commit: %w", err)
	}
	if err := ix.b.Batch(b); err != nil {
		return fmt.Errorf("index commit %d operations: %w", b.Size(), err)
	}
	return nil
}

// Compact merges the index into as few segments as possible, for faster
// searches and less disk after a bulk (re)index. It blocks until done or
// ctx ends; writes may continue meanwhile.
func (ix *Index) Compact(ctx context.Context) error {
	s, err := ix.scorchIndex()
	if err != nil {
		return fmt.Errorf("compact index %s: %w", ix.dir, err)
	}
	if s == nil {
		return fmt.Errorf("compact index %s: not a scorch index", ix.dir)
	}
	if err := s.ForceMerge(ctx, nil); err != nil {
		return fmt.Errorf("compact index %s: %w", ix.dir, err)
	}
	return nil
}

// WarmFacets builds the facet table for the current snapshot and waits,
// saving the tables of large segments for the next process to open the
// index (a search without the daemon). Commands that write the index call
// it before they close.
func (ix *Index) WarmFacets() error {
	s, err := ix.scorchIndex()
	if err != nil {
		return fmt.Errorf("warm facets %s: %w", ix.dir, err)
	}
	if s == nil || ix.facets == nil {
		return errNoFacetTable
	}
	if err := ix.facets.build1(s); err != nil {
		return fmt.Errorf("warm facets %s: %w", ix.dir, err)
	}
	return nil
}

// warmFacetsLater starts building the facet table in the background.
func (ix *Index) warmFacetsLater() {
	if s, err := ix.scorchIndex(); err == nil && s != nil {
		ix.facets.warmUp(s)
	}
}

// scorchIndex returns the scorch index under Bleve, or nil when the index
// is of another kind.
func (ix *Index) scorchIndex() (*scorch.Scorch, error) {
	adv, err := ix.b.Advanced()
	if err != nil {
		return nil, err
	}
	s, _ := adv.(*scorch.Scorch)
	return s, nil
}
