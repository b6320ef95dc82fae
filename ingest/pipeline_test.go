package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"tidings/corpus"
	"tidings/corpus/corpustest"
	"tidings/ingest/fetch"
)

// site serves a feed of n article pages plus whatever extra handlers a
// test adds.
func site(t *testing.T, n int, extra map[string]http.HandlerFunc) *httptest.Server {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
		for i := 0; i < n; i++ {
			fmt.Fprintf(w, `<item><title>Story %d</title><link>%s/a/%d?utm_source=rss</link><pubDate>Tue, 10 Feb 2026 09:00:00 +0000</pubDate></item>`, i, srv.URL, i)
		}
		for path := range extra {
			fmt.Fprintf(w, `<item><title>x</title><link>%s%s</link></item>`, srv.URL, path)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/a/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articlePage(r.URL.Path))
	})
	for path, h := range extra {
		mux.HandleFunc(path, h)
	}
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func articlePage(id string) string {
	return `<html><head><title>Story ` + id + `</title></head><body><article><h1>Story ` + id + `</h1>
<p>Amazon said on Tuesday it would invest up to $50 billion in OpenAI, starting with an initial $15 billion, in story ` + id + `.</p>
<p>The license runs until 2032 and gives Amazon a 27% stake, chief executive Andy Jassy said in Seattle.</p></article></body></html>`
}

func testFetcher(t *testing.T) *fetch.Fetcher {
	cfg := fetch.DefaultConfig()
	cfg.AllowPrivate, cfg.MinDelay, cfg.Retries, cfg.Timeout = true, 0, 1, 5*time.Second
	cfg.BackoffBase, cfg.BackoffMax = 10*time.Millisecond, 50*time.Millisecond
	f, err := fetch.New(cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Close)
	return f
}

// fakeExtract finds "$" amounts only: enough to see facts flow through.
func fakeExtract(doc *corpus.Document, _ *Source) []corpus.Fact {
	var facts []corpus.Fact
	for i := strings.Index(doc.Text, "$"); i >= 0; {
		end := i + strings.IndexAny(doc.Text[i:], " ,.")
		facts = append(facts, corpus.Fact{Type: corpus.FactMoney, Start: i, End: end, Text: doc.Text[i:end], Currency: "USD"})
		next := strings.Index(doc.Text[end:], "$")
		if next < 0 {
			break
		}
		i = end + next
	}
	return facts
}

