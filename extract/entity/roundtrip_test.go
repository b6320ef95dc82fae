package entity

import (
	"bufio"
	"bytes"
	"reflect"
	"testing"

	"tidings/corpus"
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
	if !reflect.DeepEqual(back.clusters, m.clusters) || !reflect.DeepEqual(back.embClusters, m.embClusters) {
		t.Errorf("rewritten model's clusters differ: %d and %d words, %d and %d before",
			len(back.clusters.words), len(back.embClusters.words), len(m.clusters.words), len(m.embClusters.words))
	}
}

// FuzzDecodeModel: a damaged model file (after gzip, whose checksum
// would catch most damage) gives an error or a model, never a panic.
func FuzzDecodeModel(f *testing.F) {
	docs := []TrainDoc{{Text: "Anna Berg visited Paris .", Facts: []corpus.Fact{{Type: corpus.FactPerson, Start: 0, End: 9}}, Weight: 1}}
	m, _, err := Train(docs, TrainConfig{Bits: 10, Epochs: 1, Runs: 1,
		Clusters: map[string][2]uint16{"Paris": {1, 2}}, EmbClusters: map[string][2]uint16{"paris": {3, 4}, "anna": {5, 6}}})
	if err != nil {
		f.Fatal(err)
	}
	var raw bytes.Buffer
	bw := bufio.NewWriter(&raw)
	if err := m.encode(bw); err != nil {
		f.Fatal(err)
	}
	bw.Flush()
	f.Add(raw.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > len(modelMagic) && b[len(modelMagic)] > 16 {
			return // a valid header asking for 2^17 rows or more: large, not wrong
		}
		m, err := decode(bufio.NewReader(bytes.NewReader(b)))
		if err == nil {
			NewTagger(m).Extract("Anna Berg visited Paris.")
		}
	})
}
