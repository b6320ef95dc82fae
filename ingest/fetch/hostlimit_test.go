package fetch

import (
	"context"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// In a synctest bubble time only moves when every goroutine waits, so
// these measure the limiter's own spacing exactly.

func TestHostLimitsSpaceStartsByMinDelay(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		hl := newHostLimits(realClock{}, 4, time.Second, 0)
		start := time.Now()
		var mu sync.Mutex
		var starts []time.Duration
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				release, err := hl.acquire(t.Context(), "a.example")
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				starts = append(starts, time.Since(start))
				mu.Unlock()
				release()
			})
		}
		wg.Wait()
		want := []time.Duration{0, time.Second, 2 * time.Second, 3 * time.Second}
		for i, d := range want {
			if starts[i] != d {
				t.Errorf("start %d at %s, want %s (all %v)", i, starts[i], d, starts)
			}
		}
	})
}

func TestHostLimitsJitterStaysWithinFraction(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		hl := newHostLimits(realClock{}, 1, time.Second, 0.5)
		prev := time.Now()
		for i := range 20 {
			release, err := hl.acquire(t.Context(), "a.example")
			if err != nil {
				t.Fatal(err)
			}
			now := time.Now()
			if gap := now.Sub(prev); i > 0 && (gap < time.Second || gap > 1500*time.Millisecond) {
				t.Errorf("gap %d = %s, want in [1s, 1.5s]", i, gap)
			}
			prev = now
			release()
		}
	})
}

func TestHostLimitsHostsAreIndependent(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		hl := newHostLimits(realClock{}, 1, time.Minute, 0)
		start := time.Now()
		for _, h := range []string{"a.example", "b.example", "c.example"} {
			release, err := hl.acquire(t.Context(), h)
			if err != nil {
				t.Fatal(err)
			}
			release()
		}
		if el := time.Since(start); el != 0 {
			t.Errorf("three hosts took %s, want no wait", el)
		}
	})
}

func TestHostLimitsCrawlDelayRaisesDelay(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		hl := newHostLimits(realClock{}, 1, time.Second, 0)
		hl.setCrawlDelay("a.example", 5*time.Second)
		start := time.Now()
		for range 2 {
			release, err := hl.acquire(t.Context(), "a.example")
			if err != nil {
				t.Fatal(err)
			}
			release()
		}
		if el := time.Since(start); el != 5*time.Second {
			t.Errorf("second start after %s, want 5s", el)
		}
	})
}

func TestHostLimitsAcquireHonoursContext(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		hl := newHostLimits(realClock{}, 1, time.Hour, 0)
		release, _ := hl.acquire(t.Context(), "a.example")
		release()
		ctx, cancel := context.WithTimeout(t.Context(), time.Second)
		defer cancel()
		if _, err := hl.acquire(ctx, "a.example"); err != context.DeadlineExceeded {
			t.Errorf("err = %v, want deadline exceeded", err)
		}
		// The cancelled waiter gave its slot back.
		if n := len(hl.get("a.example").sem); n != 0 {
			t.Errorf("%d slots held", n)
		}
	})
}

func TestHostLimitsBackoff(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		hl := newHostLimits(realClock{}, 1, 0, 0)
		if !hl.backoffUntil("a.example").IsZero() {
			t.Fatal("backoff before any was set")
		}
		until := time.Now().Add(time.Minute)
		hl.backoff("a.example", until)
		hl.backoff("a.example", time.Now().Add(time.Second)) // an earlier time does not shorten it
		if got := hl.backoffUntil("a.example"); !got.Equal(until) {
			t.Errorf("backoffUntil = %s, want %s", got, until)
		}
		time.Sleep(time.Minute)
		if got := hl.backoffUntil("a.example"); !got.IsZero() {
			t.Errorf("backoffUntil after expiry = %s, want zero", got)
		}
	})
}
