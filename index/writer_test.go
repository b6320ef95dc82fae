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
	for _, want := range [][]int64{{1, 2, 3}, {4, 5, 6}} {
		if got := m.next(t, wait); !slices.Equal(got, want) {
			t.Errorf("marked %v, want %v", got, want)
		}
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

func (p *fakePutter) Put(context.Context, []Entry) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	return p.err
}

func (p *fakePutter) puts() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n
}
