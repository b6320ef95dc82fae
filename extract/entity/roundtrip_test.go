package entity

import (
	"bytes"
	"testing"
)

// TestLoadedModelRewritesIdentically: a model read from disk (kept as
// int16 weights) writes back byte for byte, so nothing is lost in memory.
func TestLoadedModelRewritesIdentically(t *testing.T) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("read the rewritten model: %v", err)
	}
	if len(back.q) != len(m.q) || back.qScale != m.qScale {
		t.Fatalf("rewritten model differs in shape: %d/%g vs %d/%g", len(back.q), back.qScale, len(m.q), m.qScale)
	}
	for i := range m.q {
		if back.q[i] != m.q[i] {
			t.Fatalf("weight %d: %d after rewrite, %d before", i, back.q[i], m.q[i])
		}
	}
}