// runPipeline runs src once through a fresh pipeline and returns the run
// and what reached the index channel.
func runPipeline(t *testing.T, store corpus.Store, f *fetch.Fetcher, src *Source, extract ExtractFunc) (corpus.Run, []Stored, error) {
	t.Helper()
	p := NewPipeline(store, f, extract, nil, Options{})
	out := make(chan Stored)
	done := make(chan error, 1)
	go func() { done <- p.Run(context.Background(), out) }()
	var stored []Stored
	collected := make(chan struct{})
	go func() {
		for s := range out {
			stored = append(stored, s)
		}
		close(collected)
	}()
	run, err := p.RunSource(context.Background(), src)
	p.CloseInput()
	select {
	case perr := <-done:
		if perr != nil {
			t.Fatalf("pipeline: %v", perr)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("pipeline did not finish")
	}
	<-collected
	return run, stored, err
}

func TestPipelineStoresEveryArticleOnce(t *testing.T) {
	srv := site(t, 12, nil)
	store := corpustest.NewMemory()
	src := &Source{Name: "local", Kind: KindFeed, URL: srv.URL + "/feed.xml"}
	run, stored, err := runPipeline(t, store, testFetcher(t), src, fakeExtract)
	if err != nil {
		t.Fatal(err)
	}
	if run.New != 12 || run.Failed != 0 || len(stored) != 12 {
		t.Fatalf("run = %+v, %d sent to the index; want 12 new", run, len(stored))
	}
	d, err := store.DocumentByURL(context.Background(), srv.URL+"/a/3")
	if err != nil {
		t.Fatalf("tracking parameter not stripped from the stored URL: %v", err)
	}
	if d.Title != "Story /a/3" || !strings.Contains(d.Text, "$50 billion") || d.ContentHash == "" {
		t.Errorf("stored document = %+v", d)
	}
	facts, _ := store.Facts(context.Background(), d.ID)
	if len(facts) != 2 {
		t.Errorf("stored %d facts, want 2", len(facts))
	}
	runs, _ := store.LastRuns(context.Background())
	if r := runs["local"]; r.Finished.IsZero() || r.New != 12 {
		t.Errorf("recorded run = %+v", r)
	}

	// Second run: everything is stored already, nothing is fetched.
	run, stored, err = runPipeline(t, store, testFetcher(t), src, fakeExtract)
	if err != nil || run.Unchanged != 12 || run.New != 0 || len(stored) != 0 {
		t.Errorf("second run = %+v, %d stored, %v; want 12 unchanged", run, len(stored), err)
	}
}

func TestPipelineBadPagesFailAloneAndRunContinues(t *testing.T) {
	var flaky atomic.Int32
	srv := site(t, 3, map[string]http.HandlerFunc{
		"/pdf": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.4"))
		},
		"/gone": func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) },
		"/empty": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body></body></html>"))
		},
		"/flaky": func(w http.ResponseWriter, r *http.Request) {
			if flaky.Add(1) == 1 {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(articlePage("flaky")))
		},
		"/panic": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(articlePage("PANIC")))
		},
	})
	extract := func(doc *corpus.Document, src *Source) []corpus.Fact {
		if strings.Contains(doc.Text, "PANIC") {
			panic("extractor bug")
		}
		return fakeExtract(doc, src)
	}
	store := corpustest.NewMemory()
	src := &Source{Name: "local", Kind: KindFeed, URL: srv.URL + "/feed.xml"}
	run, _, err := runPipeline(t, store, testFetcher(t), src, extract)
	if err != nil {
		t.Fatal(err)
	}
	// 3 stories + flaky (retried) stored; pdf, gone, empty, panic failed.
	if run.New != 4 || run.Failed != 4 {
		t.Errorf("run = %+v; want 4 new (3 stories and the flaky page) and 4 failed", run)
	}
}

func TestPipelineDiscoveryFailureIsTheRunsError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte("<rss><channel><item><title>trunc"))
	}))
	defer srv.Close()
	store := corpustest.NewMemory()
	run, _, err := runPipeline(t, store, testFetcher(t), &Source{Name: "broken", Kind: KindFeed, URL: srv.URL + "/feed"}, fakeExtract)
	if err == nil || !strings.Contains(err.Error(), "broken") {
		t.Fatalf("truncated feed: err = %v, want an error naming the source", err)
	}
	runs, _ := store.LastRuns(context.Background())
	if runs["broken"].Error == "" || run.New != 0 {
		t.Errorf("run recorded without its error: %+v", runs["broken"])
	}
}

func TestPipelineMarksNearDuplicates(t *testing.T) {
	long := strings.Repeat("The central bank raised interest rates by a quarter point on Wednesday, citing persistent inflation. ", 12)
	srv := site(t, 0, map[string]http.HandlerFunc{
		"/orig": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, "<html><body><article><h1>Rates</h1><p>%s</p></article></body></html>", long)
		},
		"/copy": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, "<html><body><article><h1>Rates (wire)</h1><p>%s Reporting by a wire service.</p></article></body></html>", long)
		},
	})
	store := corpustest.NewMemory()
	if _, _, err := runPipeline(t, store, testFetcher(t), &Source{Name: "s", Kind: KindFeed, URL: srv.URL + "/feed.xml"}, fakeExtract); err != nil {
		t.Fatal(err)
	}
	a, _ := store.DocumentByURL(context.Background(), srv.URL+"/orig")
	b, _ := store.DocumentByURL(context.Background(), srv.URL+"/copy")
	if a == nil || b == nil {
		t.Fatal("pages not stored")
	}
	if (a.DuplicateOf == 0) == (b.DuplicateOf == 0) {
		t.Errorf("exactly one of the near copies should point at the other: %d→%d, %d→%d", a.ID, a.DuplicateOf, b.ID, b.DuplicateOf)
	}
}

