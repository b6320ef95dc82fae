package entity

import (
	"testing"

	"tidings/corpus"
)

func TestKnownPlaces(t *testing.T) {
	L := corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{
		GazRegion:    {"sicily", "thessaly", "western", "gao"},
		GazCity:      {"pyongyang", "cary", "english", "rock"},
		GazFirstName: {"cary"},
		GazCompany:   {"rock"},
		GazCountry:   {"england"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a known place after a preposition of place, ending the phrase",
			"Pyrrhus sailed to Sicily. In Thessaly he won. In Pyongyang I saw phones.",
			nil,
			[]wantFact{{"Sicily", "Sicily", L}, {"Thessaly", "Thessaly", L}, {"Pyongyang", "Pyongyang", L}},
		},
		{
			"not before a noun it qualifies, nor a town that is also a name, a company or a language",
			"It was printed in Western papers. He moved to Cary. He went from Rock. It is in English.",
			nil,
			[]wantFact{{"English", "English", corpus.FactMisc}}, // the language, as the nationalities rule tags it
		},
		{
			"on a line in capitals after a preposition; an acronym among mixed case, a short word or one after another word is no place",
			"PYRRHUS SAILED TO SICILY AFTER THE WAR\nTHE FLEET LEFT THESSALY\nHe reported to THESSALY.\nTHE SHIP SAILED TO GAO",
			nil,
			[]wantFact{{"SICILY", "Sicily", L}},
		},
	})
}

func TestTownsOfRegions(t *testing.T) {
	P, L, O := corpus.FactPerson, corpus.FactLocation, corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{
		GazRegion:    {"illinois", "california", "texas", "saint barthelemy"},
		GazFirstName: {"paxton", "john", "bartolomeo"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a person the text locates in a region is a town",
			"The houses are in the county seat of Paxton, Illinois. It runs to Otay Mesa, California.",
			[]tagged{{"Paxton", P, 0}, {"Illinois", L, 0}, {"Otay Mesa", P, 0}, {"California", L, 0}},
			[]wantFact{{"Paxton", "Paxton", L}, {"Illinois", "Illinois", L}, {"Otay Mesa", "Otay Mesa", L}, {"California", "California", L}},
		},
		{
			"full names, kin, titles and given names without a preposition stay persons",
			"Delegates were John Smith, Texas, and others. He named it for his brother Bartolomeo, Saint Barthelemy was found. Mr. Cole, Texas said. Ask Paxton, Illinois is far.",
			[]tagged{{"John Smith", P, 0}, {"Texas", L, 0}, {"Bartolomeo", P, 0}, {"Saint Barthelemy", L, 0}, {"Cole", P, 0}, {"Texas", L, 1},
				{"Paxton", P, 0}, {"Illinois", L, 0}},
			[]wantFact{{"John Smith", "John Smith", P}, {"Texas", "Texas", L}, {"Bartolomeo", "Bartolomeo", P}, {"Saint Barthelemy", "Saint Barthelemy", L},
				{"Cole", "Cole", P}, {"Texas", "Texas", L}, {"Paxton", "Paxton", P}, {"Illinois", "Illinois", L}},
		},
		{
			"an organization no word makes a company's, before a comma and a state, is a town",
			"It bought Octel, a Milpitas, Calif., maker. Octel Corp., Tex., rose. Stanford University, Calif., won. Deficits with OPEC, Texas, grew.",
			[]tagged{{"Octel", O, 0}, {"Milpitas", O, 0}, {"Calif.", L, 0}, {"Octel Corp.", O, 0}, {"Tex.", L, 0}, {"Stanford University", O, 0}, {"Calif.", L, 1},
				{"OPEC", O, 0}, {"Texas", L, 0}},
			[]wantFact{{"Octel", "Octel", O}, {"Milpitas", "Milpitas", L}, {"Calif.", "California", L}, {"Octel Corp.", "Octel", O}, {"Tex.", "Texas", L},
				{"Stanford University", "Stanford University", O}, {"Calif.", "California", L}, {"OPEC", "OPEC", O}, {"Texas", "Texas", L}},
		},
	})
}

