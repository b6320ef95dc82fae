package index

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync/atomic"
	"time"
)

// Marker records which documents are in the index. corpus.Store satisfies
// it.
type Marker interface {
	// MarkIndexed records that the documents with these IDs are indexed
	// as currently stored.
	MarkIndexed(ctx context.Context, ids []int64) error
}

// putter is the part of *Index the Writer uses.
type putter interface {
	Put(ctx context.Context, docs []Entry) error
}

// Writer owns the index writes of a pipeline: it batches entries by size
// (Config.BatchSize) and by time (Config.FlushInterval since the oldest
// pending entry), commits each batch and then marks its documents indexed.
type Writer struct {
	ix        putter
	m         Marker
	log       *slog.Logger
	batchSize int
	interval  time.Duration

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
	return &Writer{ix: p, m: m, log: logger.With(logKeyStage, "index"), batchSize: size, interval: every}
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

// Run consumes in until it closes, then flushes what is pending and returns
// nil. When ctx is done it returns ctx.Err() without committing the pending
// entries (they stay unmarked, to be indexed again). It returns the first
// commit or mark error: the index or store is then unusable. Run must not be
// called concurrently.
func (w *Writer) Run(ctx context.Context, in <-chan Entry) error {
	w.log.Info("index writer started", logKeyBatchSize, w.batchSize, logKeyInterval, w.interval)
	defer func() {
		s := w.Stats()
		w.log.Info("index writer stopped", logKeyDocs, s.Indexed, logKeySkipped, s.Skipped, logKeyBatches, s.Batches)
	}()
	pending := make([]Entry, 0, w.batchSize)
	timer := time.NewTimer(w.interval)
	timer.Stop()
	defer timer.Stop()
	flush := func() error {
		timer.Stop()
		err := w.flush(ctx, pending)
		pending = pending[:0]
		return err
	}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
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

// flush commits batch and marks its documents indexed.
func (w *Writer) flush(ctx context.Context, batch []Entry) error {
	if len(batch) == 0 {
		return nil
	}
	start := time.Now()
	if err := w.ix.Put(ctx, batch); err != nil {
		return fmt.Errorf("index writer: %w", err)
	}
	ids := make([]int64, len(batch))
	for i, e := range batch {
		ids[i] = e.Doc.ID
	}
	if err := w.m.MarkIndexed(ctx, ids); err != nil {
		return fmt.Errorf("index writer: mark %d documents indexed: %w", len(ids), err)
	}
	w.indexed.Add(int64(len(ids)))
	w.batches.Add(1)
	w.log.Debug("batch committed", logKeyDocs, len(ids), logKeyTook, time.Since(start))
	return nil
}
