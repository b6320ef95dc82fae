package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// facetTable maps each document of each segment to its facet values (terms
// of fieldFacet) as small integers, so a faceted search counts values per
// match with a slice walk instead of Bleve's facet builders, which
// decompress every match's doc values and count strings in maps.
//
// Segments are immutable, so a segment's table is built once, from the
// segment's facet term dictionary and postings, the first time a search
// sees the segment, and dropped once the segment has been merged away.
// Deleted documents keep their rows: they never match a query. It is safe
// for concurrent use.
type facetTable struct {
	mu    sync.Mutex
	ids   map[string]uint32 // facet term -> value ID
	terms []string          // value ID -> facet term; only grows
	segs  map[segment.Segment]*segFacets

	warm     atomic.Bool  // a whole snapshot has been built, for tests
	building atomic.Bool  // a background build runs
	builds   atomic.Int32 // background builds started, for tests
	coldDocs uint64       // see defaultColdDocs
	dir      string       // facet files (facetfile.go); "" saves none
	fileDocs uint64       // the smallest segment saved: facetFileMinDocs
	pruned   bool         // files of segments gone removed since open
	segDir   string       // where the segment files are, once seen
	closed   atomic.Bool  // stops a build in progress
	wg       sync.WaitGroup
}

// segFacets holds one segment's values: document n has
// vals[start[n]:start[n+1]], the table's value IDs, or, for a table loaded
// from a file (facetfile.go), remap's entries for them. ids.at(n) is
// document n's index ID (the corpus ID as text), pubs.at(n) its published
// time as Bleve's full-precision sort term ("" when missing).
type segFacets struct {
	start []uint32
	vals  []uint32
	remap []uint32 // nil when vals are the table's own value IDs
	ids   stringColumn
	pubs  stringColumn
}

// values returns document n's value IDs in sf's numbering, nil when n is
// out of range. A loaded table's offsets are checked here, not at load:
// checking would read all of a file that a search reads only in part.
func (sf *segFacets) values(n uint64) []uint32 {
	if n+1 >= uint64(len(sf.start)) {
		return nil
	}
	lo, hi := sf.start[n], sf.start[n+1]
	if lo > hi || uint64(hi) > uint64(len(sf.vals)) {
		return nil
	}
	return sf.vals[lo:hi]
}

// stringColumn holds one string per document: n's is blob[off[n]:off[n+1]].
type stringColumn struct {
	off  []uint32
	blob string
}

func newStringColumn(vs []string) stringColumn {
	c := stringColumn{off: make([]uint32, 1, len(vs)+1)}
	var b strings.Builder
	for _, v := range vs {
		b.WriteString(v)
		c.off = append(c.off, uint32(b.Len()))
	}
	c.blob = b.String()
	return c
}

// at returns n's string, "" when out of range.
func (c stringColumn) at(n uint64) string {
	if n+1 >= uint64(len(c.off)) {
		return ""
	}
	lo, hi := c.off[n], c.off[n+1]
	if lo > hi || uint64(hi) > uint64(len(c.blob)) {
		return ""
	}
	return c.blob[lo:hi]
}

func newFacetTable(dir string) *facetTable {
	return &facetTable{ids: map[string]uint32{}, segs: map[segment.Segment]*segFacets{}, coldDocs: defaultColdDocs, dir: dir, fileDocs: facetFileMinDocs}
}

// errNoFacetTable means the reader is not a scorch snapshot; the caller
// falls back to Bleve's facets.
var errNoFacetTable = errors.New("facet table needs a scorch snapshot")

// errTableCold means a search would wait for a large table build (or for
// one in progress); the caller uses Bleve's path and builds in the
// background.
var errTableCold = errors.New("facet table is being built")

// defaultColdDocs is the size from which a segment's table is built in
// the background rather than by the search that first meets it (after a
// large merge, say).
const defaultColdDocs = 20000

// errTableClosed stops a build when the index closes.
var errTableClosed = errors.New("facet table closed")

// snapshotFacets are the tables of one snapshot's segments with their
// first global document numbers.
type snapshotFacets struct {
	offsets []uint64
	segs    []*segFacets
	nterms  int // value IDs are below nterms
	terms   []string
}

