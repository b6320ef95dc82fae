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
}
