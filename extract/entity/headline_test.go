package entity

import (
	"testing"

	"tidings/corpus"
)

func TestCapsNames(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	tests := []resolveCase{
		{
			"headline name takes the body's type",
			"SOCCER - JUVENTUS BEAT LAZIO.\nJuventus beat Lazio 2-1.",
			[]tagged{{"JUVENTUS", O, 0}, {"Juventus", O, 0}, {"Lazio", O, 0}},
			[]wantFact{{"JUVENTUS", "Juventus", O}, {"LAZIO", "Lazio", O}, {"Juventus", "Juventus", O}, {"Lazio", "Lazio", O}},
		},
		{
			"mistyped headline name is retyped",
			"RUGBY - ENGLAND NAME SQUAD.\nEngland named its squad.",
			[]tagged{{"ENGLAND", P, 0}, {"England", L, 0}},
			[]wantFact{{"ENGLAND", "England", L}, {"England", "England", L}},
		},
		{
			"longest body name wins",
			"TALKS AT WORLD BANK END.\nThe World Bank said so.",
			[]tagged{{"BANK", O, 0}, {"World Bank", O, 0}},
			[]wantFact{{"WORLD BANK", "World Bank", O}, {"World Bank", "World Bank", O}},
		},
		{
			"surname in a headline is the person",
			"TENNIS - SELES BEATS HINGIS.\nMonica Seles beat Martina Hingis.",
			[]tagged{{"Monica Seles", P, 0}, {"Martina Hingis", P, 0}},
			[]wantFact{{"SELES", "Monica Seles", P}, {"HINGIS", "Martina Hingis", P}, {"Monica Seles", "Monica Seles", P}, {"Martina Hingis", "Martina Hingis", P}},
		},
		{
			"sport opening a headline is no name",
			"RUGBY UNION - ENGLAND NAME SQUAD.\nEngland named a squad.",
			[]tagged{{"RUGBY UNION", O, 0}, {"England", L, 0}},
			[]wantFact{{"ENGLAND", "England", L}, {"England", "England", L}},
		},
		{
			"name of two types is left alone",
			"JORDAN WINS.\nJordan won. Michael Jordan lost. Jordan is a country.",
			[]tagged{{"Jordan", P, 0}, {"Michael Jordan", P, 0}, {"Jordan", L, 2}},
			[]wantFact{{"Jordan", "Michael Jordan", P}, {"Michael Jordan", "Michael Jordan", P}, {"Jordan", "Michael Jordan", P}},
		},
		{
			"words in capitals within a mixed line are left alone",
			"The NATO summit in Rome.\nRome hosted it. ROME is old.",
			[]tagged{{"NATO", O, 0}, {"Rome", L, 0}, {"Rome", L, 1}},
			[]wantFact{{"NATO", "NATO", O}, {"Rome", "Rome", L}, {"Rome", "Rome", L}},
		},
	}
	checkResolveCases(t, nil, tests)
}
