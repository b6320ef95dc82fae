package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"tidings/corpus"
	"tidings/ingest/discover"
	"tidings/ingest/fetch"
)

// ExtractFunc returns the facts of a parsed document. It must be safe for
// concurrent use.
type ExtractFunc func(doc *corpus.Document, src *Source) []corpus.Fact

// Stored is a document just saved with its facts, for the index.
type Stored struct {
	Doc   *corpus.Document
	Facts []corpus.Fact
}

// Options size the pipeline.
type Options struct {
	FetchWorkers   int              // fetch-and-parse workers; default 4
	ExtractWorkers int              // extract workers; default 2
	Now            func() time.Time // clock for fetch times; default time.Now
}

// Stats are running totals over every source run, for progress display.
type Stats struct {
	Queued, Done, New, Updated, Unchanged, Failed, Facts atomic.Int64
}

// Pipeline runs the stages fetch+parse → extract → store, fed by source
// runs (RunSource) and emitting stored documents.
type Pipeline struct {
	store   corpus.Store
	fetcher *fetch.Fetcher
	extract ExtractFunc
	log     *slog.Logger
	opts    Options
	jobs    chan *job
	stopped chan struct{} // closed when Run returns
	stats   Stats
}

type job struct {
	src  *Source
	link discover.Link
	url  string // canonical link URL: the document's key
	run  *runState
}

type parsed struct {
	*job
	doc *corpus.Document
}

type extracted struct {
	parsed
	facts []corpus.Fact
}

// NewPipeline returns a pipeline writing to store. fetcher may be nil when
// only file sources run; logger nil discards logs.
func NewPipeline(store corpus.Store, fetcher *fetch.Fetcher, extract ExtractFunc, logger *slog.Logger, opts Options) *Pipeline {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if opts.FetchWorkers <= 0 {
		opts.FetchWorkers = 4
	}
	if opts.ExtractWorkers <= 0 {
		opts.ExtractWorkers = 2
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Pipeline{
		store: store, fetcher: fetcher, extract: extract, log: logger.With(LogKeyStage, "pipeline"), opts: opts,
		jobs: make(chan *job), stopped: make(chan struct{}),
	}
}

// Stats returns the pipeline's running totals.
func (p *Pipeline) Stats() *Stats { return &p.stats }

// CloseInput tells the pipeline no more source runs will start; Run
// returns once the jobs already sent are through. Call it once, after every
// RunSource has returned.
func (p *Pipeline) CloseInput() { close(p.jobs) }

// Run runs the stages until the input is closed and drained, or ctx is
// done, or storing fails (the store is unusable: the error is returned). It
// sends each stored document to out and closes out when it returns.
func (p *Pipeline) Run(ctx context.Context, out chan<- Stored) error {
	defer close(p.stopped)
	defer close(out)
	g, ctx := errgroup.WithContext(ctx)
	parsedCh := make(chan parsed)
	extractedCh := make(chan extracted)
	g.Go(func() error {
		defer close(parsedCh)
		runWorkers(p.opts.FetchWorkers, func() { p.fetchAndParse(ctx, parsedCh) })
		return nil
	})
	g.Go(func() error {
		defer close(extractedCh)
		runWorkers(p.opts.ExtractWorkers, func() { p.extractFacts(ctx, parsedCh, extractedCh) })
		return nil
	})
	g.Go(func() error { return p.storeDocuments(ctx, extractedCh, out) })
	// RunSource calls still sending select on p.stopped, closed on return.
	return g.Wait()
}

// runWorkers runs n copies of work and waits for all of them.
func runWorkers(n int, work func()) {
	var wg sync.WaitGroup
	for range n {
		wg.Go(work)
	}
	wg.Wait()
}

// fetchAndParse reads jobs until the input closes or ctx is done.
func (p *Pipeline) fetchAndParse(ctx context.Context, out chan<- parsed) {
	for {
		var j *job
		var ok bool
		select {
		case <-ctx.Done():
			return
		case j, ok = <-p.jobs:
			if !ok {
				return
			}
		}
		doc, err := p.fetchDocument(ctx, j)
		if err != nil {
			p.recordParseError(ctx, j, err)
			j.run.finish(j, outcomeFor(err), err)
			continue
		}
		select {
		case out <- parsed{job: j, doc: doc}:
		case <-ctx.Done():
			j.run.finish(j, outcomeFailed, ctx.Err())
			return
		}
	}
}

// recordParseError keeps a page's parse failure in its fetch state, beside
// the fetch errors the fetcher records, so every failed URL says why.
func (p *Pipeline) recordParseError(ctx context.Context, j *job, err error) {
	var perr *parseError
	if !errors.As(err, &perr) {
		return
	}
	st, serr := p.store.FetchState(ctx, j.link.URL)
	if serr != nil && !errors.Is(serr, corpus.ErrNotFound) {
		return
	}
	st.URL, st.Error, st.Checked = j.link.URL, err.Error(), p.opts.Now().UTC()
	if serr := p.store.SaveFetchState(ctx, st); serr != nil {
		p.log.Warn("record parse error", LogKeyURL, j.url, LogKeyError, serr.Error())
	}
}

func (p *Pipeline) extractFacts(ctx context.Context, in <-chan parsed, out chan<- extracted) {
	for pd := range in {
		facts, err := p.safeExtract(pd)
		if err != nil {
			pd.run.finish(pd.job, outcomeFailed, err)
			continue
		}
		select {
		case out <- extracted{parsed: pd, facts: facts}:
		case <-ctx.Done():
			pd.run.finish(pd.job, outcomeFailed, ctx.Err())
			// keep draining so the parse stage can exit
		}
	}
}

// safeExtract turns a panic in extraction into this document's failure:
// one odd page must not stop weeks of ingestion.
func (p *Pipeline) safeExtract(pd parsed) (facts []corpus.Fact, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract %s: panic: %v", pd.url, r)
		}
	}()
	return p.extract(pd.doc, pd.src), nil
}

