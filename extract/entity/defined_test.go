package entity

import (
	"testing"

	"tidings/corpus"
)

func TestDefinitions(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazCommon: {"philosophy", "today"}, GazCountry: {"china"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a band defined in the opening sentence, its alias and its other mentions",
			"30 Seconds to Mars ( or Thirty Seconds to Mars ) is an alternative rock band from Los Angeles . In 2007 , 30 Seconds to Mars won .",
			[]tagged{{"Mars", L, 0}, {"Mars", L, 1}, {"Los Angeles", L, 0}, {"Mars", L, 2}},
			[]wantFact{{"30 Seconds to Mars", "30 Seconds to Mars", O}, {"Thirty Seconds to Mars", "Thirty Seconds to Mars", O},
				{"Los Angeles", "Los Angeles", L}, {"30 Seconds to Mars", "30 Seconds to Mars", O}},
		},
		{
			"a place and its aliases; a company's full name",
			"Bank Hey (also Sunnybower or Sunny Bower) is a suburb of Blackburn. Cesaroni Design Associates is a design consultancy based in Chicago.",
			[]tagged{{"Blackburn", L, 0}, {"Cesaroni Design", O, 0}, {"Chicago", L, 0}},
			[]wantFact{{"Bank Hey", "Bank Hey", L}, {"Sunnybower", "Sunnybower", L}, {"Sunny Bower", "Sunny Bower", L},
				{"Blackburn", "Blackburn", L}, {"Cesaroni Design Associates", "Cesaroni Design Associates", O}, {"Chicago", "Chicago", L}},
		},
		{
			"a person's definition leaves out a heading before a colon",
			"Little black book: Jane Lewis: Jane Lewis is the founder of a council.",
			nil,
			[]wantFact{{"Jane Lewis", "Jane Lewis", P}, {"Jane Lewis", "Jane Lewis", P}},
		},
		{
			"works keep their article, other names lose it; a longer title around a repeat stays",
			"The Color Purple is a 1982 epistolary novel by Alice Walker. The Blindleia is a skerry-protected waterway. Barry Lyndon is a 1975 film based on The Luck of Barry Lyndon.",
			[]tagged{{"Alice Walker", P, 0}, {"Blindleia", O, 0}, {"Barry Lyndon", P, 0}, {"The Luck of Barry Lyndon", M, 0}},
			[]wantFact{{"The Color Purple", "The Color Purple", M}, {"Alice Walker", "Alice Walker", P}, {"Blindleia", "Blindleia", L},
				{"Barry Lyndon", "Barry Lyndon", M}, {"The Luck of Barry Lyndon", "The Luck of Barry Lyndon", M}},
		},
		{
			"a person's name ends before of; the birthplace in parentheses is no alias",
			"Catherine de Medici of France is a keen chess player. Gerd Gigerenzer (born 1947, Wallersdorf, Germany) is a German psychologist.",
			[]tagged{{"France", L, 0}, {"Gerd Gigerenzer", P, 0}, {"Wallersdorf", L, 0}, {"Germany", L, 0}},
			[]wantFact{{"Catherine de Medici", "Catherine de Medici", P}, {"France", "France", L}, {"Gerd Gigerenzer", "Gerd Gigerenzer", P},
				{"Wallersdorf", "Wallersdorf", L}, {"Germany", "Germany", L}},
		},
		{
			"the noun heading the phrase decides, not a later one",
			"Obama is a Democratic Party lawmaker representing the state of Illinois. Richard Veerman is the group ’s head of mission. Jackie was a play-by-play announcer.",
			[]tagged{{"Obama", P, 0}, {"Democratic Party", O, 0}, {"Illinois", L, 0}, {"Richard Veerman", P, 0}, {"Jackie", P, 0}},
			[]wantFact{{"Obama", "Obama", P}, {"Democratic Party", "Democratic Party", O}, {"Illinois", "Illinois", L},
				{"Richard Veerman", "Richard Veerman", P}, {"Jackie", "Jackie", P}},
		},
		{
			"common words, countries and question words are not defined",
			"Philosophy is a game. China is a major investor in Sudan. Why is the city called Miramar? Barcodes are a series of lines. Scan the barcode.",
			[]tagged{{"China", L, 0}, {"Sudan", L, 0}, {"Miramar", L, 0}},
			[]wantFact{{"China", "China", L}, {"Sudan", "Sudan", L}, {"Miramar", "Miramar", L}},
		},
		{
			"a clause after a comma defines too; a town may name a person; lists and quantities define nothing",
			"Through his grandmother, Mishima was a direct descendant of Tokugawa Ieyasu. In 1955, Mishima took up training. Jeddah, Medina and Dubai are the major focus. Well, Telly is a series of pictures.",
			[]tagged{{"Mishima", L, 0}, {"Tokugawa Ieyasu", P, 0}, {"Mishima", L, 1}, {"Jeddah", L, 0}, {"Medina", L, 0}, {"Dubai", L, 0}},
			[]wantFact{{"Mishima", "Mishima", P}, {"Tokugawa Ieyasu", "Tokugawa Ieyasu", P}, {"Mishima", "Mishima", P},
				{"Jeddah", "Jeddah", L}, {"Medina", "Medina", L}, {"Dubai", "Dubai", L}},
		},
		{
			"a radio station and a school district are organizations",
			"Radio Kiskeya is a radio station in Haiti. Coronado Unified School District is the school district in Coronado.",
			[]tagged{{"Haiti", L, 0}, {"Coronado", L, 1}},
			[]wantFact{{"Radio Kiskeya", "Radio Kiskeya", O}, {"Haiti", "Haiti", L},
				{"Coronado Unified School District", "Coronado Unified School District", O}, {"Coronado", "Coronado", L}},
		},
	})
}

