package entity

import (
	"testing"

	"tidings/corpus"
)

func TestKnownPlaces(t *testing.T) {
	L := corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{
		GazRegion:    {"sicily", "thessaly", "western"},
		GazCity:      {"pyongyang", "cary", "english", "rock"},
		GazFirstName: {"cary"},
		GazCompany:   {"rock"},
		GazCountry:   {"england"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a known place after a preposition of place, ending the phrase",
			"Pyrrhus sailed to Sicily. In Thessaly he won. In Pyongyang I saw phones.",
			nil,
			[]wantFact{{"Sicily", "Sicily", L}, {"Thessaly", "Thessaly", L}, {"Pyongyang", "Pyongyang", L}},
		},
		{
			"not before a noun it qualifies, nor a town that is also a name, a company or a language",
			"It was printed in Western papers. He moved to Cary. He went from Rock. It is in English.",
			nil,
			[]wantFact{{"English", "English", corpus.FactMisc}}, // the language, as the nationalities rule tags it
		},
	})
}
