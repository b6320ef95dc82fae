package entity

import (
	"testing"

	"tidings/corpus"
)

func TestLeadingThe(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"russia"}, GazCity: {"hague"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a capital The in mid-sentence is part of the name",
			"His test was published in The Economist last March.",
			[]tagged{{"Economist", O, 0}},
			[]wantFact{{"The Economist", "Economist", O}},
		},
		{
			"places and works take it too",
			"Judges in The Hague watched The Sopranos on Sunday.",
			[]tagged{{"Hague", L, 0}, {"Sopranos", M, 0}},
			[]wantFact{{"The Hague", "The Hague", L}, {"The Sopranos", "The Sopranos", M}},
		},
		{
			"a lower-case the is no part of it",
			"His test was published in the Economist last March.",
			[]tagged{{"Economist", O, 0}},
			[]wantFact{{"Economist", "Economist", O}},
		},
		{
			"The opening a sentence says nothing",
			"It rained. The Economist said so.",
			[]tagged{{"Economist", O, 0}},
			[]wantFact{{"Economist", "Economist", O}},
		},
		{
			"nor after a dateline's date",
			"Ford cuts jobs\nJanuary 23, 2006 The Ford Motor Company said so.",
			[]tagged{{"Ford", O, 0}, {"Ford Motor Company", O, 0}},
			[]wantFact{{"Ford", "Ford Motor", O}, {"Ford Motor Company", "Ford Motor", O}},
		},
		{
			"nor in a headline in title case",
			"Investors Flee As The Fed Raises Rates Again\nMarkets fell.",
			[]tagged{{"Fed", O, 0}},
			[]wantFact{{"Fed", "Federal Reserve", O}},
		},
		{
			"nor before a person or a nationality",
			"A hit for The Rock and The Russian government.",
			[]tagged{{"Rock", P, 0}, {"Russian", M, 0}},
			[]wantFact{{"Rock", "Rock", P}, {"Russian", "Russian", M}},
		},
	})
}

func TestPlacesWithThe(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a place named with its article takes it anywhere, as a place",
			"The Hague court met. Judges in The Hague ruled. His column appears in The Hill.",
			[]tagged{{"Hague", O, 0}, {"Hague", O, 1}, {"Hill", O, 0}},
			[]wantFact{{"The Hague", "The Hague", L}, {"The Hague", "The Hague", L}, {"The Hill", "Hill", O}},
		},
	})
}
