package main

import "runtime/debug"

// defaultMemoryLimit is the soft Go heap limit of the commands that index
// (run, reindex) when GOMEMLIMIT sets none: near it the collector works
// harder instead of letting the merges of a large index grow the heap
// past the 1 GiB memory budget of indexing.
const defaultMemoryLimit = 768 << 20

// indexingGCPercent lets the heap grow to three times the live data
// between collections, where Go's default lets it double: indexing
// allocates fast, and this spends about 13% less CPU on it (BenchmarkPut
// with GOGC=200). The memory limit still bounds the heap.
const indexingGCPercent = 200

// limitMemory applies defaultMemoryLimit and indexingGCPercent unless the
// user chose a limit (GOMEMLIMIT) or a collector pace (GOGC).
func limitMemory(getenv func(string) string) {
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	if getenv("GOGC") == "" {
		debug.SetGCPercent(indexingGCPercent)
	}
}
