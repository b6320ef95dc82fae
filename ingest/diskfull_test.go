package ingest

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"tidings/corpus"
	"tidings/corpus/corpustest"
)

// fullStore fails every save once `full` is set, as a full disk would.
type fullStore struct {
	*corpustest.Memory
	full atomic.Bool
}

func (s *fullStore) SaveDocument(ctx context.Context, d *corpus.Document, f []corpus.Fact) (corpus.SaveOutcome, error) {
	if s.full.Load() {
		return 0, syscall.ENOSPC
	}
	return s.Memory.SaveDocument(ctx, d, f)
}

// TestDiskFullStopsThePipelineAndRecovers: a store that cannot write stops
// the pipeline with the error (not a silent loss per article); what was
// stored stays; once space returns the next run completes the work.
func TestDiskFullStopsThePipelineAndRecovers(t *testing.T) {
	srv := site(t, 30, nil)
	store := &fullStore{Memory: corpustest.NewMemory()}
	store.full.Store(true)
	src := &Source{Name: "local", Kind: KindFeed, URL: srv.URL + "/feed.xml"}

	p := NewPipeline(store, testFetcher(t), fakeExtract, nil, Options{})
	out := make(chan Stored)
	done := make(chan error, 1)
	go func() { done <- p.Run(context.Background(), out) }()
	go func() {
		for range out {
		}
	}()
	run, _ := p.RunSource(context.Background(), src)
	p.CloseInput()
	var err error
	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("pipeline did not stop on a full disk")
	}
	if !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "store") {
		t.Fatalf("pipeline error = %v, want the store's ENOSPC", err)
	}
	if run.New != 0 || run.Failed != 30 {
		t.Errorf("run on a full disk = %+v, want 30 failed", run)
	}

	store.full.Store(false)
	run, _, err = runPipeline(t, store, testFetcher(t), src, fakeExtract)
	if err != nil || run.New != 30 {
		t.Errorf("run after space returned = %+v, %v; want 30 new", run, err)
	}
}