// forSnapshot returns the tables of s's segments, building missing ones.
// Unless wait, it fails with errTableCold rather than wait for another
// build or build a segment of coldDocs or more.
func (t *facetTable) forSnapshot(s *scorch.IndexSnapshot, wait bool) (*snapshotFacets, error) {
	if wait {
		t.mu.Lock()
	} else if !t.mu.TryLock() {
		return nil, errTableCold
	}
	defer t.mu.Unlock()
	segs := s.Segments()
	if !wait {
		for _, ss := range segs {
			if seg := ss.Segment(); t.segs[seg] == nil && seg.Count() >= t.coldDocs && !t.hasFile(seg) {
				return nil, errTableCold
			}
		}
	}
	if !t.pruned {
		// The first snapshot a process sees holds every segment whose
		// table it may load; files of any other are left over.
		current := map[string]bool{}
		for _, ss := range segs {
			if path := t.filePath(ss.Segment()); path != "" {
				current[filepath.Base(path)] = true
			}
		}
		t.pruneFiles(current)
		t.pruned = t.segDir != ""
	}
	out := &snapshotFacets{offsets: make([]uint64, len(segs)), segs: make([]*segFacets, len(segs))}
	live := make(map[segment.Segment]bool, len(segs))
	var running uint64
	for i, ss := range segs {
		seg := ss.Segment()
		live[seg] = true
		out.offsets[i] = running
		running += seg.Count()
		sf, ok := t.segs[seg]
		if !ok {
			var err error
			if sf, err = t.build(seg); err != nil {
				return nil, err
			}
			t.segs[seg] = sf
		}
		out.segs[i] = sf
	}
	// Segments merged away are gone from newer snapshots; a search still
	// on an older one rebuilds what it needs.
	dropped := false
	for seg := range t.segs {
		if !live[seg] {
			delete(t.segs, seg)
			dropped = true
		}
	}
	if dropped {
		t.pruneFiles(nil)
	}
	out.nterms = len(t.terms)
	out.terms = t.terms[:len(t.terms):len(t.terms)]
	t.warm.Store(true)
	return out, nil
}

// build returns seg's table: loaded from its facet file when one was
// saved (facetfile.go), else read from the segment and, for a large
// persisted segment, saved. t.mu is held.
func (t *facetTable) build(seg segment.Segment) (*segFacets, error) {
	path := t.filePath(seg)
	if path != "" {
		sf, err := t.load(path, seg.Count())
		if err == nil {
			return sf, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			// A damaged or stale file is only a cache: read the segment.
			_ = os.Remove(path)
		}
	}
	st, err := t.readSegTable(seg)
	if err != nil {
		return nil, err
	}
	if path != "" {
		// Failing to save costs the next process a build, not a result.
		_ = st.save(path)
	}
	return t.adopt(st), nil
}

// segTable is a segment's table with value IDs of its own: value v is
// terms[v]. adopt turns it into a segFacets of the table's value IDs.
type segTable struct {
	terms []string
	start []uint32
	vals  []uint32
	ids   stringColumn
	pubs  stringColumn
}

// readSegTable reads seg's facet postings, IDs and published times.
func (t *facetTable) readSegTable(seg segment.Segment) (*segTable, error) {
	n := seg.Count()
	dict, err := seg.Dictionary(fieldFacet)
	if err != nil {
		return nil, fmt.Errorf("facet table: dictionary: %w", err)
	}
	type pair struct{ doc, val uint32 }
	// Sizing pairs first saves growing a slice of millions.
	total, err := postingsTotal(dict)
	if err != nil {
		return nil, err
	}
	st := &segTable{}
	pairs := make([]pair, 0, total)
	counts := make([]uint32, n+1)
	var pl segment.PostingsList
	var pi segment.PostingsIterator
	it := dict.AutomatonIterator(nil, nil, nil)
	for {
		e, err := it.Next()
		if err != nil {
			return nil, fmt.Errorf("facet table: terms: %w", err)
		}
		if e == nil {
			break
		}
		if t.closed.Load() {
			return nil, errTableClosed
		}
		val := uint32(len(st.terms))
		st.terms = append(st.terms, e.Term)
		if pl, err = dict.PostingsList([]byte(e.Term), nil, pl); err != nil {
			return nil, fmt.Errorf("facet table: postings of %q: %w", e.Term, err)
		}
		pi = pl.Iterator(false, false, false, pi)
		for {
			p, err := pi.Next()
			if err != nil {
				return nil, fmt.Errorf("facet table: postings of %q: %w", e.Term, err)
			}
			if p == nil {
				break
			}
			d := p.Number()
			if d >= n {
				continue
			}
			pairs = append(pairs, pair{uint32(d), val})
			counts[d+1]++
		}
	}
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	st.start, st.vals = counts, make([]uint32, len(pairs))
	next := slices.Clone(counts[:n])
	for _, p := range pairs {
		st.vals[next[p.doc]] = p.val
		next[p.doc]++
	}
	ids, err := docTerms(seg, "_id", nil, nil)
	if err != nil {
		return nil, err
	}
	// Full-precision numeric terms have shift 0.
	lo := []byte{numeric.ShiftStartInt64}
	pubs, err := docTerms(seg, fieldPublished, lo, []byte{numeric.ShiftStartInt64 + 1})
	if err != nil {
		return nil, err
	}
	st.ids, st.pubs = newStringColumn(ids), newStringColumn(pubs)
	return st, nil
}

