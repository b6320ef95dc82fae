package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"time"
	"unicode/utf8"

	"tidings/corpus"
	"tidings/ingest/article"
	"tidings/ingest/discover"
	"tidings/ingest/fetch"
)

// discover lists a source's article links.
func (p *Pipeline) discover(ctx context.Context, src *Source) ([]discover.Link, error) {
	if src.Kind == KindFile {
		return discoverFile(src)
	}
	if p.fetcher == nil {
		return nil, fmt.Errorf("no fetcher for %s source", src.Kind)
	}
	ctx = fetch.WithPrivateAccess(ctx, src.AllowPrivate, src.AllowHosts)
	switch src.Kind {
	case KindFeed:
		links, err := discover.Feed(ctx, p.fetcher, src.URL)
		if errors.Is(err, fetch.ErrNotModified) {
			return nil, nil // feed unchanged since the last run: nothing new
		}
		return links, err
	case KindSitemap:
		opts := discover.SitemapOptions{}
		if src.Since > 0 {
			opts.Since = p.opts.Now().Add(-src.Since)
		}
		return p.discoverSitemaps(ctx, src.URL, opts)
	case KindPage:
		return discover.Listing(ctx, p.fetcher, src.URL, discover.ListingOptions{
			LinkSelector: src.LinkSelector, NextSelector: src.NextSelector, MaxPages: src.MaxPages,
			Include: patterns(src.Include), Exclude: patterns(src.Exclude),
		})
	}
	return nil, fmt.Errorf("unknown source kind %q", src.Kind)
}

// discoverSitemaps reads the sitemap at sitemapURL or, when it names a
// site root or its robots.txt, every sitemap its robots.txt lists.
func (p *Pipeline) discoverSitemaps(ctx context.Context, sitemapURL string, opts discover.SitemapOptions) ([]discover.Link, error) {
	u, err := url.Parse(sitemapURL)
	if err != nil || (u.Path != "" && u.Path != "/" && u.Path != "/robots.txt") {
		return discover.Sitemap(ctx, p.fetcher, sitemapURL, opts)
	}
	maps, err := discover.RobotsSitemaps(ctx, p.fetcher, sitemapURL)
	if err != nil {
		return nil, err
	}
	if len(maps) == 0 {
		return nil, fmt.Errorf("robots.txt of %s lists no Sitemap", u.Host)
	}
	var links []discover.Link
	var errs []error
	for _, m := range maps {
		l, err := discover.Sitemap(ctx, p.fetcher, m, opts)
		links = append(links, l...)
		if err != nil {
			errs = append(errs, err)
		}
	}
	return links, errors.Join(errs...)
}

func patterns(res []*regexp.Regexp) []string {
	out := make([]string, len(res))
	for i, re := range res {
		out[i] = re.String()
	}
	return out
}

// discoverFile reads a feed file from disk; its item links name pages that
// sit beside it (by file name), so the sample works offline.
func discoverFile(src *Source) ([]discover.Link, error) {
	body, err := os.ReadFile(src.Path)
	if err != nil {
		return nil, fmt.Errorf("read feed file: %w", err)
	}
	links, err := discover.ParseFeed(body, "file://"+filepath.ToSlash(src.Path))
	if err != nil {
		return nil, fmt.Errorf("feed file %s: %w", src.Path, err)
	}
	return links, nil
}

// fetchDocument fetches and parses one article page.
func (p *Pipeline) fetchDocument(ctx context.Context, j *job) (*corpus.Document, error) {
	body, contentType, finalURL, err := p.fetchPage(ctx, j)
	if err != nil {
		return nil, err
	}
	fetched := p.opts.Now().UTC()
	a, err := article.ParseBytes(body, contentType, finalURL, article.Hints{Title: j.link.Title, Published: j.link.Published, Fetched: fetched})
	if err != nil {
		return nil, &parseError{url: j.url, err: err}
	}
	if a.Text == "" || !utf8.ValidString(a.Text) {
		return nil, &parseError{url: j.url, err: errors.New("no article text found")}
	}
	return &corpus.Document{
		URL: j.url, Source: j.src.Name, Title: a.Title, Authors: a.Authors,
		Published: a.Published, Modified: a.Modified, Fetched: fetched, Language: a.Language,
		SiteName: a.SiteName, ImageURL: a.ImageURL, Text: a.Text, RawHTML: body,
		ContentHash: contentHash(a.Text), SimHash: simHash(a.Text), DateSource: a.DateSource,
	}, nil
}

func (p *Pipeline) fetchPage(ctx context.Context, j *job) (body []byte, contentType, finalURL string, err error) {
	if j.src.Kind == KindFile {
		u, err := url.Parse(j.link.URL)
		if err != nil {
			return nil, "", "", fmt.Errorf("bad link %q: %w", j.link.URL, err)
		}
		// path.Base keeps the read inside the sample's folder whatever the link says.
		file := filepath.Join(filepath.Dir(j.src.Path), path.Base(u.Path))
		body, err := os.ReadFile(file)
		if err != nil {
			return nil, "", "", fmt.Errorf("read page for %s: %w", j.url, err)
		}
		return body, "text/html", j.link.URL, nil
	}
	resp, err := p.fetcher.Fetch(ctx, fetch.Request{
		URL: j.link.URL, Accept: []string{fetch.AcceptHTML}, AllowPrivate: j.src.AllowPrivate, AllowHosts: j.src.AllowHosts,
	})
	if err != nil {
		return nil, "", "", err
	}
	if looksBinary(resp.Body) {
		return nil, "", "", &parseError{url: j.url, err: fmt.Errorf("binary content served as %q", resp.ContentType)}
	}
	return resp.Body, resp.ContentType, resp.URL, nil
}

// looksBinary reports whether a body declared as HTML is binary: NUL bytes
// or many control characters in its first 8 KiB. Text in any charset has
// neither.
func looksBinary(body []byte) bool {
	head := body[:min(len(body), 8192)]
	control := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x09 || (c > 0x0d && c < 0x20):
			control++
		}
	}
	return control*20 > len(head) // over 5%
}

// parseError is a page fetched but not usable as an article.
type parseError struct {
	url string
	err error
}

func (e *parseError) Error() string { return fmt.Sprintf("parse %s: %v", e.url, e.err) }
func (e *parseError) Unwrap() error { return e.err }

// BackoffUntil returns until when any host of src asked us to wait; zero
// when none did.
func (p *Pipeline) BackoffUntil(src *Source) time.Time {
	if p.fetcher == nil || src.URL == "" {
		return time.Time{}
	}
	return p.fetcher.HostBackoff(src.URL)
}
