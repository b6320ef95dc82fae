package discover

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestParseSitemapEvalFiles(t *testing.T) {
	tests := []struct {
		name, file   string
		opts         SitemapOptions
		wantIndex    bool
		wantURLs     int
		wantSitemaps int
		wantFirst    Link
	}{
		{name: "google news", file: "sitemaps/gopher-parse-sitemap_sitemap-news.xml", wantURLs: 4,
			wantFirst: Link{URL: "http://HOST/"}},
		{name: "google news since 2015-05-07 noon keeps dated later", file: "sitemaps/gopher-parse-sitemap_sitemap-news.xml",
			opts: SitemapOptions{Since: time.Date(2015, 5, 7, 12, 0, 0, 0, time.UTC)}, wantURLs: 2,
			wantFirst: Link{URL: "http://HOST/contribution-to-oss/", Title: "contribution-to-oss", Published: time.Date(2015, 5, 7, 18, 20, 0, 0, time.UTC)}},
		{name: "sitemap index", file: "sitemaps/gopher-parse-sitemap_sitemap-index.xml", wantIndex: true, wantSitemaps: 3},
		{name: "sitemap index since 2005 keeps undated and newer", file: "sitemaps/gopher-parse-sitemap_sitemap-index.xml",
			opts: SitemapOptions{Since: time.Date(2004, 12, 31, 0, 0, 0, 0, time.UTC)}, wantIndex: true, wantSitemaps: 2},
		{name: "sitemaps.org", file: "trafilatura/sitemap.xml", wantURLs: 84,
			wantFirst: Link{URL: "https://www.sitemaps.org/", Published: time.Date(2016, 11, 21, 0, 0, 0, 0, time.UTC)}},
		{name: "gzip by magic bytes", file: "trafilatura/sitemap.xml.gz", wantURLs: 84,
			wantFirst: Link{URL: "https://www.sitemaps.org/", Published: time.Date(2016, 11, 21, 0, 0, 0, 0, time.UTC)}},
		{name: "hreflang alternates skipped, stray sitemap kept", file: "trafilatura/sitemap-hreflang.xml", wantURLs: 3, wantSitemaps: 1,
			wantFirst: Link{URL: "http://www.example.com/english/page.html"}},
		{name: "max urls truncates", file: "trafilatura/sitemap.xml", opts: SitemapOptions{MaxURLs: 10}, wantURLs: 10,
			wantFirst: Link{URL: "https://www.sitemaps.org/", Published: time.Date(2016, 11, 21, 0, 0, 0, 0, time.UTC)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := readFeedFile(t, tt.file)
			doc, err := ParseSitemap(bytes.NewReader(body), "https://site.example/sitemap.xml", tt.opts)
			if err != nil {
				t.Fatalf("ParseSitemap: %v", err)
			}
			if doc.Index != tt.wantIndex || len(doc.URLs) != tt.wantURLs || len(doc.Sitemaps) != tt.wantSitemaps {
				t.Fatalf("index %v, %d urls, %d sitemaps; want %v, %d, %d", doc.Index, len(doc.URLs), len(doc.Sitemaps),
					tt.wantIndex, tt.wantURLs, tt.wantSitemaps)
			}
			if tt.wantURLs > 0 && fmt.Sprint(doc.URLs[0]) != fmt.Sprint(tt.wantFirst) {
				t.Errorf("first = %+v, want %+v", doc.URLs[0], tt.wantFirst)
			}
		})
	}
}

