package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"

	"tidings/ingest"
)

// progress shows the progress of long work: a bar redrawn in place on a
// terminal, or a log line every logEvery otherwise.
type progress struct {
	w       io.Writer
	tty     bool
	log     *slog.Logger
	snap    func() (done, total int64, detail []any)
	start   time.Time
	unit    string // what is counted ("documents"), when one thing is
	stopped chan struct{}
	wg      sync.WaitGroup
}

const (
	barEvery = 200 * time.Millisecond
	logEvery = 10 * time.Second
)

func isTerminal(w io.Writer, getenv func(string) string) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd())) && getenv("TERM") != "dumb"
}

func startProgress(w io.Writer, getenv func(string) string, quiet bool, log *slog.Logger, unit string, snap func() (int64, int64, []any)) *progress {
	p := &progress{w: w, tty: isTerminal(w, getenv), log: log, snap: snap, start: time.Now(), unit: unit, stopped: make(chan struct{})}
	if quiet {
		return p
	}
	every := logEvery
	if p.tty {
		every = barEvery
	}
	p.wg.Go(func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-p.stopped:
				if p.tty {
					p.draw()
					fmt.Fprintln(p.w)
				}
				return
			case <-t.C:
				if p.tty {
					p.draw()
				} else {
					done, total, detail := p.snap()
					attrs := []any{"done", done, "total", total}
					if p.unit != "" {
						attrs = append(attrs, "unit", p.unit)
					}
					if rate, eta, ok := pace(done, total, time.Since(p.start)); ok {
						attrs = append(attrs, "per_second", int64(rate), "eta", eta.String())
					}
					p.log.Info("progress", append(attrs, detail...)...)
				}
			}
		}
	})
	return p
}

func (p *progress) draw() {
	done, total, detail := p.snap()
	const width = 30
	filled := 0
	if total > 0 {
		filled = int(int64(width) * min(done, total) / total)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\r[%s%s] %d/%d", strings.Repeat("=", filled), strings.Repeat(" ", width-filled), done, total)
	if p.unit != "" {
		b.WriteString(" " + p.unit)
	}
	if rate, eta, ok := pace(done, total, time.Since(p.start)); ok {
		fmt.Fprintf(&b, "  %.0f/s  eta %s", rate, eta)
	}
	for i := 0; i+1 < len(detail); i += 2 {
		fmt.Fprintf(&b, "  %v %v", detail[i], detail[i+1])
	}
	b.WriteString(" ")
	io.WriteString(p.w, b.String())
}

// pace returns the rate of work since the start and the time the rest
// would take at that rate; false until there is a rate to show.
func pace(done, total int64, elapsed time.Duration) (perSecond float64, eta time.Duration, ok bool) {
	if done <= 0 || elapsed < time.Second {
		return 0, 0, false
	}
	perSecond = float64(done) / elapsed.Seconds()
	if left := total - done; left > 0 {
		eta = time.Duration(float64(left) / perSecond * float64(time.Second)).Round(time.Second)
	}
	return perSecond, eta, true
}

func (p *progress) stop() {
	select {
	case <-p.stopped:
	default:
		close(p.stopped)
	}
	p.wg.Wait()
}

// newProgress shows ingestion progress: articles queued and done.
func newProgress(w io.Writer, getenv func(string) string, quiet bool, log *slog.Logger, st *ingest.Stats) *progress {
	return startProgress(w, getenv, quiet, log, "", func() (int64, int64, []any) {
		return st.Done.Load(), st.Queued.Load(), []any{"new", st.New.Load(), "unchanged", st.Unchanged.Load(),
			"failed", st.Failed.Load(), "facts", st.Facts.Load()}
	})
}

// progressCounter counts work done for newCounterProgress.
type progressCounter struct{ n atomic.Int64 }

func newCounterProgress(w io.Writer, getenv func(string) string, quiet bool, log *slog.Logger, what string, total int64, c *progressCounter) *progress {
	return startProgress(w, getenv, quiet, log, what, func() (int64, int64, []any) { return c.n.Load(), total, nil })
}
