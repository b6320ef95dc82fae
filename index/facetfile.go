package index

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"unsafe"

	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Facet files keep the facet tables of large segments across processes.
// A process that opens the index, such as `tidings search` when no daemon
// runs, loads them instead of reading the segments' postings (1.4 s at 1M
// articles) or counting with Bleve's facets (about a second per search).
// There is one file per segment file, in facetDir under the index
// directory, named after the segment file. A file is a cache: one that
// is missing, damaged or stale is rebuilt from its segment.
const facetDir = "facets"

// facetFileMinDocs is the smallest segment whose table is saved: smaller
// ones are quicker to read from the segment than from a file.
const facetFileMinDocs = 4000

// The file is mapped, not read: its bulk, each document's values, is read
// in place, and only in the pages a search touches. Reading a million
// articles' files into memory took longer than Bleve's facets (1.1 s).
//
// Layout, little-endian, each section padded to 4 bytes:
//
//	magic   "TFACETS\x02"
//	counts  documents, terms, values, term bytes, ID bytes, time bytes: uint32 each
//	crc     CRC-32 (IEEE) of the counts and of every section but start and vals
//	terms   offsets (terms+1) uint32, then the bytes
//	start   documents+1 uint32: document n's values are vals[start[n]:start[n+1]]
//	vals    values uint32: indexes into terms
//	ids     offsets (documents+1) uint32, then the bytes
//	pubs    the same for published sort terms
//
// start and vals are left out of the checksum so that loading does not read
// them; their entries are checked where a search uses them.
var facetMagic = []byte("TFACETS\x02")

const facetCounts = 6

const facetHeaderSize = 8 + 4*facetCounts + 4

// filePath returns where seg's table is saved, "" when it is not: no
// directory, a segment only in memory, or a small one. It notes where
// the segment files are, for pruneFiles. t.mu is held.
func (t *facetTable) filePath(seg segment.Segment) string {
	ps, ok := seg.(segment.PersistedSegment)
	if t.dir == "" || !ok || ps.Path() == "" {
		return ""
	}
	t.segDir = filepath.Dir(ps.Path())
	if seg.Count() < t.fileDocs {
		return ""
	}
	return filepath.Join(t.dir, filepath.Base(ps.Path())+".facets")
}

// hasFile reports whether seg's table has been saved.
func (t *facetTable) hasFile(seg segment.Segment) bool {
	path := t.filePath(seg)
	if path == "" {
		return false
	}
	_, err := os.Stat(path)
	return err == nil
}

// pruneFiles removes files left half written and the files of segments
// merged away: with keep, those it does not name; without, those whose
// segment file is gone (a search on an older snapshot may still use a
// segment that newer ones dropped). t.mu is held.
func (t *facetTable) pruneFiles(keep map[string]bool) {
	if t.dir == "" || t.segDir == "" {
		return
	}
	entries, err := os.ReadDir(t.dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		seg, ok := strings.CutSuffix(name, ".facets")
		switch {
		case !ok:
		case keep != nil:
			if keep[name] {
				continue
			}
		default:
			if _, err := os.Stat(filepath.Join(t.segDir, seg)); !errors.Is(err, os.ErrNotExist) {
				continue
			}
		}
		_ = os.Remove(filepath.Join(t.dir, name))
	}
}

