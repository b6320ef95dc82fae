package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"tidings/corpus"
	"tidings/extract"
	"tidings/index"
	"tidings/ingest"
	"tidings/ingest/fetch"
)

// runCmd: tidings run [--once]. It owns the data dir while it runs: it
// ingests, stores, indexes, and serves the API that search, export and
// status use meanwhile.
func runCmd(ctx context.Context, env *Env, args []string) error {
	var cf commonFlags
	fs := newFlagSet("run", env.Stderr, &cf)
	once := fs.Bool("once", false, "run every source once, then exit")
	only := fs.String("source", "", "run only these sources (comma-separated)")
	apiAddr := fs.String("api", "", "API listen address (overrides api.listen; \"off\" disables)")
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
	switch *apiAddr {
	case "":
	case "off":
		cfg.API.Listen = ""
	default:
		cfg.API.Listen = *apiAddr
	}
	limitMemory(env.Getenv)
	sources, err := buildSources(cfg, *only)
	if err != nil {
		return err
	}
	d, err := openDaemon(ctx, cfg, sources, logger)
	if err != nil {
		return err
	}
	defer d.close()
	bar := newProgress(env.Stderr, env.Getenv, cf.quiet, logger, d.pipe.Stats())
	start := time.Now()
	if *once {
		err = d.runOnce(ctx, sources)
	} else {
		err = d.runScheduled(ctx, sources)
	}
	if err == nil {
		d.saveFacets()
	}
	bar.stop()
	if *once || err == nil {
		d.printSummary(env.Stdout, len(sources), time.Since(start))
	}
	return err
}

// daemon is everything `tidings run` holds open.
type daemon struct {
	cfg     Config
	log     *slog.Logger
	lock    *dataLock
	store   corpus.Store
	ix      *index.Index
	fetcher *fetch.Fetcher
	pipe    *ingest.Pipeline
	counts  *factCounts
	api     *apiServer
	sched   *ingest.Scheduler
	sources []ingest.Scheduled // what this process runs

	mu   sync.Mutex
	runs map[string]corpus.Run // this process's latest run per source
}

func openDaemon(ctx context.Context, cfg Config, sources []ingest.Scheduled, logger *slog.Logger) (_ *daemon, err error) {
	d := &daemon{cfg: cfg, sources: sources, log: logger, counts: newFactCounts(), runs: map[string]corpus.Run{}}
	defer func() {
		if err != nil {
			d.close()
		}
	}()
	// The model loads first: a broken build fails before touching data.
	ex, err := extract.New()
	if err != nil {
		return nil, fmt.Errorf("load extractor: %w", err)
	}
	if d.lock, err = lockDataDir(cfg); err != nil {
		return nil, err
	}
	store, err := openStore(ctx, cfg, true)
	if err != nil {
		return nil, err // a typed nil must not reach d.store
	}
	d.store = store
	if d.ix, err = openOrRebuildIndex(ctx, cfg, d.store, logger); err != nil {
		return nil, err
	}
	fc := fetchConfig(cfg)
	if d.fetcher, err = fetch.New(fc, d.store, logger); err != nil {
		return nil, err
	}
	extractFn := func(doc *corpus.Document, src *ingest.Source) []corpus.Fact {
		cur := src.Currency
		if cur == "" {
			cur = cfg.Extract.Currency
		}
		facts := ex.Extract(doc.Text, doc.Published, extract.Options{Currency: cur, DayFirst: cfg.Extract.DayFirst})
		d.counts.add(facts)
		return facts
	}
	d.pipe = ingest.NewPipeline(d.store, d.fetcher, extractFn, logger, ingest.Options{
		FetchWorkers: cfg.Pipeline.FetchWorkers, ExtractWorkers: cfg.Pipeline.ExtractWorkers,
	})
	if cfg.API.Listen != "" {
		d.api, err = startAPI(cfg, d, logger)
		if err != nil {
			// Search still works by opening the index once this run ends.
			logger.Warn("API not started; search and export will wait for this run to end", "error", err.Error())
			d.api, err = nil, nil
		}
	}
	return d, nil
}

