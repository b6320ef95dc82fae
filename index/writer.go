package index

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Marker records which documents are in the index. corpus.Store satisfies
// it. A Writer may call it from several goroutines at once.
type Marker interface {
	// MarkIndexed records that the documents with these IDs are indexed
	// as currently stored.
	MarkIndexed(ctx context.Context, ids []int64) error
}

// putter is the part of *Index the Writer uses.
type putter interface {
	// putSegment commits valid entries as one batch (one new segment).
	putSegment(ctx context.Context, docs []Entry) error
}

// Writer owns the index writes of a pipeline: it batches entries by size
// (Config.BatchSize) and by time (Config.FlushInterval since the oldest
// pending entry), commits each batch and then marks its documents indexed.
//
// Up to GOMAXPROCS batches are committed at once, each as a whole segment,
// while the next one fills: building a segment is single-threaded in
// Bleve, and a pipeline without a barrier between batches keeps every core
// busy (a third more articles per second than splitting each batch and
// waiting for its parts, and fewer, larger segments to merge).
type Writer struct {
	ix        putter
	m         Marker
	log       *slog.Logger
	batchSize int
	interval  time.Duration
	inFlight  int // batches committed at once

	indexed, skipped, batches atomic.Int64
}

// NewWriter returns a Writer into ix that reports committed batches to m. A
// nil logger discards.
func NewWriter(ix *Index, m Marker, logger *slog.Logger) *Writer {
	return newWriter(ix, m, logger, ix.cfg.BatchSize, ix.cfg.FlushInterval)
}

func newWriter(p putter, m Marker, logger *slog.Logger, size int, every time.Duration) *Writer {
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Writer{ix: p, m: m, log: logger.With(logKeyStage, "index"), batchSize: size, interval: every,
		inFlight: max(1, runtime.GOMAXPROCS(0))}
}

// WriterStats counts what a Writer did.
type WriterStats struct {
	Indexed int64 // documents committed and marked
	Skipped int64 // invalid entries dropped
	Batches int64 // batches committed
}

// Stats returns the counts so far. It is safe to call while Run runs.
func (w *Writer) Stats() WriterStats {
	return WriterStats{Indexed: w.indexed.Load(), Skipped: w.skipped.Load(), Batches: w.batches.Load()}
}

// Run consumes in until it closes, then flushes what is pending, waits for
// the commits in flight and returns nil. When ctx is done it waits for the
// commits in flight and returns ctx.Err() without committing the pending
// entries (they stay unmarked, to be indexed again). It returns the first
// commit or mark error: the index or store is then unusable. Run must not be
// called concurrently.
func (w *Writer) Run(ctx context.Context, in <-chan Entry) (err error) {
	w.log.Info("index writer started", logKeyBatchSize, w.batchSize, logKeyInterval, w.interval)
	c := newCommitter(w)
	defer func() {
		if werr := c.wait(); err == nil || (werr != nil && errors.Is(err, ctx.Err())) {
			err = werr
		}
		s := w.Stats()
		w.log.Info("index writer stopped", logKeyDocs, s.Indexed, logKeySkipped, s.Skipped, logKeyBatches, s.Batches)
	}()
	pending := make([]Entry, 0, w.batchSize)
	timer := time.NewTimer(w.interval)
	timer.Stop()
	defer timer.Stop()
	flush := func() error {
		timer.Stop()
		if len(pending) == 0 {
			return nil
		}
		batch := pending
		pending = make([]Entry, 0, w.batchSize)
		return c.start(ctx, batch)
	}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-c.failed:
			return c.err()
		case <-timer.C:
			if err := flush(); err != nil {
				return err
			}
		case e, ok := <-in:
			if !ok {
				return flush()
			}
			if err := e.validate(); err != nil {
				w.skipped.Add(1)
				w.log.Warn("skip entry", logKeyError, err)
				continue
			}
			pending = append(pending, e)
			if len(pending) == 1 {
				timer.Reset(w.interval)
			}
			if len(pending) >= w.batchSize {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
}

// commit commits batch and marks its documents indexed.
func (w *Writer) commit(ctx context.Context, batch []Entry, ids []int64) error {
	start := time.Now()
	if err := w.ix.putSegment(ctx, batch); err != nil {
		return fmt.Errorf("index writer: %w", err)
	}
	if err := w.m.MarkIndexed(ctx, ids); err != nil {
		return fmt.Errorf("index writer: mark %d documents indexed: %w", len(ids), err)
	}
	w.indexed.Add(int64(len(ids)))
	w.batches.Add(1)
	w.log.Debug("batch committed", logKeyDocs, len(ids), logKeyTook, time.Since(start))
	return nil
}

// committer runs a Writer's commits, at most w.inFlight at once.
type committer struct {
	w      *Writer
	slots  chan struct{}
	wg     sync.WaitGroup
	failed chan struct{} // closed at the first error

	mu    sync.Mutex
	first error
	busy  map[int64]bool // IDs of the batches in flight
}

func newCommitter(w *Writer) *committer {
	return &committer{w: w, slots: make(chan struct{}, w.inFlight), failed: make(chan struct{}), busy: map[int64]bool{}}
}

// start commits batch in the background once a slot is free. A batch
// holding a document that a batch in flight also holds waits for all of
// them, so that the newer version lands last. It returns the first error
// of an earlier commit, if any.
func (c *committer) start(ctx context.Context, batch []Entry) error {
	batch = lastByID(batch)
	ids := make([]int64, len(batch))
	for i, e := range batch {
		ids[i] = e.Doc.ID
	}
	if c.overlaps(ids) {
		c.wg.Wait()
	}
	select {
	case c.slots <- struct{}{}:
	case <-c.failed:
	}
	if err := c.err(); err != nil {
		return err
	}
	c.setBusy(ids, true)
	c.wg.Go(func() {
		defer func() { <-c.slots }()
		defer c.setBusy(ids, false)
		if err := c.w.commit(ctx, batch, ids); err != nil {
			c.fail(err)
		}
	})
	return nil
}

// wait waits for the commits in flight and returns the first error.
func (c *committer) wait() error {
	c.wg.Wait()
	return c.err()
}

func (c *committer) overlaps(ids []int64) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, id := range ids {
		if c.busy[id] {
			return true
		}
	}
	return false
}

func (c *committer) setBusy(ids []int64, busy bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, id := range ids {
		if busy {
			c.busy[id] = true
		} else {
			delete(c.busy, id)
		}
	}
}

func (c *committer) fail(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.first == nil {
		c.first = err
		close(c.failed)
	}
}

func (c *committer) err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.first
}
