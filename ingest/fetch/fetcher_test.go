package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestFetchConditionalGetReturnsNotModified(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<p>hello</p>")
	}))
	state := newMemState()
	f := newTestFetcher(t, testConfig(), state, nil)
	req := Request{URL: srv.URL + "/page", Accept: []string{AcceptHTML}, Conditional: true}

	resp, err := f.Fetch(t.Context(), req)
	if err != nil {
		t.Fatalf("first fetch: %v", err)
	}
	if string(resp.Body) != "<p>hello</p>" || resp.ContentType != "text/html; charset=utf-8" {
		t.Errorf("first fetch: body %q, type %q", resp.Body, resp.ContentType)
	}
	if st := state.get(req.URL); st.ETag != `"v1"` || st.Status != 200 || st.Checked.IsZero() {
		t.Errorf("state after 200: %+v", st)
	}

	resp, err = f.Fetch(t.Context(), req)
	if !errors.Is(err, ErrNotModified) {
		t.Fatalf("second fetch: err = %v, want ErrNotModified", err)
	}
	if resp == nil || !resp.NotModified || len(resp.Body) != 0 {
		t.Errorf("second fetch: resp = %+v", resp)
	}
	if st := state.get(req.URL); st.Status != 304 || st.ETag != `"v1"` || st.Error != "" {
		t.Errorf("state after 304: %+v", st)
	}
}

func TestFetchRetryAfterSecondsIsWaitedAndRetried(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if calls.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, "ok")
	}))
	cfg := testConfig()
	cfg.BackoffMax = 5 * time.Second
	clk := &recordingClock{}
	f := newTestFetcher(t, cfg, nil, clk)

	resp, err := f.Fetch(t.Context(), Request{URL: srv.URL})
	if err != nil || string(resp.Body) != "ok" {
		t.Fatalf("fetch: %v", err)
	}
	if calls.Load() != 2 {
		t.Errorf("calls = %d, want 2", calls.Load())
	}
	if got := clk.maxSleep(); got < time.Second {
		t.Errorf("longest wait = %s, want >= 1s (Retry-After)", got)
	}
}

func TestFetchRetryAfterDateBeyondBackoffMaxSetsHostBackoff(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		calls.Add(1)
		w.Header().Set("Retry-After", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	f := newTestFetcher(t, testConfig(), nil, nil)

	_, err := f.Fetch(t.Context(), Request{URL: srv.URL + "/a"})
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 503 {
		t.Fatalf("err = %v, want StatusError 503", err)
	}
	if se.RetryAfter < 59*time.Minute || se.RetryAfter > time.Hour {
		t.Errorf("RetryAfter = %s, want about 1h", se.RetryAfter)
	}
	if calls.Load() != 1 {
		t.Errorf("calls = %d, want 1 (a long Retry-After is not waited for)", calls.Load())
	}
	until := f.HostBackoff(srv.URL)
	if d := time.Until(until); d < 59*time.Minute || d > time.Hour {
		t.Errorf("HostBackoff in %s, want about 1h", d)
	}
	if _, err := f.Fetch(t.Context(), Request{URL: srv.URL + "/b"}); !errors.Is(err, ErrHostBackoff) {
		t.Errorf("fetch during backoff: err = %v, want ErrHostBackoff", err)
	}
	if calls.Load() != 1 {
		t.Errorf("calls = %d, want 1 (host in backoff is not contacted)", calls.Load())
	}
}

func TestFetchServerErrorThenSuccessIsRetried(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if calls.Add(1) <= 2 {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, "ok")
	}))
	state := newMemState()
	f := newTestFetcher(t, testConfig(), state, nil)
	resp, err := f.Fetch(t.Context(), Request{URL: srv.URL})
	if err != nil || string(resp.Body) != "ok" {
		t.Fatalf("fetch: %v", err)
	}
	if calls.Load() != 3 {
		t.Errorf("calls = %d, want 3", calls.Load())
	}
	if st := state.get(srv.URL); st.Status != 200 || st.Error != "" {
		t.Errorf("state = %+v", st)
	}
}