func TestAppositions(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	checkResolveCases(t, nil, []resolveCase{
		{
			"a name a phrase between commas defines as a person is one",
			"Officials confirmed the detainment of Ali Shakeri, a peace activist from California. Speaking there, Elham Asghari, the daughter of a general, wept.",
			[]tagged{{"Ali Shakeri", L, 0}, {"California", L, 0}, {"Elham Asghari", O, 0}},
			[]wantFact{{"Ali Shakeri", "Ali Shakeri", P}, {"California", "California", L}, {"Elham Asghari", "Elham Asghari", P}},
		},
		{
			"a town's state before a company noun is no company: the company before the town is defined",
			"It owns Lawrence Agency Corp., Schenectady, N.Y., an insurance agency. It owns Dorr Inc., Albany, Kent, a maker of tools.",
			[]tagged{{"Lawrence Agency Corp.", O, 0}, {"Schenectady", L, 0}, {"N.Y.", L, 0}, {"Dorr Inc.", O, 0}, {"Albany", L, 0}, {"Kent", L, 0}},
			[]wantFact{{"Lawrence Agency Corp.", "Lawrence Agency", O}, {"Schenectady", "Schenectady", L}, {"N.Y.", "New York", L},
				{"Dorr Inc.", "Dorr", O}, {"Albany", "Albany", L}, {"Kent", "Kent", L}},
		},
		{
			"not after a preposition opening the sentence or an article, nor a name a head word ends",
			"In Dohuk, the provincial governor escaped. He was at Peace Memorial Park, the mayor said. Royal College of Physicians, the son of Acland. I had a Peroni, the king of beers.",
			[]tagged{{"Dohuk", L, 0}, {"Peace Memorial Park", L, 0}, {"Royal College of Physicians", O, 0}, {"Acland", P, 0}, {"Peroni", O, 0}},
			[]wantFact{{"Dohuk", "Dohuk", L}, {"Peace Memorial Park", "Peace Memorial Park", L},
				{"Royal College of Physicians", "Royal College of Physicians", O}, {"Acland", "Acland", P}, {"Peroni", "Peroni", O}},
		},
		{
			"a name the tagger missed or cut to a company's word is the person a phrase between commas defines",
			"MUMBAI - Ratan Tata, the former chairman of the Tata Group, died. Yesterday Samkelo Mokhine, the founder of Zorbex, spoke. Reporters met Thursday, the chairman said.",
			[]tagged{{"MUMBAI", L, 0}, {"Tata", O, 0}, {"Tata Group", O, 0}, {"Zorbex", O, 0}},
			[]wantFact{{"MUMBAI", "MUMBAI", L}, {"Ratan Tata", "Ratan Tata", P}, {"Tata Group", "Tata Group", O}, {"Samkelo Mokhine", "Samkelo Mokhine", P}, {"Zorbex", "Zorbex", O}},
		},
		{
			"a company's name the tagger missed before a company's phrase between commas is one",
			"The round was led by Thrive Capital, the venture firm run by him. Yesterday Blue Sky Partners, the fund backed by banks, grew. In London Capital, the firm said.",
			nil,
			[]wantFact{{"Thrive Capital", "Thrive Capital", O}, {"Blue Sky Partners", "Blue Sky Partners", O}},
		},
		{
			"an untagged word an organization's name after the renames is that organization, not in a list or after a number",
			"Gavi, the Vaccine Alliance, said so. However, the Senate agreed. He liked the Bangles, the Smiths and more. It ran to 549 BC, the Achaemenid Empire ruling.",
			[]tagged{{"Vaccine Alliance", O, 0}, {"Senate", O, 0}, {"Smiths", O, 0}, {"Achaemenid Empire", O, 0}},
			[]wantFact{{"Gavi", "Gavi", O}, {"Vaccine Alliance", "Vaccine Alliance", O}, {"Senate", "Senate", O}, {"Smiths", "Smiths", O}, {"Achaemenid Empire", "Achaemenid Empire", O}},
		},
		{
			"a misc name or an unknown place a phrase between commas defines as a company is one, not after a preposition",
			"Epic Games, the maker of Fortnite, sued. Zorbex, a Dutch chipmaker, grew. In Lonsdale, the bank closed. At Acme Fair, the company that won spoke.",
			[]tagged{{"Epic Games", M, 0}, {"Fortnite", M, 0}, {"Zorbex", L, 0}, {"Dutch", M, 0}, {"Lonsdale", L, 0}, {"Acme Fair", M, 0}},
			[]wantFact{{"Epic Games", "Epic Games", O}, {"Fortnite", "Fortnite", M}, {"Zorbex", "Zorbex", O}, {"Dutch", "Dutch", M},
				{"Lonsdale", "Lonsdale", L}, {"Acme Fair", "Acme Fair", M}},
		},
	})
}