func TestParseSitemapInline(t *testing.T) {
	const ns = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"`
	tests := []struct {
		name, body string
		opts       SitemapOptions
		want       []string // URLs
		wantErr    error
	}{
		{name: "relative loc resolved", body: `<urlset ` + ns + `><url><loc>/a</loc></url></urlset>`,
			want: []string{"https://site.example/a"}},
		{name: "entity in news title", body: `<urlset ` + ns + `><url><loc>/a</loc><news:news><news:title>A&nbsp;&amp;&nbsp;B</news:title></news:news></url></urlset>`,
			want: []string{"https://site.example/a"}},
		{name: "undated dropped when since set", opts: SitemapOptions{Since: time.Unix(0, 0)},
			body: `<urlset ` + ns + `><url><loc>/a</loc></url><url><loc>/b</loc><lastmod>2020-01-01</lastmod></url></urlset>`,
			want: []string{"https://site.example/b"}},
		{name: "undated kept on request", opts: SitemapOptions{Since: time.Unix(0, 0), KeepUndated: true},
			body: `<urlset ` + ns + `><url><loc>/a</loc></url></urlset>`, want: []string{"https://site.example/a"}},
		{name: "news date wins over lastmod", opts: SitemapOptions{Since: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)},
			body: `<urlset ` + ns + `><url><loc>/a</loc><lastmod>2025-01-01</lastmod><news:news><news:publication_date>2020-01-01</news:publication_date></news:news></url></urlset>`},
		{name: "text sitemap", body: "https://a.example/1\n\nhttps://a.example/2\nnot a url\n", want: []string{"https://a.example/1", "https://a.example/2"}},
		{name: "non-http loc skipped", body: `<urlset><url><loc>ftp://x/y</loc></url><url><loc>https://x.example/</loc></url></urlset>`,
			want: []string{"https://x.example/"}},
		{name: "html is not a sitemap", body: `<html><body>x</body></html>`, wantErr: ErrNotSitemap},
		{name: "empty is not a sitemap", body: ``, wantErr: ErrNotSitemap},
		{name: "truncated xml fails", body: `<urlset><url><loc>https://x.example/</loc></url><url><lo`},
		{name: "too large fails", body: `<urlset><url><loc>https://x.example/` + strings.Repeat("a", 200) + `</loc></url></urlset>`,
			opts: SitemapOptions{MaxBytes: 100}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseSitemap(strings.NewReader(tt.body), "https://site.example/sitemap.xml", tt.opts)
			if tt.wantErr != nil || tt.want == nil && strings.Contains(tt.name, "fails") {
				if err == nil || tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range doc.URLs {
				got = append(got, l.URL)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("urls = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseW3CDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2015-05-07", time.Date(2015, 5, 7, 0, 0, 0, 0, time.UTC)},
		{"2015-05-07T19:13:09+09:00", time.Date(2015, 5, 7, 10, 13, 9, 0, time.UTC)},
		{"2015-05-07T19:20+01:00", time.Date(2015, 5, 7, 18, 20, 0, 0, time.UTC)},
		{"2015-05-07T19:20:30.45+01:00", time.Date(2015, 5, 7, 18, 20, 30, 450_000_000, time.UTC)},
		{"2015-05-07T19:20:30Z", time.Date(2015, 5, 7, 19, 20, 30, 0, time.UTC)},
		{"2015-05-07 19:20:30", time.Date(2015, 5, 7, 19, 20, 30, 0, time.UTC)},
		{"2015-05", time.Date(2015, 5, 1, 0, 0, 0, 0, time.UTC)},
		{"2015", time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"Thu, 07 May 2015 19:20:30 GMT", time.Date(2015, 5, 7, 19, 20, 30, 0, time.UTC)},
		{"yesterday", time.Time{}},
		{"", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parseW3CDate(tt.in); !got.Equal(tt.want) {
				t.Errorf("parseW3CDate(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestSitemapOverHTTP(t *testing.T) {
	mux := http.NewServeMux()
	var hits atomic.Int32
	urlset := func(paths ...string) []byte {
		var sb strings.Builder
		sb.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, p := range paths {
			fmt.Fprintf(&sb, "<url><loc>%s</loc><lastmod>2026-01-02</lastmod></url>", p)
		}
		sb.WriteString("</urlset>")
		return []byte(sb.String())
	}
	index := func(children ...string) []byte {
		var sb strings.Builder
		sb.WriteString(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, c := range children {
			fmt.Fprintf(&sb, "<sitemap><loc>%s</loc></sitemap>", c)
		}
		sb.WriteString("</sitemapindex>")
		return []byte(sb.String())
	}
	count := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) { hits.Add(1); h(w, r) }
	}
	mux.HandleFunc("/index.xml", count(staticFile("application/xml", index("/a.xml", "/b.xml.gz", "/c.xml", "/missing.xml", "/a.xml"))))
	mux.HandleFunc("/a.xml", count(staticFile("text/xml", urlset("/p/1", "/p/2"))))
	mux.HandleFunc("/b.xml.gz", count(staticFile("application/x-gzip", gzipped(urlset("/p/3", "/p/1")))))
	mux.HandleFunc("/c.xml", count(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "application/xml")
		w.Write(gzipped(urlset("/p/4")))
	}))
	mux.HandleFunc("/self.xml", count(staticFile("application/xml", index("/self.xml", "/loop2.xml"))))
	mux.HandleFunc("/loop2.xml", count(staticFile("application/xml", index("/self.xml", "/a.xml"))))
	for i := range 6 {
		mux.HandleFunc(fmt.Sprintf("/deep%d.xml", i), count(staticFile("application/xml", index(fmt.Sprintf("/deep%d.xml", i+1)))))
	}
	mux.HandleFunc("/robots.txt", staticFile("text/plain", []byte("User-agent: *\nAllow: /\nSitemap: /index.xml\nSitemap: https://other.example/s.xml\nSitemap: /index.xml\n")))
	srv := serve(t, mux)
	f := newFetcher(t)

	t.Run("index with gzip children and a failing child", func(t *testing.T) {
		hits.Store(0)
		links, err := Sitemap(t.Context(), f, srv.URL+"/index.xml", SitemapOptions{})
		var got []string
		for _, l := range links {
			got = append(got, strings.TrimPrefix(l.URL, srv.URL))
		}
		if fmt.Sprint(got) != "[/p/1 /p/2 /p/3 /p/4]" {
			t.Errorf("links = %v", got)
		}
		if err == nil || !strings.Contains(err.Error(), "/missing.xml") {
			t.Errorf("err = %v, want the missing child named", err)
		}
		if n := hits.Load(); n != 4 {
			t.Errorf("%d sitemap requests, want 4 (duplicate child fetched once)", n)
		}
	})
	t.Run("index pointing to itself terminates", func(t *testing.T) {
		hits.Store(0)
		links, err := Sitemap(t.Context(), f, srv.URL+"/self.xml", SitemapOptions{})
		if err != nil || len(links) != 2 {
			t.Errorf("%d links, err %v; want 2", len(links), err)
		}
		if n := hits.Load(); n != 3 {
			t.Errorf("%d requests, want 3", n)
		}
	})
	t.Run("deep nesting stops at max depth", func(t *testing.T) {
		hits.Store(0)
		_, err := Sitemap(t.Context(), f, srv.URL+"/deep0.xml", SitemapOptions{MaxDepth: 2})
		if err == nil || !strings.Contains(err.Error(), "deeper than 2") {
			t.Errorf("err = %v, want depth error", err)
		}
		if n := hits.Load(); n != 3 {
			t.Errorf("%d requests, want 3", n)
		}
	})
	t.Run("since filters everything out", func(t *testing.T) {
		links, _ := Sitemap(t.Context(), f, srv.URL+"/a.xml", SitemapOptions{Since: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
		if len(links) != 0 {
			t.Errorf("links = %v, want none", links)
		}
	})
	t.Run("missing root fails", func(t *testing.T) {
		if _, err := Sitemap(t.Context(), f, srv.URL+"/missing.xml", SitemapOptions{}); err == nil {
			t.Error("want an error")
		}
	})
	t.Run("robots sitemaps resolved and deduplicated", func(t *testing.T) {
		got, err := RobotsSitemaps(t.Context(), f, srv.URL+"/some/page")
		want := []string{srv.URL + "/index.xml", "https://other.example/s.xml"}
		if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("RobotsSitemaps = %v, %v; want %v", got, err, want)
		}
	})
}

func TestSitemapEvalFilesOverHTTP(t *testing.T) {
	news := readFeedFile(t, "sitemaps/gopher-parse-sitemap_sitemap-news.xml")
	gz := readFeedFile(t, "trafilatura/sitemap.xml.gz")
	mux := http.NewServeMux()
	mux.HandleFunc("/news.xml", staticFile("application/xml", news))
	mux.HandleFunc("/sitemap.xml.gz", staticFile("application/octet-stream", gz))
	srv := serve(t, mux)
	f := newFetcher(t)
	for path, want := range map[string]int{"/news.xml": 4, "/sitemap.xml.gz": 84} {
		t.Run(path, func(t *testing.T) {
			links, err := Sitemap(t.Context(), f, srv.URL+path, SitemapOptions{})
			if err != nil || len(links) != want {
				t.Errorf("%d links, err %v; want %d", len(links), err, want)
			}
		})
	}
}
