package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"tidings/ingest/fetch"
)

func ExampleFetcher_Fetch() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/report.pdf":
			w.Header().Set("Content-Type", "application/pdf")
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<h1>News</h1>")
		}
	}))
	defer srv.Close()

	cfg := fetch.DefaultConfig()
	cfg.MinDelay = 0
	cfg.AllowPrivate = true // httptest listens on 127.0.0.1
	f, err := fetch.New(cfg, nil, nil)
	if err != nil {
		panic(err)
	}
	defer f.Close()

	ctx := context.Background()
	html := []string{fetch.AcceptHTML}
	resp, err := f.Fetch(ctx, fetch.Request{URL: srv.URL + "/news", Accept: html})
	fmt.Println(string(resp.Body), err)
	_, err = f.Fetch(ctx, fetch.Request{URL: srv.URL + "/private/x", Accept: html})
	fmt.Println(errors.Is(err, fetch.ErrRobotsBlocked))
	_, err = f.Fetch(ctx, fetch.Request{URL: srv.URL + "/report.pdf", Accept: html})
	fmt.Println(errors.Is(err, fetch.ErrContentType))
	// Output:
	// <h1>News</h1> <nil>
	// true
	// true
}