func TestKnownAs(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, nil, []resolveCase{
		{
			"a place after known as takes the type of the person or organization it renames",
			"The Trade Union Confederation, known as Rengo, said so. Bryan Yambao, also known as Bryanboy, agreed.",
			[]tagged{{"Trade Union Confederation", O, 0}, {"Rengo", L, 0}, {"Bryan Yambao", P, 0}, {"Bryanboy", L, 0}},
			[]wantFact{{"Trade Union Confederation", "Trade Union Confederation", O}, {"Rengo", "Rengo", O},
				{"Bryan Yambao", "Bryan Yambao", P}, {"Bryanboy", "Bryanboy", P}},
		},
		{
			"not after a place ending a longer name, nor a person renamed by an organization",
			"The Stabilization Mission in Haiti, known as Minustah, left. Mohsen Khayber, also known as Abdul Rahim, fled.",
			[]tagged{{"Stabilization Mission", O, 0}, {"Haiti", L, 0}, {"Minustah", L, 0}, {"Mohsen Khayber", O, 0}, {"Abdul Rahim", P, 0}},
			[]wantFact{{"Stabilization Mission", "Stabilization Mission", O}, {"Haiti", "Haiti", L}, {"Minustah", "Minustah", L},
				{"Mohsen Khayber", "Mohsen Khayber", O}, {"Abdul Rahim", "Abdul Rahim", P}},
		},
	})
}
