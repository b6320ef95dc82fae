package discover

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"

	"tidings/ingest/fetch"
)

// Sitemap fetches the sitemap at url and, when it is an index, the
// sitemaps it lists (breadth first, nesting bounded by opts.MaxDepth, each
// file at most once, opts.MaxSitemaps files in all), and returns the page
// links newer than opts.Since, without duplicates, at most opts.MaxURLs.
//
// A failure of the first file fails the call. Failures of child sitemaps do
// not: the links found elsewhere are returned together with an error
// joining those failures.
func Sitemap(ctx context.Context, f *fetch.Fetcher, url string, opts SitemapOptions) ([]Link, error) {
	opts = opts.withDefaults()
	type job struct {
		url   string
		depth int
	}
	queue := []job{{url: url}}
	visited := map[string]bool{url: true}
	seen := map[string]bool{}
	var links []Link
	var errs []error
	for fetched := 0; len(queue) > 0; fetched++ {
		j := queue[0]
		queue = queue[1:]
		if fetched >= opts.MaxSitemaps {
			errs = append(errs, fmt.Errorf("sitemap %s: skipped, more than %d sitemaps", j.url, opts.MaxSitemaps))
			continue
		}
		fileOpts := opts
		fileOpts.MaxURLs = opts.MaxURLs - len(links)
		doc, err := fetchSitemap(ctx, f, j.url, fileOpts)
		if err != nil {
			if j.depth == 0 || ctx.Err() != nil {
				return links, err
			}
			errs = append(errs, err)
			continue
		}
		for _, l := range doc.URLs {
			if !seen[l.URL] {
				seen[l.URL] = true
				links = append(links, l)
			}
		}
		if len(links) >= opts.MaxURLs {
			break
		}
		for _, child := range doc.Sitemaps {
			switch {
			case visited[child.URL]:
			case j.depth+1 > opts.MaxDepth:
				errs = append(errs, fmt.Errorf("sitemap %s: skipped, index nesting deeper than %d", child.URL, opts.MaxDepth))
			default:
				visited[child.URL] = true
				queue = append(queue, job{url: child.URL, depth: j.depth + 1})
			}
		}
	}
	return links, errors.Join(errs...)
}

// fetchSitemap fetches and parses one sitemap file.
func fetchSitemap(ctx context.Context, f *fetch.Fetcher, url string, opts SitemapOptions) (*SitemapDoc, error) {
	resp, err := f.Fetch(ctx, fetch.Request{URL: url, Accept: []string{fetch.AcceptXML, fetch.AcceptGzip, fetch.AcceptText}})
	if err != nil {
		return nil, fmt.Errorf("discover sitemap: %w", err)
	}
	doc, err := ParseSitemap(bytes.NewReader(resp.Body), resp.URL, opts)
	if err != nil {
		return nil, fmt.Errorf("discover sitemap %s: %w", url, err)
	}
	return doc, nil
}

// RobotsSitemaps returns the sitemaps listed on Sitemap: lines of the
// robots.txt of siteURL's origin, resolved and without duplicates. A
// missing or unreachable robots.txt lists none.
func RobotsSitemaps(ctx context.Context, f *fetch.Fetcher, siteURL string) ([]string, error) {
	raw, err := f.RobotsSitemaps(ctx, siteURL)
	if err != nil {
		return nil, fmt.Errorf("discover robots sitemaps: %w", err)
	}
	base, err := url.Parse(siteURL)
	if err != nil {
		return nil, fmt.Errorf("discover robots sitemaps: %w", err)
	}
	var out []string
	seen := map[string]bool{}
	for _, s := range raw {
		if u := resolveLink(base, s); u != "" && !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	return out, nil
}
