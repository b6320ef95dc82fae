package index

import (
	"context"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"tidings/index/indexgen"
)

// TestFacetFiles checks that facet tables saved by one process serve the
// next one's first search, which would otherwise go to Bleve's facets
// while the table is built: the same results, no build. A damaged file
// is rebuilt, and files of segments merged away are removed.
func TestFacetFiles(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	g := indexgen.New(indexgen.Config{Seed: 5, BodyBytes: 600, Facts: 20})
	open := func() *Index {
		t.Helper()
		ix, err := Open(dir, Config{})
		if err != nil {
			t.Fatal(err)
		}
		ix.facets.fileDocs = 1
		ix.facets.coldDocs = 1 // without its file, every segment is cold
		return ix
	}
	search := func(ix *Index) []*Result {
		t.Helper()
		var out []*Result
		for _, q := range facetTestQueries(g) {
			res, err := ix.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, withTook(res, 0))
		}
		return out
	}

	ix := open()
	for first := int64(1); first <= 600; first += 200 {
		es, _ := genEntries(g, first, 200)
		if err := ix.Put(ctx, es); err != nil {
			t.Fatal(err)
		}
	}
	// Merges would change the segments between the processes.
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ix.WarmFacets(); err != nil {
		t.Fatal(err)
	}
	want := search(ix)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	files := facetFiles(t, dir)
	if len(files) == 0 {
		t.Fatal("no facet files saved")
	}

	ix = open()
	if got := search(ix); !reflect.DeepEqual(got, want) {
		t.Errorf("first search after reopening: %+v, want %+v", got, want)
	}
	if n := ix.facets.builds.Load(); n != 0 || !ix.facets.warm.Load() {
		t.Errorf("after reopening: %d background builds, table warm %v; want the files loaded", n, ix.facets.warm.Load())
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	// A damaged file is replaced by a good one.
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)-1] ^= 0xff
	if err := os.WriteFile(files[0], data, 0o644); err != nil {
		t.Fatal(err)
	}
	ix = open()
	if got := search(ix); !reflect.DeepEqual(got, want) {
		t.Errorf("search with a damaged facet file: %+v, want %+v", got, want)
	}
	if data, err := os.ReadFile(files[0]); err != nil {
		t.Errorf("damaged facet file not rebuilt: %v", err)
	} else if len(data) < facetHeaderSize {
		t.Errorf("rebuilt facet file of %d bytes", len(data))
	} else if _, err := decodeFacetFile(data, uint64(binary.LittleEndian.Uint32(data[len(facetMagic):]))); err != nil {
		t.Errorf("rebuilt facet file: %v", err)
	}

	// Merged away, the segments' files go.
	es, _ := genEntries(g, 1, 100) // replacements: the results stay
	if err := ix.Put(ctx, es); err != nil {
		t.Fatal(err)
	}
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix = open()
	defer ix.Close()
	if got := search(ix); !reflect.DeepEqual(got, want) {
		t.Errorf("search after Compact: %+v, want %+v", got, want)
	}
	// The merged segment has no file yet, so that search went to Bleve
	// and the table is built (and old files pruned) in the background.
	if err := ix.WarmFacets(); err != nil {
		t.Fatal(err)
	}
	for _, f := range facetFiles(t, dir) {
		seg := strings.TrimSuffix(filepath.Base(f), ".facets")
		if _, err := os.Stat(filepath.Join(dir, "store", seg)); err != nil {
			t.Errorf("facet file %s outlives its segment: %v", filepath.Base(f), err)
		}
	}
}

func facetFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, facetDir, "*.facets"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestSegTableRoundTrip checks that a saved table loads as it was, and
// that a table saved for another segment size is refused.
func TestSegTableRoundTrip(t *testing.T) {
	st := &segTable{
		terms: []string{"o:Amazon", "o:OpenAI", "p:Andy Jassy", ""},
		start: []uint32{0, 2, 2, 4},
		vals:  []uint32{0, 2, 1, 3},
		ids:   newStringColumn([]string{"1", "2", "30"}),
		pubs:  newStringColumn([]string{"\x20\x01", "", "\x20\x02"}),
	}
	path := filepath.Join(t.TempDir(), "x", "a.zap.facets")
	if err := st.save(path); err != nil {
		t.Fatal(err)
	}
	ft := newFacetTable("")
	ft.intern("o:OpenAI") // the table numbers its values its own way
	sf, err := ft.load(path, 3)
	if err != nil {
		t.Fatal(err)
	}
	for d := range uint64(3) {
		var got, want []string
		for _, v := range sf.values(d) {
			got = append(got, ft.terms[sf.remap[v]])
		}
		for _, v := range st.vals[st.start[d]:st.start[d+1]] {
			want = append(want, st.terms[v])
		}
		if !reflect.DeepEqual(got, want) || sf.ids.at(d) != st.ids.at(d) || sf.pubs.at(d) != st.pubs.at(d) {
			t.Errorf("document %d: values %q, ID %q, time %q; saved %q, %q, %q", d, got, sf.ids.at(d), sf.pubs.at(d), want, st.ids.at(d), st.pubs.at(d))
		}
	}
	if _, err := ft.load(path, 4); err == nil {
		t.Error("a table of 3 documents loaded for a segment of 4")
	}
}

// FuzzDecodeFacetFile checks that any bytes decode to a table that is
// safe to use, or to an error, never a panic.
func FuzzDecodeFacetFile(f *testing.F) {
	st := &segTable{terms: []string{"s:wire", "d:2025-10-02"}, start: []uint32{0, 1, 2}, vals: []uint32{1, 0}, ids: newStringColumn([]string{"1", "2"}), pubs: newStringColumn([]string{"", "x"})}
	path := filepath.Join(f.TempDir(), "seed.facets")
	if err := st.save(path); err != nil {
		f.Fatal(err)
	}
	seed, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed, uint16(2), true)
	f.Add(seed[:len(seed)-3], uint16(2), false)
	f.Add(facetMagic, uint16(0), false)
	f.Fuzz(func(t *testing.T, data []byte, docs uint16, fixSum bool) {
		// With its checksum made right, so that mutations reach the body.
		if fixSum && len(data) == facetFileSize(fileCounts(data)) {
			rewriteChecksum(data)
		}
		ff, err := decodeFacetFile(data, uint64(docs))
		if err != nil {
			return
		}
		sf := &segFacets{start: ff.start, vals: ff.vals, remap: make([]uint32, len(ff.terms)), ids: ff.ids, pubs: ff.pubs}
		for d := range uint64(docs) + 2 {
			for _, v := range sf.values(d) {
				if uint64(v) < uint64(len(sf.remap)) {
					_ = ff.terms[v]
				}
			}
			_, _ = sf.ids.at(d), sf.pubs.at(d)
		}
	})
}

// fileCounts reads a facet file's counts, zeros when it is too short.
func fileCounts(data []byte) []int {
	c := make([]int, facetCounts)
	if len(data) >= facetHeaderSize {
		for i := range c {
			c[i] = int(binary.LittleEndian.Uint32(data[len(facetMagic)+4*i:]))
		}
	}
	return c
}

// rewriteChecksum sets the checksum of a file whose size its counts give.
func rewriteChecksum(data []byte) {
	c := fileCounts(data)
	crc := crc32.ChecksumIEEE(data[len(facetMagic) : facetHeaderSize-4])
	off := facetHeaderSize
	sum := func(n int, summed bool) {
		if summed {
			crc = crc32.Update(crc, crc32.IEEETable, data[off:off+n])
		}
		off += pad4(n)
	}
	sum(4*(c[1]+1), true)
	sum(c[3], true)
	sum(4*(c[0]+1), false)
	sum(4*c[2], false)
	for _, size := range []int{c[4], c[5]} {
		sum(4*(c[0]+1), true)
		sum(size, true)
	}
	binary.LittleEndian.PutUint32(data[facetHeaderSize-4:], crc)
}
