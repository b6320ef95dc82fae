package fetch

import (
	"bytes"
	"compress/gzip"
	"errors"
	"net/netip"
	"strings"
	"testing"
	"time"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name, in string
		want     time.Duration
	}{
		{name: "seconds", in: "120", want: 2 * time.Minute},
		{name: "seconds with spaces", in: " 5 ", want: 5 * time.Second},
		{name: "zero is none", in: "0", want: 0},
		{name: "negative is none", in: "-3", want: 0},
		{name: "huge seconds clamp to a year", in: "99999999999999999", want: 365 * 24 * time.Hour},
		{name: "http date ahead", in: "Thu, 26 Nov 2026 09:00:00 GMT", want: time.Hour},
		{name: "rfc850 date ahead", in: "Thursday, 26-Nov-26 08:00:30 GMT", want: 30 * time.Second},
		{name: "http date past is none", in: "Thu, 26 Nov 2026 07:00:00 GMT", want: 0},
		{name: "empty is none", in: "", want: 0},
		{name: "garbage is none", in: "soon", want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseRetryAfter(tt.in, now); got != tt.want {
				t.Errorf("parseRetryAfter(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestBackoffDelayGrowsWithinBounds(t *testing.T) {
	base, maxD := 100*time.Millisecond, 2*time.Second
	for n := range 10 {
		full := min(base<<n, maxD)
		for range 50 {
			d := backoffDelay(base, maxD, n)
			if d < full/2 || d > full {
				t.Fatalf("retry %d: delay %s outside [%s, %s]", n, d, full/2, full)
			}
		}
	}
	if d := backoffDelay(0, 0, 3); d != 0 {
		t.Errorf("zero base: %s", d)
	}
}

func TestIsBlockedAddr(t *testing.T) {
	tests := []struct {
		addr    string
		blocked bool
	}{
		{"127.0.0.1", true}, {"127.8.9.10", true}, {"::1", true}, {"10.1.2.3", true},
		{"172.16.0.1", true}, {"172.31.255.255", true}, {"172.32.0.1", false},
		{"192.168.1.1", true}, {"169.254.169.254", true}, {"100.64.0.1", true},
		{"0.0.0.0", true}, {"::", true}, {"224.0.0.251", true}, {"255.255.255.255", true},
		{"fc00::1", true}, {"fd12:3456::1", true}, {"fe80::1", true}, {"ff02::1", true},
		{"::ffff:127.0.0.1", true}, {"::ffff:10.0.0.1", true},
		{"8.8.8.8", false}, {"93.184.216.34", false}, {"2606:4700::1111", false}, {"::ffff:8.8.8.8", false},
	}
	for _, tt := range tests {
		name := tt.addr + " allowed"
		if tt.blocked {
			name = tt.addr + " blocked"
		}
		t.Run(name, func(t *testing.T) {
			if got := isBlockedAddr(netip.MustParseAddr(tt.addr)); got != tt.blocked {
				t.Errorf("isBlockedAddr(%s) = %v", tt.addr, got)
			}
		})
	}
}

func TestRefusePrivateUnwrapsToSentinel(t *testing.T) {
	err := refusePrivate("tcp4", "10.0.0.1:80", nil)
	if !errors.Is(err, ErrPrivateAddress) || !strings.Contains(err.Error(), "10.0.0.1") {
		t.Errorf("err = %v", err)
	}
	if err := refusePrivate("tcp4", "1.1.1.1:443", nil); err != nil {
		t.Errorf("public: %v", err)
	}
}

func TestAccepted(t *testing.T) {
	tests := []struct {
		name     string
		ct       string
		families []string
		want     bool
	}{
		{"html accepted as html", "text/html; charset=utf-8", []string{AcceptHTML}, true},
		{"xhtml accepted as html", "application/xhtml+xml", []string{AcceptHTML}, true},
		{"pdf refused as html", "application/pdf", []string{AcceptHTML}, false},
		{"atom accepted as feed", "application/atom+xml", []string{AcceptFeed}, true},
		{"json feed accepted as feed", "application/feed+json", []string{AcceptFeed}, true},
		{"text/xml accepted as feed", "TEXT/XML", []string{AcceptFeed}, true},
		{"image refused as feed", "image/png", []string{AcceptFeed}, false},
		{"any +xml accepted as xml", "application/vnd.foo+xml", []string{AcceptXML}, true},
		{"gzip accepted as gzip", "application/x-gzip", []string{AcceptGzip}, true},
		{"gzip refused as xml", "application/gzip", []string{AcceptXML}, false},
		{"gzip accepted as xml or gzip", "application/gzip", []string{AcceptXML, AcceptGzip}, true},
		{"missing type accepted", "", []string{AcceptHTML}, true},
		{"no families accept all", "video/mp4", nil, true},
		{"malformed type still matched", "text/html;;;", []string{AcceptHTML}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := accepted(mediaType(tt.ct), tt.families); got != tt.want {
				t.Errorf("accepted(%q, %v) = %v", tt.ct, tt.families, got)
			}
		})
	}
}

func TestReadBody(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		w.Write(b)
		w.Close()
		return buf.Bytes()
	}
	tests := []struct {
		name     string
		body     []byte
		length   int64
		encoding string
		max      int64
		want     string
		wantErr  error
	}{
		{name: "plain under cap", body: []byte("hello"), length: -1, max: 10, want: "hello"},
		{name: "plain at cap", body: []byte("0123456789"), length: -1, max: 10, want: "0123456789"},
		{name: "plain over cap", body: []byte("0123456789x"), length: -1, max: 10, wantErr: ErrTooLarge},
		{name: "declared length over cap", body: []byte("x"), length: 11, max: 10, wantErr: ErrTooLarge},
		{name: "gzip decoded", body: gz([]byte("hello")), length: -1, encoding: "gzip", max: 100, want: "hello"},
		{name: "gzip expanding past cap", body: gz(make([]byte, 1000)), length: -1, encoding: "gzip", max: 100, wantErr: ErrTooLarge},
		{name: "corrupt gzip fails", body: []byte("not gzip"), length: -1, encoding: "gzip", max: 100},
		{name: "unknown encoding fails", body: []byte("x"), length: -1, encoding: "br", max: 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readBody(bytes.NewReader(tt.body), tt.length, tt.encoding, tt.max)
			switch {
			case tt.wantErr != nil:
				if !errors.Is(err, tt.wantErr) {
					t.Errorf("err = %v, want %v", err, tt.wantErr)
				}
			case tt.want == "":
				if err == nil {
					t.Errorf("got %q, want an error", got)
				}
			case err != nil || string(got) != tt.want:
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr string
	}{
		{name: "defaults are valid", mutate: func(*Config) {}},
		{name: "empty user agent", mutate: func(c *Config) { c.UserAgent = "" }, wantErr: "user_agent"},
		{name: "zero timeout", mutate: func(c *Config) { c.Timeout = 0 }, wantErr: "timeout"},
		{name: "zero body cap", mutate: func(c *Config) { c.MaxBodyBytes = 0 }, wantErr: "max_body_bytes"},
		{name: "zero concurrency", mutate: func(c *Config) { c.PerHostConcurrency = 0 }, wantErr: "per_host_concurrency"},
		{name: "jitter above one", mutate: func(c *Config) { c.Jitter = 1.5 }, wantErr: "jitter"},
		{name: "negative retries", mutate: func(c *Config) { c.Retries = -1 }, wantErr: "retries"},
		{name: "backoff max below base", mutate: func(c *Config) { c.BackoffMax = time.Millisecond }, wantErr: "backoff_max"},
		{name: "all errors reported at once", mutate: func(c *Config) { c.Timeout = 0; c.Jitter = -1 }, wantErr: "jitter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.mutate(&c)
			err := c.Validate()
			if tt.wantErr == "" {
				if err != nil {
					t.Errorf("err = %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want mention of %s", err, tt.wantErr)
			}
		})
	}
}

func TestProductToken(t *testing.T) {
	for in, want := range map[string]string{
		"tidings/0.1 (+https://x)": "tidings",
		"Tidings":                  "tidings",
		"my bot":                   "my",
	} {
		if got := productToken(in); got != want {
			t.Errorf("productToken(%q) = %q, want %q", in, got, want)
		}
	}
}
