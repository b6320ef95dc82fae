package index

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"tidings/corpus"
)

const wait = 5 * time.Second // generous bound on channel waits

func entries(from, to int64) []Entry {
	var out []Entry
	for id := from; id <= to; id++ {
		out = append(out, Entry{Doc: &corpus.Document{ID: id, URL: "https://x.example/" + docID(id), Title: "story", Text: "body text"}})
	}
	return out
}

// runWriter starts w.Run and returns a channel with its result.
func runWriter(ctx context.Context, w *Writer, in <-chan Entry) <-chan error {
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, in) }()
	return done
}

func send(t *testing.T, in chan<- Entry, es []Entry) {
	t.Helper()
	for _, e := range es {
		select {
		case in <- e:
		case <-time.After(wait):
			t.Fatal("writer did not take an entry")
		}
	}
}

func result(t *testing.T, done <-chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(wait):
		t.Fatal("Run did not return")
		return nil
	}
}

func TestWriterBatchesBySize(t *testing.T) {
	ix := openTest(t, Config{BatchSize: 3, FlushInterval: time.Hour}, nil)
	m := newMarker()
	w := NewWriter(ix, m, nil)
	in := make(chan Entry)
	done := runWriter(context.Background(), w, in)

	send(t, in, entries(1, 7))
	// Full batches commit concurrently: they may be marked in either order.
	got := [][]int64{m.next(t, wait), m.next(t, wait)}
	slices.SortFunc(got, func(a, b []int64) int { return int(a[0] - b[0]) })
	if want := [][]int64{{1, 2, 3}, {4, 5, 6}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("marked %v, want %v", got, want)
	}
	close(in)
	if got := m.next(t, wait); !slices.Equal(got, []int64{7}) {
		t.Errorf("final flush marked %v, want [7]", got)
	}
	if err := result(t, done); err != nil {
		t.Fatalf("Run = %v", err)
	}
	if n, _ := ix.Count(); n != 7 {
		t.Errorf("Count = %d, want 7", n)
	}
	if s := w.Stats(); s != (WriterStats{Indexed: 7, Batches: 3}) {
		t.Errorf("Stats = %+v", s)
	}
}

func TestWriterBatchesByTime(t *testing.T) {
	ix := openTest(t, Config{BatchSize: 100, FlushInterval: 50 * time.Millisecond}, nil)
	m := newMarker()
	in := make(chan Entry)
	ctx, cancel := context.WithCancel(context.Background())
	done := runWriter(ctx, NewWriter(ix, m, nil), in)

	send(t, in, entries(1, 2))
	if got := m.next(t, wait); !slices.Equal(got, []int64{1, 2}) {
		t.Errorf("marked %v, want [1 2]", got)
	}
	// MarkIndexed comes after the commit: the documents are searchable.
	if n, _ := ix.Count(); n != 2 {
		t.Errorf("Count at mark time = %d, want 2", n)
	}
	cancel()
	if err := result(t, done); !errors.Is(err, context.Canceled) {
		t.Errorf("Run after cancel = %v, want context.Canceled", err)
	}
}

func TestWriterSkipsInvalidEntries(t *testing.T) {
	ix := openTest(t, Config{BatchSize: 10, FlushInterval: time.Hour}, nil)
	m := newMarker()
	w := NewWriter(ix, m, nil)
	in := make(chan Entry)
	done := runWriter(context.Background(), w, in)
	send(t, in, []Entry{{}, entries(1, 1)[0], {Doc: &corpus.Document{}}})
	close(in)
	if err := result(t, done); err != nil {
		t.Fatal(err)
	}
	if got := m.next(t, wait); !slices.Equal(got, []int64{1}) {
		t.Errorf("marked %v, want [1]", got)
	}
	if s := w.Stats(); s.Skipped != 2 || s.Indexed != 1 {
		t.Errorf("Stats = %+v, want 2 skipped, 1 indexed", s)
	}
}

func TestWriterFailures(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name    string
		putErr  error
		markErr error
	}{
		{"commit failure stops the writer", boom, nil},
		{"mark failure stops the writer", nil, boom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMarker()
			m.err = tt.markErr
			w := newWriter(&fakePutter{err: tt.putErr}, m, nil, 2, time.Hour)
			in := make(chan Entry, 2)
			in <- entries(1, 1)[0]
			in <- entries(2, 2)[0]
			if err := result(t, runWriter(context.Background(), w, in)); !errors.Is(err, boom) {
				t.Errorf("Run = %v, want boom", err)
			}
		})
	}
}

func TestWriterCancelLeavesPendingUnmarked(t *testing.T) {
	m := newMarker()
	p := &fakePutter{}
	w := newWriter(p, m, nil, 10, time.Hour)
	in := make(chan Entry)
	ctx, cancel := context.WithCancel(context.Background())
	done := runWriter(ctx, w, in)
	send(t, in, entries(1, 3))
	cancel()
	if err := result(t, done); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
	if len(m.calls) != 0 || p.puts() != 0 {
		t.Errorf("pending entries were committed or marked after cancel")
	}
}

