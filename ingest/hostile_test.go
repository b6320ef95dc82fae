package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"tidings/corpus"
	"tidings/corpus/corpustest"
	"tidings/ingest/fetch"
)

// hostile is one misbehaving server behaviour, served at /h/<name>.
type hostile struct {
	name    string
	handler http.HandlerFunc
	stored  bool // the page should end up stored (the tidings copes)
}

func hostileBehaviours(slowDone <-chan struct{}) []hostile {
	page := []byte(articlePage("ok"))
	html := func(w http.ResponseWriter) { w.Header().Set("Content-Type", "text/html; charset=utf-8") }
	var flap, storm atomic.Int32
	return []hostile{
		{"slow-drip", func(w http.ResponseWriter, r *http.Request) {
			html(w)
			for i := 0; i < 100; i++ {
				w.Write([]byte("<"))
				w.(http.Flusher).Flush()
				select {
				case <-time.After(time.Second):
				case <-r.Context().Done():
					return
				case <-slowDone:
					return
				}
			}
		}, false},
		{"endless-body", func(w http.ResponseWriter, r *http.Request) {
			html(w)
			chunk := bytes.Repeat([]byte("<p>spam "), 8192)
			for r.Context().Err() == nil {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		}, false},
		{"gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
			html(w)
			w.Header().Set("Content-Encoding", "gzip")
			zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
			zeros := make([]byte, 1<<20)
			for i := 0; i < 64 && r.Context().Err() == nil; i++ {
				zw.Write(zeros)
			}
			zw.Close()
		}, false},
		{"redirect-loop", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/h/redirect-loop-b", http.StatusFound)
		}, false},
		{"redirect-chain", func(w http.ResponseWriter, r *http.Request) {
			n := len(r.URL.Query()["n"])
			http.Redirect(w, r, "/h/redirect-chain?"+strings.Repeat("n=1&", n+1), http.StatusFound)
		}, false},
		{"429-storm", func(w http.ResponseWriter, r *http.Request) {
			storm.Add(1)
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "slow down", http.StatusTooManyRequests)
		}, false},
		{"503-flapping", func(w http.ResponseWriter, r *http.Request) {
			if flap.Add(1)%2 == 1 {
				http.Error(w, "flap", http.StatusServiceUnavailable)
				return
			}
			html(w)
			w.Write(page)
		}, true},
		{"pdf", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.7 ..."))
		}, false},
		{"image", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n"))
		}, false},
		{"no-content-type", func(w http.ResponseWriter, r *http.Request) {
			w.Header()["Content-Type"] = nil
			w.Write(page)
		}, true},
		{"charset-lie", func(w http.ResponseWriter, r *http.Request) {
			html(w) // says UTF-8, sends Windows-1252
			w.Write([]byte("<html><body><article><p>Caf\xe9 owners in Zurich said on Tuesday the company paid \x80500 million \x96 a record, " +
				"according to the chief executive of the caf\xe9 chain, who spoke in Z\xfcrich.</p></article></body></html>"))
		}, true},
		{"deep-nesting", func(w http.ResponseWriter, r *http.Request) {
			html(w)
			w.Write([]byte(strings.Repeat("<div>", 10000) + "<p>Deep text about Amazon and $5 billion in deals, said on Tuesday.</p>" + strings.Repeat("</div>", 10000)))
		}, true},
		{"huge-single-line", func(w http.ResponseWriter, r *http.Request) {
			html(w)
			w.Write([]byte("<p>" + strings.Repeat("word ", 600_000) + "</p>")) // 3 MB, over the 2 MiB cap here
		}, false},
		{"reset-mid-body", func(w http.ResponseWriter, r *http.Request) {
			html(w)
			w.Header().Set("Content-Length", "100000")
			w.WriteHeader(http.StatusOK)
			w.Write(page[:200])
			w.(http.Flusher).Flush()
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				if tc, ok := conn.(*net.TCPConn); ok {
					tc.SetLinger(0)
				}
				conn.Close()
			}
		}, false},
		{"not-found", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }, false},
		{"server-error", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", http.StatusInternalServerError) }, false},
		{"empty-200", func(w http.ResponseWriter, r *http.Request) { html(w) }, false},
		{"invalid-utf8", func(w http.ResponseWriter, r *http.Request) {
			html(w)
			w.Write([]byte("<html><body><article><p>Bytes \xff\xfe\xfd in a page about Siemens paying $2 billion, reported on Monday by the company.</p></article></body></html>"))
		}, true},
		{"malformed-html", func(w http.ResponseWriter, r *http.Request) {
			html(w)
			w.Write([]byte("<html><body><article><p>Unclosed <b>tags <i>everywhere about Boeing winning a $35 billion tanker contract on Friday<table><tr><td>"))
		}, true},
		{"binary-garbage", func(w http.ResponseWriter, r *http.Request) {
			html(w)
			b := make([]byte, 4096)
			for i := range b {
				b[i] = byte(i * 7)
			}
			w.Write(b)
		}, false},
	}
}