// save writes st to path, through a temporary file so that a crash
// leaves either no file or a whole one.
func (st *segTable) save(path string) error {
	terms := newStringColumn(st.terms)
	counts := []int{len(st.start) - 1, len(st.terms), len(st.vals), len(terms.blob), len(st.ids.blob), len(st.pubs.blob)}
	var head []byte
	for _, x := range counts {
		head = binary.LittleEndian.AppendUint32(head, uint32(x))
	}
	crc := crc32.ChecksumIEEE(head)
	buf := make([]byte, 0, facetFileSize(counts))
	buf = append(append(buf, facetMagic...), head...)
	buf = append(buf, 0, 0, 0, 0) // the checksum, set below
	section := func(b []byte, summed bool) {
		if summed {
			crc = crc32.Update(crc, crc32.IEEETable, b)
		}
		buf = append(buf, b...)
		for len(buf)%4 != 0 {
			buf = append(buf, 0)
		}
	}
	section(appendUint32s(nil, terms.off), true)
	section([]byte(terms.blob), true)
	section(appendUint32s(nil, st.start), false)
	section(appendUint32s(nil, st.vals), false)
	section(appendUint32s(nil, st.ids.off), true)
	section([]byte(st.ids.blob), true)
	section(appendUint32s(nil, st.pubs.off), true)
	section([]byte(st.pubs.blob), true)
	binary.LittleEndian.PutUint32(buf[facetHeaderSize-4:], crc)

	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("save facet table: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf, 0o644); err != nil {
		return fmt.Errorf("save facet table: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("save facet table: %w", err)
	}
	return nil
}

func appendUint32s(b []byte, xs []uint32) []byte {
	for _, x := range xs {
		b = binary.LittleEndian.AppendUint32(b, x)
	}
	return b
}

func pad4(n int) int { return (n + 3) &^ 3 }

// facetFileSize is the size of a file of these counts.
func facetFileSize(c []int) int {
	docs, terms, vals, termBytes, idBytes, pubBytes := c[0], c[1], c[2], c[3], c[4], c[5]
	return facetHeaderSize + 4*(terms+1) + pad4(termBytes) + 4*(docs+1) + 4*vals +
		2*4*(docs+1) + pad4(idBytes) + pad4(pubBytes)
}

// load maps the file at path, saved for a segment of docs documents. The
// mapping is released once the table is no longer used. t.mu is held.
func (t *facetTable) load(path string, docs uint64) (*segFacets, error) {
	data, unmap, err := mapFile(path)
	if err != nil {
		return nil, fmt.Errorf("load facet table: %w", err)
	}
	ff, err := decodeFacetFile(data, docs)
	if err != nil {
		unmap(data)
		return nil, fmt.Errorf("load facet table %s: %w", path, err)
	}
	sf := &segFacets{start: ff.start, vals: ff.vals, remap: t.internAll(ff.terms), ids: ff.ids, pubs: ff.pubs}
	// Only sf's numbers view the mapping, and they never leave the table.
	runtime.AddCleanup(sf, unmap, data)
	return sf, nil
}

// errFacetFile is a facet file that cannot be read.
var errFacetFile = errors.New("damaged facet file")

// facetFile is a decoded facet file. Its numbers may view the file's
// bytes; its strings are copies.
type facetFile struct {
	terms       []string
	start, vals []uint32
	ids, pubs   stringColumn
}

// decodeFacetFile decodes a file that must be for docs documents.
func decodeFacetFile(data []byte, docs uint64) (*facetFile, error) {
	if len(data) < facetHeaderSize || !bytes.Equal(data[:len(facetMagic)], facetMagic) {
		return nil, fmt.Errorf("%w: no header", errFacetFile)
	}
	counts := make([]int, facetCounts)
	for i := range counts {
		counts[i] = int(binary.LittleEndian.Uint32(data[len(facetMagic)+4*i:]))
	}
	n := counts[0]
	if uint64(n) != docs {
		return nil, fmt.Errorf("%w: %d documents, the segment has %d", errFacetFile, n, docs)
	}
	if size := facetFileSize(counts); size != len(data) {
		return nil, fmt.Errorf("%w: %d bytes, its counts make %d", errFacetFile, len(data), size)
	}
	crc := crc32.ChecksumIEEE(data[len(facetMagic) : facetHeaderSize-4])
	r := facetReader{b: data, off: facetHeaderSize}
	ff := &facetFile{}
	terms := r.column(counts[1], counts[3], &crc)
	ff.start = r.uint32s(n+1, nil)
	ff.vals = r.uint32s(counts[2], nil)
	ff.ids = r.column(n, counts[4], &crc)
	ff.pubs = r.column(n, counts[5], &crc)
	if r.err != nil {
		return nil, r.err
	}
	if crc != binary.LittleEndian.Uint32(data[facetHeaderSize-4:]) {
		return nil, fmt.Errorf("%w: checksum mismatch", errFacetFile)
	}
	ff.terms = make([]string, counts[1])
	for i := range ff.terms {
		ff.terms[i] = terms.at(uint64(i))
	}
	return ff, nil
}

// facetReader reads a facet file's sections in turn, remembering the
// first error.
type facetReader struct {
	b   []byte
	off int
	err error
}

// uint32s returns the next n numbers, a view of the file's bytes when the
// host allows (little-endian, aligned), else a copy; with crc, it adds
// their bytes to it.
func (r *facetReader) uint32s(n int, crc *uint32) []uint32 {
	if r.err != nil {
		return nil
	}
	b := r.b[r.off : r.off+4*n] // sizes were checked against the file's
	r.off += 4 * n
	if crc != nil {
		*crc = crc32.Update(*crc, crc32.IEEETable, b)
	}
	if n == 0 {
		return []uint32{}
	}
	if nativeLittleEndian && uintptr(unsafe.Pointer(&b[0]))%4 == 0 {
		return unsafe.Slice((*uint32)(unsafe.Pointer(&b[0])), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

// column reads a string column of n strings and size bytes, checking its
// offsets. The strings are copied, since searches hand them out; the
// offsets may view the file.
func (r *facetReader) column(n, size int, crc *uint32) stringColumn {
	off := r.uint32s(n+1, crc)
	if r.err != nil {
		return stringColumn{}
	}
	blob := r.b[r.off : r.off+size]
	r.off += pad4(size)
	*crc = crc32.Update(*crc, crc32.IEEETable, blob)
	if off[0] != 0 || int(off[n]) != size {
		r.err = fmt.Errorf("%w: string offsets do not cover their %d bytes", errFacetFile, size)
		return stringColumn{}
	}
	for i := range n {
		if off[i] > off[i+1] {
			r.err = fmt.Errorf("%w: string offsets out of order at %d", errFacetFile, i)
			return stringColumn{}
		}
	}
	return stringColumn{off: off, blob: string(blob)}
}

// nativeLittleEndian reports whether the host's uint32s can view a file's.
var nativeLittleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1
