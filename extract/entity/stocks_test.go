package entity

import (
	"testing"

	"tidings/corpus"
)

func TestStockEvidence(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"Tokyo"}})
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	tests := []resolveCase{
		{
			"person whose shares rose is a company",
			"Sandoz said it would merge. Sandoz shares rose.",
			[]tagged{{"Sandoz", P, 0}, {"Sandoz", P, 1}},
			[]wantFact{{"Sandoz", "Sandoz", O}, {"Sandoz", "Sandoz", O}},
		},
		{
			"untagged name before shares is tagged",
			"Hoechst AG cut jobs. Hoechst shares fell.",
			[]tagged{{"Hoechst AG", O, 0}},
			[]wantFact{{"Hoechst AG", "Hoechst", O}, {"Hoechst", "Hoechst", O}},
		},
		{
			"name after shares in is a company",
			"Investors bought shares in Moret on Friday.",
			[]tagged{{"Moret", P, 0}},
			[]wantFact{{"Moret", "Moret", O}},
		},
		{
			"a person sharing a view stays a person",
			"Smith shares his view.",
			[]tagged{{"Smith", P, 0}},
			[]wantFact{{"Smith", "Smith", P}},
		},
		{
			"a market stays a place",
			"Tokyo shares fell.",
			[]tagged{{"Tokyo", L, 0}},
			[]wantFact{{"Tokyo", "Tokyo", L}},
		},
		{
			"a weekday is no company",
			"He bought a stake in Saturday trading.",
			nil,
			nil,
		},
	}
	checkResolveCases(t, gaz, tests)
}