func TestMidSentencePlaces(t *testing.T) {
	L := corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{
		GazCountry:   {"serbia", "libya", "zambia", "georgia"},
		GazRegion:    {"tbilisi"},
		GazFirstName: {"georgia"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a country or region after a word in lower case is a place",
			"Russia, a close ally of Serbia, said it plans to charge Tbilisi $230 more.",
			[]tagged{{"Russia", L, 0}},
			[]wantFact{{"Russia", "Russia", L}, {"Serbia", "Serbia", L}, {"Tbilisi", "Tbilisi", L}},
		},
		{
			"not a given name, nor a team before its score",
			"He met Georgia on Monday, finishing Libya 2-2 Zambia.",
			nil,
			nil,
		},
	})
}

func TestCompassPlaces(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazFirstName: {"john"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a person's name after a compass point and of is a place; a full name or an owner is not",
			"It lies 7 mi northwest of Hastings. The farm lies east of John Smith. It is south of Brown's farm.",
			[]tagged{{"Hastings", P, 0}, {"John Smith", P, 0}, {"Brown", P, 0}},
			[]wantFact{{"Hastings", "Hastings", L}, {"John Smith", "John Smith", P}, {"Brown", "Brown", P}},
		},
	})
}

func TestNamedPlaces(t *testing.T) {
	P, L, O := corpus.FactPerson, corpus.FactLocation, corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{GazCommon: {"take"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a name a place noun in lower case names is a place, in every mention the tagger made a person",
			"It lies near nature park Kopački Rit in Baranja. Kopački Rit , situated there, is wet. They met in the capital Abuja, said Obasanjo.",
			[]tagged{{"Kopački Rit", P, 0}, {"Baranja", L, 0}, {"Kopački Rit", P, 1}, {"Obasanjo", P, 0}},
			[]wantFact{{"Kopački Rit", "Kopački Rit", L}, {"Baranja", "Baranja", L}, {"Kopački Rit", "Kopački Rit", L},
				{"Abuja", "Abuja", L}, {"Obasanjo", "Obasanjo", P}},
		},
		{
			"days, common words, titles and heads of other names stay",
			"Bombs hit the capital Saturday. Visit alcatraz island Take a ferry. The city Council met the city Mayor Jones.",
			[]tagged{{"Council", O, 0}, {"Jones", P, 0}},
			[]wantFact{{"Jones", "Jones", P}}, // no place: the council (an institution's kind alone, no name)
		},
		{
			"the run stops before a day",
			"Trams stopped in the capital Athens Thursday.",
			nil,
			[]wantFact{{"Athens", "Athens", L}},
		},
	})
}

func TestPlacePairs(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"seychelles", "ghana"}, GazCity: {"baltimore"}, GazFirstName: {"kwame"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a person joined to a country is a place",
			"Granite islands include Seychelles and Tioman and volcanic ones.",
			[]tagged{{"Seychelles", L, 0}, {"Tioman", P, 0}},
			[]wantFact{{"Seychelles", "Seychelles", L}, {"Tioman", "Tioman", L}},
		},
		{
			"not joined to a town, a possessive, in a longer list or before a noun",
			"As shown by Temin and Baltimore, and by Sukarno and Ghana's Nkrumah. Prizes went to Grubbs, Schrock and Ghana. Smith and Ghana defender Jones met.",
			[]tagged{{"Temin", P, 0}, {"Baltimore", L, 0}, {"Sukarno", P, 0}, {"Ghana", L, 0}, {"Nkrumah", P, 0},
				{"Grubbs", P, 0}, {"Schrock", P, 0}, {"Ghana", L, 1}, {"Smith", P, 0}, {"Ghana", L, 2}, {"Jones", P, 0}},
			[]wantFact{{"Temin", "Temin", P}, {"Baltimore", "Baltimore", L}, {"Sukarno", "Sukarno", P}, {"Ghana", "Ghana", L}, {"Nkrumah", "Nkrumah", P},
				{"Grubbs", "Grubbs", P}, {"Schrock", "Schrock", P}, {"Ghana", "Ghana", L}, {"Smith", "Smith", P}, {"Ghana", "Ghana", L}, {"Jones", "Jones", P}},
		},
	})
}

