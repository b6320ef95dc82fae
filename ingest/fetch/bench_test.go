package fetch

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"testing"
)

func BenchmarkReadBodyGzip(b *testing.B) {
	page := bytes.Repeat([]byte("<p>The quick brown fox jumps over the lazy dog.</p>\n"), 20_000)
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(page)
	w.Close()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := readBody(bytes.NewReader(buf.Bytes()), -1, "gzip", 10<<20); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFetch measures one uncached-body fetch from a local server,
// politeness delays off: the Fetcher's own overhead.
func BenchmarkFetch(b *testing.B) {
	page := bytes.Repeat([]byte("x"), 64<<10)
	srv := serve(b, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	}))
	cfg := testConfig()
	f, err := New(cfg, newMemState(), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	req := Request{URL: srv.URL + "/page", Accept: []string{AcceptHTML}}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := f.Fetch(b.Context(), req); err != nil {
			b.Fatal(err)
		}
	}
}