// TestWriterFlushTiming checks the flush timer exactly, in a synctest
// bubble with fake time.
func TestWriterFlushTiming(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		m := newMarker()
		p := &fakePutter{}
		w := newWriter(p, m, nil, 100, time.Second)
		in := make(chan Entry)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		done := runWriter(ctx, w, in)

		in <- entries(1, 1)[0]
		time.Sleep(600 * time.Millisecond)
		in <- entries(2, 2)[0] // the timer runs from the oldest pending entry
		time.Sleep(399 * time.Millisecond)
		synctest.Wait()
		if p.puts() != 0 {
			t.Fatal("flushed before FlushInterval")
		}
		time.Sleep(time.Millisecond)
		synctest.Wait()
		if p.puts() != 1 || !slices.Equal(<-m.calls, []int64{1, 2}) {
			t.Fatal("no flush at FlushInterval")
		}
		// An idle writer does not flush empty batches.
		time.Sleep(10 * time.Second)
		synctest.Wait()
		if p.puts() != 1 {
			t.Errorf("idle writer flushed %d times", p.puts())
		}
		close(in)
		if err := <-done; err != nil {
			t.Errorf("Run = %v", err)
		}
	})
}

type fakePutter struct {
	mu  sync.Mutex
	n   int
	err error
}

func (p *fakePutter) putSegment(context.Context, []Entry) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	return p.err
}

// gatePutter holds each commit until the test releases it, and records
// which batches were in flight together.
type gatePutter struct {
	started chan []int64  // IDs of each batch as its commit starts
	release chan struct{} // one value lets one commit finish
	err     error
}

func newGatePutter() *gatePutter {
	return &gatePutter{started: make(chan []int64, 10), release: make(chan struct{})}
}

func (p *gatePutter) putSegment(_ context.Context, docs []Entry) error {
	ids := make([]int64, len(docs))
	for i, e := range docs {
		ids[i] = e.Doc.ID
	}
	p.started <- ids
	<-p.release
	return p.err
}

// nextStart waits for the next commit to start and returns its IDs.
func (p *gatePutter) nextStart(t *testing.T) []int64 {
	t.Helper()
	select {
	case got := <-p.started:
		return got
	case <-time.After(wait):
		t.Fatal("no commit started")
		return nil
	}
}

// expectStart waits for the next commit to start and checks its IDs.
func (p *gatePutter) expectStart(t *testing.T, want []int64) {
	t.Helper()
	if got := p.nextStart(t); !slices.Equal(got, want) {
		t.Fatalf("commit started with %v, want %v", got, want)
	}
}

// expectNoStart checks that no commit starts for a while.
func (p *gatePutter) expectNoStart(t *testing.T) {
	t.Helper()
	select {
	case got := <-p.started:
		t.Fatalf("commit of %v started, want it to wait", got)
	case <-time.After(100 * time.Millisecond):
	}
}

func TestWriterPipelinesBatches(t *testing.T) {
	p := newGatePutter()
	m := newMarker()
	w := newWriter(p, m, nil, 2, time.Hour)
	w.inFlight = 2
	in := make(chan Entry, 10)
	done := runWriter(context.Background(), w, in)

	send(t, in, entries(1, 6))
	// Two batches commit at once (starting in either order); the third
	// waits for a free slot.
	first := p.nextStart(t)
	if second := p.nextStart(t); first[0] > second[0] {
		first = second
	}
	if !slices.Equal(first, []int64{1, 2}) {
		t.Fatalf("batches in flight do not include [1 2]")
	}
	p.expectNoStart(t)
	p.release <- struct{}{}
	p.expectStart(t, []int64{5, 6})
	// A batch holding a document still in flight waits until every
	// commit in flight has landed, so the newer version is the one kept.
	send(t, in, []Entry{entries(5, 5)[0], entries(7, 7)[0]})
	p.release <- struct{}{}
	p.expectNoStart(t)
	p.release <- struct{}{}
	p.expectStart(t, []int64{5, 7})
	close(in)
	p.release <- struct{}{}
	if err := result(t, done); err != nil {
		t.Fatalf("Run = %v", err)
	}
	if s := w.Stats(); s.Indexed != 8 || s.Batches != 4 {
		t.Errorf("Stats = %+v, want 8 indexed in 4 batches", s)
	}
}

func TestWriterReportsFailureWhileIdle(t *testing.T) {
	boom := errors.New("boom")
	p := newGatePutter()
	p.err = boom
	w := newWriter(p, newMarker(), nil, 2, time.Hour)
	in := make(chan Entry) // stays open: the failure must end Run by itself
	done := runWriter(context.Background(), w, in)
	send(t, in, entries(1, 2))
	p.expectStart(t, []int64{1, 2})
	p.release <- struct{}{}
	if err := result(t, done); !errors.Is(err, boom) {
		t.Errorf("Run = %v, want boom", err)
	}
}

func TestWriterCancelWaitsForCommitsInFlight(t *testing.T) {
	p := newGatePutter()
	m := newMarker()
	w := newWriter(p, m, nil, 2, time.Hour)
	in := make(chan Entry)
	ctx, cancel := context.WithCancel(context.Background())
	done := runWriter(ctx, w, in)
	send(t, in, entries(1, 2))
	p.expectStart(t, []int64{1, 2})
	cancel()
	select {
	case err := <-done:
		t.Fatalf("Run returned %v with a commit in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	p.release <- struct{}{}
	if err := result(t, done); !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
	// The commit landed before Run returned, so its marks are recorded.
	if got := m.next(t, wait); !slices.Equal(got, []int64{1, 2}) {
		t.Errorf("marked %v, want [1 2]", got)
	}
}

func (p *fakePutter) puts() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n
}
