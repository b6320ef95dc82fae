package main

import (
	"context"
	"fmt"
	"os"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"tidings/corpus"
	"tidings/index"
)

// reindexCmd rebuilds the search index from the store, the source of
// truth: into a fresh directory, swapped in when complete.
func reindexCmd(ctx context.Context, env *Env, args []string) error {
	var cf commonFlags
	fs := newFlagSet("reindex", env.Stderr, &cf)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	logger, err := cf.logger(env.Stderr)
	if err != nil {
		return err
	}
	cfg, err := LoadConfig(cf.config)
	if err != nil {
		return err
	}
	limitMemory(env.Getenv)
	lock, err := lockDataDir(cfg)
	if err != nil {
		return err
	}
	defer lock.Close()
	store, err := openStore(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer store.Close()
	total, _, err := store.CountDocuments(ctx)
	if err != nil {
		return err
	}
	fresh := indexPath(cfg) + ".new"
	if err := os.RemoveAll(fresh); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	ix, err := index.Open(fresh, indexConfig(cfg))
	if err != nil {
		return err
	}
	// Marks are reset only when the new index is in place; until then a
	// crash leaves the old index and its marks valid.
	start := time.Now()
	var stats progressCounter
	bar := newCounterProgress(env.Stderr, env.Getenv, cf.quiet, logger, "documents", int64(total), &stats)
	entries := make(chan index.Entry, 256)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		defer close(entries)
		return store.ScanDocuments(gctx, corpus.DocumentFilter{WithoutHTML: true}, func(d *corpus.Document, facts []corpus.Fact) error {
			select {
			case entries <- index.Entry{Doc: d, Facts: facts}:
				stats.n.Add(1)
				return nil
			case <-gctx.Done():
				return gctx.Err()
			}
		})
	})
	var marks committedIDs
	g.Go(func() error { return index.NewWriter(ix, &marks, logger).Run(gctx, entries) })
	err = g.Wait()
	bar.stop()
	if err == nil {
		saveFacetTables(ix, logger)
	}
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.RemoveAll(fresh)
		return fmt.Errorf("reindex: %w", err)
	}
	old := indexPath(cfg) + ".old"
	os.RemoveAll(old)
	if err := os.Rename(indexPath(cfg), old); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("reindex: %w", err)
	}
	if err := os.Rename(fresh, indexPath(cfg)); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	os.RemoveAll(old)
	if err := store.ResetIndexed(ctx); err != nil {
		return err
	}
	if err := store.MarkIndexed(ctx, marks.ids); err != nil {
		return err
	}
	took := time.Since(start)
	fmt.Fprintf(env.Stdout, "reindexed %d documents in %s (%.0f/s)\n", stats.n.Load(), took.Round(time.Millisecond), float64(stats.n.Load())/took.Seconds())
	return nil
}

// committedIDs collects what the writer committed to the fresh index; the
// store is marked only after the swap, so a crash before it leaves the old
// index and its marks valid. The writer calls it from several goroutines.
type committedIDs struct {
	mu  sync.Mutex
	ids []int64
}

func (c *committedIDs) MarkIndexed(_ context.Context, ids []int64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ids = append(c.ids, ids...)
	return nil
}
