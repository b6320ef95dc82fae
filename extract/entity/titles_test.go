package entity

import (
	"testing"

	"tidings/corpus"
)

func TestPortfolioPersons(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	tests := []resolveCase{
		{
			"portfolio is cut from the minister's name",
			"He met Minister of Defense Hazem Shaalan today.",
			[]tagged{{"Defense Hazem Shaalan", O, 0}},
			[]wantFact{{"Hazem Shaalan", "Hazem Shaalan", P}},
		},
		{
			"two-word portfolio after minister for is cut",
			"Minister for Foreign Affairs Penny Wong spoke.",
			[]tagged{{"Foreign Affairs Penny Wong", O, 0}},
			[]wantFact{{"Penny Wong", "Penny Wong", P}},
		},
		{
			"portfolio alone stays as tagged",
			"He was Secretary of the Treasury for years.",
			[]tagged{{"Treasury", O, 0}},
			[]wantFact{{"Treasury", "Treasury", O}},
		},
		{
			"one word left after the portfolio stays as tagged",
			"Secretary of State Rice spoke.",
			[]tagged{{"State Rice", O, 0}},
			[]wantFact{{"State Rice", "State Rice", O}},
		},
		{
			"name after of without a minister is left alone",
			"The Bank of Defense Holdings grew.",
			[]tagged{{"Defense Holdings", O, 0}},
			[]wantFact{{"Defense Holdings", "Defense Holdings", O}},
		},
	}
	checkResolveCases(t, nil, tests)

	gaz := NewGazetteer([NumGazLists][]string{GazFirstName: {"darleen", "marvin"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"office holder is cut from the office",
			"Boeing hired Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun.",
			[]tagged{{"Boeing", O, 0}, {"Air Force for Acquisition Darleen Druyun", O, 0}},
			[]wantFact{{"Boeing", "Boeing", O}, {"Air Force", "Air Force", O}, {"Darleen Druyun", "Darleen Druyun", P}},
		},
		{
			"an office that is only titles is no organization",
			"Deputy Director for Operations Darleen Kappes resigned.",
			[]tagged{{"Deputy Director for Operations Darleen Kappes", O, 0}},
			[]wantFact{{"Darleen Kappes", "Darleen Kappes", P}},
		},
		{
			"name after for without a brief stays",
			"The Campaign for Marvin Gaye grew.",
			[]tagged{{"Campaign for Marvin Gaye", O, 0}},
			[]wantFact{{"Campaign for Marvin Gaye", "Campaign for Marvin Gaye", O}},
		},
		{
			"no given name, no cut",
			"The Council for Economic Planning Board met.",
			[]tagged{{"Council for Economic Planning Board", O, 0}},
			[]wantFact{{"Council for Economic Planning Board", "Council for Economic Planning Board", O}},
		},
	})
}

func TestGivenNameSurnames(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazFirstName: {"steve", "john", "sanders"}, GazCommon: {"jobs", "letter"}})
	P := corpus.FactPerson
	checkResolveCases(t, gaz, []resolveCase{
		{
			"surname the text writes as a possessive",
			"The page showed \"Steve Jobs 1955-2011\" today. We mourn Jobs' death.",
			[]tagged{{"Steve", P, 0}},
			[]wantFact{{"Steve Jobs", "Steve Jobs", P}, {"Jobs", "Steve Jobs", P}},
		},
		{
			"a day after a given name stays out",
			"They met John Monday and left on Monday night.",
			[]tagged{{"John", P, 0}},
			[]wantFact{{"John", "John", P}},
		},
		{
			"a common word capitalised elsewhere without a possessive stays out",
			"Ask Sanders Letter first. The attached Letter explains it.",
			[]tagged{{"Sanders", P, 0}},
			[]wantFact{{"Sanders", "Sanders", P}},
		},
		{
			"a rare word capitalised elsewhere widens the name",
			"Then John Kowalczyk spoke. Later Kowalczyk left.",
			[]tagged{{"John", P, 0}},
			[]wantFact{{"John Kowalczyk", "John Kowalczyk", P}, {"Kowalczyk", "John Kowalczyk", P}},
		},
	})
}
