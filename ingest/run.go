package ingest

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"tidings/corpus"
	"tidings/ingest/article"
	"tidings/ingest/fetch"
)

type outcome int

const (
	outcomeFailed outcome = iota
	outcomeNew
	outcomeUpdated
	outcomeUnchanged
)

func outcomeOf(o corpus.SaveOutcome) outcome {
	switch o {
	case corpus.SaveNew:
		return outcomeNew
	case corpus.SaveUpdated:
		return outcomeUpdated
	}
	return outcomeUnchanged
}

// outcomeFor maps a fetch error to an outcome: a 304 is an unchanged page.
func outcomeFor(err error) outcome {
	if errors.Is(err, fetch.ErrNotModified) {
		return outcomeUnchanged
	}
	return outcomeFailed
}

// runState gathers one source run's counts as its jobs finish.
type runState struct {
	p    *Pipeline
	wg   sync.WaitGroup
	mu   sync.Mutex
	run  corpus.Run
	errs int
}

// maxRunErrors is how many article errors a run logs at Warn; the rest are
// counted and logged at Debug so a broken site cannot flood the log.
const maxRunErrors = 5

func (r *runState) finish(j *job, o outcome, err error) {
	defer r.wg.Done()
	st := &r.p.stats
	st.Done.Add(1)
	r.mu.Lock()
	defer r.mu.Unlock()
	switch o {
	case outcomeNew:
		r.run.New++
		st.New.Add(1)
	case outcomeUpdated:
		r.run.Updated++
		st.Updated.Add(1)
	case outcomeUnchanged:
		r.run.Unchanged++
		st.Unchanged.Add(1)
	default:
		r.run.Failed++
		st.Failed.Add(1)
	}
	if err != nil && o == outcomeFailed {
		r.errs++
		log := r.p.log.Debug
		if r.errs <= maxRunErrors {
			log = r.p.log.Warn
		}
		log("article failed", LogKeySource, j.src.Name, LogKeyURL, j.url, LogKeyError, err.Error())
	}
}

func (r *runState) addFacts(n int, o corpus.SaveOutcome) {
	if o == corpus.SaveUnchanged {
		return
	}
	r.mu.Lock()
	r.run.Facts += n
	r.mu.Unlock()
	r.p.stats.Facts.Add(int64(n))
}

// RunSource runs one source once: it discovers links, sends the ones not
// yet stored through the pipeline, waits for them and records the run. A
// discovery failure is the run's error; article failures are counted. It
// returns early, recording what was done, when ctx is done (stop sending)
// or the pipeline stops.
func (p *Pipeline) RunSource(ctx context.Context, src *Source) (corpus.Run, error) {
	started := p.opts.Now()
	r := &runState{p: p, run: corpus.Run{Source: src.Name, Started: started}}
	id, err := p.store.StartRun(ctx, src.Name, started)
	if err != nil {
		return r.run, err
	}
	r.run.ID = id
	links, derr := p.discover(ctx, src)
	if derr != nil {
		derr = fmt.Errorf("source %s: %w", src.Name, derr)
	}
	seen := map[string]bool{}
	taken := 0
send:
	for _, l := range links {
		u, err := article.CanonicalURL(l.URL)
		if err != nil || seen[u] || !src.wants(u) {
			continue
		}
		seen[u] = true
		if src.MaxArticles > 0 && taken >= src.MaxArticles {
			break
		}
		taken++
		if _, err := p.store.DocumentByURL(ctx, u); err == nil {
			r.run.Unchanged++
			p.stats.Unchanged.Add(1)
			continue
		} else if !errors.Is(err, corpus.ErrNotFound) {
			derr = errors.Join(derr, err)
			break
		}
		j := &job{src: src, link: l, url: u, run: r}
		r.wg.Add(1)
		p.stats.Queued.Add(1)
		select {
		case p.jobs <- j:
		case <-ctx.Done():
			r.wg.Done()
			p.stats.Queued.Add(-1)
			break send
		case <-p.stopped:
			r.wg.Done()
			p.stats.Queued.Add(-1)
			break send
		}
	}
	done := make(chan struct{})
	go func() { r.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-p.stopped:
		// stages gone: jobs still in flight were abandoned
	}
	r.mu.Lock()
	run := r.run
	r.mu.Unlock()
	run.Finished = p.opts.Now()
	if derr != nil {
		run.Error = derr.Error()
	}
	// Record the run even while shutting down: it is what catch-up reads.
	if err := p.store.FinishRun(context.WithoutCancel(ctx), run); err != nil {
		return run, errors.Join(derr, err)
	}
	return run, derr
}
