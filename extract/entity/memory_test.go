package entity

import (
	"runtime"
	"strings"
	"testing"

	"tidings/internal/evaltest"
)

// TestTaggerMemory bounds what a loaded tagger keeps on the heap, and the
// heap after each document it tags, that document's garbage included
// (issue target: tagger memory ≤ 200 MB). Both are measured against the
// live heap once the tagger is gone, so garbage other tests left does not
// count; the heap is collected before each document, so how much garbage
// piles up between collections (which grows with whatever else the test
// process holds) does not count either.
func TestTaggerMemory(t *testing.T) {
	const limit = 200 << 20
	held, peak := taggerHeap(t)
	base := liveHeap()
	loaded := int64(held) - int64(base)
	above := int64(peak) - int64(base)
	t.Logf("tagger holds %.1f MB; heap after each document at most %.1f MB above the base", float64(loaded)/1e6, float64(above)/1e6)
	if loaded > limit {
		t.Errorf("tagger holds %d MB, want ≤ 200 MB", loaded>>20)
	}
	if above > limit {
		t.Errorf("heap reached %d MB above the base while tagging, want ≤ 200 MB", above>>20)
	}
}

// taggerHeap loads a tagger, tags the news texts, a long article and a
// 10,000-token sentence, and returns the live heap with the tagger loaded
// and the largest heap seen after a document.
func taggerHeap(t *testing.T) (held, peak uint64) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	docs := append(evaltest.NewsDocs(), strings.Repeat("Amazon said Andy Jassy would visit Paris. ", 500),
		strings.Repeat("Amazon Paris Jassy ", 3400))
	var ms runtime.MemStats
	for _, d := range docs {
		runtime.GC()
		tg.Extract(d)
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
	}
	held = liveHeap()
	runtime.KeepAlive(tg)
	return held, peak
}

// liveHeap returns the heap in use after a collection.
func liveHeap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
