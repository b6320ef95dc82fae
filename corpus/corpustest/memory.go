package corpustest

import (
	"context"
	"math/bits"
	"slices"
	"sync"
	"time"

	"tidings/corpus"
)

// Memory is an in-memory corpus.Store. The zero value is not ready; use
// NewMemory.
type Memory struct {
	mu      sync.Mutex
	nextID  int64
	docs    map[int64]*corpus.Document
	byURL   map[string]int64
	facts   map[int64][]corpus.Fact
	indexed map[int64]bool
	states  map[string]corpus.FetchState
	runs    []corpus.Run
}

var _ corpus.Store = (*Memory)(nil)

// NewMemory returns an empty in-memory store.
func NewMemory() *Memory {
	return &Memory{
		docs: map[int64]*corpus.Document{}, byURL: map[string]int64{}, facts: map[int64][]corpus.Fact{},
		indexed: map[int64]bool{}, states: map[string]corpus.FetchState{},
	}
}

func copyDoc(d *corpus.Document) *corpus.Document {
	c := *d
	c.Authors = slices.Clone(d.Authors)
	c.RawHTML = slices.Clone(d.RawHTML)
	return &c
}

// SaveDocument implements corpus.Store.
func (m *Memory) SaveDocument(ctx context.Context, doc *corpus.Document, facts []corpus.Fact) (corpus.SaveOutcome, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	outcome := corpus.SaveNew
	if id, ok := m.byURL[doc.URL]; ok {
		doc.ID = id
		if m.docs[id].ContentHash == doc.ContentHash {
			return corpus.SaveUnchanged, nil
		}
		outcome = corpus.SaveUpdated
	} else {
		m.nextID++
		doc.ID = m.nextID
	}
	m.docs[doc.ID] = copyDoc(doc)
	m.byURL[doc.URL] = doc.ID
	fs := slices.Clone(facts)
	slices.SortStableFunc(fs, func(a, b corpus.Fact) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	m.facts[doc.ID] = fs
	m.indexed[doc.ID] = false
	return outcome, nil
}

func (m *Memory) find(match func(*corpus.Document) bool) (*corpus.Document, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	ids := make([]int64, 0, len(m.docs))
	for id := range m.docs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if match(m.docs[id]) {
			return copyDoc(m.docs[id]), nil
		}
	}
	return nil, corpus.ErrNotFound
}

// Document implements corpus.Store.
func (m *Memory) Document(ctx context.Context, id int64) (*corpus.Document, error) {
	return m.find(func(d *corpus.Document) bool { return d.ID == id })
}

// DocumentText implements corpus.Store.
func (m *Memory) DocumentText(ctx context.Context, id int64) (string, error) {
	d, err := m.Document(ctx, id)
	if err != nil {
		return "", err
	}
	return d.Text, nil
}

// DocumentByURL implements corpus.Store.
func (m *Memory) DocumentByURL(ctx context.Context, url string) (*corpus.Document, error) {
	return m.find(func(d *corpus.Document) bool { return d.URL == url })
}

// DocumentByHash implements corpus.Store.
func (m *Memory) DocumentByHash(ctx context.Context, hash string) (*corpus.Document, error) {
	return m.find(func(d *corpus.Document) bool { return d.ContentHash == hash })
}

// SimilarDocument implements corpus.Store.
func (m *Memory) SimilarDocument(ctx context.Context, simhash uint64, maxDistance int, excludeID int64) (*corpus.Document, error) {
	return m.find(func(d *corpus.Document) bool {
		return d.ID != excludeID && d.SimHash != 0 && bits.OnesCount64(d.SimHash^simhash) <= maxDistance
	})
}

// Facts implements corpus.Store.
func (m *Memory) Facts(ctx context.Context, docID int64) ([]corpus.Fact, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.facts[docID]), nil
}

// ScanDocuments implements corpus.Store.
func (m *Memory) ScanDocuments(ctx context.Context, f corpus.DocumentFilter, fn func(*corpus.Document, []corpus.Fact) error) error {
	m.mu.Lock()
	var ids []int64
	for id, d := range m.docs {
		when := d.Published
		if when.IsZero() {
			when = d.Fetched
		}
		switch {
		case id <= f.AfterID, f.Source != "" && d.Source != f.Source, f.Unindexed && m.indexed[id],
			!f.Since.IsZero() && when.Before(f.Since), !f.Until.IsZero() && !when.Before(f.Until):
			continue
		}
		ids = append(ids, id)
	}
	m.mu.Unlock()
	slices.Sort(ids)
	if f.Limit > 0 && len(ids) > f.Limit {
		ids = ids[:f.Limit]
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, err := m.Document(ctx, id)
		if err != nil {
			continue
		}
		if f.WithoutHTML {
			d.RawHTML = nil
		}
		facts, _ := m.Facts(ctx, id)
		if err := fn(d, facts); err != nil {
			return err
		}
	}
	return nil
}

// MarkIndexed implements corpus.Store.
func (m *Memory) MarkIndexed(ctx context.Context, ids []int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, id := range ids {
		if _, ok := m.docs[id]; ok {
			m.indexed[id] = true
		}
	}
	return nil
}

// ResetIndexed implements corpus.Store.
func (m *Memory) ResetIndexed(ctx context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for id := range m.indexed {
		m.indexed[id] = false
	}
	return nil
}

// CountDocuments implements corpus.Store.
func (m *Memory) CountDocuments(ctx context.Context) (total, indexed int, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for id := range m.docs {
		if m.indexed[id] {
			indexed++
		}
	}
	return len(m.docs), indexed, nil
}

// FetchState implements corpus.Store.
func (m *Memory) FetchState(ctx context.Context, url string) (corpus.FetchState, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	st, ok := m.states[url]
	if !ok {
		return corpus.FetchState{URL: url}, corpus.ErrNotFound
	}
	return st, nil
}

// SaveFetchState implements corpus.Store.
func (m *Memory) SaveFetchState(ctx context.Context, st corpus.FetchState) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	st.Checked = st.Checked.Truncate(time.Millisecond).UTC()
	m.states[st.URL] = st
	return nil
}

// StartRun implements corpus.Store.
func (m *Memory) StartRun(ctx context.Context, source string, started time.Time) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.runs = append(m.runs, corpus.Run{ID: int64(len(m.runs) + 1), Source: source, Started: started.Truncate(time.Millisecond).UTC()})
	return int64(len(m.runs)), nil
}

// FinishRun implements corpus.Store.
func (m *Memory) FinishRun(ctx context.Context, r corpus.Run) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if r.ID < 1 || int(r.ID) > len(m.runs) {
		return corpus.ErrNotFound
	}
	prev := m.runs[r.ID-1]
	r.Source, r.Started = prev.Source, prev.Started
	r.Finished = r.Finished.Truncate(time.Millisecond).UTC()
	m.runs[r.ID-1] = r
	return nil
}

// LastRuns implements corpus.Store.
func (m *Memory) LastRuns(ctx context.Context) (map[string]corpus.Run, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]corpus.Run{}
	for _, r := range m.runs {
		out[r.Source] = r
	}
	return out, nil
}

// Close implements corpus.Store.
func (m *Memory) Close() error { return nil }
