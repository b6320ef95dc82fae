package entity

import (
	"testing"

	"tidings/corpus"
	"tidings/extract/token"
)

// checkResolve runs resolve over tagger output and compares the facts.
func checkResolve(t *testing.T, gaz *Gazetteer, text string, tags []tagged, want []wantFact) {
	t.Helper()
	toks := token.Tokenize(text)
	facts := resolve(text, toks, mentionsFor(t, text, toks, tags), gaz)
	var got []wantFact
	for _, f := range facts {
		got = append(got, wantFact{f.Text, f.Entity, f.Type})
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}

func TestPossessives(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"Singapore"}, GazCity: {"Moody"}, GazCompany: {"Apple", "Volkswagen", "Queen"}})
	O, L, M := corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	tests := []struct {
		name string
		text string
		tags []tagged
		want []wantFact
	}{
		{
			"known company before a possessive is cut from its product",
			"He asked Apple's Siri twice.",
			[]tagged{{"Apple's Siri", M, 0}},
			[]wantFact{{"Apple", "Apple", O}, {"Siri", "Siri", M}},
		},
		{
			"known country before a possessive is cut from its airport",
			"It landed at Singapore's Changi Airport today.",
			[]tagged{{"Singapore's Changi Airport", O, 0}},
			[]wantFact{{"Singapore", "Singapore", L}, {"Changi Airport", "Changi Airport", L}},
		},
		{
			"name tagged elsewhere in the document is cut with its type",
			"Airbus grew. A flight from Airbus' Delivery Center left.",
			[]tagged{{"Airbus", O, 0}, {"Airbus' Delivery Center", O, 0}},
			[]wantFact{{"Airbus", "Airbus", O}, {"Airbus", "Airbus", O}, {"Delivery Center", "Delivery Center", O}},
		},
		{
			"company with its legal form before a possessive is cut",
			"Volkswagen AG's Audi unit recalled cars.",
			[]tagged{{"Volkswagen AG's Audi", O, 0}},
			[]wantFact{{"Volkswagen AG", "Volkswagen", O}, {"Audi", "Audi", O}},
		},
		{
			"city before a possessive does not cut: too many towns are named like words",
			"Moody's Investors Service cut the rating.",
			[]tagged{{"Moody's Investors Service", O, 0}},
			[]wantFact{{"Moody's Investors Service", "Moody's Investors Service", O}},
		},
		{
			"head words after a possessive do not cut",
			"Students at Queen's University protested.",
			[]tagged{{"Queen's University", O, 0}},
			[]wantFact{{"Queen's University", "Queen's University", O}},
		},
		{
			"unknown name before a possessive stays whole",
			"The Hitchhiker's Guide sold well.",
			[]tagged{{"Hitchhiker's Guide", M, 0}},
			[]wantFact{{"Hitchhiker's Guide", "Hitchhiker's Guide", M}},
		},
		{
			"possessive at the end is trimmed, not cut",
			"Apple's shares rose.",
			[]tagged{{"Apple's", O, 0}},
			[]wantFact{{"Apple", "Apple", O}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkResolve(t, gaz, tc.text, tc.tags, tc.want)
		})
	}
}