// openOrRebuildIndex opens the index; one built by another version's
// mapping is set aside and rebuilt from the store (the source of truth) by
// the start-up catch-up.
func openOrRebuildIndex(ctx context.Context, cfg Config, store corpus.Store, logger *slog.Logger) (*index.Index, error) {
	ix, err := index.Open(indexPath(cfg), indexConfig(cfg))
	if !errors.Is(err, index.ErrMappingChanged) {
		return ix, err
	}
	old := indexPath(cfg) + ".old"
	logger.Warn("index mapping changed: rebuilding the index from the store", "old_index", old)
	if err := os.RemoveAll(old); err != nil {
		return nil, fmt.Errorf("rebuild index: %w", err)
	}
	if err := os.Rename(indexPath(cfg), old); err != nil {
		return nil, fmt.Errorf("rebuild index: %w", err)
	}
	if err := store.ResetIndexed(ctx); err != nil {
		return nil, err
	}
	ix, err = index.Open(indexPath(cfg), indexConfig(cfg))
	if err == nil {
		os.RemoveAll(old)
	}
	return ix, err
}

// saveFacets saves the index's facet tables (saveFacetTables). Most are
// already built when the daemon has served searches; the rest are those
// of segments merged since.
func (d *daemon) saveFacets() {
	if d.ix != nil {
		saveFacetTables(d.ix, d.log)
	}
}

// saveFacetTables builds ix's facet tables and saves those of large
// segments, so that the next search without the daemon loads them instead
// of building them (a second or more at 1M articles). They are only a
// cache: failing costs that search time, not results.
func saveFacetTables(ix *index.Index, log *slog.Logger) {
	if err := ix.WarmFacets(); err != nil {
		log.Warn("facet tables not saved", "error", err.Error())
	}
}

func (d *daemon) close() {
	if d.api != nil {
		d.api.close()
	}
	if d.fetcher != nil {
		d.fetcher.Close()
	}
	if d.ix != nil {
		if err := d.ix.Close(); err != nil {
			d.log.Error("close index", "error", err.Error())
		}
	}
	if d.store != nil {
		d.store.Close()
	}
	if d.lock != nil {
		d.lock.Close()
	}
}

// stages runs the pipeline and the index writer until the pipeline's
// input is closed and everything is indexed, or work is cancelled. Before
// new documents it sends those stored but not yet indexed (after a crash).
func (d *daemon) stages(work context.Context) error {
	g, gctx := errgroup.WithContext(work)
	stored := make(chan ingest.Stored)
	entries := make(chan index.Entry, 64)
	g.Go(func() error { return d.pipe.Run(gctx, stored) })
	g.Go(func() error {
		defer close(entries)
		if err := d.catchUpIndex(gctx, entries); err != nil {
			return err
		}
		for s := range stored {
			select {
			case entries <- index.Entry{Doc: s.Doc, Facts: s.Facts}:
			case <-gctx.Done():
			}
		}
		return nil
	})
	g.Go(func() error { return index.NewWriter(d.ix, d.store, d.log.With("stage", "index")).Run(gctx, entries) })
	return g.Wait()
}

