package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"tidings/corpus"
)

func TestPutCountDelete(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t, Config{}, fixture())
	if n, err := ix.Count(); err != nil || n != 5 {
		t.Fatalf("Count after Put = %d, %v; want 5", n, err)
	}
	// Re-putting an ID replaces the document.
	e := fixture()[0]
	e.Doc.Title = "Replaced headline"
	if err := ix.Put(ctx, []Entry{e}); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != 5 {
		t.Errorf("Count after upsert = %d, want 5", n)
	}
	res, err := ix.Search(ctx, Query{Text: "title:replaced"})
	if err != nil || len(res.Hits) != 1 || res.Hits[0].ID != 1 {
		t.Errorf("search replaced title = %+v, %v; want doc 1", res, err)
	}
	if err := ix.Delete(ctx, []int64{1, 2, 99}); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != 3 {
		t.Errorf("Count after Delete = %d, want 3", n)
	}
}

func TestPutLastVersionWins(t *testing.T) {
	var es []Entry
	for i := range 400 { // enough for parallel sub-batches
		es = append(es, entries(int64(i%200)+1, int64(i%200)+1)[0])
		es[i].Doc.Title = fmt.Sprintf("version%d", i/200)
	}
	ix := openTest(t, Config{}, es)
	if n, _ := ix.Count(); n != 200 {
		t.Fatalf("Count = %d, want 200", n)
	}
	res, err := ix.Search(context.Background(), Query{Text: "title:version1"})
	if err != nil || res.Total != 200 {
		t.Errorf("documents with the last version = %v, %v; want 200", res.Total, err)
	}
}

func TestSplitBatch(t *testing.T) {
	tests := []struct {
		name      string
		n, parts  int
		wantSizes []int
	}{
		{"empty is one empty part", 0, 2, []int{0}},
		{"short stays whole", 150, 2, []int{150}},
		{"long splits evenly", 500, 2, []int{250, 250}},
		{"parts capped by CPUs", 1000, 3, []int{334, 334, 332}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitBatch(make([]Entry, tt.n), tt.parts, minSubBatch)
			var sizes []int
			for _, p := range got {
				sizes = append(sizes, len(p))
			}
			if !slices.Equal(sizes, tt.wantSizes) {
				t.Errorf("sizes = %v, want %v", sizes, tt.wantSizes)
			}
		})
	}
}

func TestPutRejectsInvalidEntries(t *testing.T) {
	tests := []struct {
		name  string
		entry Entry
	}{
		{"nil document fails", Entry{}},
		{"zero ID fails", Entry{Doc: &corpus.Document{URL: "u"}}},
	}
	ix := openTest(t, Config{}, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ix.Put(context.Background(), []Entry{fixture()[0], tt.entry})
			if !errors.Is(err, corpus.ErrInvalid) {
				t.Fatalf("Put = %v, want ErrInvalid", err)
			}
			if n, _ := ix.Count(); n != 0 {
				t.Errorf("Count = %d after a failed Put, want 0", n)
			}
		})
	}
}

func TestReopenKeepsDocuments(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(context.Background(), fixture()); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir, Config{})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer ix.Close()
	if n, err := ix.Count(); err != nil || n != 5 {
		t.Fatalf("Count after reopen = %d, %v; want 5", n, err)
	}
	res, err := ix.Search(context.Background(), Query{Text: `"deutsche bank"`})
	if err != nil || res.Total != 1 {
		t.Fatalf("search after reopen = %+v, %v", res, err)
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(t *testing.T, dir string)
		want    error
	}{
		{"unrelated non-empty dir is not an index", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "notes.txt"), "hello")
		}, ErrNotIndex},
		{"garbage metadata is corrupted", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "index_meta.json"), "{not json")
		}, ErrNotIndex},
		{"garbage root.bolt is corrupted", func(t *testing.T, dir string) {
			makeIndex(t, dir)
			write(t, filepath.Join(dir, "store", "root.bolt"), "this is not a bolt database at all, just text padding padding padding")
		}, ErrNotIndex},
		{"index with another mapping is refused", func(t *testing.T, dir string) {
			b, err := bleve.New(dir, bleve.NewIndexMapping())
			if err != nil {
				t.Fatal(err)
			}
			if err := b.Close(); err != nil {
				t.Fatal(err)
			}
		}, ErrMappingChanged},
		{"unknown index type is corrupted", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "index_meta.json"), `{"storage":"boltdb","index_type":"nope"}`)
		}, ErrNotIndex},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.prepare(t, dir)
			ix, err := Open(dir, Config{})
			if err == nil {
				ix.Close()
				t.Fatal("Open succeeded, want an error")
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("Open = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), dir) {
				t.Errorf("error %q does not name the directory %s", err, dir)
			}
		})
	}
}

func TestOpenLockedFailsFast(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	start := time.Now()
	second, err := Open(dir, Config{})
	if err == nil {
		second.Close()
		t.Fatal("second Open succeeded, want ErrLocked")
	}
	if !errors.Is(err, ErrLocked) {
		t.Errorf("second Open = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("second Open took %s, want < 1s", d)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		ok   bool
	}{
		{"zero config is valid", Config{}, true},
		{"rates are valid", Config{Rates: map[string]float64{"EUR": 1.08}}, true},
		{"negative batch fails", Config{BatchSize: -1}, false},
		{"negative interval fails", Config{FlushInterval: -time.Second}, false},
		{"lowercase currency fails", Config{Rates: map[string]float64{"eur": 1}}, false},
		{"zero rate fails", Config{Rates: map[string]float64{"EUR": 0}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.cfg.Validate(); (err == nil) != tt.ok {
				t.Errorf("Validate = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

func makeIndex(t *testing.T, dir string) {
	t.Helper()
	ix, err := Open(dir, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
