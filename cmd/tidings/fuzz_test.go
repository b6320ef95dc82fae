package main

import (
	"strings"
	"testing"
	"time"
)

// FuzzParseConfig: any bytes give a config or an error, never a panic,
// and an accepted config validates.
func FuzzParseConfig(f *testing.F) {
	f.Add("sources: [{name: a, kind: file, path: f, schedule: 1h}]\n")
	f.Add("data_dir: x\nfetch: {timeout: 5s, max_body_bytes: 10}\nsources:\n  - {name: a, kind: page, url: 'https://x.example', link_selector: 'a.b', schedule: '*/5 * * * *', include: ['^https']}\n")
	f.Add("api: {listen: '0.0.0.0:1', allow_remote: true, token: short}\nsources: []")
	f.Add("{{{")
	f.Add("sources: [1, 2, [3]]\nindex: {usd_rates: {eur: -1}}")
	f.Fuzz(func(t *testing.T, in string) {
		cfg, err := ParseConfig(strings.NewReader(in))
		if err == nil {
			if verr := cfg.Validate(); verr != nil {
				t.Fatalf("accepted config fails Validate: %v", verr)
			}
		}
	})
}

// FuzzQueryFlags: filter flags parse or fail with an error, never panic,
// and what they accept is a valid query or a clear error.
func FuzzQueryFlags(f *testing.F) {
	f.Add("Boeing tanker", "2020-01-01", "30d", "1.5bn", "250m", "usd", "2020-01-01..2021-01-01")
	f.Add(`title:"x`, "", "", "", "", "", "..")
	f.Add("+-~*", "-5d", "12h", "-1", "1e400", "€", "x..y")
	now := time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text, since, until, minA, maxA, cur, mentions string) {
		qf := queryFlags{since: since, until: until, minAmount: minA, maxAmount: maxA, currency: cur, mentions: mentions}
		q, err := qf.query(text, now)
		if err != nil {
			return
		}
		_ = q.Validate()
		if q.MinAmount != nil && (*q.MinAmount < 0 || *q.MinAmount != *q.MinAmount) {
			t.Fatalf("accepted amount %v", *q.MinAmount)
		}
	})
}
