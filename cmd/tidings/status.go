package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"tidings/corpus"
	"tidings/ingest"
)

// statusReport is what `tidings status` shows, and what the daemon's
// /v1/status returns.
type statusReport struct {
	Running   bool           `json:"running"`
	Documents int            `json:"documents"`
	Indexed   int            `json:"indexed"`
	Sources   []sourceStatus `json:"sources"`
}

type sourceStatus struct {
	Name     string      `json:"name"`
	Kind     string      `json:"kind"`
	Schedule string      `json:"schedule"`
	LastRun  *corpus.Run `json:"last_run,omitempty"`
	NextRun  *time.Time  `json:"next_run,omitempty"`
	Backoff  *time.Time  `json:"backoff_until,omitempty"`
}

func buildStatus(ctx context.Context, cfg Config, store corpus.Store, next, backoff map[string]time.Time) (*statusReport, error) {
	total, indexed, err := store.CountDocuments(ctx)
	if err != nil {
		return nil, err
	}
	last, err := store.LastRuns(ctx)
	if err != nil {
		return nil, err
	}
	rep := &statusReport{Running: next != nil, Documents: total, Indexed: indexed}
	for _, s := range cfg.Sources {
		st := sourceStatus{Name: s.Name, Kind: s.Kind, Schedule: s.Schedule}
		if r, ok := last[s.Name]; ok {
			st.LastRun = &r
		}
		if t, ok := next[s.Name]; ok {
			st.NextRun = &t
		}
		if t, ok := backoff[s.Name]; ok && t.After(time.Now()) {
			st.Backoff = &t
		}
		rep.Sources = append(rep.Sources, st)
	}
	return rep, nil
}

func (d *daemon) nextRuns() map[string]time.Time {
	if d.sched == nil {
		return map[string]time.Time{}
	}
	return d.sched.NextRuns()
}

func (d *daemon) backoffs() map[string]time.Time {
	out := map[string]time.Time{}
	for _, sc := range d.sources {
		if t := d.pipe.BackoffUntil(sc.Source); !t.IsZero() {
			out[sc.Source.Name] = t
		}
	}
	return out
}

// statusCmd: tidings status [--json]
func statusCmd(ctx context.Context, env *Env, args []string) error {
	var cf commonFlags
	fs := newFlagSet("status", env.Stderr, &cf)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := LoadConfig(cf.config)
	if err != nil {
		return err
	}
	var rep *statusReport
	if dataDirBusy(cfg) && cfg.API.Listen != "" {
		rep, err = newAPIClient(cfg).Status(ctx)
	} else {
		store, oerr := openStore(ctx, cfg, false)
		if oerr != nil {
			return oerr
		}
		defer store.Close()
		rep, err = buildStatus(ctx, cfg, store, nil, nil)
		if err == nil {
			err = addPlannedRuns(cfg, rep)
		}
	}
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printStatus(env.Stdout, rep)
	return nil
}

// addPlannedRuns fills next runs as a scheduler started now would plan
// them (due runs show as now).
func addPlannedRuns(cfg Config, rep *statusReport) error {
	sources, err := buildSources(cfg, "")
	if err != nil {
		return err
	}
	now := time.Now()
	for i, sc := range sources {
		var last corpus.Run
		if r := rep.Sources[i].LastRun; r != nil {
			last = *r
		}
		next := ingest.NextRun(sc, last, now)
		rep.Sources[i].NextRun = &next
	}
	return nil
}

func printStatus(w io.Writer, rep *statusReport) {
	state := "not running (next runs: as planned if started now)"
	if rep.Running {
		state = "running"
	}
	fmt.Fprintf(w, "tidings %s; %d documents, %d indexed\n\n", state, rep.Documents, rep.Indexed)
	fmt.Fprintf(w, "%-20s %-8s %-10s %-20s %-20s %s\n", "SOURCE", "KIND", "SCHEDULE", "LAST RUN", "NEXT RUN", "RESULT")
	for _, s := range rep.Sources {
		last, next, result := "never", "-", ""
		if s.LastRun != nil {
			last = s.LastRun.Started.Local().Format("2006-01-02 15:04:05")
			r := s.LastRun
			result = fmt.Sprintf("%d new, %d unchanged, %d failed, %d facts", r.New, r.Unchanged, r.Failed, r.Facts)
			if r.Finished.IsZero() {
				result = "running or interrupted; " + result
			}
			if r.Error != "" {
				result += "; error: " + clean(r.Error)
			}
		}
		if s.NextRun != nil {
			next = s.NextRun.Local().Format("2006-01-02 15:04:05")
		}
		if s.Backoff != nil {
			result += "; host back-off until " + s.Backoff.Local().Format("15:04:05")
		}
		fmt.Fprintf(w, "%-20s %-8s %-10s %-20s %-20s %s\n", s.Name, s.Kind, s.Schedule, last, next, result)
	}
}
