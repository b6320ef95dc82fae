package discover

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html/charset"

	"tidings/ingest/fetch"
)

// DefaultListingPages bounds the pages Listing follows through
// NextSelector when MaxPages is zero.
const DefaultListingPages = 5

// ListingOptions say where the article links are on a listing page.
type ListingOptions struct {
	// LinkSelector is a CSS selector for the article links: <a href>
	// elements, or elements whose first <a href> descendant is the link.
	LinkSelector string
	// NextSelector, when set, selects the link to the next listing page.
	NextSelector string
	// MaxPages bounds the pages read; 1 without NextSelector, else
	// DefaultListingPages when zero.
	MaxPages int
	// Include, when set, keeps only URLs matching one of these regexps;
	// Exclude drops URLs matching any of these.
	Include, Exclude []string
}

// listingRules is ListingOptions compiled.
type listingRules struct {
	link, next       cascadia.Selector
	include, exclude []*regexp.Regexp
	maxPages         int
}

// Validate reports every invalid selector and pattern at once.
func (o ListingOptions) Validate() error {
	_, err := o.compile()
	return err
}

func (o ListingOptions) compile() (*listingRules, error) {
	var errs []error
	r := &listingRules{maxPages: o.MaxPages}
	var err error
	if o.LinkSelector == "" {
		errs = append(errs, errors.New("link_selector: must not be empty"))
	} else if r.link, err = cascadia.Compile(o.LinkSelector); err != nil {
		errs = append(errs, fmt.Errorf("link_selector: %q: %w", o.LinkSelector, err))
	}
	if o.NextSelector != "" {
		if r.next, err = cascadia.Compile(o.NextSelector); err != nil {
			errs = append(errs, fmt.Errorf("next_selector: %q: %w", o.NextSelector, err))
		}
	}
	compileAll := func(field string, pats []string) []*regexp.Regexp {
		var out []*regexp.Regexp
		for i, p := range pats {
			re, err := regexp.Compile(p)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s[%d]: %q: %w", field, i, p, err))
				continue
			}
			out = append(out, re)
		}
		return out
	}
	r.include = compileAll("include", o.Include)
	r.exclude = compileAll("exclude", o.Exclude)
	switch {
	case o.MaxPages < 0:
		errs = append(errs, fmt.Errorf("max_pages: must be >= 0, got %d", o.MaxPages))
	case o.MaxPages == 0 && r.next != nil:
		r.maxPages = DefaultListingPages
	case o.MaxPages == 0:
		r.maxPages = 1
	}
	return r, errors.Join(errs...)
}

// Listing fetches the listing page at url and the next pages NextSelector
// leads to, up to MaxPages, and returns the article links on them without
// duplicates. A failure on the first page fails the call; a failure on a
// later page returns the links found so far with that error.
func Listing(ctx context.Context, f *fetch.Fetcher, url string, opts ListingOptions) ([]Link, error) {
	rules, err := opts.compile()
	if err != nil {
		return nil, fmt.Errorf("discover listing %s: %w", url, err)
	}
	var links []Link
	seen := map[string]bool{}
	visited := map[string]bool{}
	for page := 0; url != "" && page < rules.maxPages && !visited[url]; page++ {
		visited[url] = true
		resp, err := f.Fetch(ctx, fetch.Request{URL: url, Accept: []string{fetch.AcceptHTML}})
		if err != nil {
			return links, fmt.Errorf("discover listing: %w", err)
		}
		found, next, err := parseListing(resp.Body, resp.ContentType, resp.URL, rules)
		if err != nil {
			return links, fmt.Errorf("discover listing %s: %w", url, err)
		}
		for _, l := range found {
			if !seen[l.URL] {
				seen[l.URL] = true
				links = append(links, l)
			}
		}
		url = next
	}
	return links, nil
}

// ParseListing returns the article links on one listing page and the URL
// of the next page ("" when none), relative links resolved against pageURL
// (or the page's <base href>). The page's charset is sniffed from its
// <meta> tags.
func ParseListing(body []byte, pageURL string, opts ListingOptions) (links []Link, next string, err error) {
	rules, err := opts.compile()
	if err != nil {
		return nil, "", err
	}
	return parseListing(body, "", pageURL, rules)
}

func parseListing(body []byte, contentType, pageURL string, rules *listingRules) ([]Link, string, error) {
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		return nil, "", fmt.Errorf("listing charset: %w", err)
	}
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return nil, "", fmt.Errorf("listing html: %w", err)
	}
	base := pageBase(doc, pageURL)
	var links []Link
	seen := map[string]bool{}
	doc.FindMatcher(rules.link).Each(func(_ int, s *goquery.Selection) {
		a := anchor(s)
		href, _ := a.Attr("href")
		u := resolveLink(base, href)
		if u == "" || seen[u] || !rules.keep(u) {
			return
		}
		seen[u] = true
		title := cleanTitle(a.Text())
		if title == "" {
			title = cleanTitle(a.AttrOr("title", ""))
		}
		links = append(links, Link{URL: u, Title: title, Published: nearbyTime(s)})
	})
	next := ""
	if rules.next != nil {
		if a := anchor(doc.FindMatcher(rules.next).First()); a.Length() > 0 {
			next = resolveLink(base, a.AttrOr("href", ""))
		}
	}
	return links, next, nil
}

// nearbyTime is the datetime of a <time> element in the selected element
// or, failing that, in its enclosing article or list item: teasers often
// carry the publication time there.
func nearbyTime(s *goquery.Selection) time.Time {
	t := s.Find("time[datetime]").First()
	if t.Length() == 0 {
		t = s.Closest("article, li").Find("time[datetime]").First()
	}
	return parseW3CDate(t.AttrOr("datetime", ""))
}

// anchor is s itself when it is an <a href>, else its first <a href>
// descendant.
func anchor(s *goquery.Selection) *goquery.Selection {
	if s.Is("a[href]") {
		return s
	}
	return s.Find("a[href]").First()
}

// pageBase is the page's <base href> resolved against pageURL, else
// pageURL.
func pageBase(doc *goquery.Document, pageURL string) *url.URL {
	base := parseBase(pageURL)
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b := resolveLink(base, href); b != "" {
			return parseBase(b)
		}
	}
	return base
}

// keep applies the Include and Exclude patterns.
func (r *listingRules) keep(u string) bool {
	for _, re := range r.exclude {
		if re.MatchString(u) {
			return false
		}
	}
	if len(r.include) == 0 {
		return true
	}
	for _, re := range r.include {
		if re.MatchString(u) {
			return true
		}
	}
	return false
}