func TestPlacesBeforeNouns(t *testing.T) {
	O, L, P, M := corpus.FactOrganization, corpus.FactLocation, corpus.FactPerson, corpus.FactMisc
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a name between the and a place noun is a place; an institution or a name in lower case stays",
			"Aid passed the Kerem Shalom crossing. The Health Department of Guangdong province spoke. Talks on the United Nations-run province began.",
			[]tagged{{"Kerem Shalom", O, 0}, {"Health Department of Guangdong", O, 0}, {"United Nations-run", O, 0}},
			[]wantFact{{"Kerem Shalom", "Kerem Shalom", L}, {"Health Department of Guangdong", "Health Department of Guangdong", O},
				{"United Nations-run", "United Nations-run", O}},
		},
		{
			"a building's kind in lower case ends no name and names the place before it; an index takes its number",
			"Notre-Dame de Paris cathedral reopened. Stocks in the Russell 2000 index rose.",
			[]tagged{{"Notre-Dame de Paris cathedral", M, 0}, {"Russell", L, 0}},
			[]wantFact{{"Notre-Dame de Paris", "Notre-Dame de Paris", L}, {"Russell 2000", "Russell 2000", M}},
		},
		{
			"a venue's word in a person's name makes the venue; a surname after a given name or a title stays",
			"Yurtec Stadium Sendai hosted it. They stayed at Hotel Principe di Savoia. The coach Bruce Arena said so.",
			[]tagged{{"Yurtec Stadium Sendai", P, 0}, {"Hotel Principe di Savoia", P, 0}, {"Bruce Arena", P, 0}},
			[]wantFact{{"Yurtec Stadium Sendai", "Yurtec Stadium Sendai", L}, {"Hotel Principe di Savoia", "Hotel Principe di Savoia", L},
				{"Bruce Arena", "Bruce Arena", P}},
		},
		{
			"a rainforest, a basin or a river names the place before it, a company's name too; a nationality stays",
			"The Amazon rainforest covers much of the Amazon basin. Troops overran the Muslim enclave.",
			[]tagged{{"Amazon", O, 0}, {"Amazon", O, 1}, {"Muslim", O, 0}},
			[]wantFact{{"Amazon", "Amazon", L}, {"Amazon", "Amazon", L}, {"Muslim", "Muslim", corpus.FactMisc}},
		},
		{
			"a cloister, a monastery or a castle is a place, after a sentence's The too",
			"The Disibodenberg cloister was disbanded. The nuns moved to the Eibingen cloister.",
			[]tagged{{"Disibodenberg", O, 0}, {"Eibingen", P, 0}},
			[]wantFact{{"Disibodenberg", "Disibodenberg", L}, {"Eibingen", "Eibingen", L}},
		},
	})
}

func TestRegionsAfterTownsAndMotionPlaces(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazFirstName: {"abra", "jean", "mary"}, GazCity: {"vigan", "paris"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a name closing the sentence after a town and a comma is its region; one a person may be stays",
			"He served a priest in Vigan, Ilocos Sur. In Paris, Jean Dupont said so. In Paris, Ulrich, the winner, spoke.",
			[]tagged{{"Vigan", L, 0}, {"Ilocos Sur", P, 0}, {"Paris", L, 0}, {"Jean Dupont", P, 0}, {"Paris", L, 1}, {"Ulrich", P, 0}},
			[]wantFact{{"Vigan", "Vigan", L}, {"Ilocos Sur", "Ilocos Sur", L}, {"Paris", "Paris", L}, {"Jean Dupont", "Jean Dupont", P},
				{"Paris", "Paris", L}, {"Ulrich", "Ulrich", P}},
		},
		{
			"where someone flees to is a place; one may return to a person",
			"She was forced to retreat to Abra. She fled again to Abra. He returned to Mary.",
			[]tagged{{"Abra", P, 0}, {"Abra", P, 1}, {"Mary", P, 0}},
			[]wantFact{{"Abra", "Abra", L}, {"Abra", "Abra", L}, {"Mary", "Mary", P}},
		},
	})
}

func TestSaintsPlaces(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, nil, []resolveCase{
		{
			"a saint's building the tagger cut at the abbreviation and the possessive is one name; its word says the type",
			"He prayed in St. Peter's Basilica. She was born at St Mary's Hospital. Saint Peter was a fisherman. St. Peter's fans cheered.",
			[]tagged{{"St.", L, 0}, {"Peter", P, 0}, {"Basilica", L, 0}, {"St Mary", P, 0}, {"Saint Peter", P, 0}},
			[]wantFact{{"St. Peter's Basilica", "St. Peter's Basilica", L}, {"St Mary's Hospital", "St Mary's Hospital", O}, {"Saint Peter", "Saint Peter", P}},
		},
	})
}