func TestFetchPersistentServerErrorGivesUp(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		calls.Add(1)
		http.Error(w, "boom", http.StatusBadGateway)
	}))
	state := newMemState()
	cfg := testConfig()
	cfg.Retries = 2
	f := newTestFetcher(t, cfg, state, nil)
	_, err := f.Fetch(t.Context(), Request{URL: srv.URL})
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 502 || !strings.Contains(err.Error(), srv.URL) {
		t.Fatalf("err = %v, want StatusError 502 naming the URL", err)
	}
	if calls.Load() != 3 {
		t.Errorf("calls = %d, want 3 (1 + 2 retries)", calls.Load())
	}
	if st := state.get(srv.URL); st.Status != 502 || st.Error == "" {
		t.Errorf("state = %+v, want status 502 and an error", st)
	}
}

func TestFetchNotFoundIsNotRetried(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/robots.txt" {
			calls.Add(1)
		}
		http.NotFound(w, r)
	}))
	f := newTestFetcher(t, testConfig(), nil, nil)
	_, err := f.Fetch(t.Context(), Request{URL: srv.URL + "/x"})
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 404 || se.Temporary() {
		t.Fatalf("err = %v, want permanent StatusError 404", err)
	}
	if calls.Load() != 1 {
		t.Errorf("calls = %d, want 1", calls.Load())
	}
}

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/a", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/short", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/final#frag", http.StatusSeeOther) })
	mux.HandleFunc("/final", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "final") })
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/", http.StatusFound)
	})
	srv := serve(t, mux)
	cfg := testConfig()
	cfg.MaxRedirects = 3
	f := newTestFetcher(t, cfg, nil, nil)

	tests := []struct {
		name    string
		path    string
		wantErr error
		wantURL string
	}{
		{name: "loop fails with ErrRedirectLoop", path: "/loop/a", wantErr: ErrRedirectLoop},
		{name: "long chain fails with ErrTooManyRedirects", path: "/chain/0", wantErr: ErrTooManyRedirects},
		{name: "short chain ends at final URL", path: "/short", wantURL: srv.URL + "/final"},
		{name: "redirect to ftp fails with ErrBadURL", path: "/ftp", wantErr: ErrBadURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := f.Fetch(t.Context(), Request{URL: srv.URL + tt.path})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), srv.URL+tt.path) {
					t.Fatalf("err = %v, want %v naming the URL", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if resp.URL != tt.wantURL {
				t.Errorf("URL = %q, want %q", resp.URL, tt.wantURL)
			}
		})
	}
}

func TestFetchSlowDripHitsTimeout(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		for range 100 {
			if _, err := w.Write([]byte("x")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}))
	cfg := testConfig()
	cfg.Timeout = 300 * time.Millisecond
	cfg.Retries = 1
	f := newTestFetcher(t, cfg, nil, nil)
	start := time.Now()
	_, err := f.Fetch(t.Context(), Request{URL: srv.URL + "/drip"})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("took %s, want about 2 x 300ms", el)
	}
}

func TestFetchHugeBodyStopsAtCap(t *testing.T) {
	chunk := bytes.Repeat([]byte("a"), 64<<10)
	var written atomic.Int64
	mux := http.NewServeMux()
	endless := func(w http.ResponseWriter, r *http.Request) {
		for written.Load() < 1<<30 {
			n, err := w.Write(chunk)
			written.Add(int64(n))
			if err != nil {
				return
			}
		}
	}
	mux.HandleFunc("/chunked", endless)
	mux.HandleFunc("/declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(1<<30))
		endless(w, r)
	})
	srv := serve(t, mux)
	cfg := testConfig()
	cfg.MaxBodyBytes = 1 << 20
	f := newTestFetcher(t, cfg, nil, nil)
	for _, path := range []string{"/chunked", "/declared"} {
		t.Run(path+" fails with ErrTooLarge", func(t *testing.T) {
			written.Store(0)
			start := time.Now()
			_, err := f.Fetch(t.Context(), Request{URL: srv.URL + path})
			if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), srv.URL+path) {
				t.Fatalf("err = %v, want ErrTooLarge naming the URL", err)
			}
			if el := time.Since(start); el > 10*time.Second {
				t.Errorf("took %s", el)
			}
			if w := written.Load(); w > 64<<20 {
				t.Errorf("server wrote %d bytes before the client stopped", w)
			}
		})
	}
}

