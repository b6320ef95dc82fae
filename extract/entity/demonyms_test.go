package entity

import (
	"testing"

	"tidings/corpus"
)

func TestDemonyms(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"Sri Lanka", "Israel", "Japan", "Italy", "Canada", "Germany", "China", "Iran"}})
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	tests := []resolveCase{
		{
			"nationality read as an organization is misc",
			"The Sri Lankan military said so.",
			[]tagged{{"Sri Lankan", O, 0}},
			[]wantFact{{"Sri Lankan", "Sri Lankan", M}},
		},
		{
			"a nationality before a title is misc, and so are continents' and the Soviet adjectives",
			"Philippine President Ramos met European and Soviet envoys.",
			[]tagged{{"Philippine", O, 0}, {"Ramos", P, 0}, {"European", L, 0}},
			[]wantFact{{"Philippine", "Philippine", M}, {"Ramos", "Ramos", P}, {"European", "European", M}, {"Soviet", "Soviet", M}},
		},
		{
			"a faith of two words is misc; its church stays an organization",
			"She met a Roman Catholic nun. The Roman Catholic Church said so.",
			[]tagged{{"Roman Catholic", P, 0}, {"Roman Catholic Church", O, 0}},
			[]wantFact{{"Roman Catholic", "Roman Catholic", M}, {"Roman Catholic Church", "Roman Catholic Church", O}},
		},
		{
			"nationalities of each ending are misc",
			"Israeli, Japanese, Italian, Canadian and German troops and Chinese ships.",
			[]tagged{{"Israeli", L, 0}, {"Japanese", P, 0}, {"Italian", L, 0}, {"Canadian", O, 0}, {"German", L, 0}, {"Chinese", L, 0}},
			[]wantFact{{"Israeli", "Israeli", M}, {"Japanese", "Japanese", M}, {"Italian", "Italian", M}, {"Canadian", "Canadian", M}, {"German", "German", M}, {"Chinese", "Chinese", M}},
		},
		{
			"a country stays a place",
			"Israel and Japan agreed.",
			[]tagged{{"Israel", L, 0}, {"Japan", L, 0}},
			[]wantFact{{"Israel", "Israel", L}, {"Japan", "Japan", L}},
		},
		{
			"a nationality before a capitalised word is left alone",
			"The Iranian Revolutionary Guards said so.",
			[]tagged{{"Iranian", O, 0}},
			[]wantFact{{"Iranian", "Iranian", O}},
		},
		{
			"a word like no country is left alone",
			"Smith spoke.",
			[]tagged{{"Smith", P, 0}},
			[]wantFact{{"Smith", "Smith", P}},
		},
	}
	checkResolveCases(t, gaz, tests)
}

func TestUntaggedNationalities(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"Iraq", "Israel", "Germany", "North Korea"}, GazCommon: {"the"}})
	O, L, M, P := corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc, corpus.FactPerson
	checkResolveCases(t, gaz, []resolveCase{
		{
			"untagged nationalities, peoples, religions and languages are misc, plurals too",
			"Iraqi forces and Kurdish rebels met the Catholic clergy. Jews prayed in Hebrew. Germans and Israelis agreed.",
			nil,
			[]wantFact{{"Iraqi", "Iraqi", M}, {"Kurdish", "Kurdish", M}, {"Catholic", "Catholic", M}, {"Jews", "Jews", M},
				{"Hebrew", "Hebrew", M}, {"Germans", "Germans", M}, {"Israelis", "Israelis", M}},
		},
		{
			"two words naming a nationality together are one",
			"The North Korean army moved.",
			nil,
			[]wantFact{{"North Korean", "North Korean", M}},
		},
		{
			"inside a name, or glued by a hyphen, no nationality",
			"American Express hired a Cuban-American writer in Latin America. The Arab League met.",
			[]tagged{{"American Express", O, 0}, {"Latin America", L, 0}},
			[]wantFact{{"American Express", "American Express", O}, {"Latin America", "Latin America", L}},
		},
		{
			"a listed word the tagger called a person or place is misc; given names stay",
			"Christians and Finn met Islam scholars.",
			[]tagged{{"Christians", O, 0}, {"Finn", P, 0}, {"Islam", P, 0}},
			[]wantFact{{"Christians", "Christians", M}, {"Finn", "Finn", P}, {"Islam", "Islam", M}},
		},
	})
}