func TestCountriesOpening(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"india", "australia", "jordan", "guinea", "pakistan"}, GazFirstName: {"india", "michael"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an untagged country opening a sentence or after a dateline's dash is a place",
			"PERTH (Reuters) - India beat Australia. Guinea did not vote. Turkey's central bank held rates.",
			[]tagged{{"Australia", L, 0}},
			[]wantFact{{"PERTH", "Perth", L}, {"Reuters", "Reuters", corpus.FactOrganization}, {"India", "India", L}, {"Australia", "Australia", L}, {"Guinea", "Guinea", L},
				{"Turkey", "Turkey", L}},
		},
		{
			"not a country news names persons after, a person's word, a compound or a longer name",
			"Jordan scored 30. Michael India spoke; India said no. Pakistan-based groups met. Guinea pigs ran. India Today reported.",
			[]tagged{{"Michael India", P, 0}},
			[]wantFact{{"Michael India", "Michael India", P}},
		},
	})
}

func TestPersonPairs(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	checkResolveCases(t, nil, []resolveCase{
		{
			"a lone name and after a person named in full is a person; before one, or with a capital inside, it stays",
			"The marriage of Herod Antipas and Herodias is debated. Bands such as the Byrds and Buffalo Springfield played. Thanks to the VictoriaPolice and Rosie Batty.",
			[]tagged{{"Herod Antipas", P, 0}, {"Herodias", O, 0}, {"Byrds", O, 0}, {"Buffalo Springfield", P, 0}, {"VictoriaPolice", O, 0}, {"Rosie Batty", P, 0}},
			[]wantFact{{"Herod Antipas", "Herod Antipas", P}, {"Herodias", "Herodias", P}, {"Byrds", "Byrds", O}, {"Buffalo Springfield", "Buffalo Springfield", P},
				{"VictoriaPolice", "VictoriaPolice", O}, {"Rosie Batty", "Rosie Batty", P}},
		},
	})
	gaz := NewGazetteer([NumGazLists][]string{GazFirstName: {"ivanka", "britain"}, GazCountry: {"sri lanka"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a lone person joins a given name either side, not a country's name",
			"He did it for Melania and Ivanka. Ivanka and Melania left. Bush and Britain's Blair met.",
			[]tagged{{"Melania", P, 0}, {"Ivanka", corpus.FactLocation, 0}, {"Ivanka", O, 1}, {"Melania", P, 1}, {"Bush", P, 0}, {"Britain", corpus.FactLocation, 0}, {"Blair", P, 0}},
			[]wantFact{{"Melania", "Melania", P}, {"Ivanka", "Ivanka", P}, {"Ivanka", "Ivanka", P}, {"Melania", "Melania", P}, {"Bush", "Bush", P},
				{"Britain", "United Kingdom", corpus.FactLocation}, {"Blair", "Blair", P}},
		},
	})
}

func TestPersonsOfPlaces(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"poland", "czechoslovakia", "canada"}, GazCity: {"trinidad"}, GazFirstName: {"janos"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a person's full name, \"of\" and a country the tagger made an organization are the person and the place",
			"The ministers of Bronislaw Geremek of Poland and Janos Martonyi of Poland met. Geremek spoke. The Bank of Poland agreed. Janos Democratic Union of Poland won.",
			[]tagged{{"Bronislaw Geremek of Poland", O, 0}, {"Janos Martonyi of Poland", O, 0}, {"Geremek", P, 1}, {"Bank of Poland", O, 0}, {"Janos Democratic Union of Poland", O, 0}},
			[]wantFact{{"Bronislaw Geremek", "Bronislaw Geremek", P}, {"Poland", "Poland", L}, {"Janos Martonyi", "Janos Martonyi", P}, {"Poland", "Poland", L},
				{"Geremek", "Bronislaw Geremek", P}, {"Bank of Poland", "Bank of Poland", O}, {"Janos Democratic Union of Poland", "Janos Democratic Union of Poland", O}},
		},
		{
			"two words no list knows before of and a town are a person and the place, unless they read as an adjective and a noun",
			"Fredericks was second and Ato Boldon of Trinidad third. The Evangelical Fellowship of Canada met.",
			[]tagged{{"Fredericks", P, 0}, {"Ato Boldon of Trinidad", O, 0}, {"Evangelical Fellowship of Canada", O, 0}},
			[]wantFact{{"Fredericks", "Fredericks", P}, {"Ato Boldon", "Ato Boldon", P}, {"Trinidad", "Trinidad", L},
				{"Evangelical Fellowship of Canada", "Evangelical Fellowship of Canada", O}},
		},
	})
}