func TestFetchGzipBombStopsAtCap(t *testing.T) {
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 64 {
		zw.Write(zeros)
	}
	zw.Close()
	var small bytes.Buffer
	zw = gzip.NewWriter(&small)
	zw.Write([]byte("<p>compressed</p>"))
	zw.Close()
	mux := http.NewServeMux()
	for path, body := range map[string][]byte{"/bomb": bomb.Bytes(), "/small": small.Bytes()} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "text/html")
			w.Write(body)
		})
	}
	srv := serve(t, mux)
	cfg := testConfig()
	cfg.MaxBodyBytes = 1 << 20
	f := newTestFetcher(t, cfg, nil, nil)

	if _, err := f.Fetch(t.Context(), Request{URL: srv.URL + "/bomb"}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("bomb: err = %v, want ErrTooLarge (%d compressed bytes)", err, bomb.Len())
	}
	resp, err := f.Fetch(t.Context(), Request{URL: srv.URL + "/small"})
	if err != nil || string(resp.Body) != "<p>compressed</p>" {
		t.Errorf("small gzip: body %q, err %v", resp.Body, err)
	}
}

func TestFetchContentTypeNotAccepted(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/doc.pdf":
			w.Header().Set("Content-Type", "application/pdf")
		case "/img.png":
			w.Header().Set("Content-Type", "image/png")
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		}
		fmt.Fprint(w, "data")
	}))
	f := newTestFetcher(t, testConfig(), nil, nil)
	tests := []struct {
		name, path string
		accept     []string
		wantType   string // in the error; "" means success
	}{
		{name: "pdf skipped for html", path: "/doc.pdf", accept: []string{AcceptHTML}, wantType: "application/pdf"},
		{name: "png skipped for feed", path: "/img.png", accept: []string{AcceptFeed}, wantType: "image/png"},
		{name: "rss accepted as feed", path: "/feed", accept: []string{AcceptFeed}},
		{name: "rss accepted as xml", path: "/feed", accept: []string{AcceptXML}},
		{name: "pdf accepted with no families", path: "/doc.pdf"},
		{name: "unknown family refused", path: "/feed", accept: []string{"rss"}, wantType: "unknown content type family"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.Fetch(t.Context(), Request{URL: srv.URL + tt.path, Accept: tt.accept})
			if tt.wantType == "" {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantType) ||
				!errors.Is(err, ErrContentType) && !strings.HasPrefix(tt.name, "unknown") {
				t.Errorf("err = %v, want ErrContentType naming %s", err, tt.wantType)
			}
		})
	}
}

func TestFetchRobots(t *testing.T) {
	robots := func(status int, body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				w.WriteHeader(status)
				fmt.Fprint(w, body)
				return
			}
			fmt.Fprint(w, "page")
		}
	}
	tests := []struct {
		name    string
		handler http.HandlerFunc
		path    string
		wantErr error
	}{
		{name: "robots 500 allows", handler: robots(500, "oops"), path: "/private/x"},
		{name: "robots 404 allows", handler: robots(404, ""), path: "/private/x"},
		{name: "robots 403 allows", handler: robots(403, ""), path: "/private/x"},
		{name: "disallow for all agents blocks", handler: robots(200, "User-agent: *\nDisallow: /private\n"), path: "/private/x", wantErr: ErrRobotsBlocked},
		{name: "disallow for our agent blocks", handler: robots(200, "User-agent: tidings-test\nDisallow: /\n\nUser-agent: *\nAllow: /\n"), path: "/a", wantErr: ErrRobotsBlocked},
		{name: "disallow for another agent allows", handler: robots(200, "User-agent: otherbot\nDisallow: /\n"), path: "/a"},
		{name: "allowed path passes", handler: robots(200, "User-agent: *\nDisallow: /private\n"), path: "/public"},
		{name: "garbage robots allows", handler: robots(200, "\x00\xff<html>not robots</html>"), path: "/a"},
		{name: "hanging robots allows after timeout", handler: func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				<-r.Context().Done()
				return
			}
			fmt.Fprint(w, "page")
		}, path: "/a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, tt.handler)
			cfg := testConfig()
			cfg.Timeout = 300 * time.Millisecond
			f := newTestFetcher(t, cfg, nil, nil)
			resp, err := f.Fetch(t.Context(), Request{URL: srv.URL + tt.path})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil || string(resp.Body) != "page" {
				t.Fatalf("err = %v", err)
			}
		})
	}
}

func TestFetchRobotsIsFetchedOncePerHost(t *testing.T) {
	var robotsCalls atomic.Int32
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsCalls.Add(1)
			fmt.Fprint(w, "User-agent: *\nDisallow: /no\nSitemap: /sitemap.xml\n")
			return
		}
		fmt.Fprint(w, "page")
	}))
	f := newTestFetcher(t, testConfig(), nil, nil)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			f.Fetch(t.Context(), Request{URL: fmt.Sprintf("%s/p%d", srv.URL, i)})
		})
	}
	wg.Wait()
	sm, err := f.RobotsSitemaps(t.Context(), srv.URL)
	if err != nil || len(sm) != 1 || sm[0] != "/sitemap.xml" {
		t.Errorf("RobotsSitemaps = %v, %v", sm, err)
	}
	if n := robotsCalls.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", n)
	}
}

