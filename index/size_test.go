package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tidings/index/indexgen"
)

// TestIndexSize reports the index size against the text it holds. Set
// TIDINGS_SIZE_N to choose the number of articles (default 1000).
func TestIndexSize(t *testing.T) {
	if os.Getenv("TIDINGS_SIZE") != "1" {
		t.Skip("set TIDINGS_SIZE=1 to measure the index size")
	}
	dir := t.TempDir()
	ix, err := Open(dir, Config{})
	if err != nil {
		t.Fatal(err)
	}
	g := indexgen.New(indexgen.Config{Seed: 1})
	var text int64
	for first := int64(1); first <= 2000; first += 500 {
		es, n := genEntries(g, first, 500)
		text += n
		if err := ix.Put(context.Background(), es); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	settle(t, dir)
	_ = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			t.Logf("%10d %s", info.Size(), p[len(dir):])
		}
		return nil
	})
	t.Logf("disk %d, text %d: %.2fx", dirSize(dir), text, float64(dirSize(dir))/float64(text))
}

// settle reopens the index in dir until Bleve has removed the segments a
// merge replaced, so the size measured is what stays on disk.
func settle(tb testing.TB, dir string) {
	tb.Helper()
	ix, err := Open(dir, Config{})
	if err != nil {
		tb.Fatal(err)
	}
	defer ix.Close()
	last := dirSize(dir)
	for range 50 {
		time.Sleep(100 * time.Millisecond)
		n := dirSize(dir)
		if n == last {
			return
		}
		last = n
	}
}
