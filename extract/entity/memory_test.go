package entity

import (
	"runtime"
	"strings"
	"testing"

	"tidings/internal/evaltest"
)

// TestTaggerMemory bounds what a loaded tagger keeps on the heap, and the
// heap after each document it tags, garbage included (issue target: tagger
// memory ≤ 200 MB).
func TestTaggerMemory(t *testing.T) {
	const limit = 200 << 20
	base := liveHeap()
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	loaded := liveHeap() - base
	docs := evaltest.NewsDocs()
	// A long article and a 10,000-token sentence besides the news texts.
	docs = append(docs, strings.Repeat("Amazon said Andy Jassy would visit Paris. ", 500),
		strings.Repeat("Amazon Paris Jassy ", 3400))
	var peak uint64
	var ms runtime.MemStats
	for _, d := range docs {
		tg.Extract(d)
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
	}
	t.Logf("tagger holds %.1f MB after Load; heap after each document at most %.1f MB above the base", float64(loaded)/1e6, float64(peak-min(peak, base))/1e6)
	if loaded > limit {
		t.Errorf("tagger holds %d MB after Load, want ≤ 200 MB", loaded>>20)
	}
	if peak > base+limit {
		t.Errorf("heap reached %d MB above the base while tagging, want ≤ 200 MB", (peak-base)>>20)
	}
	runtime.KeepAlive(tg)
}

// liveHeap returns the heap in use after a collection.
func liveHeap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
