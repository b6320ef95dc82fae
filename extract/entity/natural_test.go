package entity

import (
	"strings"
	"testing"

	"tidings/corpus"
)

func TestNaturalFeatures(t *testing.T) {
	L, P := corpus.FactLocation, corpus.FactPerson
	gaz := NewGazetteer([NumGazLists][]string{
		GazFirstName: {"sicily", "logan", "clyde"},
		GazSurname:   {"logan", "clyde"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"untagged rivers, ranges, islands and lands are places, accents folded",
			"Pyrrhus was forced to leave Sicily in order to go home. Rivers such as the Rhône and the Po flow from the Alps and into the Mediterranean. Troops conquered Thrace, then the Strait of Hormuz.",
			[]tagged{{"Pyrrhus", P, 0}},
			[]wantFact{{"Pyrrhus", "Pyrrhus", P}, {"Sicily", "Sicily", L}, {"Rhône", "Rhône", L},
				{"Alps", "Alps", L}, {"Mediterranean", "Mediterranean", L}, {"Thrace", "Thrace", L}, {"Strait of Hormuz", "Strait of Hormuz", L}},
		},
		{
			"modifiers, longer names, handles, nationalities and surnames without the",
			"The Mideast peace process stalled after the 2002 Bali bombings. Royal Caribbean sails. West Nile is a virus. " +
				"The name Sea of the Antilles stuck. Ask James_Cyprus now. Canadian troops came. Logan sailed up the Clyde. Clyde Logan was there.",
			[]tagged{{"Clyde Logan", P, 0}},
			[]wantFact{{"Logan", "Clyde Logan", P}, {"Clyde", "Clyde", L}, {"Clyde Logan", "Clyde Logan", P}},
		},
	})
}

func TestPlanets(t *testing.T) {
	L, M := corpus.FactLocation, corpus.FactMisc
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"Earth and Mars the tagger calls misc are places",
			"The rover landed on Mars . The Earth 's oceans warm .",
			[]tagged{{"Mars", M, 0}, {"Earth", M, 0}},
			[]wantFact{{"Mars", "Mars", L}, {"Earth", "Earth", L}},
		},
		{
			"a product, a longer name, a hyphen and the other planets stay misc",
			"He ate a Mars bar . Mars 2020 flew . Venus rose . Friends of the Earth sued . Earth Day came . Earth-like worlds .",
			[]tagged{{"Mars", M, 0}, {"Mars 2020", M, 0}, {"Venus", M, 0}, {"Earth", M, 0}, {"Earth", M, 1}, {"Earth", M, 2}},
			[]wantFact{{"Mars", "Mars", M}, {"Mars 2020", "Mars 2020", M}, {"Venus", "Venus", M},
				{"Earth", "Earth", M}, {"Earth", "Earth", M}, {"Earth", "Earth", M}},
		},
	})
}

func TestNaturalFeatureList(t *testing.T) {
	names := naturalFeatureNames().names
	if len(names) < 1000 {
		t.Fatalf("natural.tsv holds %d names, want the 1,500 or so cmd/tidings-natural writes", len(names))
	}
	for _, want := range []string{"Nile", "Alps", "Sicily", "Mediterranean", "Strait of Hormuz", "Himalayas"} {
		if !names[want] {
			t.Errorf("natural.tsv lacks %q", want)
		}
	}
	for _, common := range []string{"Nice", "Man", "Reading", "Rhine"} { // common words; Rhine is also a person
		if names[common] {
			t.Errorf("natural.tsv holds %q, which names more than a place", common)
		}
	}
	for name := range names {
		if strings.TrimSpace(name) != name || name == "" {
			t.Errorf("natural.tsv name %q has stray spaces", name)
		}
	}
}
