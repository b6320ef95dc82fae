package entity

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"tidings/corpus"
)

// TestDocVotes checks what the second stage reads of the first stage's
// predictions over a document.
func TestDocVotes(t *testing.T) {
	per, org := tagOf(0, posU), tagOf(1, posU)
	orgB, orgL := tagOf(1, posB), tagOf(1, posL)
	words := []string{"Sandoz", "rose", ".", "Sandoz", "Group", "said", "Sandoz", "fell"}
	tags := []int{per, 0, 0, orgB, orgL, 0, org, 0}
	var v docVotes
	v.reset(words, tags)
	tests := []struct {
		name    string
		i       int
		counts  [numVoteTypes]int32
		earlier uint8
		super   superName
	}{
		{"first mention", 0, [numVoteTypes]int32{0, 1, 2, 0, 0}, 0, superName{start: 3, n: 2, typ: 2, pos: posB}},
		{"in the longest name", 3, [numVoteTypes]int32{0, 1, 2, 0, 0}, 1, superName{start: 3, n: 2, typ: 2, pos: posB}},
		{"last mention", 6, [numVoteTypes]int32{0, 1, 2, 0, 0}, 2, superName{start: 3, n: 2, typ: 2, pos: posB}},
		{"outside word", 1, [numVoteTypes]int32{1, 0, 0, 0, 0}, 0, superName{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			k := v.word[tc.i]
			if v.counts[k] != tc.counts {
				t.Errorf("counts %v, want %v", v.counts[k], tc.counts)
			}
			if v.earlier[tc.i] != tc.earlier {
				t.Errorf("earlier %d, want %d", v.earlier[tc.i], tc.earlier)
			}
			if v.super[k] != tc.super {
				t.Errorf("super %+v, want %+v", v.super[k], tc.super)
			}
			// The token's own name is not evidence about itself.
			a := v.stackFeatures(tc.i, 0, len(words), tags, 20, nil)
			b := v.stackFeatures(tc.i, 0, len(words), tags, 20, nil)
			if !slices.Equal(a, b) || len(a) < 6 {
				t.Errorf("stacked rows %v then %v", a, b)
			}
		})
	}
}

// TestStackedModelRoundTrip trains a tiny two-stage model, writes and
// reads it, and checks that the loaded one tags as the trained one.
func TestStackedModelRoundTrip(t *testing.T) {
	text := "Sandoz shares rose. Sandoz said sales grew in Basel. Ann Lee of Sandoz spoke in Basel."
	facts := []corpus.Fact{
		{Type: corpus.FactOrganization, Start: 0, End: 6},
		{Type: corpus.FactOrganization, Start: 20, End: 26},
		{Type: corpus.FactLocation, Start: 46, End: 51},
		{Type: corpus.FactPerson, Start: 53, End: 60},
		{Type: corpus.FactOrganization, Start: 64, End: 70},
		{Type: corpus.FactLocation, Start: 80, End: 85},
	}
	var docs []TrainDoc
	for range 4 {
		docs = append(docs, TrainDoc{Text: text, Facts: facts, Weight: 1})
	}
	gaz := NewGazetteer([NumGazLists][]string{})
	m, _, err := Train(docs, TrainConfig{Bits: 12, Epochs: 3, Seed: 1, Gazetteer: gaz, Stack: 2})
	if err != nil {
		t.Fatal(err)
	}
	if m.stage2 == nil {
		t.Fatal("no second stage")
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.stage2 == nil {
		t.Fatal("second stage lost on reading")
	}
	got := NewTagger(back).Extract(text)
	if len(got) == 0 {
		t.Fatal("loaded two-stage model tags nothing")
	}
	want := NewTagger(m).Extract(text)
	if len(got) != len(want) {
		t.Fatalf("loaded model tags %v, trained one %v", got, want)
	}
	for i := range got {
		if got[i].Start != want[i].Start || got[i].End != want[i].End || got[i].Type != want[i].Type {
			t.Errorf("name %d: loaded %+v, trained %+v", i, got[i], want[i])
		}
	}
	bad := map[string]string{
		"empty":         "",
		"spaces":        "   \n\n ",
		"other script":  "東京で会議が開かれた。Sandoz は上昇した。",
		"long sentence": strings.Repeat("Sandoz Basel ", 5000),
		"invalid utf-8": "Sandoz \xff\xfe rose in Basel.",
		"capitals only": "SANDOZ SHARES ROSE IN BASEL",
	}
	for name, in := range bad {
		t.Run(name, func(t *testing.T) {
			checkFacts(t, in, NewTagger(back).Extract(in))
		})
	}
}