// catchUpIndex sends every stored document not marked indexed.
func (d *daemon) catchUpIndex(ctx context.Context, out chan<- index.Entry) error {
	n := 0
	err := d.store.ScanDocuments(ctx, corpus.DocumentFilter{Unindexed: true, WithoutHTML: true}, func(doc *corpus.Document, facts []corpus.Fact) error {
		select {
		case out <- index.Entry{Doc: doc, Facts: facts}:
			n++
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	if n > 0 {
		d.log.Info("index caught up with stored documents", "documents", n)
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("index catch-up: %w", err)
	}
	return nil
}

// runOnce runs every source once, concurrently, then drains the stages.
// SIGINT stops new work; in-flight documents finish within the stop
// timeout, after which they are abandoned (nothing is half-written).
func (d *daemon) runOnce(ctx context.Context, sources []ingest.Scheduled) error {
	work, hardStop := d.workContext(ctx)
	defer hardStop()
	stagesDone := make(chan error, 1)
	go func() { stagesDone <- d.stages(work) }()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	for _, sc := range sources {
		wg.Go(func() {
			run, err := d.pipe.RunSource(ctx, sc.Source)
			d.recordRun(run)
			if err != nil {
				d.log.Warn("source failed", "source", sc.Source.Name, "error", err.Error())
				// A network source failing is that source's news; a local
				// file that cannot be read is a setup error worth exit 1.
				mu.Lock()
				if sc.Source.Kind == ingest.KindFile && firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	d.pipe.CloseInput()
	err := <-stagesDone
	if err == nil {
		err = firstErr
	}
	if err == nil && ctx.Err() != nil {
		return fmt.Errorf("interrupted: stopped cleanly, run again to continue")
	}
	return err
}

// runScheduled runs sources on their schedules until ctx is done, then
// shuts down in order: scheduler, pipeline drain, index flush.
func (d *daemon) runScheduled(ctx context.Context, sources []ingest.Scheduled) error {
	work, hardStop := d.workContext(ctx)
	defer hardStop()
	stagesDone := make(chan error, 1)
	go func() { stagesDone <- d.stages(work) }()
	last, err := d.store.LastRuns(ctx)
	if err != nil {
		return err
	}
	d.sched, err = ingest.NewScheduler(context.WithoutCancel(ctx), d.pipe, sources, last, ingest.SchedulerOptions{
		StartJitter: d.cfg.Pipeline.StartJitter, StopTimeout: d.cfg.Pipeline.StopTimeout,
	}, d.log)
	if err != nil {
		return err
	}
	d.sched.Start()
	d.log.Info("scheduler started", "sources", len(sources), "api", d.cfg.API.Listen)
	select {
	case <-ctx.Done():
	case err := <-stagesDone:
		d.sched.Shutdown()
		return fmt.Errorf("pipeline stopped: %w", err)
	}
	d.log.Info("shutting down", "stop_timeout", d.cfg.Pipeline.StopTimeout)
	if err := d.sched.Shutdown(); err != nil {
		d.log.Warn("scheduler shutdown", "error", err.Error())
	}
	d.pipe.CloseInput()
	return <-stagesDone
}

// workContext is the stages' context: it outlives ctx (so in-flight work
// can finish after a signal) but is cancelled at three quarters of the
// stop timeout after ctx ends.
func (d *daemon) workContext(ctx context.Context) (context.Context, context.CancelFunc) {
	work, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stop := context.AfterFunc(ctx, func() {
		t := time.NewTimer(d.cfg.Pipeline.StopTimeout * 3 / 4)
		defer t.Stop()
		select {
		case <-t.C:
			d.log.Warn("stop timeout: abandoning in-flight work")
			cancel()
		case <-work.Done():
		}
	})
	return work, func() { stop(); cancel() }
}

func (d *daemon) recordRun(r corpus.Run) {
	d.mu.Lock()
	d.runs[r.Source] = r
	d.mu.Unlock()
}

func (d *daemon) printSummary(w io.Writer, nSources int, elapsed time.Duration) {
	st := d.pipe.Stats()
	fmt.Fprintf(w, "%d sources, articles: %d new, %d updated, %d unchanged, %d failed; %s; %s\n",
		nSources, st.New.Load(), st.Updated.Load(), st.Unchanged.Load(), st.Failed.Load(),
		d.counts.String(), elapsed.Round(time.Millisecond))
	d.mu.Lock()
	names := sortedKeys(d.runs)
	for _, name := range names {
		r := d.runs[name]
		line := fmt.Sprintf("  %-20s %d new, %d updated, %d unchanged, %d failed, %d facts", name, r.New, r.Updated, r.Unchanged, r.Failed, r.Facts)
		if r.Error != "" {
			line += "; error: " + r.Error
		}
		fmt.Fprintln(w, line)
	}
	d.mu.Unlock()
}

// factCounts counts extracted facts by type.
type factCounts struct {
	mu sync.Mutex
	n  map[corpus.FactType]int
}

func newFactCounts() *factCounts { return &factCounts{n: map[corpus.FactType]int{}} }

func (c *factCounts) add(facts []corpus.Fact) {
	c.mu.Lock()
	for _, f := range facts {
		c.n[f.Type]++
	}
	c.mu.Unlock()
}

func (c *factCounts) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	total := 0
	var parts []string
	for _, t := range corpus.FactTypes {
		total += c.n[t]
		if c.n[t] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", t, c.n[t]))
		}
	}
	sort.Strings(parts)
	if total == 0 {
		return "facts: 0"
	}
	return fmt.Sprintf("facts: %d (%s)", total, strings.Join(parts, ", "))
}
