package discover

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/mmcdole/gofeed"

	"tidings/ingest/fetch"
)

// MaxFeedItems bounds the links taken from one feed; later items are
// dropped (feeds list the newest first).
const MaxFeedItems = 10_000

// ErrNotFeed: the body is not an RSS, Atom or JSON feed.
var ErrNotFeed = errors.New("not a feed")

// Feed fetches the feed at url (conditionally: an unchanged feed returns
// an error wrapping fetch.ErrNotModified) and returns its item links.
func Feed(ctx context.Context, f *fetch.Fetcher, url string) ([]Link, error) {
	resp, err := f.Fetch(ctx, fetch.Request{URL: url, Accept: []string{fetch.AcceptFeed}, Conditional: true})
	if err != nil {
		return nil, fmt.Errorf("discover feed: %w", err)
	}
	body := toUTF8(resp.Body, resp.ContentType)
	links, err := ParseFeed(body, resp.URL)
	if err != nil {
		return nil, fmt.Errorf("discover feed %s: %w", url, err)
	}
	return links, nil
}

// ParseFeed parses an RSS 0.9x/1.0/2.0, Atom or JSON feed and returns one
// Link per item that has a link, relative links resolved against baseURL,
// duplicates dropped, at most MaxFeedItems.
func ParseFeed(body []byte, baseURL string) ([]Link, error) {
	body = truncateItems(toUTF8(body, ""), MaxFeedItems)
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return nil, fmt.Errorf("%w: %s", ErrNotFeed, describeStart(body))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotFeed, err)
	}
	base := parseBase(baseURL)
	if fl := parseBase(feed.Link); base == nil && fl != nil {
		base = fl
	}
	links := make([]Link, 0, min(len(feed.Items), MaxFeedItems))
	seen := make(map[string]bool, cap(links))
	for _, it := range feed.Items {
		if len(links) >= MaxFeedItems {
			break
		}
		if it == nil {
			continue
		}
		u := resolveLink(base, itemLink(it))
		if u == "" || seen[u] {
			continue
		}
		seen[u] = true
		links = append(links, Link{URL: u, Title: cleanTitle(it.Title), Published: itemTime(it)})
	}
	return links, nil
}

// itemLink is the item's link, else its first alternate link, else a GUID
// that is a URL (RSS permalinks).
func itemLink(it *gofeed.Item) string {
	if it.Link != "" {
		return it.Link
	}
	for _, l := range it.Links {
		if l != "" {
			return l
		}
	}
	if looksLikeURL(it.GUID) {
		return it.GUID
	}
	return ""
}

// itemTime is the item's publication time, else its update time.
func itemTime(it *gofeed.Item) time.Time {
	switch {
	case it.PublishedParsed != nil:
		return it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		return it.UpdatedParsed.UTC()
	}
	return time.Time{}
}

func looksLikeURL(s string) bool {
	return len(s) > 8 && (s[:7] == "http://" || s[:8] == "https://")
}

// describeStart quotes the first bytes of body for error messages.
func describeStart(body []byte) string {
	b := bytes.TrimSpace(body)
	if len(b) == 0 {
		return "empty body"
	}
	if len(b) > 40 {
		b = b[:40]
	}
	return fmt.Sprintf("starts with %q", b)
}
