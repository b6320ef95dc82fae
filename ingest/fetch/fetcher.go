package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"tidings/corpus"
)

// Request is one URL to fetch.
type Request struct {
	URL string
	// Accept lists the content type families allowed (AcceptHTML,
	// AcceptFeed, ...); empty accepts any. Others fail with ErrContentType
	// before the body is read.
	Accept []string
	// Conditional sends If-None-Match / If-Modified-Since from the stored
	// state, so an unchanged resource returns ErrNotModified.
	Conditional bool
	// AllowPrivate lets this request reach private addresses.
	AllowPrivate bool
	// AllowHosts adds hosts allowed private addresses for this request.
	AllowHosts []string
}

// Response is a successful (2xx) or not-modified (304) fetch.
type Response struct {
	URL         string // final URL, after redirects
	Status      int
	Header      http.Header
	ContentType string // the Content-Type header as sent, parameters (charset) included
	Body        []byte // decompressed; empty when NotModified
	NotModified bool
}

// Fetcher fetches URLs politely. It is safe for concurrent use; share one
// per process so that host limits and robots.txt caches are shared.
type Fetcher struct {
	cfg    Config
	agent  string // robots.txt product token
	client *http.Client
	state  StateStore
	log    *slog.Logger
	clock  clock
	limits *hostLimits
	robots *robotsCache
}

