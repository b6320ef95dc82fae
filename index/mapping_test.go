package index

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestMappingGolden pins the index mapping: a change here changes every
// index on disk (Open then fails with ErrMappingChanged), so review the
// diff of testdata/mapping.golden.json.
func TestMappingGolden(t *testing.T) {
	got, err := json.MarshalIndent(newMapping(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "mapping.golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestMappingGolden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("mapping differs from %s (run with -update and review the diff):\n%s", path, got)
	}
}

func TestMappingValid(t *testing.T) {
	if err := newMapping().Validate(); err != nil {
		t.Fatalf("mapping does not validate: %v", err)
	}
}