// adopt interns st's terms and renumbers its values in place. t.mu is
// held.
func (t *facetTable) adopt(st *segTable) *segFacets {
	ids := t.internAll(st.terms)
	for i, v := range st.vals {
		st.vals[i] = ids[v]
	}
	return &segFacets{start: st.start, vals: st.vals, ids: st.ids, pubs: st.pubs}
}

// internAll interns terms, returning the table's value ID of each.
func (t *facetTable) internAll(terms []string) []uint32 {
	ids := make([]uint32, len(terms))
	for i, term := range terms {
		ids[i] = t.intern(term)
	}
	return ids
}

// docTerms reads the term in [lo, hi) of each of seg's documents for a
// single-valued field from its term dictionary (for _id far more compact
// than the stored fields that DocID reads).
func docTerms(seg segment.Segment, field string, lo, hi []byte) ([]string, error) {
	n := seg.Count()
	ids := make([]string, n)
	dict, err := seg.Dictionary(field)
	if err != nil {
		return nil, fmt.Errorf("facet table: %s dictionary: %w", field, err)
	}
	var pl segment.PostingsList
	var pi segment.PostingsIterator
	it := dict.AutomatonIterator(nil, lo, hi)
	for {
		e, err := it.Next()
		if err != nil {
			return nil, fmt.Errorf("facet table: %s terms: %w", field, err)
		}
		if e == nil {
			return ids, nil
		}
		if pl, err = dict.PostingsList([]byte(e.Term), nil, pl); err != nil {
			return nil, fmt.Errorf("facet table: postings of %s %q: %w", field, e.Term, err)
		}
		pi = pl.Iterator(false, false, false, pi)
		for {
			p, err := pi.Next()
			if err != nil {
				return nil, fmt.Errorf("facet table: postings of %s %q: %w", field, e.Term, err)
			}
			if p == nil {
				break
			}
			if d := p.Number(); d < n {
				ids[d] = e.Term
			}
		}
	}
}

// postingsTotal sums the postings counts of dict's terms.
func postingsTotal(dict segment.TermDictionary) (uint64, error) {
	var total uint64
	it := dict.AutomatonIterator(nil, nil, nil)
	for {
		e, err := it.Next()
		if err != nil {
			return 0, fmt.Errorf("facet table: terms: %w", err)
		}
		if e == nil {
			return total, nil
		}
		total += e.Count
	}
}

func (t *facetTable) intern(term string) uint32 {
	if id, ok := t.ids[term]; ok {
		return id
	}
	// A clone: terms outlive the segment or file they came from.
	term = strings.Clone(term)
	id := uint32(len(t.terms))
	t.ids[term] = id
	t.terms = append(t.terms, term)
	return id
}

// facetCounter counts the facet values of one search's matches.
type facetCounter struct {
	snap    *snapshotFacets
	counts  []int32
	touched []uint32 // value IDs with a count, in first-seen order
	last    int      // segment of the previous match
	count   bool     // count facets (else only look up IDs)
}

func newFacetCounter(snap *snapshotFacets, count bool) *facetCounter {
	c := &facetCounter{snap: snap, count: count}
	if count {
		c.counts = make([]int32, snap.nterms)
	}
	return c
}

