package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"tidings/corpus"
)

// testConfig is DefaultConfig with short durations and private addresses
// allowed (httptest listens on 127.0.0.1).
func testConfig() Config {
	c := DefaultConfig()
	c.UserAgent = "tidings-test/1.0"
	c.Timeout = 2 * time.Second
	c.ConnectTimeout = time.Second
	c.MinDelay = 0
	c.Jitter = 0
	c.BackoffBase = time.Millisecond
	c.BackoffMax = 50 * time.Millisecond
	c.AllowPrivate = true
	return c
}

// newTestFetcher builds a Fetcher, optionally on clk, closed at cleanup.
func newTestFetcher(t *testing.T, cfg Config, state StateStore, clk clock) *Fetcher {
	t.Helper()
	f, err := New(cfg, state, nil)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if clk != nil {
		f.clock = clk
		f.limits.clock = clk
	}
	t.Cleanup(f.Close)
	return f
}

// serve starts an httptest server on mux, closed at cleanup.
func serve(t testing.TB, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// recordingClock is the real clock except that Sleep returns at once and
// remembers what was asked.
type recordingClock struct {
	mu     sync.Mutex
	sleeps []time.Duration
}

func (c *recordingClock) Now() time.Time { return time.Now() }

func (c *recordingClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	if d > 0 {
		c.sleeps = append(c.sleeps, d)
	}
	c.mu.Unlock()
	return ctx.Err()
}

func (c *recordingClock) maxSleep() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	var m time.Duration
	for _, d := range c.sleeps {
		m = max(m, d)
	}
	return m
}

// memState is an in-memory StateStore.
type memState struct {
	mu sync.Mutex
	m  map[string]corpus.FetchState
}

func newMemState() *memState { return &memState{m: make(map[string]corpus.FetchState)} }

func (s *memState) FetchState(_ context.Context, url string) (corpus.FetchState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.m[url]
	if !ok {
		return corpus.FetchState{}, corpus.ErrNotFound
	}
	return st, nil
}

func (s *memState) SaveFetchState(_ context.Context, st corpus.FetchState) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[st.URL] = st
	return nil
}

func (s *memState) get(url string) corpus.FetchState {
	st, _ := s.FetchState(context.Background(), url)
	return st
}
