package fetch

import (
	"context"
	"math/rand/v2"
	"sync"
	"time"
)

// maxCrawlDelay caps the delay a robots.txt Crawl-delay may impose, so one
// host cannot park a worker for hours.
const maxCrawlDelay = 10 * time.Minute

// hostLimiter spaces and bounds the requests to one host, whichever source
// they come from.
type hostLimiter struct {
	sem chan struct{} // one token per request in flight

	mu           sync.Mutex
	next         time.Time     // earliest start of the next request
	crawlDelay   time.Duration // from robots.txt; raises the minimum delay
	backoffUntil time.Time     // from Retry-After
}

// hostLimits holds the limiters of every host seen, evicting idle ones.
type hostLimits struct {
	clock       clock
	concurrency int
	minDelay    time.Duration
	jitter      float64

	mu    sync.Mutex
	hosts map[string]*hostLimiter
}

// maxIdleHosts is how many limiters are kept before idle ones are dropped.
const maxIdleHosts = 4096

func newHostLimits(c clock, concurrency int, minDelay time.Duration, jitter float64) *hostLimits {
	return &hostLimits{clock: c, concurrency: concurrency, minDelay: minDelay, jitter: jitter,
		hosts: make(map[string]*hostLimiter)}
}

// get returns the limiter of host, creating it.
func (hl *hostLimits) get(host string) *hostLimiter {
	hl.mu.Lock()
	defer hl.mu.Unlock()
	if l, ok := hl.hosts[host]; ok {
		return l
	}
	if len(hl.hosts) >= maxIdleHosts {
		hl.evictIdle()
	}
	l := &hostLimiter{sem: make(chan struct{}, hl.concurrency)}
	hl.hosts[host] = l
	return l
}

// evictIdle drops limiters with nothing in flight, no pending delay and no
// backoff. Called with hl.mu held.
func (hl *hostLimits) evictIdle() {
	now := hl.clock.Now()
	for h, l := range hl.hosts {
		l.mu.Lock()
		// A Crawl-delay is kept: it comes from a robots.txt still cached.
		idle := len(l.sem) == 0 && now.After(l.next) && now.After(l.backoffUntil) && l.crawlDelay == 0
		l.mu.Unlock()
		if idle {
			delete(hl.hosts, h)
		}
	}
}

// acquire waits for a free slot on host and for the host's delay since the
// previous request start, then returns the release function.
func (hl *hostLimits) acquire(ctx context.Context, host string) (release func(), err error) {
	l := hl.get(host)
	select {
	case l.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	now := hl.clock.Now()
	l.mu.Lock()
	start := now
	if l.next.After(start) {
		start = l.next
	}
	l.next = start.Add(hl.delay(l.crawlDelay))
	l.mu.Unlock()
	if err := hl.clock.Sleep(ctx, start.Sub(now)); err != nil {
		<-l.sem
		return nil, err
	}
	return func() { <-l.sem }, nil
}

// delay is the gap before the next request: the larger of MinDelay and
// Crawl-delay, plus up to Jitter of it at random.
func (hl *hostLimits) delay(crawlDelay time.Duration) time.Duration {
	d := max(hl.minDelay, min(crawlDelay, maxCrawlDelay))
	if hl.jitter > 0 && d > 0 {
		d += time.Duration(rand.Float64() * hl.jitter * float64(d))
	}
	return d
}

// setCrawlDelay records the host's robots.txt Crawl-delay.
func (hl *hostLimits) setCrawlDelay(host string, d time.Duration) {
	l := hl.get(host)
	l.mu.Lock()
	l.crawlDelay = d
	l.mu.Unlock()
}

// backoff records that host asked us to wait until t; a later t wins.
func (hl *hostLimits) backoff(host string, t time.Time) {
	l := hl.get(host)
	l.mu.Lock()
	if t.After(l.backoffUntil) {
		l.backoffUntil = t
	}
	l.mu.Unlock()
}

// backoffUntil returns until when host asked us to back off; zero when it
// did not or the time has passed.
func (hl *hostLimits) backoffUntil(host string) time.Time {
	hl.mu.Lock()
	l, ok := hl.hosts[host]
	hl.mu.Unlock()
	if !ok {
		return time.Time{}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.backoffUntil.After(hl.clock.Now()) {
		return time.Time{}
	}
	return l.backoffUntil
}