// locate finds the segment table and local number of global document num.
func (c *facetCounter) locate(num uint64) (*segFacets, uint64) {
	offs := c.snap.offsets
	si := c.last
	// Matches come in document order, so the segment rarely changes.
	if num < offs[si] || (si+1 < len(offs) && num >= offs[si+1]) {
		si, _ = slices.BinarySearch(offs, num+1)
		si--
		c.last = si
	}
	return c.snap.segs[si], num - offs[si]
}

// add counts the values of the document with global number num.
func (c *facetCounter) add(num uint64) {
	sf, local := c.locate(num)
	for _, v := range sf.values(local) {
		if sf.remap != nil {
			if uint64(v) >= uint64(len(sf.remap)) {
				continue
			}
			v = sf.remap[v]
		}
		if c.counts[v] == 0 {
			c.touched = append(c.touched, v)
		}
		c.counts[v]++
	}
}

// id returns the index ID of the document with global number num, "" when
// unknown.
func (c *facetCounter) id(num uint64) string {
	sf, local := c.locate(num)
	return sf.ids.at(local)
}

// published returns the published sort term of the document with global
// number num, "" when it has none.
func (c *facetCounter) published(num uint64) string {
	sf, local := c.locate(num)
	return sf.pubs.at(local)
}

// results turns the counts into Bleve's facet results for specs, ordered
// and trimmed as Bleve's terms facets are (count descending, then term).
func (c *facetCounter) results(specs []facetSpec) search.FacetResults {
	byFacet := make([][]*search.TermFacet, len(specs))
	for _, v := range c.touched {
		term := c.snap.terms[v]
		for i, s := range specs {
			if strings.HasPrefix(term, s.prefix) {
				byFacet[i] = append(byFacet[i], &search.TermFacet{Term: term, Count: int(c.counts[v])})
			}
		}
	}
	out := make(search.FacetResults, len(specs))
	for i, s := range specs {
		tf := &search.TermFacets{}
		for _, t := range byFacet[i] {
			tf.Add(t)
		}
		sort.Sort(tf)
		tf.TrimToTopN(min(s.size, tf.Len()))
		out[s.name] = &search.FacetResult{Field: fieldFacet, Terms: tf}
	}
	return out
}

// counter starts a search on sc's snapshot, counting facets when count.
func (t *facetTable) counter(sc *search.SearchContext, count bool) (*facetCounter, error) {
	s, ok := sc.IndexReader.(*scorch.IndexSnapshot)
	if !ok {
		return nil, errNoFacetTable
	}
	snap, err := t.forSnapshot(s, false)
	if err != nil {
		return nil, err
	}
	return newFacetCounter(snap, count), nil
}

// wrap returns the top-N collector's match handler, counting every match
// first.
func (c *facetCounter) wrap(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	next, loadID, err := collector.MakeTopNDocumentMatchHandler(sc)
	if err != nil {
		return nil, false, err
	}
	return func(d *search.DocumentMatch) error {
		if d != nil && c.count {
			c.add(d.IndexInternalID.Value())
		}
		return next(d)
	}, loadID, nil
}

// warmUp builds the table for r's current snapshot in the background
// unless a build already runs; searches use Bleve's facets and ID sort
// meanwhile, so a search after Open or a large merge does not wait for it.
func (t *facetTable) warmUp(r interface {
	Reader() (index.IndexReader, error)
}) {
	if t.closed.Load() || !t.building.CompareAndSwap(false, true) {
		return
	}
	t.builds.Add(1)
	t.wg.Go(func() {
		defer t.building.Store(false)
		_ = t.build1(r)
	})
}

// build1 builds the table for r's current snapshot.
func (t *facetTable) build1(r interface {
	Reader() (index.IndexReader, error)
}) error {
	ir, err := r.Reader()
	if err != nil {
		return fmt.Errorf("facet table: %w", err)
	}
	defer ir.Close()
	s, ok := ir.(*scorch.IndexSnapshot)
	if !ok {
		return errNoFacetTable
	}
	_, err = t.forSnapshot(s, true)
	return err
}

// close stops and waits for a background build.
func (t *facetTable) close() {
	t.closed.Store(true)
	t.wg.Wait()
}