// New returns a Fetcher. state may be nil (no conditional GET, nothing
// recorded); logger nil discards logs.
func New(cfg Config, state StateStore, logger *slog.Logger) (*Fetcher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("fetch config: %w", err)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	c := realClock{}
	return &Fetcher{
		cfg:   cfg,
		agent: productToken(cfg.UserAgent),
		client: &http.Client{
			Transport: newSplitTransport(cfg.ConnectTimeout, cfg.Timeout),
			// Redirects are followed by Fetch, hop by hop.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		state:  state,
		log:    logger.With(logKeyStage, "fetch"),
		clock:  c,
		limits: newHostLimits(c, cfg.PerHostConcurrency, cfg.MinDelay, cfg.Jitter),
		robots: newRobotsCache(),
	}, nil
}

// Close releases idle connections.
func (f *Fetcher) Close() {
	f.client.CloseIdleConnections()
}

// Fetch gets req.URL, following redirects and retrying temporary failures,
// and records the outcome in the StateStore. On success the Response holds
// the whole body. A 304 returns a Response with NotModified set together
// with an error wrapping ErrNotModified. Other failures return a nil
// Response and an error naming the URL: one of this package's sentinels,
// a *StatusError, or a network or context error.
func (f *Fetcher) Fetch(ctx context.Context, req Request) (*Response, error) {
	u, err := parseURL(req.URL)
	if err != nil {
		return nil, err
	}
	for _, fam := range req.Accept {
		if _, ok := familyTypes[fam]; !ok {
			return nil, urlError(req.URL, fmt.Errorf("unknown content type family %q in Accept", fam))
		}
	}
	prev, err := f.loadState(ctx, req.URL)
	if err != nil {
		return nil, err
	}
	resp, err := f.follow(ctx, u, req, prev)
	f.saveState(ctx, prev, resp, err)
	if err != nil && !errors.Is(err, ErrNotModified) {
		return nil, urlError(req.URL, err)
	}
	if err != nil {
		return resp, urlError(req.URL, err)
	}
	return resp, nil
}

// HostBackoff returns until when host (a URL.Host such as "example.com" or
// "example.com:8080", or a whole URL) asked us to back off with 429 or 503
// and Retry-After; zero if it did not or that time has passed.
func (f *Fetcher) HostBackoff(host string) time.Time {
	if u, err := url.Parse(host); err == nil && u.Host != "" {
		host = u.Host
	}
	return f.limits.backoffUntil(hostKeyString(host))
}

// follow fetches u and the redirects it leads to. The Response it returns
// may carry the final status and header alongside an error, for the state.
func (f *Fetcher) follow(ctx context.Context, u *url.URL, req Request, prev corpus.FetchState) (*Response, error) {
	visited := map[string]bool{u.String(): true}
	for hops := 0; ; hops++ {
		opts := attemptOptions{
			accept:       req.Accept,
			allowPrivate: f.allowPrivate(ctx, u, req),
			maxBytes:     f.cfg.MaxBodyBytes,
		}
		if req.Conditional {
			opts.etag, opts.lastModified = prev.ETag, prev.LastModified
		}
		h, err := f.withRetries(ctx, u, opts)
		if err != nil {
			if h != nil {
				return &Response{URL: u.String(), Status: h.status, Header: h.header}, err
			}
			return nil, err
		}
		if h.location == nil {
			return h.response(u), h.err()
		}
		next := h.location.String()
		switch {
		case visited[next]:
			return nil, fmt.Errorf("%w: %s leads back to %s", ErrRedirectLoop, u, next)
		case hops >= f.cfg.MaxRedirects:
			return nil, fmt.Errorf("%w: more than %d, last to %s", ErrTooManyRedirects, f.cfg.MaxRedirects, next)
		}
		visited[next] = true
		f.log.Debug("redirect", logKeyURL, u.String(), "location", next)
		u = h.location
	}
}

// allowPrivate reports whether a request to u may reach private
// addresses: by config, by request or by context (WithPrivateAccess).
func (f *Fetcher) allowPrivate(ctx context.Context, u *url.URL, req Request) bool {
	if f.cfg.AllowPrivate || req.AllowPrivate ||
		hostAllowed(u.Host, f.cfg.AllowHosts) || hostAllowed(u.Host, req.AllowHosts) {
		return true
	}
	pa, _ := ctx.Value(privateAccessKey{}).(privateAccess)
	return pa.all || hostAllowed(u.Host, pa.hosts)
}

// privateAccessKey carries a privateAccess in a context.
type privateAccessKey struct{}

type privateAccess struct {
	all   bool
	hosts []string
}

// WithPrivateAccess returns a context under which every Fetch lets all
// hosts (all) or the given hosts reach private addresses, as
// Request.AllowPrivate and Request.AllowHosts do. It is how callers of the
// discover functions, which take no Request, opt a source in.
func WithPrivateAccess(ctx context.Context, all bool, hosts []string) context.Context {
	return context.WithValue(ctx, privateAccessKey{}, privateAccess{all: all, hosts: hosts})
}

// withRetries runs attempts on u until one succeeds, fails for good or the
// retries run out, waiting with backoff (or Retry-After) in between.
func (f *Fetcher) withRetries(ctx context.Context, u *url.URL, opts attemptOptions) (*hop, error) {
	for n := 0; ; n++ {
		h, err := f.attempt(ctx, u, opts)
		if err == nil || n >= f.cfg.Retries || !retryable(ctx, err) {
			return h, err
		}
		wait := backoffDelay(f.cfg.BackoffBase, f.cfg.BackoffMax, n)
		var se *StatusError
		if errors.As(err, &se) && se.RetryAfter > 0 {
			if se.RetryAfter > f.cfg.BackoffMax {
				// Too long to wait here: the scheduler reads HostBackoff.
				return h, err
			}
			wait = max(wait, se.RetryAfter)
		}
		f.log.Debug("retry", logKeyURL, u.String(), logKeyAttempt, n+1, logKeyWait, wait, logKeyError, err)
		if err := f.clock.Sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// retryable reports whether err is a temporary failure worth another
// attempt: a timeout, a dropped connection, 429 or 5xx. Nothing is retried
// once ctx is done.
func retryable(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	var se *StatusError
	if errors.As(err, &se) {
		return se.Temporary()
	}
	return errors.Is(err, ErrTimeout) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, io.EOF) || isConnReset(err)
}
