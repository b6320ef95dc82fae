package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"tidings/corpus"
	"tidings/corpus/embedded"
)

// benchConfig stores n documents, doc(i) for i from 0, in a data dir of
// its own and returns the path of a config for it (no API, one source).
func benchConfig(b *testing.B, n int, doc func(i int) (*corpus.Document, []corpus.Fact)) string {
	dir := b.TempDir()
	dataDir := filepath.Join(dir, "data")
	ctx := context.Background()
	s, err := embedded.Open(ctx, filepath.Join(dataDir, "tidings.db"))
	if err != nil {
		b.Fatal(err)
	}
	for i := range n {
		d, facts := doc(i)
		if _, err := s.SaveDocument(ctx, d, facts); err != nil {
			b.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte("data_dir: "+dataDir+"\napi: {listen: ''}\nsources: [{name: a, kind: file, path: x, schedule: 1h}]\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	return cfg
}

// envCount reads a positive count from the environment variable name, or
// returns def.
func envCount(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}
