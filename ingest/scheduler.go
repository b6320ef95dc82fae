package ingest

import (
	"context"
	"fmt"
	"hash/fnv"
	"log/slog"
	"sync"
	"time"

	"github.com/go-co-op/gocron/v2"
	"github.com/robfig/cron/v3"

	"tidings/corpus"
)

// Schedule says when a source runs: every interval, or on a cron
// expression (five fields).
type Schedule struct {
	Every time.Duration
	Cron  string
}

// Scheduled is a source with its schedule.
type Scheduled struct {
	Source   *Source
	Schedule Schedule
}

// SchedulerOptions tune start-up and shutdown.
type SchedulerOptions struct {
	StartJitter time.Duration // spread of first runs; each source gets a fixed offset
	StopTimeout time.Duration // how long Shutdown waits for running jobs
	Now         func() time.Time
}

// Scheduler runs each source on its schedule with gocron, one run of a
// source at a time (a slow run never overlaps the next).
type Scheduler struct {
	sched gocron.Scheduler
	p     *Pipeline
	log   *slog.Logger
	ctx   context.Context
	stop  context.CancelFunc
	mu    sync.Mutex
	jobs  map[string]gocron.Job
	last  map[string]corpus.Run
}

// NewScheduler plans every source. last holds each source's latest
// recorded run: a source whose next run fell due while the program was
// stopped runs promptly (catch-up) rather than a whole interval later.
func NewScheduler(ctx context.Context, p *Pipeline, sources []Scheduled, last map[string]corpus.Run, opts SchedulerOptions, logger *slog.Logger) (*Scheduler, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	sched, err := gocron.NewScheduler(gocron.WithStopTimeout(opts.StopTimeout))
	if err != nil {
		return nil, fmt.Errorf("scheduler: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	s := &Scheduler{sched: sched, p: p, log: logger.With(LogKeyStage, "scheduler"), ctx: ctx, stop: cancel,
		jobs: map[string]gocron.Job{}, last: last}
	now := opts.Now()
	for _, sc := range sources {
		first := firstRun(sc, last[sc.Source.Name], now, startOffset(sc.Source.Name, opts.StartJitter))
		if err := s.add(sc, first, now); err != nil {
			cancel()
			sched.Shutdown()
			return nil, fmt.Errorf("schedule source %s: %w", sc.Source.Name, err)
		}
	}
	return s, nil
}

// startOffset spreads first runs over jitter by a hash of the source name,
// so restarts keep each source's place (no thundering herd, no drift).
func startOffset(name string, jitter time.Duration) time.Duration {
	if jitter <= 0 {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(name))
	return time.Duration(h.Sum64() % uint64(jitter))
}

// NextRun returns when a source would next run if the scheduler started
// now (before its start offset): for `status` while nothing runs.
func NextRun(sc Scheduled, last corpus.Run, now time.Time) time.Time {
	return firstRun(sc, last, now, 0)
}

// firstRun returns when a source should first run after start-up.
func firstRun(sc Scheduled, last corpus.Run, now time.Time, offset time.Duration) time.Time {
	if last.Started.IsZero() {
		return now.Add(offset)
	}
	var due time.Time
	if sc.Schedule.Every > 0 {
		due = last.Started.Add(sc.Schedule.Every)
	} else if spec, err := cron.ParseStandard(sc.Schedule.Cron); err == nil {
		due = spec.Next(last.Started)
	}
	if due.After(now) {
		return due
	}
	return now.Add(offset) // missed while stopped: catch up now
}

func (s *Scheduler) add(sc Scheduled, first, now time.Time) error {
	src := sc.Source
	task := gocron.NewTask(func() { s.runSource(src) })
	opts := []gocron.JobOption{
		gocron.WithName(src.Name), gocron.WithSingletonMode(gocron.LimitModeReschedule), gocron.WithContext(s.ctx),
	}
	var def gocron.JobDefinition
	if sc.Schedule.Every > 0 {
		def = gocron.DurationJob(sc.Schedule.Every)
		if first.After(now) {
			opts = append(opts, gocron.WithStartAt(gocron.WithStartDateTime(first)))
		} else {
			opts = append(opts, gocron.WithStartAt(gocron.WithStartImmediately()))
		}
	} else {
		def = gocron.CronJob(sc.Schedule.Cron, false)
		if spec, err := cron.ParseStandard(sc.Schedule.Cron); err == nil && first.Before(spec.Next(now)) {
			// a missed cron run: one catch-up run now, then the cron times
			catchUp := gocron.OneTimeJob(gocron.OneTimeJobStartDateTime(first))
			if !first.After(now) {
				catchUp = gocron.OneTimeJob(gocron.OneTimeJobStartImmediately())
			}
			if _, err := s.sched.NewJob(catchUp, task, gocron.WithName(src.Name+"/catch-up"), gocron.WithContext(s.ctx)); err != nil {
				return err
			}
		}
	}
	j, err := s.sched.NewJob(def, task, opts...)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.jobs[src.Name] = j
	s.mu.Unlock()
	return nil
}

// runSource is the job body. A host that asked us to back off makes the
// run wait for its next turn.
func (s *Scheduler) runSource(src *Source) {
	if until := s.p.BackoffUntil(src); until.After(time.Now()) {
		s.log.Info("source run skipped: host asked to back off", LogKeySource, src.Name, "until", until)
		return
	}
	start := time.Now()
	run, err := s.p.RunSource(s.ctx, src)
	s.mu.Lock()
	s.last[src.Name] = run
	s.mu.Unlock()
	attrs := []any{LogKeySource, src.Name, "new", run.New, "updated", run.Updated, "unchanged", run.Unchanged,
		"failed", run.Failed, LogKeyFacts, run.Facts, LogKeyDuration, time.Since(start).Round(time.Millisecond)}
	if err != nil {
		s.log.Warn("source run failed", append(attrs, LogKeyError, err.Error())...)
		return
	}
	s.log.Info("source run done", attrs...)
}

// Start starts the schedule.
func (s *Scheduler) Start() { s.sched.Start() }

// NextRuns returns each source's next planned run.
func (s *Scheduler) NextRuns() map[string]time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]time.Time{}
	for name, j := range s.jobs {
		if t, err := j.NextRun(); err == nil {
			out[name] = t
		}
	}
	return out
}

// Shutdown stops planning new runs, cancels running ones (they record what
// they did) and waits up to the stop timeout for them.
func (s *Scheduler) Shutdown() error {
	s.stop()
	if err := s.sched.Shutdown(); err != nil {
		return fmt.Errorf("scheduler shutdown: %w", err)
	}
	return nil
}
