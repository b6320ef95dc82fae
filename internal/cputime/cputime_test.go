//go:build unix

package cputime

import (
	"testing"
	"time"
)

func TestProcessCountsWork(t *testing.T) {
	before := Process()
	x := 0
	for start := time.Now(); time.Since(start) < 50*time.Millisecond; {
		x++
	}
	if used := Process() - before; used < 10*time.Millisecond {
		t.Errorf("50 ms of busy work counted as %s of CPU (x=%d)", used, x)
	}
}