func TestCapitalTowns(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"abuja", "sequoia", "hidalgo"}, GazFirstName: {"anne"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a known town right after \"capital\" is the town; a fund after venture capital and a person stay",
			"They rallied in the capital, Abuja, to urge him. Crowds filled the capital Abuja. Venture capital Sequoia invested. The capital Anne Hidalgo runs grew.",
			[]tagged{{"Abuja", P, 0}, {"Sequoia", O, 0}, {"Anne Hidalgo", P, 0}},
			[]wantFact{{"Abuja", "Abuja", L}, {"Abuja", "Abuja", L}, {"Sequoia", "Sequoia", O}, {"Anne Hidalgo", "Anne Hidalgo", P}},
		},
	})
}

func TestBasedFirms(t *testing.T) {
	O := corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{GazRegion: {"california", "ohio"}, GazCity: {"tokyo", "london"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a company the tagger ran a place and -based into is cut to its name; the place stays untagged",
			"California-based Chiron Corp. rose. The London-based Amnesty International said so. Ohio-based Meridian fell. The Tokyo-based company said.",
			[]tagged{{"California-based Chiron Corp.", O, 0}, {"London-based Amnesty International", O, 0}, {"Meridian", O, 0}},
			[]wantFact{{"Chiron Corp.", "Chiron", O}, {"Amnesty International", "Amnesty International", O}, {"Meridian", "Meridian", O}},
		},
	})
}

func TestStatesOpeningNames(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a state's abbreviation after a town is cut off the name run into it across a sentence's end",
			"He was shot in his home in Buffalo, N.Y. Slepian provided abortions. Dr. N.Y. Smith spoke.",
			[]tagged{{"Buffalo", L, 0}, {"N.Y. Slepian", P, 0}, {"N.Y. Smith", P, 0}},
			[]wantFact{{"Buffalo", "Buffalo", L}, {"N.Y.", "New York", L}, {"Slepian", "Slepian", P}, {"N.Y. Smith", "N.Y. Smith", P}},
		},
	})
}

func TestJoinedPlaces(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"sri lanka"}, GazFirstName: {"john"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"two names the tagger cut apart that make a known place together are one place",
			"Sri Lanka closed schools. John Smith met Jane Doe.",
			[]tagged{{"Sri", corpus.FactPerson, 0}, {"Lanka", corpus.FactLocation, 0}, {"John Smith", corpus.FactPerson, 0}, {"Jane Doe", corpus.FactPerson, 0}},
			[]wantFact{{"Sri Lanka", "Sri Lanka", corpus.FactLocation}, {"John Smith", "John Smith", corpus.FactPerson}, {"Jane Doe", "Jane Doe", corpus.FactPerson}},
		},
		{
			"and so do the names of countries the list misses",
			"Poland and the Czech Republic joined NATO.",
			[]tagged{{"Poland", corpus.FactLocation, 0}, {"Czech", corpus.FactMisc, 0}, {"Republic", corpus.FactLocation, 0}, {"NATO", corpus.FactOrganization, 0}},
			[]wantFact{{"Poland", "Poland", corpus.FactLocation}, {"Czech Republic", "Czech Republic", corpus.FactLocation}, {"NATO", "NATO", corpus.FactOrganization}},
		},
		{
			"a country of the last century is a place where a person's kin is named",
			"Albright, a daughter of Czechoslovakia, fled.",
			[]tagged{{"Albright", corpus.FactPerson, 0}, {"Czechoslovakia", corpus.FactLocation, 0}},
			[]wantFact{{"Albright", "Albright", corpus.FactPerson}, {"Czechoslovakia", "Czechoslovakia", corpus.FactLocation}},
		},
	})
}

func TestCountyNames(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	checkResolveCases(t, nil, []resolveCase{
		{
			"an untagged county before an office or in prose is a place; a newspaper named after one stays",
			"Broward County Mayor Lamar Fisher spoke. The Orange County Register said so. Rain fell in Cook County.",
			[]tagged{{"Lamar Fisher", P, 0}, {"Orange County Register", O, 0}},
			[]wantFact{{"Broward County", "Broward County", corpus.FactLocation}, {"Lamar Fisher", "Lamar Fisher", P},
				{"Orange County Register", "Orange County Register", O}, {"Cook County", "Cook County", corpus.FactLocation}},
		},
	})
}