func TestFetchCrawlDelayRaisesHostDelay(t *testing.T) {
	var mu sync.Mutex
	var starts []time.Time
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nCrawl-delay: 0.2\n")
			return
		}
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
	}))
	f := newTestFetcher(t, testConfig(), nil, nil) // MinDelay 0
	begin := time.Now()
	for i := range 3 {
		if _, err := f.Fetch(t.Context(), Request{URL: fmt.Sprintf("%s/%d", srv.URL, i)}); err != nil {
			t.Fatal(err)
		}
	}
	// Request starts are spaced on the client; server-side arrival times
	// add scheduling noise, so the bound is on the whole sequence, and the
	// exact spacing is checked under synctest in hostlimit_test.go.
	if el := time.Since(begin); el < 400*time.Millisecond {
		t.Errorf("3 fetches took %s, want >= 400ms (2 x Crawl-delay 0.2s)", el)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(starts) != 3 {
		t.Errorf("%d page requests, want 3", len(starts))
	}
}

func TestFetchPrivateAddressRefused(t *testing.T) {
	pages := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "secret") }))
	_, port, _ := net.SplitHostPort(pages.Listener.Addr().String())
	bouncer := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		// A different host name for the same loopback server.
		http.Redirect(w, r, "http://localhost:"+port+"/", http.StatusFound)
	}))
	cfg := testConfig()
	cfg.AllowPrivate = false
	f := newTestFetcher(t, cfg, nil, nil)
	bouncerHost := strings.TrimPrefix(bouncer.URL, "http://")

	tests := []struct {
		name    string
		ctx     context.Context
		req     Request
		wantErr error
	}{
		{name: "loopback refused by default", req: Request{URL: pages.URL}, wantErr: ErrPrivateAddress},
		{name: "loopback allowed per request", req: Request{URL: pages.URL, AllowPrivate: true}},
		{name: "allowlisted host passes", req: Request{URL: pages.URL, AllowHosts: []string{"127.0.0.1"}}},
		{name: "context allows all", ctx: WithPrivateAccess(t.Context(), true, nil), req: Request{URL: pages.URL}},
		{name: "context allowlists host", ctx: WithPrivateAccess(t.Context(), false, []string{"127.0.0.1"}), req: Request{URL: pages.URL}},
		{name: "context allowlists another host", ctx: WithPrivateAccess(t.Context(), false, []string{"example.com"}), req: Request{URL: pages.URL}, wantErr: ErrPrivateAddress},
		{name: "redirect to private host refused", req: Request{URL: bouncer.URL + "/go", AllowHosts: []string{bouncerHost}}, wantErr: ErrPrivateAddress},
		{name: "metadata address refused", req: Request{URL: "http://169.254.169.254/latest/meta-data/"}, wantErr: ErrPrivateAddress},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := tt.ctx
			if ctx == nil {
				ctx = t.Context()
			}
			_, err := f.Fetch(ctx, tt.req)
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.req.URL) {
				t.Errorf("err = %v, want %v naming the URL", err, tt.wantErr)
			}
		})
	}
}

func TestFetchDNSFailure(t *testing.T) {
	cfg := testConfig()
	cfg.Timeout = time.Second
	state := newMemState()
	f := newTestFetcher(t, cfg, state, nil)
	url := "http://no-such-host.invalid/page"
	_, err := f.Fetch(t.Context(), Request{URL: url})
	var dnsErr *net.DNSError
	if !errors.As(err, &dnsErr) && !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want a DNS error", err)
	}
	if !strings.Contains(err.Error(), url) {
		t.Errorf("err %q does not name the URL", err)
	}
	if st := state.get(url); st.Status != 0 || st.Error == "" {
		t.Errorf("state = %+v, want status 0 and an error", st)
	}
}

func TestFetchBadURL(t *testing.T) {
	f := newTestFetcher(t, testConfig(), nil, nil)
	for _, u := range []string{"ftp://example.com/", "http://", "::nope", "file:///etc/passwd"} {
		t.Run(u+" fails with ErrBadURL", func(t *testing.T) {
			if _, err := f.Fetch(t.Context(), Request{URL: u}); !errors.Is(err, ErrBadURL) {
				t.Errorf("err = %v, want ErrBadURL", err)
			}
		})
	}
}

