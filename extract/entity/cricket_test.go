package entity

import (
	"testing"

	"tidings/corpus"
)

func TestScorecards(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	card := "England first innings\nMike Atherton c Dravid b Srinath 23\nNasser Hussain b Kumble 107\n" +
		"Graham Thorpe st Mongia b Kumble 19\nMark Ealham not out 34\nExtras ( b-4 lb-6 ) 10\n" +
		"Bowling : Srinath 24-5-67-1 , Ganguly 9.3-2-31-1\n"
	checkResolveCases(t, nil, []resolveCase{
		{
			"batsmen, fielders and bowlers are persons",
			card,
			[]tagged{{"England", L, 0}, {"Mike Atherton", P, 0}, {"Nasser Hussain b Kumble", P, 0}, {"Graham Thorpe", P, 0}, {"Mark Ealham", P, 0}},
			[]wantFact{
				{"England", "England", L},
				{"Mike Atherton", "Mike Atherton", P}, {"Dravid", "Dravid", P}, {"Srinath", "Srinath", P},
				{"Nasser Hussain", "Nasser Hussain", P}, {"Kumble", "Kumble", P},
				{"Graham Thorpe", "Graham Thorpe", P}, {"Mongia", "Mongia", P}, {"Kumble", "Kumble", P},
				{"Mark Ealham", "Mark Ealham", P},
				{"Srinath", "Srinath", P}, {"Ganguly", "Ganguly", P},
			},
		},
		{
			"one line like a batting line is left to the tagger",
			"Plan B costs 23 dollars.\nSmith b Jones 12",
			[]tagged{{"Smith b Jones", P, 0}},
			[]wantFact{{"Smith b Jones", "Smith b Jones", P}},
		},
	})
}
