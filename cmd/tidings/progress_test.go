package main

import (
	"testing"
	"time"
)

func TestPace(t *testing.T) {
	cases := []struct {
		name        string
		done, total int64
		elapsed     time.Duration
		rate        float64
		eta         time.Duration
		ok          bool
	}{
		{"nothing done yet", 0, 1000, 5 * time.Second, 0, 0, false},
		{"too early to tell", 50, 1000, 500 * time.Millisecond, 0, 0, false},
		{"halfway", 500, 1000, 10 * time.Second, 50, 10 * time.Second, true},
		{"rounded to the second", 300, 1000, 4 * time.Second, 75, 9 * time.Second, true},
		{"finished", 1000, 1000, 20 * time.Second, 50, 0, true},
		{"past a growing total", 1200, 1000, 10 * time.Second, 120, 0, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rate, eta, ok := pace(c.done, c.total, c.elapsed)
			if ok != c.ok || rate != c.rate || eta != c.eta {
				t.Errorf("pace(%d, %d, %s) = %v, %s, %t; want %v, %s, %t", c.done, c.total, c.elapsed, rate, eta, ok, c.rate, c.eta, c.ok)
			}
		})
	}
}
