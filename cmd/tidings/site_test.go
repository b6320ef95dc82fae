package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// newsSite is a local news site: an RSS feed of n articles, each a real
// HTML page with a headline, a date, people, companies and money.
type newsSite struct {
	*httptest.Server
	articles atomic.Int64 // grows while a test runs: news keeps coming
}

func (s *newsSite) count() int { return int(s.articles.Load()) }

var (
	siteCompanies = []string{"Boeing", "Airbus", "General Motors", "Apple", "Amazon", "OpenAI", "Toyota", "Siemens"}
	sitePeople    = []string{"Mary Barra", "Andy Jassy", "Tim Cook", "Guillaume Faury", "Akio Toyoda"}
	sitePlaces    = []string{"Seattle", "Toulouse", "Detroit", "Tokyo", "Munich", "London"}
)

func startNewsSite(t testing.TB, n int) *newsSite {
	s := &newsSite{}
	s.articles.Store(int64(n))
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, s.feed())
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/news/%d.html", &i); err != nil || i < 0 || i >= s.count() {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, s.page(i))
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func (s *newsSite) published(i int) time.Time {
	return time.Date(2025, 10, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
}

func (s *newsSite) articleURL(i int) string { return fmt.Sprintf("%s/news/%d.html", s.URL, i) }

func (s *newsSite) title(i int) string {
	return fmt.Sprintf("%s agrees deal number %d with %s", siteCompanies[i%len(siteCompanies)], i, siteCompanies[(i+3)%len(siteCompanies)])
}

func (s *newsSite) feed() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Local News</title><link>` + s.URL + `</link>`)
	for i := s.count() - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>", s.title(i), s.articleURL(i),
			s.published(i).Format(time.RFC1123Z))
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func (s *newsSite) page(i int) string {
	co, other := siteCompanies[i%len(siteCompanies)], siteCompanies[(i+3)%len(siteCompanies)]
	person, place := sitePeople[i%len(sitePeople)], sitePlaces[i%len(sitePlaces)]
	pub := s.published(i)
	paras := []string{
		fmt.Sprintf("%s said on Tuesday it would invest up to $%d billion in %s, starting with an initial $%d million, chief executive %s told reporters in %s.",
			co, 10+i%40, other, 100+i, person, place),
		fmt.Sprintf("The agreement, number %d of its kind, runs until %d and gives %s a %d%% stake. Analysts at %s expect revenue to grow %d percent next year.",
			i, 2030+i%7, co, 5+i%30, other, 2+i%9),
		fmt.Sprintf("%s shares rose %d.%d%% in %s trading after the announcement, which followed talks that began in October %d.",
			co, i%5, i%10, place, pub.Year()-1),
		fmt.Sprintf("“This is a long-term commitment,” %s said. Article reference %d-%d-%d for the archive.", person, i, i*7, i*13),
	}
	var body strings.Builder
	for _, p := range paras {
		body.WriteString("<p>" + p + "</p>\n")
	}
	return fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%[1]s | Local News</title>
<meta property="og:title" content="%[1]s"><meta property="article:published_time" content="%[2]s">
<meta name="author" content="Staff Reporter"></head><body>
<header><nav><a href="/">Home</a> <a href="/business">Business</a></nav></header>
<article><h1>%[1]s</h1><p class="byline">By Staff Reporter</p>
%[3]s</article>
<footer>© Local News. <a href="/privacy">Privacy</a></footer></body></html>`, s.title(i), pub.Format(time.RFC3339), body.String())
}
