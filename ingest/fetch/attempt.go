package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
)

// attemptOptions shape one HTTP exchange.
type attemptOptions struct {
	accept             []string
	allowPrivate       bool
	maxBytes           int64
	skipRobots         bool   // for robots.txt itself and its redirects
	etag, lastModified string // validators for a conditional GET
}

// hop is the outcome of one exchange: a redirect (location set), a 304 or a
// 2xx with its body.
type hop struct {
	url      *url.URL
	status   int
	header   http.Header
	body     []byte
	location *url.URL
}

func (h *hop) response(u *url.URL) *Response {
	return &Response{
		URL:         u.String(),
		Status:      h.status,
		Header:      h.header,
		ContentType: h.header.Get("Content-Type"),
		Body:        h.body,
		NotModified: h.status == http.StatusNotModified,
	}
}

func (h *hop) err() error {
	if h.status == http.StatusNotModified {
		return ErrNotModified
	}
	return nil
}

// attempt performs one exchange with u: robots check, host backoff and
// limiter, then the request under Timeout. A non-nil hop alongside an error
// carries the status and header the error concerns.
func (f *Fetcher) attempt(ctx context.Context, u *url.URL, opts attemptOptions) (*hop, error) {
	if !opts.skipRobots {
		ok, err := f.robotsAllowed(ctx, u, opts.allowPrivate)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("%w: %s for agent %q", ErrRobotsBlocked, u.RequestURI(), f.agent)
		}
	}
	host := hostKey(u)
	if err := f.awaitBackoff(ctx, host); err != nil {
		return nil, err
	}
	release, err := f.limits.acquire(ctx, host)
	if err != nil {
		return nil, err
	}
	defer release()

	actx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	if opts.allowPrivate {
		actx = withAllowPrivate(actx)
	}
	h, err := f.exchange(actx, u, opts)
	if err != nil {
		return h, f.classify(ctx, err)
	}
	return h, nil
}

// awaitBackoff waits out a host's Retry-After when it is short and fails
// with ErrHostBackoff when it is longer than BackoffMax.
func (f *Fetcher) awaitBackoff(ctx context.Context, host string) error {
	until := f.limits.backoffUntil(host)
	if until.IsZero() {
		return nil
	}
	wait := until.Sub(f.clock.Now())
	if wait > f.cfg.BackoffMax {
		return fmt.Errorf("%w until %s", ErrHostBackoff, until.UTC().Format("2006-01-02T15:04:05Z"))
	}
	return f.clock.Sleep(ctx, wait)
}

// drainBytes is how much of an unused body is read before closing it.
const drainBytes = 4 << 10

// exchange sends the request and reads the response under ctx.
func (f *Fetcher) exchange(ctx context.Context, u *url.URL, opts attemptOptions) (*hop, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadURL, err)
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", buildAccept(opts.accept))
	req.Header.Set("Accept-Encoding", "gzip")
	if opts.etag != "" {
		req.Header.Set("If-None-Match", opts.etag)
	}
	if opts.lastModified != "" {
		req.Header.Set("If-Modified-Since", opts.lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	h := &hop{url: u, status: resp.StatusCode, header: resp.Header}

	switch {
	case isRedirect(resp.StatusCode), resp.StatusCode == http.StatusNotModified,
		resp.StatusCode < 200 || resp.StatusCode > 299:
		// Drain a little so the connection can be reused.
		defer io.CopyN(io.Discard, resp.Body, drainBytes)
	}
	switch {
	case isRedirect(resp.StatusCode):
		loc, err := redirectTarget(u, resp.Header.Get("Location"))
		if err != nil {
			return h, err
		}
		h.location = loc
		return h, nil
	case resp.StatusCode == http.StatusNotModified:
		return h, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return h, f.statusError(u, resp)
	}
	if mt := mediaType(resp.Header.Get("Content-Type")); !accepted(mt, opts.accept) {
		return h, fmt.Errorf("%w: %s (accepted: %s)", ErrContentType, mt, strings.Join(opts.accept, ", "))
	}
	h.body, err = readBody(resp.Body, resp.ContentLength, resp.Header.Get("Content-Encoding"), opts.maxBytes)
	return h, err
}

// statusError maps a non-2xx, non-304 final response to a *StatusError and
// records a 429/503 Retry-After as the host's backoff.
func (f *Fetcher) statusError(u *url.URL, resp *http.Response) error {
	now := f.clock.Now()
	ra := parseRetryAfter(resp.Header.Get("Retry-After"), now)
	if ra > 0 && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable) {
		f.limits.backoff(hostKey(u), now.Add(min(ra, f.cfg.RetryAfterMax)))
	}
	return &StatusError{URL: u.String(), Status: resp.StatusCode, RetryAfter: ra}
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// redirectTarget resolves a Location header against the URL that sent it.
func redirectTarget(from *url.URL, location string) (*url.URL, error) {
	if location == "" {
		return nil, errors.New("redirect without Location")
	}
	loc, err := from.Parse(location)
	if err != nil {
		return nil, fmt.Errorf("%w: redirect to %q: %w", ErrBadURL, location, err)
	}
	if loc.Scheme != "http" && loc.Scheme != "https" {
		return nil, fmt.Errorf("%w: redirect to %q: scheme is not http or https", ErrBadURL, location)
	}
	loc.Fragment = ""
	return loc, nil
}

// classify turns transport errors into this package's kinds: timeouts
// become ErrTimeout (unless the caller's own ctx ended) and *url.Error
// wrappers, which repeat the URL, are removed.
func (f *Fetcher) classify(parent context.Context, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if parent.Err() != nil {
		return err
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("%w after %s: %w", ErrTimeout, f.cfg.Timeout, err)
	}
	return err
}

// isConnReset reports a connection dropped by the peer.
func isConnReset(err error) bool {
	return errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE)
}

// hostKeyString normalises a URL.Host value the way hostKey does.
func hostKeyString(host string) string {
	return strings.ToLower(host)
}
