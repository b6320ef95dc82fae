package fetch

import (
	"errors"
	"fmt"
	"time"
)

// Conditions callers branch on with errors.Is. Returned errors wrap them
// together with the URL concerned.
var (
	// ErrNotModified: the server answered 304 to a conditional GET.
	ErrNotModified = errors.New("not modified")
	// ErrRobotsBlocked: robots.txt disallows the URL for our user agent.
	ErrRobotsBlocked = errors.New("blocked by robots.txt")
	// ErrTooLarge: the body, compressed or decompressed, exceeds MaxBodyBytes.
	ErrTooLarge = errors.New("body too large")
	// ErrPrivateAddress: the host resolved to a private, loopback, link-local,
	// CGNAT, multicast or unspecified address and was not allowed.
	ErrPrivateAddress = errors.New("private address refused")
	// ErrContentType: the response's content type is not among those accepted.
	ErrContentType = errors.New("content type not accepted")
	// ErrRedirectLoop: a redirect led back to a URL already visited.
	ErrRedirectLoop = errors.New("redirect loop")
	// ErrTooManyRedirects: the chain of redirects exceeds MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrHostBackoff: the host asked us (Retry-After) to wait longer than
	// BackoffMax; HostBackoff says until when.
	ErrHostBackoff = errors.New("host asked to back off")
	// ErrTimeout: an attempt exceeded Timeout or ConnectTimeout.
	ErrTimeout = errors.New("timed out")
	// ErrBadURL: the URL is malformed or its scheme is not http or https.
	ErrBadURL = errors.New("bad url")
)

// StatusError is a final response with a status other than 2xx or 304.
type StatusError struct {
	URL        string
	Status     int
	RetryAfter time.Duration // from a Retry-After header; zero when absent
}

func (e *StatusError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("fetch %s: HTTP %d (retry after %s)", e.URL, e.Status, e.RetryAfter)
	}
	return fmt.Sprintf("fetch %s: HTTP %d", e.URL, e.Status)
}

// Temporary reports whether trying again later may succeed (429 and 5xx).
func (e *StatusError) Temporary() bool {
	return e.Status == 429 || e.Status >= 500
}

// urlError wraps err with the URL it concerns.
func urlError(url string, err error) error {
	return fmt.Errorf("fetch %s: %w", url, err)
}
