package entity

import (
	"reflect"
	"testing"

	"tidings/corpus"
)

func TestBILOU(t *testing.T) {
	tests := []struct {
		name  string
		spans []tagSpan
		n     int
	}{
		{"unit and multi-token names", []tagSpan{{0, 0, corpus.FactPerson}, {2, 4, corpus.FactOrganization}}, 6},
		{"adjacent names of one type", []tagSpan{{0, 1, corpus.FactLocation}, {2, 2, corpus.FactLocation}}, 3},
		{"no names", nil, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tags := make([]int, tc.n)
			for _, s := range tc.spans {
				encodeSpan(tags, s.first, s.last, s.typ)
			}
			for i := range tags {
				prev := -1
				if i > 0 {
					prev = tags[i-1]
				}
				if !allowed(prev, tags[i]) {
					t.Fatalf("tag %d after %d not allowed: %v", tags[i], prev, tags)
				}
			}
			if got := spansOf(tags); !reflect.DeepEqual(got, tc.spans) {
				t.Fatalf("spansOf(%v) = %v, want %v", tags, got, tc.spans)
			}
		})
	}
}

func TestRepairEdges(t *testing.T) {
	tags := make([]int, 4)
	encodeSpan(tags, 0, 3, corpus.FactPerson)
	first, second := append([]int(nil), tags[:2]...), append([]int(nil), tags[2:]...)
	repairEdges(first)
	repairEdges(second)
	if got := spansOf(first); len(got) != 1 || got[0] != (tagSpan{0, 1, corpus.FactPerson}) {
		t.Fatalf("first half %v -> %v", first, got)
	}
	if got := spansOf(second); len(got) != 1 || got[0] != (tagSpan{0, 1, corpus.FactPerson}) {
		t.Fatalf("second half %v -> %v", second, got)
	}
}