func TestCivicPlaces(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, nil, []resolveCase{
		{
			"a town whose council or police the text names is a place in every mention",
			"Aurora's crime rate rose. Officers are leaving the Aurora Police Department. Aurora breaks crimes down.",
			[]tagged{{"Aurora", P, 0}, {"Aurora Police Department", O, 0}, {"Aurora", P, 2}},
			[]wantFact{{"Aurora", "Aurora", L}, {"Aurora Police Department", "Aurora Police Department", O}, {"Aurora", "Aurora", L}},
		},
		{
			"a division's kind in lower case before of makes a place; in capitals it opens the name",
			"Crowds gathered in the province of Khyber Pukhtunkhwa. Police in the District of Columbia spoke.",
			[]tagged{{"Khyber Pukhtunkhwa", O, 0}, {"District of Columbia", L, 0}},
			[]wantFact{{"Khyber Pukhtunkhwa", "Khyber Pukhtunkhwa", L}, {"District of Columbia", "District of Columbia", L}},
		},
		{
			"the city of a name makes it a place, tagged or not; the mayor of one too",
			"The city of Coachella passed an ordinance. Coachella is the first. The mayor of Tal Afar spoke.",
			[]tagged{{"Coachella", O, 1}, {"Tal Afar", P, 0}},
			[]wantFact{{"Coachella", "Coachella", L}, {"Coachella", "Coachella", L}, {"Tal Afar", "Tal Afar", L}},
		},
		{
			"a person's surname, a body after the city and a day after the town stay",
			"George Washington spoke. The Washington Police Department said. Washington left. The city of New York Police said. He arrived in the town of Baiji Tuesday.",
			[]tagged{{"George Washington", P, 0}, {"Washington Police Department", O, 0}, {"Washington", P, 2}, {"New York Police", O, 0}},
			[]wantFact{{"George Washington", "George Washington", P}, {"Washington Police Department", "Washington Police Department", O},
				{"Washington", "George Washington", P}, {"New York Police", "New York Police", O}, {"Baiji", "Baiji", L}},
		},
	})
}

func TestUnknownPersonsIn(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazSurname: {"pelosi", "hemingway"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a person no list knows after in is a place; a known surname and a possessive stay",
			"She works at Al Aqsa Hospital in Deir al-Balah now. We trust in Pelosi. It is in Balah's novel.",
			[]tagged{{"Al Aqsa Hospital", O, 0}, {"Deir al-Balah", P, 0}, {"Pelosi", P, 0}, {"Balah", P, 1}},
			[]wantFact{{"Al Aqsa Hospital", "Al Aqsa Hospital", O}, {"Deir al-Balah", "Deir al-Balah", L}, {"Pelosi", "Pelosi", P}, {"Balah", "Balah", P}},
		},
	})
}

func TestConstituencies(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"the seat after a member's title and for is a place, over its connectors",
			"Chi Onwurah, the Labour MP for Newcastle Central, spoke. The MP for Bath and North East Somerset agreed.",
			[]tagged{{"Chi Onwurah", P, 0}, {"Labour", O, 0}, {"Newcastle Central", P, 0}, {"Bath", L, 0}},
			[]wantFact{{"Chi Onwurah", "Chi Onwurah", P}, {"Labour", "Labour", O}, {"Newcastle Central", "Newcastle Central", L},
				{"Bath and North East Somerset", "Bath and North East Somerset", L}},
		},
		{
			"a name reaching past the seat, or words in lower case, are left",
			"She chairs Friends of the MP for Ealing. He was MP for years.",
			[]tagged{{"Friends of the MP for Ealing", O, 0}},
			[]wantFact{{"Friends of the MP for Ealing", "Friends of the MP for Ealing", O}},
		},
	})
}