// storeDocuments is the single storing stage. A store error is fatal: the
// store is the source of truth and cannot take writes.
func (p *Pipeline) storeDocuments(ctx context.Context, in <-chan extracted, out chan<- Stored) error {
	var fatal error
	for ex := range in {
		if fatal != nil || ctx.Err() != nil {
			ex.run.finish(ex.job, outcomeFailed, errors.New("abandoned"))
			continue
		}
		outcome, err := p.save(ctx, ex)
		if err != nil {
			ex.run.finish(ex.job, outcomeFailed, err)
			fatal = err
			continue
		}
		ex.run.addFacts(len(ex.facts), outcome)
		ex.run.finish(ex.job, outcomeOf(outcome), nil)
		if outcome == corpus.SaveUnchanged {
			continue
		}
		select {
		case out <- Stored{Doc: ex.doc, Facts: ex.facts}:
		case <-ctx.Done():
			// Stored but not sent: the index catches up from the store.
		}
	}
	return fatal
}

func (p *Pipeline) save(ctx context.Context, ex extracted) (corpus.SaveOutcome, error) {
	doc := ex.doc
	if orig, err := p.store.DocumentByHash(ctx, doc.ContentHash); err == nil && orig.URL != doc.URL {
		doc.DuplicateOf = orig.ID
	} else if doc.SimHash != 0 {
		if orig, err := p.store.SimilarDocument(ctx, doc.SimHash, 3, 0); err == nil && orig.URL != doc.URL {
			doc.DuplicateOf = orig.ID
		}
	}
	outcome, err := p.store.SaveDocument(ctx, doc, ex.facts)
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	p.log.Debug("stored", LogKeyURL, doc.URL, LogKeyOutcome, outcome.String(), LogKeyFacts, len(ex.facts))
	return outcome, nil
}
