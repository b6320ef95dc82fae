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
			"surname in a headline is the person when the body also names her by it alone",
			"TENNIS - SELES BEATS HINGIS.\nMonica Seles beat Martina Hingis. Seles, the top seed, was happy.",
			[]tagged{{"Monica Seles", P, 0}, {"Martina Hingis", P, 0}, {"Seles", P, 1}},
			[]wantFact{{"SELES", "Monica Seles", P}, {"HINGIS", "Martina Hingis", P}, {"Monica Seles", "Monica Seles", P}, {"Martina Hingis", "Martina Hingis", P},
				{"Seles", "Monica Seles", P}},
		},
		{
			"sport opening a headline is no name",
			"RUGBY UNION - ENGLAND NAME SQUAD.\nEngland named a squad.",
			[]tagged{{"RUGBY UNION", O, 0}, {"England", L, 0}},
			[]wantFact{{"ENGLAND", "England", L}, {"England", "England", L}},
		},
		{
			"name of two types is left alone",
			"JORDAN WINS.\nJordan won. Michael Jordan lost. Jordan borders Syria.",
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

func TestTitleCaseNames(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCommon: {"wins", "tanker", "contract", "hit", "at", "times", "reports", "record", "profit"}})
	O, L := corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, gaz, []resolveCase{
		{
			"headline name cut to the name of the text",
			"Boeing Wins Air Force Tanker Contract\n\nBoeing won, the Air Force said.",
			[]tagged{{"Boeing", O, 0}, {"Wins Air Force", O, 0}, {"Boeing", O, 1}, {"Air Force", O, 1}},
			[]wantFact{{"Boeing", "Boeing", O}, {"Air Force", "Air Force", O}, {"Boeing", "Boeing", O}, {"Air Force", "Air Force", O}},
		},
		{
			"a word that is no common word stays",
			"Boeing Hires Smith Air Force Chief\n\nThe Air Force agreed.",
			[]tagged{{"Smith Air Force", O, 0}, {"Air Force", O, 1}},
			[]wantFact{{"Smith Air Force", "Smith Air Force", O}, {"Air Force", "Air Force", O}},
		},
		{
			"running text is left alone",
			"Shares of the New Air Force Fund rose at noon. The Air Force agreed.",
			[]tagged{{"New Air Force Fund", O, 0}, {"Air Force", O, 1}},
			[]wantFact{{"New Air Force Fund", "New Air Force Fund", O}, {"Air Force", "Air Force", O}},
		},
		{
			"a name the text writes whole stays whole",
			"New York Times Reports Record Profit\n\nThe New York Times said profit rose in New York.",
			[]tagged{{"New York Times", O, 0}, {"New York Times", O, 1}, {"New York", L, 2}},
			[]wantFact{{"New York Times", "New York Times", O}, {"New York Times", "New York Times", O}, {"New York", "New York", L}},
		},
		{
			"cut name takes the type of the text",
			"Storms Hit New Orleans At Dawn\n\nNew Orleans flooded.",
			[]tagged{{"Hit New Orleans", O, 0}, {"New Orleans", L, 1}},
			[]wantFact{{"New Orleans", "New Orleans", L}, {"New Orleans", "New Orleans", L}},
		},
	})
}