func TestPipelineStopsCleanlyOnCancel(t *testing.T) {
	block := make(chan struct{})
	srv := site(t, 0, map[string]http.HandlerFunc{})
	srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "feed.xml") {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<rss version="2.0"><channel><title>t</title>`)
			for i := 0; i < 50; i++ {
				fmt.Fprintf(w, `<item><link>http://%s/slow/%d</link></item>`, r.Host, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		<-block
	})
	defer close(block)
	store := corpustest.NewMemory()
	p := NewPipeline(store, testFetcher(t), fakeExtract, nil, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan Stored)
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx, out) }()
	go func() {
		for range out {
		}
	}()
	runDone := make(chan corpus.Run, 1)
	go func() {
		r, _ := p.RunSource(ctx, &Source{Name: "slow", Kind: KindFeed, URL: srv.URL + "/feed.xml"})
		runDone <- r
	}()
	time.Sleep(300 * time.Millisecond)
	cancel()
	select {
	case r := <-runDone:
		if r.New != 0 {
			t.Errorf("run stored %d documents from pages that never answered", r.New)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("RunSource did not return after cancel")
	}
	p.CloseInput()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("pipeline did not stop after cancel")
	}
	runs, _ := store.LastRuns(context.Background())
	if runs["slow"].Finished.IsZero() {
		t.Error("cancelled run not recorded as finished")
	}
}

func TestSitemapSourceFromRobotsTxt(t *testing.T) {
	var srv *httptest.Server
	srv = site(t, 4, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "User-agent: *\nAllow: /\nSitemap: %s/news-sitemap.xml\n", srv.URL)
		},
		"/news-sitemap.xml": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
			for i := 0; i < 3; i++ {
				fmt.Fprintf(w, `<url><loc>%s/a/%d</loc><news:news><news:publication_date>2026-02-10T09:00:00Z</news:publication_date><news:title>Story %d</news:title></news:news></url>`, srv.URL, i, i)
			}
			fmt.Fprint(w, `</urlset>`)
		},
	})
	store := corpustest.NewMemory()
	run, _, err := runPipeline(t, store, testFetcher(t), &Source{Name: "maps", Kind: KindSitemap, URL: srv.URL + "/"}, fakeExtract)
	if err != nil || run.New != 3 {
		t.Fatalf("sitemap source from robots.txt: %+v, %v; want 3 new", run, err)
	}
	d, err := store.DocumentByURL(context.Background(), srv.URL+"/a/1")
	if err != nil || d.Published.IsZero() {
		t.Errorf("sitemap article: %+v, %v; want it stored with a date", d, err)
	}
}

func TestListingPageSource(t *testing.T) {
	var srv *httptest.Server
	srv = site(t, 6, map[string]http.HandlerFunc{
		"/business": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><body><nav><a href="/about">About</a></nav><ul class="stories">`)
			for i := 0; i < 6; i++ {
				fmt.Fprintf(w, `<li><a class="story" href="/a/%d">Story %d</a></li>`, i, i)
			}
			fmt.Fprint(w, `</ul><a class="story" href="/video/1">Video</a></body></html>`)
		},
	})
	exclude, _ := CompilePatterns([]string{`/video/`})
	store := corpustest.NewMemory()
	src := &Source{Name: "listing", Kind: KindPage, URL: srv.URL + "/business", LinkSelector: "a.story", Exclude: exclude}
	run, _, err := runPipeline(t, store, testFetcher(t), src, fakeExtract)
	if err != nil || run.New != 6 || run.Failed != 0 {
		t.Fatalf("listing source: %+v, %v; want the 6 stories (video excluded, nav ignored)", run, err)
	}
}
