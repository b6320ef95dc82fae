package discover

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tidings/ingest/fetch"
	"tidings/internal/evaltest"
)

// feedsDir returns the shared evaluation feeds, skipping the test when
// they are absent.
func feedsDir(t testing.TB) string {
	t.Helper()
	return filepath.Join(evaltest.Dir(t), "feeds")
}

// readFeedFile reads a file under the evaluation feeds directory.
func readFeedFile(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(feedsDir(t), rel))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// newFetcher returns a Fetcher for httptest servers: private addresses
// allowed, no delays, short timeouts.
func newFetcher(t testing.TB) *fetch.Fetcher {
	t.Helper()
	cfg := fetch.DefaultConfig()
	cfg.AllowPrivate = true
	cfg.MinDelay = 0
	cfg.Jitter = 0
	cfg.Timeout = 15 * time.Second // generous: -race on a loaded machine
	cfg.Retries = 0
	cfg.BackoffBase = time.Millisecond
	cfg.BackoffMax = 10 * time.Millisecond
	f, err := fetch.New(cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Close)
	return f
}

func serve(t testing.TB, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// staticFile is a handler writing body with a Content-Type.
func staticFile(contentType string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		}
		w.Write(body)
	}
}