// TestHostileWeb sends one source through a site of misbehaving pages and
// another through a well-behaved site, and checks for each behaviour: the
// run goes on, the page is stored or its error recorded, time and memory
// stay bounded, and the other source is unaffected.
func TestHostileWeb(t *testing.T) {
	slowDone := make(chan struct{})
	behaviours := hostileBehaviours(slowDone)
	// Each behaviour gets its own host, so one host's back-off (429)
	// cannot hide another behaviour.
	servers := map[string]*httptest.Server{}
	var hosts []string
	for _, b := range behaviours {
		mux := http.NewServeMux()
		mux.HandleFunc("/h/"+b.name, b.handler)
		mux.HandleFunc("/h/redirect-loop-b", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/h/redirect-loop", http.StatusFound)
		})
		servers[b.name] = httptest.NewServer(mux)
		defer servers[b.name].Close()
		hosts = append(hosts, strings.TrimPrefix(servers[b.name].URL, "http://"))
	}
	// A TLS server whose certificate nobody trusts.
	tlsSrv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(articlePage("tls")))
	}))
	tlsSrv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshakes are expected
	tlsSrv.StartTLS()
	defer tlsSrv.Close()
	servers["tls-untrusted"] = tlsSrv
	hosts = append(hosts, strings.TrimPrefix(tlsSrv.URL, "https://"))
	behaviours = append(behaviours, hostile{name: "tls-untrusted"})
	// A host whose robots.txt never answers: bounded by the timeout, then
	// treated as allow-all.
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			select {
			case <-r.Context().Done():
			case <-slowDone:
			}
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(articlePage("robots-hang")))
	}))
	defer hang.Close()
	servers["robots-hang"] = hang
	hosts = append(hosts, strings.TrimPrefix(hang.URL, "http://"))
	behaviours = append(behaviours, hostile{name: "robots-hang", stored: true})
	urlOf := func(name string) string { return servers[name].URL + "/h/" + name }
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>hostile</title>`)
		for _, b := range behaviours {
			fmt.Fprintf(w, `<item><title>%s</title><link>%s</link></item>`, b.name, urlOf(b.name))
		}
		// Links into private address space are refused, not fetched.
		fmt.Fprint(w, `<item><link>http://169.254.169.254/latest/meta-data/</link></item><item><link>http://10.1.2.3/admin</link></item>`)
		fmt.Fprint(w, `</channel></rss>`)
	}))
	defer feed.Close()
	defer close(slowDone)
	good := site(t, 10, nil)
	var huge, loop *httptest.Server
	huge = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(articlePage(r.URL.Path)))
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>huge</title>`)
		for i := 0; i < 100_000; i++ {
			fmt.Fprintf(w, `<item><title>%d</title><link>%s/a/%d</link></item>`, i, huge.URL, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	defer huge.Close()
	loop = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/sitemap.xml":
		case "/pages.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s/a/1</loc></url></urlset>`, loop.URL)
			return
		default:
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(articlePage(r.URL.Path)))
			return
		}
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+
			`<sitemap><loc>%[1]s/sitemap.xml</loc></sitemap><sitemap><loc>%[1]s/pages.xml</loc></sitemap></sitemapindex>`, loop.URL)
	}))
	defer loop.Close()

	cfg := fetch.DefaultConfig()
	cfg.MinDelay, cfg.Retries, cfg.Timeout, cfg.ConnectTimeout = 0, 2, 3*time.Second, time.Second
	cfg.BackoffBase, cfg.BackoffMax, cfg.MaxBodyBytes = 10*time.Millisecond, 100*time.Millisecond, 2<<20
	cfg.PerHostConcurrency = 8
	// Only the two test hosts may be on loopback; 169.254/10.x stay refused.
	cfg.AllowHosts = append(hosts, strings.TrimPrefix(good.URL, "http://"), strings.TrimPrefix(feed.URL, "http://"),
		strings.TrimPrefix(huge.URL, "http://"), strings.TrimPrefix(loop.URL, "http://"))
	store := corpustest.NewMemory()
	f2, err := fetch.New(cfg, store, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer f2.Close()

	var peak atomic.Uint64
	stopSampling := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stopSampling:
				return
			case <-time.After(10 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				peak.Store(max(peak.Load(), ms.HeapInuse))
			}
		}
	}()
	p := NewPipeline(store, f2, fakeExtract, nil, Options{FetchWorkers: 8})
	out := make(chan Stored)
	ctx := context.Background()
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx, out) }()
	go func() {
		for range out {
		}
	}()
	start := time.Now()
	goodRun := make(chan corpus.Run, 1)
	go func() {
		r, _ := p.RunSource(ctx, &Source{Name: "good", Kind: KindFeed, URL: good.URL + "/feed.xml"})
		goodRun <- r
	}()
	extraRuns := make(chan corpus.Run, 2)
	go func() {
		r, _ := p.RunSource(ctx, &Source{Name: "huge-feed", Kind: KindFeed, URL: huge.URL + "/feed.xml", MaxArticles: 5})
		extraRuns <- r
	}()
	go func() {
		r, _ := p.RunSource(ctx, &Source{Name: "sitemap-loop", Kind: KindSitemap, URL: loop.URL + "/sitemap.xml"})
		extraRuns <- r
	}()
	hostileRun, err := p.RunSource(ctx, &Source{Name: "hostile", Kind: KindFeed, URL: feed.URL})
	if err != nil {
		t.Fatalf("hostile source's discovery: %v", err)
	}
	gr := <-goodRun
	extra := map[string]corpus.Run{}
	for range 2 {
		r := <-extraRuns
		extra[r.Source] = r
	}
	p.CloseInput()
	<-done
	close(stopSampling)
	elapsed := time.Since(start)

	// ~6 MB of feed over this test's 2 MiB cap: refused with the reason.
	if r := extra["huge-feed"]; !strings.Contains(r.Error, "too large") || r.Finished.IsZero() {
		t.Errorf("100,000-item feed: %+v; want a bounded, recorded refusal", r)
	}
	if r := extra["sitemap-loop"]; r.New != 1 || r.Finished.IsZero() {
		t.Errorf("self-referencing sitemap index: %+v; want it read once and its one page stored", r)
	}
	if gr.New != 10 || gr.Failed != 0 {
		t.Errorf("good source affected: %+v", gr)
	}
	for _, b := range behaviours {
		u := urlOf(b.name)
		_, derr := store.DocumentByURL(ctx, u)
		st, serr := store.FetchState(ctx, u)
		switch {
		case b.stored && derr != nil:
			t.Errorf("%s: not stored (%v; fetch state %+v)", b.name, derr, st)
		case !b.stored && derr == nil:
			t.Errorf("%s: stored, want refused", b.name)
		case !b.stored && (serr != nil || st.Error == ""):
			t.Errorf("%s: no error recorded for the URL (%v, %+v)", b.name, serr, st)
		default:
			t.Logf("%-16s stored=%v error=%q", b.name, derr == nil, st.Error)
		}
	}
	for _, u := range []string{"http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/admin"} {
		if st, err := store.FetchState(ctx, u); err != nil || !strings.Contains(st.Error, "private") {
			t.Errorf("private link %s: state %+v, %v; want a private-address refusal", u, st, err)
		}
	}
	if until := f2.HostBackoff(urlOf("429-storm")); until.Before(time.Now().Add(30 * time.Minute)) {
		t.Errorf("429 with Retry-After: 3600 left back-off until %s, want about an hour", until)
	}
	if until := f2.HostBackoff(good.URL); !until.IsZero() {
		t.Errorf("the good host is backed off until %s", until)
	}
	wantNew := 0
	for _, b := range behaviours {
		if b.stored {
			wantNew++
		}
	}
	t.Logf("%d behaviours, hostile run %+v, %s, peak heap %d MiB", len(behaviours), hostileRun, elapsed.Round(time.Millisecond), peak.Load()>>20)
	if hostileRun.New != wantNew || hostileRun.New+hostileRun.Failed != len(behaviours)+2 {
		t.Errorf("hostile run counts %+v; want %d new and the rest failed", hostileRun, wantNew)
	}
	if elapsed > 30*time.Second {
		t.Errorf("hostile run took %s; timeouts should bound it", elapsed)
	}
	if peak.Load() > 256<<20 {
		t.Errorf("peak heap %d MiB; body caps should bound it", peak.Load()>>20)
	}
}
