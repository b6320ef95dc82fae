package entity

import (
	"testing"

	"tidings/corpus"
)

func TestKnownOrganizations(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	tests := []resolveCase{
		{
			"newspaper read as a person is an organization",
			"According to Le Figaro, the plan failed.",
			[]tagged{{"Le Figaro", P, 0}},
			[]wantFact{{"Le Figaro", "Le Figaro", O}},
		},
		{
			"companies named by a word: alone, or opening a sentence before what a company does",
			"Oil majors Shell and BP rose. Target said sales fell. Google parent Alphabet grew. Microsoft-backed OpenAI hired.",
			[]tagged{{"Shell", P, 0}, {"BP", O, 0}},
			[]wantFact{{"Shell", "Shell", O}, {"BP", "BP", O}, {"Target", "Target", O}, {"Alphabet", "Alphabet", O}, {"OpenAI", "OpenAI", O}},
		},
		{
			"companies named by two names and &, cut by the tagger into persons and places",
			"Marks & Spencer said sales rose. He shops at Barnes & Noble.",
			[]tagged{{"Spencer", P, 0}, {"Barnes", L, 0}},
			[]wantFact{{"Marks & Spencer", "Marks & Spencer", O}, {"Barnes & Noble", "Barnes & Noble", O}},
		},
		{
			"a company named with & is known written with and; a company after and is not widened over it",
			"Marks and Spencer rose, with Cable and Wireless and BAT Industries among the gainers.",
			[]tagged{{"Spencer", P, 0}, {"BAT Industries", O, 0}},
			[]wantFact{{"Marks and Spencer", "Marks and Spencer", O}, {"Cable and Wireless", "Cable and Wireless", O}, {"BAT Industries", "BAT Industries", O}},
		},
		{
			"a possessive set apart as wire copy writes it, and a unit's words after a known company",
			"Moody 's Investors Service cut it. Standard & Poor 's Ratings Group agreed. They attacked Kohl 's Christian Democrats.",
			[]tagged{{"Moody", P, 0}, {"Kohl", P, 0}, {"Christian Democrats", O, 0}},
			[]wantFact{{"Moody 's Investors Service", "Moody 's Investors Service", O}, {"Standard & Poor 's Ratings Group", "Standard & Poor 's Ratings Group", O},
				{"Kohl", "Kohl", P}, {"Christian Democrats", "Christian Democrats", O}},
		},
		{
			"European and British agencies named by one coined word",
			"Eurostat said inflation fell. Ofgem capped prices and Ofcom fined a broadcaster.",
			nil,
			[]wantFact{{"Eurostat", "Eurostat", O}, {"Ofgem", "Ofgem", O}, {"Ofcom", "Ofcom", O}},
		},
		{
			"aid agencies",
			"The World Food Programme and UNICEF said aid resumed.",
			nil,
			[]wantFact{{"World Food Programme", "World Food Programme", O}, {"UNICEF", "UNICEF", O}},
		},
		{
			"the word itself: opening a sentence before a noun, inside a longer name, in capitals",
			"Shell companies hid it. Target prices fell. The Immigration Visa Officer said no VISA was needed.",
			nil,
			nil,
		},
		{
			"untagged newspaper is found",
			"Der Spiegel and Kommersant said so.",
			nil,
			[]wantFact{{"Der Spiegel", "Der Spiegel", O}, {"Kommersant", "Kommersant", O}},
		},
		{
			"a paper named with the article, in mid-sentence and alone",
			"A review in The Economist ran. The Independent Electoral Commission met. The Times are changing.",
			nil,
			[]wantFact{{"The Economist", "Economist", O}, {"Independent Electoral Commission", "Independent Electoral Commission", O}},
		},
		{
			"part of a newspaper's name is widened",
			"The Frankfurter Allgemeine Zeitung wrote it.",
			[]tagged{{"Allgemeine Zeitung", M, 0}},
			[]wantFact{{"Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeine Zeitung", O}},
		},
		{
			"longest name wins",
			"The Asahi Shimbun reported it.",
			[]tagged{{"Asahi", L, 0}},
			[]wantFact{{"Asahi Shimbun", "Asahi Shimbun", O}},
		},
		{
			"parliament read as a place is an organization",
			"The Duma and the Lok Sabha voted.",
			[]tagged{{"Duma", L, 0}, {"Lok Sabha", L, 0}},
			[]wantFact{{"Duma", "Duma", O}, {"Lok Sabha", "Lok Sabha", O}},
		},
		{
			"a union of states read as a place is an organization; the Soviet Union stays a place",
			"The African Union sent troops. The Soviet Union fell. The AFL-CIO agreed.",
			[]tagged{{"African Union", L, 0}, {"Soviet Union", L, 0}},
			[]wantFact{{"African Union", "African Union", O}, {"Soviet Union", "Soviet Union", L}, {"AFL-CIO", "AFL-CIO", O}},
		},
		{
			"state company read as a person is an organization",
			"Sabena and Saudi Aramco said so.",
			[]tagged{{"Sabena", P, 0}, {"Saudi Aramco", L, 0}},
			[]wantFact{{"Sabena", "Sabena", O}, {"Saudi Aramco", "Saudi Aramco", O}},
		},
		{
			"exchanges and the fed are organizations",
			"Nymex crude fell and the Fed waited.",
			nil,
			[]wantFact{{"Nymex", "Nymex", O}, {"Fed", "Federal Reserve", O}},
		},
		{
			"fed up is no fed",
			"Fed up with it, he left.",
			nil,
			nil,
		},
		{
			"possessive company keeps its possessive",
			"Moody's cut the rating.",
			[]tagged{{"Moody", P, 0}},
			[]wantFact{{"Moody's", "Moody's", O}},
		},
		{
			"ampersand and possessive stay in the name",
			"Standard & Poor's affirmed it.",
			[]tagged{{"Standard & Poor", O, 0}},
			[]wantFact{{"Standard & Poor's", "Standard & Poor's", O}},
		},
		{
			"name before a number is an index",
			"The Standard & Poor's 500 fell.",
			nil,
			nil,
		},
		{
			"possessive of a person of the document stays",
			"Agatha Christie wrote. Christie's books sold.",
			[]tagged{{"Agatha Christie", P, 0}, {"Christie", P, 1}},
			[]wantFact{{"Agatha Christie", "Agatha Christie", P}, {"Christie", "Agatha Christie", P}},
		},
		{
			"acronym in mixed case is a name",
			"Students like Rai met RAI reporters.",
			[]tagged{{"Rai", P, 0}},
			[]wantFact{{"Rai", "Rai", P}, {"RAI", "Rai", O}},
		},
		{
			"lower-case words are no newspaper",
			"At the age of 40 he read le monde.",
			nil,
			nil,
		},
		{
			"place ending in a known club is the club",
			"The Boston Red Sox won.",
			[]tagged{{"Boston Red Sox", L, 0}},
			[]wantFact{{"Boston Red Sox", "Boston Red Sox", O}},
		},
		{
			"a firm named after its founders is no person; one of its staff joined by \"of\" is cut from it",
			"Merrill Lynch and Goldman Sachs trade. Mr. Leon of Bear Stearns spoke. T. Rowe Price funds fell, Barron's said.",
			[]tagged{{"Merrill Lynch", P, 0}, {"Goldman Sachs", P, 0}, {"Leon of Bear Stearns", P, 0}, {"T. Rowe", P, 0}, {"Barron", P, 0}},
			[]wantFact{{"Merrill Lynch", "Merrill Lynch", O}, {"Goldman Sachs", "Goldman Sachs", O}, {"Leon", "Leon", P}, {"Bear Stearns", "Bear Stearns", O},
				{"T. Rowe Price", "T. Rowe Price", O}, {"Barron's", "Barron's", O}},
		},
		{
			"club named alone is an organization",
			"Juventus won again.",
			[]tagged{{"Juventus", P, 0}},
			[]wantFact{{"Juventus", "Juventus", O}},
		},
		{
			"name inside a longer mention is left to it",
			"Moody's Investors Service cut it.",
			[]tagged{{"Moody's Investors Service", O, 0}},
			[]wantFact{{"Moody's Investors Service", "Moody's Investors Service", O}},
		},
	}
	checkResolveCases(t, nil, tests)
}

func TestMediaNames(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"nairobi"}, GazCountry: {"kenya"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"the name a media noun follows is the outlet",
			"The Daily Nation newspaper quoted Musalia Mudavadi. The official Xinhua news agency agreed.",
			[]tagged{{"Daily Nation", L, 0}, {"Musalia Mudavadi", P, 0}},
			[]wantFact{{"Daily Nation", "Daily Nation", O}, {"Musalia Mudavadi", "Musalia Mudavadi", P}, {"Xinhua", "Xinhua", O}},
		},
		{
			"a place or a nationality before the noun says where the paper is",
			"A Nairobi newspaper and the Kenyan daily agreed.",
			[]tagged{{"Nairobi", L, 0}, {"Kenyan", M, 0}},
			[]wantFact{{"Nairobi", "Nairobi", L}, {"Kenyan", "Kenyan", M}},
		},
	})
}