func TestHostLimiterSpacesRequests(t *testing.T) {
	var mu sync.Mutex
	var starts []time.Time
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
	}))
	cfg := testConfig()
	cfg.MinDelay = 100 * time.Millisecond
	cfg.Jitter = 0.5
	cfg.PerHostConcurrency = 4
	f := newTestFetcher(t, cfg, nil, nil)
	begin := time.Now()
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Go(func() {
			if _, err := f.Fetch(t.Context(), Request{URL: fmt.Sprintf("%s/%d", srv.URL, i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	// robots.txt and five pages: five gaps of 100-150ms between starts.
	if el := time.Since(begin); el < 500*time.Millisecond || el > 5*time.Second {
		t.Errorf("took %s, want >= 500ms", el)
	}
	mu.Lock()
	defer mu.Unlock()
	// Server-side arrival times bunch up when a loaded machine delays one
	// request, so check the mean gap, not each one.
	if n := len(starts); n != 5 {
		t.Fatalf("%d requests arrived, want 5", n)
	}
	if mean := starts[4].Sub(starts[0]) / 4; mean < 80*time.Millisecond {
		t.Errorf("mean gap between requests %s, want about 100-150ms", mean)
	}
}

func TestHostLimiterBoundsConcurrency(t *testing.T) {
	var inFlight, peak atomic.Int32
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(50 * time.Millisecond)
	}))
	cfg := testConfig()
	cfg.PerHostConcurrency = 2
	cfg.RespectRobots = false
	f := newTestFetcher(t, cfg, nil, nil)
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Go(func() {
			if _, err := f.Fetch(t.Context(), Request{URL: fmt.Sprintf("%s/%d", srv.URL, i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p != 2 {
		t.Errorf("peak in flight = %d, want 2", p)
	}
}

func TestFetchCancelledContext(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	cfg := testConfig()
	cfg.RespectRobots = false
	f := newTestFetcher(t, cfg, nil, nil)
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	_, err := f.Fetch(ctx, Request{URL: srv.URL})
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrTimeout) {
		t.Errorf("err = %v, want the caller's deadline, not ErrTimeout", err)
	}
}

func TestFetchConditionalByLastModified(t *testing.T) {
	const lastMod = "Wed, 25 Nov 2026 10:00:00 GMT"
	var sawIMS atomic.Value
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ims := r.Header.Get("If-Modified-Since"); ims != "" {
			sawIMS.Store(ims)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", lastMod)
		fmt.Fprint(w, "v1")
	}))
	state := newMemState()
	f := newTestFetcher(t, testConfig(), state, nil)
	url := srv.URL + "/feed"
	if _, err := f.Fetch(t.Context(), Request{URL: url, Conditional: true}); err != nil {
		t.Fatal(err)
	}
	// Without Conditional the validators are not sent.
	if _, err := f.Fetch(t.Context(), Request{URL: url}); err != nil {
		t.Fatalf("unconditional fetch: %v", err)
	}
	if _, err := f.Fetch(t.Context(), Request{URL: url, Conditional: true}); !errors.Is(err, ErrNotModified) {
		t.Fatalf("err = %v, want ErrNotModified", err)
	}
	if got, _ := sawIMS.Load().(string); got != lastMod {
		t.Errorf("If-Modified-Since = %q, want %q", got, lastMod)
	}
}

func TestFetchRecordsFailureState(t *testing.T) {
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nDisallow: /no\n")
			return
		}
		w.Header().Set("Content-Type", "image/png")
		w.Header().Set("ETag", `"img"`)
	}))
	state := newMemState()
	f := newTestFetcher(t, testConfig(), state, nil)
	tests := []struct {
		name, path string
		wantStatus int
		wantErr    string
	}{
		{name: "robots block recorded", path: "/no", wantStatus: 0, wantErr: "robots"},
		{name: "content type refusal recorded without validators", path: "/img", wantStatus: 200, wantErr: "image/png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f.Fetch(t.Context(), Request{URL: srv.URL + tt.path, Accept: []string{AcceptHTML}})
			st := state.get(srv.URL + tt.path)
			if st.Status != tt.wantStatus || !strings.Contains(st.Error, tt.wantErr) || st.ETag != "" || st.Checked.IsZero() {
				t.Errorf("state = %+v", st)
			}
		})
	}
}
