package main

import "runtime/debug"

// defaultMemoryLimit is the soft Go heap limit of the commands that index
// (run, reindex) when GOMEMLIMIT sets none: near it the collector works
// harder instead of letting the merges of a large index grow the heap
// past the 1 GiB memory budget of indexing.
const defaultMemoryLimit = 768 << 20

// limitMemory applies defaultMemoryLimit unless the user chose a limit.
func limitMemory(getenv func(string) string) {
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
}
