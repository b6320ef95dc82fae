package entity

import (
	"testing"

	"tidings/corpus"
)

func TestPossessives(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"Singapore"}, GazCity: {"Moody"}, GazCompany: {"Apple", "Volkswagen", "Queen"}, GazFirstName: {"jenny"}})
	O, L, M := corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	tests := []resolveCase{
		{
			"known company before a possessive is cut from its product",
			"He asked Apple's Siri twice.",
			[]tagged{{"Apple's Siri", M, 0}},
			[]wantFact{{"Apple", "Apple", O}, {"Siri", "Siri", M}},
		},
		{
			"a person named in full after an unknown name's possessive works for it",
			"Axios' Kaveh Waddell reports. Fans of Jenny's Ted Lasso laughed.",
			[]tagged{{"Axios' Kaveh Waddell", corpus.FactPerson, 0}, {"Jenny's Ted Lasso", corpus.FactPerson, 0}},
			[]wantFact{{"Axios", "Axios", O}, {"Kaveh Waddell", "Kaveh Waddell", corpus.FactPerson}, {"Jenny's Ted Lasso", "Jenny's Ted Lasso", corpus.FactPerson}},
		},
		{
			"known country before a possessive is cut from its airport",
			"It landed at Singapore's Changi Airport today.",
			[]tagged{{"Singapore's Changi Airport", O, 0}},
			[]wantFact{{"Singapore", "Singapore", L}, {"Changi Airport", "Changi Airport", L}},
		},
		{
			"name tagged elsewhere in the document is cut with its type",
			"Airbus grew. A flight from Airbus' Delivery Center left.",
			[]tagged{{"Airbus", O, 0}, {"Airbus' Delivery Center", O, 0}},
			[]wantFact{{"Airbus", "Airbus", O}, {"Airbus", "Airbus", O}, {"Delivery Center", "Delivery Center", O}},
		},
		{
			"company with its legal form before a possessive is cut",
			"Volkswagen AG's Audi unit recalled cars.",
			[]tagged{{"Volkswagen AG's Audi", O, 0}},
			[]wantFact{{"Volkswagen AG", "Volkswagen", O}, {"Audi", "Audi", O}},
		},
		{
			"city before a possessive does not cut: too many towns are named like words",
			"Moody's Investors Service cut the rating.",
			[]tagged{{"Moody's Investors Service", O, 0}},
			[]wantFact{{"Moody's Investors Service", "Moody's Investors Service", O}},
		},
		{
			"head words after a possessive do not cut",
			"Students at Queen's University protested.",
			[]tagged{{"Queen's University", O, 0}},
			[]wantFact{{"Queen's University", "Queen's University", O}},
		},
		{
			"unknown name before a possessive stays whole",
			"The Hitchhiker's Guide sold well.",
			[]tagged{{"Hitchhiker's Guide", M, 0}},
			[]wantFact{{"Hitchhiker's Guide", "Hitchhiker's Guide", M}},
		},
		{
			"a body's name before a possessive is cut, and a known place after it is the place",
			"He led the European Union's Brexit talks. Both work for Nippon News Network's Singapore bureau.",
			[]tagged{{"European Union's Brexit", O, 0}, {"Nippon News Network's Singapore", O, 0}},
			[]wantFact{{"European Union", "European Union", O}, {"Brexit", "Brexit", O}, {"Nippon News Network", "Nippon News Network", O}, {"Singapore", "Singapore", L}},
		},
		{
			"possessive at the end is trimmed, not cut",
			"Apple's shares rose.",
			[]tagged{{"Apple's", O, 0}},
			[]wantFact{{"Apple", "Apple", O}},
		},
	}
	checkResolveCases(t, gaz, tests)
}

func TestStaffOfOwners(t *testing.T) {
	O, L, P := corpus.FactOrganization, corpus.FactLocation, corpus.FactPerson
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a place of two words after an organization's possessive is its person; a building stays",
			"The Fund's Kristalina Georgieva met Milei. It came from the BBC's Alexandra Palace studios.",
			[]tagged{{"Fund", O, 0}, {"Kristalina Georgieva", L, 0}, {"Milei", P, 0}, {"BBC", O, 0}, {"Alexandra Palace", L, 0}},
			[]wantFact{{"Fund", "Fund", O}, {"Kristalina Georgieva", "Kristalina Georgieva", P}, {"Milei", "Milei", P},
				{"BBC", "BBC", O}, {"Alexandra Palace", "Alexandra Palace", L}},
		},
	})
}
