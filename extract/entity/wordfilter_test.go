package entity

import "testing"

func TestWordFilter(t *testing.T) {
	f := newWordFilter([]string{"Reuters", "Le Monde", "AS"})
	tests := []struct {
		name string
		w    string
		want bool
	}{
		{"listed word passes", "Reuters", true},
		{"other case of a listed pair passes", "REUTERS", true},
		{"same pair passes", "Return", true},
		{"two-letter word passes", "as", true},
		{"unlisted pair fails", "Paris", false},
		{"one letter passes", "A", true},
		{"digits pass", "1996", true},
		{"other script passes", "Москва", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := f.maybe(tc.w); got != tc.want {
				t.Fatalf("maybe(%q) = %v, want %v", tc.w, got, tc.want)
			}
		})
	}
}
