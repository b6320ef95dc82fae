package fetch

import (
	"errors"
	"fmt"
	"time"
)

// Config sets the Fetcher's identity, limits and politeness.
type Config struct {
	UserAgent      string        // sent with every request and matched against robots.txt groups
	Timeout        time.Duration // whole attempt: connect, headers and body
	ConnectTimeout time.Duration // TCP connect and TLS handshake
	MaxBodyBytes   int64         // cap on the body, before and after decompression
	MaxRedirects   int           // redirects followed per Fetch

	PerHostConcurrency int           // requests in flight per host
	MinDelay           time.Duration // between request starts on one host
	Jitter             float64       // fraction of MinDelay added at random, in [0, 1]

	Retries       int           // extra attempts after a timeout, 5xx or 429
	BackoffBase   time.Duration // first retry delay, doubled each attempt
	BackoffMax    time.Duration // cap on one retry delay; a longer Retry-After is not waited for
	RetryAfterMax time.Duration // cap on how long a host's Retry-After is remembered

	AllowPrivate  bool     // allow private and loopback addresses for every host
	AllowHosts    []string // hosts (as in URL.Host or its hostname) allowed private addresses
	RespectRobots bool     // obey robots.txt
}

// DefaultConfig returns the defaults: 10 MiB bodies, 10 redirects, two
// requests in flight and one second between requests per host, three retries.
func DefaultConfig() Config {
	return Config{
		UserAgent:          "tidings/0.1 (+https://github.com/tidings)",
		Timeout:            30 * time.Second,
		ConnectTimeout:     10 * time.Second,
		MaxBodyBytes:       10 << 20,
		MaxRedirects:       10,
		PerHostConcurrency: 2,
		MinDelay:           time.Second,
		Jitter:             0.2,
		Retries:            3,
		BackoffBase:        time.Second,
		BackoffMax:         30 * time.Second,
		RetryAfterMax:      6 * time.Hour,
		RespectRobots:      true,
	}
}

// Validate reports every invalid field at once.
func (c *Config) Validate() error {
	var errs []error
	bad := func(field, rule string, v any) {
		errs = append(errs, fmt.Errorf("%s: %s, got %v", field, rule, v))
	}
	if c.UserAgent == "" {
		bad("user_agent", "must not be empty", `""`)
	}
	if c.Timeout <= 0 {
		bad("timeout", "must be > 0", c.Timeout)
	}
	if c.ConnectTimeout <= 0 {
		bad("connect_timeout", "must be > 0", c.ConnectTimeout)
	}
	if c.MaxBodyBytes <= 0 {
		bad("max_body_bytes", "must be > 0", c.MaxBodyBytes)
	}
	if c.MaxRedirects < 0 {
		bad("max_redirects", "must be >= 0", c.MaxRedirects)
	}
	if c.PerHostConcurrency < 1 {
		bad("per_host_concurrency", "must be >= 1", c.PerHostConcurrency)
	}
	if c.MinDelay < 0 {
		bad("min_delay", "must be >= 0", c.MinDelay)
	}
	if c.Jitter < 0 || c.Jitter > 1 {
		bad("jitter", "must be in [0, 1]", c.Jitter)
	}
	if c.Retries < 0 {
		bad("retries", "must be >= 0", c.Retries)
	}
	if c.BackoffBase < 0 {
		bad("backoff_base", "must be >= 0", c.BackoffBase)
	}
	if c.BackoffMax < c.BackoffBase {
		bad("backoff_max", "must be >= backoff_base", c.BackoffMax)
	}
	if c.RetryAfterMax < 0 {
		bad("retry_after_max", "must be >= 0", c.RetryAfterMax)
	}
	return errors.Join(errs...)
}
