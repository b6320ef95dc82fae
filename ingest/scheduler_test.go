package ingest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"tidings/corpus"
	"tidings/corpus/corpustest"
)

func TestFirstRun(t *testing.T) {
	now := time.Date(2026, 2, 10, 12, 0, 0, 0, time.UTC)
	every := Scheduled{Schedule: Schedule{Every: time.Hour}}
	hourly := Scheduled{Schedule: Schedule{Cron: "0 * * * *"}}
	halfPast := Scheduled{Schedule: Schedule{Cron: "30 * * * *"}}
	cases := []struct {
		name string
		sc   Scheduled
		last time.Time
		want time.Time
	}{
		{"never run: now plus offset", every, time.Time{}, now.Add(time.Minute)},
		{"ran recently: one interval after the last start", every, now.Add(-20 * time.Minute), now.Add(40 * time.Minute)},
		{"missed while stopped: catch up now", every, now.Add(-3 * time.Hour), now.Add(time.Minute)},
		{"cron missed: catch up now", hourly, now.Add(-90 * time.Minute), now.Add(time.Minute)},
		{"cron not missed: next cron time", halfPast, now.Add(-25 * time.Minute), now.Add(30 * time.Minute)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := firstRun(tc.sc, corpus.Run{Started: tc.last}, now, time.Minute)
			if !got.Equal(tc.want) {
				t.Errorf("firstRun = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestStartOffsetIsStablePerSource(t *testing.T) {
	a1, a2, b := startOffset("reuters", time.Minute), startOffset("reuters", time.Minute), startOffset("bbc", time.Minute)
	if a1 != a2 || a1 < 0 || a1 >= time.Minute || a1 == b {
		t.Errorf("offsets reuters %s/%s, bbc %s: want stable, within jitter, distinct", a1, a2, b)
	}
}

// overlapStore records, per source, how many runs are open at once.
type overlapStore struct {
	*corpustest.Memory
	mu      sync.Mutex
	open    map[string]int
	maxOpen map[string]int
	runs    map[int64]string
	count   map[string]int
}

func (s *overlapStore) StartRun(ctx context.Context, src string, t time.Time) (int64, error) {
	id, err := s.Memory.StartRun(ctx, src, t)
	s.mu.Lock()
	s.open[src]++
	s.maxOpen[src] = max(s.maxOpen[src], s.open[src])
	s.runs[id] = src
	s.count[src]++
	s.mu.Unlock()
	return id, err
}

func (s *overlapStore) FinishRun(ctx context.Context, r corpus.Run) error {
	time.Sleep(30 * time.Millisecond) // a slow run: longer than the interval
	s.mu.Lock()
	s.open[s.runs[r.ID]]--
	s.mu.Unlock()
	return s.Memory.FinishRun(ctx, r)
}

// TestSchedulerSoak runs 50 sources on a 20ms schedule (each run slower
// than that) for a compressed "week" of runs: no source's runs overlap,
// every source keeps running, and goroutines and heap stay flat.
func TestSchedulerSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak test")
	}
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.xml")
	os.WriteFile(feed, []byte(`<rss version="2.0"><channel><title>t</title></channel></rss>`), 0o644)
	store := &overlapStore{Memory: corpustest.NewMemory(), open: map[string]int{}, maxOpen: map[string]int{},
		runs: map[int64]string{}, count: map[string]int{}}
	p := NewPipeline(store, nil, fakeExtract, nil, Options{})
	out := make(chan Stored)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go p.Run(ctx, out)
	go func() {
		for range out {
		}
	}()
	sample := func() (int, uint64) {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return runtime.NumGoroutine(), ms.HeapAlloc
	}
	var sources []Scheduled
	for i := range 50 {
		sources = append(sources, Scheduled{
			Source:   &Source{Name: "s" + string(rune('A'+i%26)) + string(rune('a'+i/26)), Kind: KindFile, Path: feed},
			Schedule: Schedule{Every: 20 * time.Millisecond},
		})
	}
	gStart, _ := sample()
	sched, err := NewScheduler(ctx, p, sources, map[string]corpus.Run{}, SchedulerOptions{StopTimeout: 5 * time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sched.Start()
	time.Sleep(500 * time.Millisecond)
	g0, h0 := sample()
	time.Sleep(2 * time.Second)
	g1, h1 := sample()
	if err := sched.Shutdown(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	gEnd, _ := sample()
	store.mu.Lock()
	defer store.mu.Unlock()
	total := 0
	for _, sc := range sources {
		name := sc.Source.Name
		if store.maxOpen[name] > 1 {
			t.Errorf("source %s had %d runs at once", name, store.maxOpen[name])
		}
		if store.count[name] < 10 {
			t.Errorf("source %s ran only %d times in 2.5s on a 20ms schedule with 30ms runs", name, store.count[name])
		}
		total += store.count[name]
	}
	t.Logf("%d runs; goroutines %d before, %d → %d running, %d after; heap %d → %d KiB", total, gStart, g0, g1, gEnd, h0>>10, h1>>10)
	// Runs in flight come and go (at most one per source, each with a job
	// goroutine and a waiter); more is a leak.
	if g1 > g0+2*len(sources)+10 {
		t.Errorf("goroutines grew from %d to %d while running", g0, g1)
	}
	if gEnd > gStart+5 {
		t.Errorf("goroutines %d after shutdown, %d before start", gEnd, gStart)
	}
	// The memory store keeps every run; allow for that, but not for leaks.
	if h1 > h0+uint64(total)*2048+8<<20 {
		t.Errorf("heap grew from %d to %d bytes over %d runs", h0, h1, total)
	}
}