func TestTownsIn(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"florence", "denver", "moore", "hughes"}, GazFirstName: {"florence"}, GazSurname: {"moore", "hughes"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a lone known town after in is a place",
			"The hotel federation in Florence said masks were redundant.",
			[]tagged{{"Florence", P, 0}},
			[]wantFact{{"Florence", "Florence", L}},
		},
		{
			"a surname, a word of a person named in full or of an organization, or a possessive stays",
			"Florence Pugh starred. Critics in Florence praised her. Fans in Denver's bars cheered. A settlement in Moore came. " +
				"Rivals in Bart Simpson laughed. Bart Simpson left. GM Tech Labs rose; a stake in Tech fell.",
			[]tagged{{"Florence Pugh", P, 0}, {"Florence", P, 1}, {"Denver", P, 0}, {"Moore", P, 0},
				{"GM Tech Labs", O, 0}, {"Tech", P, 1}},
			[]wantFact{{"Florence Pugh", "Florence Pugh", P}, {"Florence", "Florence Pugh", P}, {"Denver", "Denver", P}, {"Moore", "Moore", P},
				{"GM Tech Labs", "GM Tech Labs", O}, {"Tech", "Tech", O}},
		},
	})
}

func TestNamesJoined(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"bosnia and herzegovina", "bosnia"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an organization or place over and is cut into the names the article tags alone",
			"The Sixers won. The Celtics lost. Then the Sixers and Celtics struggled. India spoke. Pakistan agreed. India and Pakistan met.",
			[]tagged{{"Sixers", O, 0}, {"Celtics", O, 0}, {"Sixers and Celtics", O, 0}, {"India", L, 0}, {"Pakistan", L, 0}, {"India and Pakistan", O, 0}},
			[]wantFact{{"Sixers", "Sixers", O}, {"Celtics", "Celtics", O}, {"Sixers", "Sixers", O}, {"Celtics", "Celtics", O},
				{"India", "India", L}, {"Pakistan", "Pakistan", L}, {"India", "India", L}, {"Pakistan", "Pakistan", L}},
		},
		{
			"a name known whole, or halves of other types or untagged alone, stay",
			"Bosnia voted. Herzegovina voted. Bosnia and Herzegovina joined. Marks fell. Marks and Spencer rose.",
			[]tagged{{"Bosnia", L, 0}, {"Herzegovina", L, 0}, {"Bosnia and Herzegovina", L, 0}, {"Marks", O, 0}, {"Marks and Spencer", O, 0}},
			[]wantFact{{"Bosnia", "Bosnia", L}, {"Herzegovina", "Herzegovina", L}, {"Bosnia and Herzegovina", "Bosnia and Herzegovina", L},
				{"Marks", "Marks", O}, {"Marks and Spencer", "Marks and Spencer", O}},
		},
	})
}

func TestMetonymPlaces(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, nil, []resolveCase{
		{
			"the streets news names for the power seated there are places; a longer name stays",
			"Wall Street ended higher. The Wall Street Journal said so. Sources on Capitol Hill agreed.",
			[]tagged{{"Wall Street Journal", O, 0}},
			[]wantFact{{"Wall Street", "Wall Street", L}, {"Wall Street Journal", "Wall Street Journal", O}, {"Capitol Hill", "Capitol Hill", L}},
		},
	})
}

func TestFromPlaceTo(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"leon", "salamanca"}, GazFirstName: {"leon"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a known town the tagger took for a person after from a place to is a place",
			"It was a 175 km run from Salamanca to Leon on Tuesday.",
			[]tagged{{"Salamanca", L, 0}, {"Leon", P, 0}},
			[]wantFact{{"Salamanca", "Salamanca", L}, {"Leon", "Leon", L}},
		},
		{
			"not from a person, nor to a longer name",
			"He wrote from Paris to Leon Smith. Letters from Bob to Leon came.",
			[]tagged{{"Paris", L, 0}, {"Leon Smith", P, 0}, {"Bob", P, 0}, {"Leon", P, 1}},
			[]wantFact{{"Paris", "Paris", L}, {"Leon Smith", "Leon Smith", P}, {"Bob", "Bob", P}, {"Leon", "Leon Smith", P}},
		},
	})
}

func TestCountryAcronyms(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"united arab emirates", "democratic republic of the congo", "kuwait"}, GazCompany: {"uae"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a country's acronym the tagger made an organization is the place; the UN and a longer name stay",
			"Hosts UAE play Kuwait. Rebels in eastern DRC fought. The UN agreed. UAE University opened.",
			[]tagged{{"UAE", O, 0}, {"Kuwait", L, 0}, {"DRC", O, 0}, {"UN", O, 0}, {"UAE University", O, 0}},
			[]wantFact{{"UAE", "United Arab Emirates", L}, {"Kuwait", "Kuwait", L}, {"DRC", "Democratic Republic of the Congo", L},
				{"UN", "United Nations", O}, {"UAE University", "UAE University", O}},
		},
	})
}
