package discover

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

const listingPage = `<!doctype html><html><head><title>News</title></head><body>
<nav><a href="/about">About</a></nav>
<main>
 <article class="teaser"><h2><a href="/2026/11/a.html">First   story</a></h2><time datetime="2026-11-25T09:30:00+01:00">25 Nov</time></article>
 <article class="teaser"><h2><a href="2026/11/b.html#comments">Second story</a></h2></article>
 <article class="teaser"><h2><a href="/2026/11/a.html">First story again</a></h2></article>
 <article class="teaser"><a href="/video/c.html" title="A video"><img src="c.jpg"></a></article>
 <article class="teaser"><a href="mailto:desk@news.example">Mail</a></article>
 <div class="teaser-ad"><a href="https://ads.example/x">Ad</a></div>
</main>
<a class="next" href="?page=2">Next</a>
</body></html>`

func TestParseListing(t *testing.T) {
	tests := []struct {
		name     string
		opts     ListingOptions
		wantURLs []string
		wantNext string
	}{
		{name: "anchors selected directly", opts: ListingOptions{LinkSelector: "article.teaser a"},
			wantURLs: []string{"/2026/11/a.html", "/news/2026/11/b.html", "/video/c.html"}},
		{name: "container selects first anchor", opts: ListingOptions{LinkSelector: "article.teaser h2"},
			wantURLs: []string{"/2026/11/a.html", "/news/2026/11/b.html"}},
		{name: "include pattern", opts: ListingOptions{LinkSelector: "a", Include: []string{`/\d{4}/\d{2}/`}},
			wantURLs: []string{"/2026/11/a.html", "/news/2026/11/b.html"}},
		{name: "exclude pattern", opts: ListingOptions{LinkSelector: "article a", Exclude: []string{`/video/`}},
			wantURLs: []string{"/2026/11/a.html", "/news/2026/11/b.html"}},
		{name: "next page found", opts: ListingOptions{LinkSelector: "h2 a", NextSelector: "a.next"},
			wantURLs: []string{"/2026/11/a.html", "/news/2026/11/b.html"}, wantNext: "/news/?page=2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			links, next, err := ParseListing([]byte(listingPage), "https://site.example/news/", tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range links {
				got = append(got, strings.TrimPrefix(l.URL, "https://site.example"))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantURLs) {
				t.Errorf("urls = %v, want %v", got, tt.wantURLs)
			}
			if strings.TrimPrefix(next, "https://site.example") != tt.wantNext {
				t.Errorf("next = %q, want %q", next, tt.wantNext)
			}
		})
	}
}

func TestParseListingTimeHint(t *testing.T) {
	links, _, err := ParseListing([]byte(listingPage), "https://site.example/news/", ListingOptions{LinkSelector: "h2 a"})
	if err != nil || len(links) != 2 {
		t.Fatalf("%d links, %v", len(links), err)
	}
	if want := time.Date(2026, 11, 25, 8, 30, 0, 0, time.UTC); !links[0].Published.Equal(want) {
		t.Errorf("first published = %s, want %s", links[0].Published, want)
	}
	if !links[1].Published.IsZero() {
		t.Errorf("second published = %s, want zero", links[1].Published)
	}
}

func TestParseListingTitlesBaseAndCharset(t *testing.T) {
	page := "<html><head><meta charset=\"iso-8859-1\"><base href=\"https://cdn.example/de/\"></head><body>" +
		"<ul><li><a href=\"artikel-1\">M\xfcnchen w\xe4hlt</a></li><li><a href=\"/x\" title=\"Nur Titel\"> </a></li></ul></body></html>"
	links, _, err := ParseListing([]byte(page), "https://site.example/", ListingOptions{LinkSelector: "li a"})
	if err != nil {
		t.Fatal(err)
	}
	want := []Link{{URL: "https://cdn.example/de/artikel-1", Title: "München wählt"}, {URL: "https://cdn.example/x", Title: "Nur Titel"}}
	if fmt.Sprint(links) != fmt.Sprint(want) {
		t.Errorf("links = %v, want %v", links, want)
	}
}

func TestListingOptionsValidate(t *testing.T) {
	tests := []struct {
		name    string
		opts    ListingOptions
		wantErr []string
	}{
		{name: "valid", opts: ListingOptions{LinkSelector: "a.story", NextSelector: "a[rel=next]", Include: []string{"^https://"}}},
		{name: "empty link selector", opts: ListingOptions{}, wantErr: []string{"link_selector"}},
		{name: "bad selectors and patterns all reported", opts: ListingOptions{LinkSelector: "a[", NextSelector: ":::",
			Include: []string{"("}, Exclude: []string{"ok", "[z-a]"}, MaxPages: -1},
			wantErr: []string{"link_selector", "next_selector", "include[0]", "exclude[1]", "max_pages"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.opts.Validate()
			if len(tt.wantErr) == 0 {
				if err != nil {
					t.Errorf("err = %v", err)
				}
				return
			}
			for _, w := range tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), w) {
					t.Errorf("err = %v, want mention of %s", err, w)
				}
			}
		})
	}
}

func TestListingOverHTTPFollowsPagesWithoutLooping(t *testing.T) {
	var mu sync.Mutex
	var pages []string
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		pages = append(pages, r.URL.RequestURI())
		mu.Unlock()
		p := r.URL.Query().Get("p")
		next := map[string]string{"": "?p=2", "2": "?p=3", "3": "/list"}[p] // page 3 leads back to page 1
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><body><a class="s" href="/story/%s-1">one</a><a class="s" href="/story/%s-2">two</a><a class="s" href="/story/shared">shared</a><a rel="next" href="%s">next</a></body></html>`, p, p, next)
	}))
	f := newFetcher(t)
	tests := []struct {
		name      string
		opts      ListingOptions
		wantLinks int
		wantPages int
	}{
		{name: "single page without next selector", opts: ListingOptions{LinkSelector: "a.s"}, wantLinks: 3, wantPages: 1},
		{name: "loop back to first page stops", opts: ListingOptions{LinkSelector: "a.s", NextSelector: "a[rel=next]"}, wantLinks: 7, wantPages: 3},
		{name: "page limit stops", opts: ListingOptions{LinkSelector: "a.s", NextSelector: "a[rel=next]", MaxPages: 2}, wantLinks: 5, wantPages: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mu.Lock()
			pages = nil
			mu.Unlock()
			links, err := Listing(t.Context(), f, srv.URL+"/list", tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(links) != tt.wantLinks || len(pages) != tt.wantPages {
				t.Errorf("%d links from %d pages %v, want %d from %d", len(links), len(pages), pages, tt.wantLinks, tt.wantPages)
			}
		})
	}
}

func TestListingRefusesNonHTML(t *testing.T) {
	srv := serve(t, staticFile("application/pdf", []byte("%PDF")))
	if _, err := Listing(t.Context(), newFetcher(t), srv.URL+"/x.pdf", ListingOptions{LinkSelector: "a"}); err == nil ||
		!strings.Contains(err.Error(), "application/pdf") {
		t.Errorf("err = %v, want content type error", err)
	}
}
