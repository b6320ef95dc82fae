package embedded

import (
	"context"
	"path/filepath"
	"testing"

	"tidings/corpus"
	"tidings/corpus/corpustest"
)

func TestConformance(t *testing.T) {
	corpustest.Run(t, func(t *testing.T) corpus.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "tidings.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenKeepsDataAndPassesIntegrityCheck(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tidings.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := corpustest.SampleDocument(1)
	if _, err := s.SaveDocument(ctx, d, corpustest.SampleFacts()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
	if total, _, _ := s.CountDocuments(ctx); total != 1 {
		t.Errorf("after reopen %d documents, want 1", total)
	}
}

func TestOpenNotADatabaseFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tidings.db")
	if err := writeFile(path, []byte("this is not a database, just text that is long enough to look like a header....")); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(context.Background(), path); err == nil {
		t.Fatal("Open on a non-database file succeeded")
	}
}

func TestOpenUsesWAL(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "tidings.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var mode string
	var sync int
	s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
	s.db.QueryRow(`PRAGMA synchronous`).Scan(&sync)
	if mode != "wal" || sync != 1 {
		t.Errorf("journal_mode %s, synchronous %d; want wal, 1 (NORMAL)", mode, sync)
	}
}
