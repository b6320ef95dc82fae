package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/sync/singleflight"
)

const (
	// robotsTTL is how long a fetched robots.txt is trusted (RFC 9309
	// §2.4: caches SHOULD NOT be used for more than 24 hours).
	robotsTTL = 24 * time.Hour
	// robotsErrorTTL is how long an unreachable or failing robots.txt
	// counts as "allow everything" before it is tried again.
	robotsErrorTTL = time.Hour
	// robotsMaxBytes bounds the robots.txt read (RFC 9309 §2.5 asks
	// parsers to handle at least 500 KiB).
	robotsMaxBytes = 512 << 10
	// robotsMaxRedirects follows RFC 9309 §2.3.1.2 (at least five hops).
	robotsMaxRedirects = 5
)

// robotsEntry is the cached robots.txt of one origin; nil data allows all.
type robotsEntry struct {
	data    *robotstxt.RobotsData
	expires time.Time
}

// robotsCache keeps one robots.txt per origin (scheme://host) and fetches
// each at most once at a time.
type robotsCache struct {
	mu      sync.Mutex
	entries map[string]robotsEntry
	group   singleflight.Group
}

func newRobotsCache() *robotsCache {
	return &robotsCache{entries: make(map[string]robotsEntry)}
}

// maxRobotsEntries bounds the cache; past it expired entries are dropped,
// then arbitrary ones.
const maxRobotsEntries = 4096

func (c *robotsCache) put(key string, e robotsEntry, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= maxRobotsEntries {
		for k, old := range c.entries {
			if now.After(old.expires) || len(c.entries) >= maxRobotsEntries {
				delete(c.entries, k)
			}
		}
	}
	c.entries[key] = e
}

// origin returns the scheme://host key of u.
func origin(u *url.URL) string {
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host)
}

// robotsFor returns the robots.txt rules for u's origin, fetching them when
// absent or expired. Any failure to get a usable file yields nil, meaning
// "allow everything": 4xx per RFC 9309 §2.3.1.3; 5xx, timeouts and network
// errors per the project's choice (issue 3), where RFC 9309 §2.3.1.4 would
// disallow everything. A parse failure also allows everything.
func (f *Fetcher) robotsFor(ctx context.Context, u *url.URL, allowPrivate bool) (*robotstxt.RobotsData, error) {
	key := origin(u)
	now := f.clock.Now()
	f.robots.mu.Lock()
	e, ok := f.robots.entries[key]
	f.robots.mu.Unlock()
	if ok && now.Before(e.expires) {
		return e.data, nil
	}
	// The fetch outlives a cancelled caller (it is bounded by Timeout) so
	// that one caller giving up does not cache a failure for the others.
	ch := f.robots.group.DoChan(key, func() (any, error) {
		data, ttl := f.fetchRobots(context.WithoutCancel(ctx), u, allowPrivate)
		f.robots.put(key, robotsEntry{data: data, expires: f.clock.Now().Add(ttl)}, f.clock.Now())
		if data != nil {
			if g := data.FindGroup(f.agent); g != nil && g.CrawlDelay > 0 {
				f.limits.setCrawlDelay(hostKey(u), g.CrawlDelay)
			}
		}
		return data, nil
	})
	select {
	case r := <-ch:
		data, _ := r.Val.(*robotstxt.RobotsData)
		return data, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// fetchRobots downloads and parses robots.txt, returning the rules (nil
// for allow-all) and how long to keep them.
func (f *Fetcher) fetchRobots(ctx context.Context, u *url.URL, allowPrivate bool) (*robotstxt.RobotsData, time.Duration) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	// Bound the whole exchange, redirects included, so a hanging server
	// cannot stall every fetch to its host.
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	log := f.log.With(logKeyURL, ru.String())
	visited := map[string]bool{ru.String(): true}
	for range robotsMaxRedirects + 1 {
		h, err := f.attempt(ctx, ru, attemptOptions{accept: []string{AcceptText}, allowPrivate: allowPrivate, maxBytes: robotsMaxBytes, skipRobots: true})
		var se *StatusError
		switch {
		case errors.As(err, &se) && se.Status >= 400 && se.Status < 500 && se.Status != 429:
			log.Debug("robots.txt unavailable, allowing all", logKeyStatus, se.Status)
			return nil, robotsTTL
		case err != nil:
			log.Warn("robots.txt unreachable, allowing all", logKeyError, err)
			return nil, robotsErrorTTL
		case h.location != nil:
			if visited[h.location.String()] {
				log.Warn("robots.txt redirect loop, allowing all")
				return nil, robotsErrorTTL
			}
			visited[h.location.String()] = true
			ru = h.location
			continue
		}
		data, err := robotstxt.FromBytes(h.body)
		if err != nil {
			log.Warn("robots.txt unparsable, allowing all", logKeyError, err)
			return nil, robotsTTL
		}
		return data, robotsTTL
	}
	log.Warn("robots.txt redirects too often, allowing all")
	return nil, robotsErrorTTL
}

// robotsAllowed reports whether our agent may fetch u; it fails only when
// ctx is done.
func (f *Fetcher) robotsAllowed(ctx context.Context, u *url.URL, allowPrivate bool) (bool, error) {
	if !f.cfg.RespectRobots || u.Path == "/robots.txt" {
		return true, nil
	}
	data, err := f.robotsFor(ctx, u, allowPrivate)
	if err != nil || data == nil {
		return err == nil, err
	}
	return data.TestAgent(u.RequestURI(), f.agent), nil
}

// RobotsSitemaps returns the Sitemap: URLs listed in the robots.txt of
// siteURL's origin, fetching it (or using the cached copy) as Fetch does.
// A missing or unreachable robots.txt lists none.
func (f *Fetcher) RobotsSitemaps(ctx context.Context, siteURL string) ([]string, error) {
	u, err := parseURL(siteURL)
	if err != nil {
		return nil, err
	}
	data, err := f.robotsFor(ctx, u, f.allowPrivate(ctx, u, Request{}))
	if err != nil {
		return nil, urlError(siteURL, err)
	}
	if data == nil {
		return nil, nil
	}
	return append([]string(nil), data.Sitemaps...), nil
}

// productToken returns the robots.txt product token of a User-Agent, the
// part before the first "/" or space ("tidings/0.1 (+url)" -> "tidings").
func productToken(ua string) string {
	if i := strings.IndexAny(ua, "/ "); i >= 0 {
		ua = ua[:i]
	}
	return strings.ToLower(ua)
}

// parseURL parses an absolute http or https URL.
func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, urlError(raw, fmt.Errorf("%w: %w", ErrBadURL, err))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, urlError(raw, fmt.Errorf("%w: scheme %q is not http or https", ErrBadURL, u.Scheme))
	}
	if u.Host == "" {
		return nil, urlError(raw, fmt.Errorf("%w: no host", ErrBadURL))
	}
	u.Fragment = ""
	return u, nil
}

// hostKey is the per-host limiter key: the lowercased URL.Host.
func hostKey(u *url.URL) string {
	return strings.ToLower(u.Host)
}
