// Package fetch downloads feeds, sitemaps and pages politely and safely.
//
// One Fetcher owns one http.Client and is shared by every source. For each
// host it keeps a limiter (a concurrency semaphore plus a minimum delay with
// jitter, raised by robots.txt Crawl-delay), a cached robots.txt, and the time
// until which the host asked us to back off (429/503 Retry-After).
//
// Each Fetch:
//   - checks robots.txt for the configured user agent (ErrRobotsBlocked);
//   - sends a conditional GET when asked, from the ETag and Last-Modified kept
//     in a StateStore (a 304 returns ErrNotModified without reading a body);
//   - follows redirects itself, so every hop passes robots, the host limiter
//     and the address check, and loops (ErrRedirectLoop) and long chains
//     (ErrTooManyRedirects) stop;
//   - retries timeouts, 5xx and 429 with exponential backoff and jitter,
//     honouring Retry-After;
//   - refuses content types the caller did not accept (ErrContentType) and
//     bodies over the size cap, compressed or not (ErrTooLarge);
//   - refuses private, loopback, link-local, CGNAT, multicast and unspecified
//     addresses after DNS resolution, at dial time (ErrPrivateAddress), so
//     redirects and DNS rebinding are covered too;
//   - records the outcome (status, validators, error, time) in the StateStore.
//
// robots.txt follows RFC 9309 except in one point, by the project's choice
// (issue 3): a robots.txt that answers 5xx or cannot be reached (timeout,
// network error) counts as "allow everything", where RFC 9309 §2.3.1.4
// says to assume complete disallow. 4xx also allows everything, as the RFC
// says. Failures are cached for an hour, successes for 24 hours.
//
// Every error names the URL it concerns.
package fetch
