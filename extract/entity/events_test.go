package entity

import (
	"testing"

	"tidings/corpus"
)

func TestEvents(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"Paris", "Marengo"}})
	O, L, M := corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	tests := []resolveCase{
		{
			"place before an agreement is the agreement",
			"The Paris Agreement will slow warming.",
			[]tagged{{"Paris", L, 0}},
			[]wantFact{{"Paris Agreement", "Paris Agreement", M}},
		},
		{
			"place before a crisis is the crisis",
			"The Suez Crisis showed limits.",
			[]tagged{{"Suez", L, 0}},
			[]wantFact{{"Suez Crisis", "Suez Crisis", M}},
		},
		{
			"place after battle of is the battle",
			"The Battle of Marengo was won.",
			[]tagged{{"Marengo", L, 0}},
			[]wantFact{{"Battle of Marengo", "Battle of Marengo", M}},
		},
		{
			"lower-case agreement leaves the place",
			"The Paris agreement will slow warming.",
			[]tagged{{"Paris", L, 0}},
			[]wantFact{{"Paris", "Paris", L}},
		},
		{
			"event word already in a name is left alone",
			"Tennis at Roland Garros Open Championship Ltd began.",
			[]tagged{{"Roland Garros", O, 0}, {"Open Championship Ltd", O, 0}},
			[]wantFact{{"Roland Garros", "Roland Garros", O}, {"Open Championship Ltd", "Open Championship", O}},
		},
		{
			"organization ending in revolution is the event",
			"The Industrial Revolution took place in Britain.",
			[]tagged{{"Industrial Revolution", O, 0}},
			[]wantFact{{"Industrial Revolution", "Industrial Revolution", M}},
		},
		{
			"place before an amendment is the amendment",
			"The Kigali Amendment will cut HFCs.",
			[]tagged{{"Kigali", L, 0}},
			[]wantFact{{"Kigali Amendment", "Kigali Amendment", M}},
		},
		{
			"organization ending in summit is the summit",
			"They met at the Mountain View Summit today.",
			[]tagged{{"Mountain View Summit", O, 0}},
			[]wantFact{{"Mountain View Summit", "Mountain View Summit", M}},
		},
		{
			"council named for a revolution stays an organization",
			"The Supreme Council for the Islamic Revolution met.",
			[]tagged{{"Supreme Council for the Islamic Revolution", O, 0}},
			[]wantFact{{"Supreme Council for the Islamic Revolution", "Supreme Council for the Islamic Revolution", O}},
		},
		{
			"place after a lower-case battle stays a place",
			"The battle of Marengo was won.",
			[]tagged{{"Marengo", L, 0}},
			[]wantFact{{"Marengo", "Marengo", L}},
		},
	}
	checkResolveCases(t, gaz, tests)
}
