package main

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestLimitMemory(t *testing.T) {
	beforeLimit := debug.SetMemoryLimit(-1)
	beforeGC := debug.SetGCPercent(100)
	t.Cleanup(func() {
		debug.SetMemoryLimit(beforeLimit)
		debug.SetGCPercent(beforeGC)
	})
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}

	debug.SetMemoryLimit(math.MaxInt64)
	limitMemory(env(map[string]string{"GOMEMLIMIT": "2GiB", "GOGC": "50"}))
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set, limit = %d, want it left alone", got)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, GC percent = %d, want it left alone", got)
	}

	limitMemory(env(nil))
	if got := debug.SetMemoryLimit(-1); got != defaultMemoryLimit {
		t.Errorf("without GOMEMLIMIT, limit = %d, want %d", got, defaultMemoryLimit)
	}
	if got := debug.SetGCPercent(100); got != indexingGCPercent {
		t.Errorf("without GOGC, GC percent = %d, want %d", got, indexingGCPercent)
	}
}