func TestPartyAdjectives(t *testing.T) {
	P, O, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"israel"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"party adjectives are misc, before a person's name or a title too",
			"Clinton accepted the Democratic nomination, and Republican Bob Dole and Israeli Prime Minister Netanyahu spoke. The Republican Party met.",
			[]tagged{{"Clinton", P, 0}, {"Bob Dole", P, 0}, {"Netanyahu", P, 0}, {"Republican Party", O, 0}},
			[]wantFact{{"Clinton", "Clinton", P}, {"Democratic", "Democratic", M}, {"Republican", "Republican", M}, {"Bob Dole", "Bob Dole", P},
				{"Israeli", "Israeli", M}, {"Netanyahu", "Netanyahu", P}, {"Republican Party", "Republican Party", O}},
		},
	})
}

func TestTwoWordNationalities(t *testing.T) {
	L, M := corpus.FactLocation, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"North Korea", "South Korea", "Korea", "South Africa"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"the word naming a nationality with it joins it, placed or untagged",
			"They crossed into North Korean waters. South Korean police and South African doctors came.",
			[]tagged{{"North", L, 0}, {"Korean", M, 0}, {"Korean", M, 1}, {"African", M, 0}},
			[]wantFact{{"North Korean", "North Korean", M}, {"South Korean", "South Korean", M}, {"South African", "South African", M}},
		},
		{
			"a place that names no nationality with it stays",
			"In South Asia Korean firms grew.",
			[]tagged{{"South Asia", L, 0}, {"Korean", M, 0}},
			[]wantFact{{"South Asia", "South Asia", L}, {"Korean", "Korean", M}},
		},
	})
}

func TestEponymAdjectives(t *testing.T) {
	P, M := corpus.FactPerson, corpus.FactMisc
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazFirstName: {"julian"}}), []resolveCase{
		{
			"an adjective formed from a person's name of the article is misc; a given name and an unknown stem stay",
			"Donald Trump spoke in familiar Trumpian terms. Julian Assange met Virginia Zakian. Zakian spoke.",
			[]tagged{{"Donald Trump", P, 0}, {"Trumpian", P, 0}, {"Julian Assange", P, 0}, {"Virginia Zakian", P, 0}, {"Zakian", P, 1}},
			[]wantFact{{"Donald Trump", "Donald Trump", P}, {"Trumpian", "Trumpian", M}, {"Julian Assange", "Julian Assange", P},
				{"Virginia Zakian", "Virginia Zakian", P}, {"Zakian", "Virginia Zakian", P}},
		},
	})
}

func TestPlacePeoples(t *testing.T) {
	O, L, M := corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"rwanda"}, GazCity: {"houston"}, GazRegion: {"west"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a country and a people run into one name are the place and the misc; a town before a people is a team",
			"About 2 million Rwanda Hutus fled. The Houston Texans won. Ireland joined the Irish Republic. The West Slavs met.",
			[]tagged{{"Rwanda Hutus", O, 0}, {"Houston Texans", O, 0}, {"Irish Republic", O, 0}, {"West Slavs", L, 0}},
			[]wantFact{{"Rwanda", "Rwanda", L}, {"Hutus", "Hutus", M}, {"Houston Texans", "Houston Texans", O}, {"Ireland", "Ireland", L}, {"Irish Republic", "Irish Republic", L},
				{"West Slavs", "West Slavs", L}},
		},
	})
}
