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
			"a department named after an office and of is cut from its holder's name",
			"Secretary of Homeland Security Alejandro Mayorkas attended. Assistant Secretary of State for African Affairs Connie Newman came.",
			[]tagged{{"Homeland Security Alejandro Mayorkas", O, 0}, {"State for African Affairs Connie Newman", O, 0}},
			[]wantFact{{"Homeland Security", "Homeland Security", O}, {"Alejandro Mayorkas", "Alejandro Mayorkas", P},
				{"State for African Affairs", "State for African Affairs", O}, {"Connie Newman", "Connie Newman", P}},
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
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazFirstName: {"alejandro", "connie"}}), tests)

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

func TestTitledNames(t *testing.T) {
	P, L, O := corpus.FactPerson, corpus.FactLocation, corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{GazCommon: {"video", "classics", "sang"}, GazCompany: {"ford motor", "meiji"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an untagged surname after a title is a person, found again alone",
			"Unlike that of October, Mr. Comey's letter was read. Comey said nothing.",
			nil,
			[]wantFact{{"Comey", "Comey", P}, {"Comey", "Comey", P}},
		},
		{
			"a lower-case title and a regnal number",
			"It was a campaign by the Egyptian pharaoh Thutmose III. The emperor Caracalla came later.",
			nil,
			[]wantFact{{"Thutmose III", "Thutmose III", P}, {"Caracalla", "Caracalla", P}},
		},
		{
			"an untagged name after an office only a person holds, a hyphened given name whole",
			"Barclays grew as Chief Executive Venkatakrishnan pushed ahead. Foreign Minister Frank-Walter Steinmeier came. " +
				"Minister Ngarlejy Yorongar spoke. Education Secretary Cardona agreed.",
			[]tagged{{"Barclays", O, 0}},
			[]wantFact{{"Barclays", "Barclays", O}, {"Venkatakrishnan", "Venkatakrishnan", P}, {"Frank-Walter Steinmeier", "Frank-Walter Steinmeier", P},
				{"Ngarlejy Yorongar", "Ngarlejy Yorongar", P}, {"Cardona", "Cardona", P}},
		},
		{
			"a first word the tagger left out of a person after a title is the person's",
			"President Pan Gongsheng spoke. Vice Foreign Minister He Yafei agreed.",
			[]tagged{{"Gongsheng", P, 0}, {"Yafei", P, 0}},
			[]wantFact{{"Pan Gongsheng", "Pan Gongsheng", P}, {"He Yafei", "He Yafei", P}},
		},
		{
			"a Korean given name after an office whole, its first syllable a common word",
			"Finance Minister Choi Sang-mok met them.",
			nil,
			[]wantFact{{"Choi Sang-mok", "Choi Sang-mok", P}},
		},
		{
			"an office or title after the office is no name",
			"Chief Executive Officer pay rose. The Prime Minister Office said so. Secretary General Antonio Guterres spoke.",
			[]tagged{{"Antonio Guterres", P, 0}},
			[]wantFact{{"Antonio Guterres", "Antonio Guterres", P}},
		},
		{
			"a pronoun after an abbreviated title ending a sentence is no name",
			"The rebels opposed Hun Sen. He won anyway. Mrs. It spoke.",
			nil,
			nil,
		},
		{
			"a place the tagger gave the words after a title becomes a person",
			"He called Ms. Hill to apologise.",
			[]tagged{{"Hill", L, 0}},
			[]wantFact{{"Hill", "Hill", P}},
		},
		{
			"an administrative division ends a place's name, whatever the tagger said",
			"The left bank is situated in Ukraine (Odessa Oblast).",
			[]tagged{{"Ukraine", corpus.FactLocation, 0}, {"Odessa Oblast", P, 0}},
			[]wantFact{{"Ukraine", "Ukraine", corpus.FactLocation}, {"Odessa Oblast", "Odessa Oblast", corpus.FactLocation}},
		},
		{
			"a club's abbreviation ends an organization's name, whatever the tagger said",
			"Home of Aris F.C. and Bolton FC.",
			[]tagged{{"Aris F.C.", corpus.FactLocation, 0}, {"Bolton FC", P, 0}},
			[]wantFact{{"Aris F.C.", "Aris F.C.", corpus.FactOrganization}, {"Bolton FC", "Bolton FC", corpus.FactOrganization}},
		},
		{
			"Brothers and Assembly end organizations, never persons",
			"The Fed refused to bail out Lehman Brothers. The St. Thomas Assembly plant closed.",
			[]tagged{{"Fed", O, 0}, {"Lehman Brothers", P, 0}, {"Thomas Assembly", P, 0}},
			[]wantFact{{"Fed", "Federal Reserve", O}, {"Lehman Brothers", "Lehman Brothers", O}, {"Thomas Assembly", "Thomas Assembly", O}},
		},
		{
			"a parish, village or township ends a place's name",
			"Both Hanved Parish and Greenwich Village grew.",
			[]tagged{{"Hanved Parish", P, 0}, {"Greenwich Village", P, 0}},
			[]wantFact{{"Hanved Parish", "Hanved Parish", corpus.FactLocation}, {"Greenwich Village", "Greenwich Village", corpus.FactLocation}},
		},
		{
			"an organization the tagger gave the words after a title is the person, though the company list knows it",
			"Since Emperor Meiji, eras have one name.",
			[]tagged{{"Meiji", O, 0}},
			[]wantFact{{"Meiji", "Meiji", P}},
		},
		{
			"common words after the first end the name",
			"In 1992, he narrated Dr. Seuss Video Classics: Horton Hatches the Egg.",
			nil,
			[]wantFact{{"Seuss", "Seuss", P}},
		},
		{
			"a title in capitals is none: DR Congo is the country",
			"DR Congo health minister confirms cases.",
			[]tagged{{"DR Congo", L, 0}},
			[]wantFact{{"DR Congo", "DR Congo", L}},
		},
		{
			"a day ends the name",
			"Mr. Ban Wednesday said he received a letter.",
			nil,
			[]wantFact{{"Ban", "Ban", P}},
		},
		{
			"Dr inside a capitalised run is a drive",
			"I called Garage Doors Dr Services yesterday.",
			nil,
			nil,
		},
		{
			"Prof without a stop is a title; a particle joined by a hyphen stays in the name",
			"However Prof Lewin said the response was right. Egyptian President Abdel-Fattah el-Sissi spoke.",
			[]tagged{{"Prof Lewin", P, 0}, {"Egyptian", corpus.FactMisc, 0}, {"Abdel-Fattah el-Sissi", O, 0}},
			[]wantFact{{"Lewin", "Lewin", P}, {"Egyptian", "Egyptian", corpus.FactMisc}, {"Abdel-Fattah el-Sissi", "Abdel-Fattah el-Sissi", P}},
		},
		{
			"a title a name covers is left to it; organizations stay",
			"Sir Alex Ferguson met the staff of Mr. Ford Motor.",
			[]tagged{{"Sir Alex Ferguson", P, 0}, {"Ford Motor", O, 0}},
			[]wantFact{{"Alex Ferguson", "Alex Ferguson", P}, {"Ford Motor", "Ford Motor", O}},
		},
	})
}

func TestTitledOrganizations(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazCompany: {"deep purple"}, GazCity: {"paris"}, GazCommon: {"will"}, GazCountry: {"serbia"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a name after a role in lower case is a person, without its title",
			"Kenyan opposition leader Raila Odinga spoke. The military commander General Ratko Mladic hid.",
			[]tagged{{"Kenyan", M, 0}, {"Raila Odinga", O, 0}, {"General Ratko Mladic", O, 0}},
			[]wantFact{{"Kenyan", "Kenyan", M}, {"Raila Odinga", "Raila Odinga", P}, {"Ratko Mladic", "Ratko Mladic", P}},
		},
		{
			"a title opening an organization the tagger made of a person's name is cut; a body after a title stays",
			"Nancy Pelosi spoke. We trust Speaker Pelosi. The Supreme Court ruled. Speaker Paris said.",
			[]tagged{{"Nancy Pelosi", P, 0}, {"Speaker Pelosi", O, 0}, {"Supreme Court", O, 0}, {"Speaker Paris", O, 0}},
			[]wantFact{{"Nancy Pelosi", "Nancy Pelosi", P}, {"Pelosi", "Nancy Pelosi", P}, {"Supreme Court", "Supreme Court", O},
				{"Speaker Paris", "Speaker Paris", O}},
		},
		{
			"a military rank opening an organization is cut only before a person the article names in full",
			"Supporters of Sani Abacha rallied. General Abacha said nothing. General Mills rose.",
			[]tagged{{"Sani Abacha", P, 0}, {"General Abacha", O, 0}, {"General Mills", O, 0}},
			[]wantFact{{"Sani Abacha", "Sani Abacha", P}, {"Abacha", "Sani Abacha", P}, {"General Mills", "General Mills", O}},
		},
		{
			"a name with a particle inside that the tagger called misc after a role is a person",
			"The UN special envoy Staffan de Mistura faced criticism.",
			[]tagged{{"UN", O, 0}, {"Staffan de Mistura", M, 0}},
			[]wantFact{{"UN", "United Nations", O}, {"Staffan de Mistura", "Staffan de Mistura", P}},
		},
		{
			"an occupation before a name is a role",
			"Vietnam's richest woman, property tycoon Truong My Lan, lost her appeal.",
			[]tagged{{"Truong My Lan", M, 0}},
			[]wantFact{{"Truong My Lan", "Truong My Lan", P}},
		},
		{
			"a misc name after a role is a person; a nationality or a model is not",
			"He wept with coach Goran Ivanisevic. The coach Serbian said no. The minister Airbus A380 flew.",
			[]tagged{{"Goran Ivanisevic", M, 0}, {"Serbian", M, 0}, {"Airbus A380", M, 0}},
			[]wantFact{{"Goran Ivanisevic", "Goran Ivanisevic", P}, {"Serbian", "Serbian", M}, {"Airbus A380", "Airbus A380", M}},
		},
		{
			"known companies, institutions and other words before a name stay",
			"He was leader Deep Purple. The former Canadian Alliance met the party leader Socialist Party.",
			[]tagged{{"Deep Purple", O, 0}, {"Canadian Alliance", O, 0}, {"Socialist Party", O, 0}},
			[]wantFact{{"Deep Purple", "Deep Purple", O}, {"Canadian Alliance", "Canadian Alliance", O}, {"Socialist Party", "Socialist Party", O}},
		},
		{
			"four words after a role are a person",
			"The military detained opposition leader Aung San Suu Kyi again.",
			[]tagged{{"Aung San Suu Kyi", L, 0}},
			[]wantFact{{"Aung San Suu Kyi", "Aung San Suu Kyi", P}},
		},
		{
			"a name after a kin noun and of is a person; nationalities, titles and known places stay",
			"Mishima was a direct descendant of Tokugawa Ieyasu. She is the daughter of Jacques Necker. The widow of Jamaican-born Lindsay and the brother of Vice President Mehdi met the son of Paris.",
			[]tagged{{"Mishima", P, 0}, {"Tokugawa Ieyasu", L, 0}, {"Lindsay", P, 0}, {"Mehdi", P, 0}},
			[]wantFact{{"Mishima", "Mishima", P}, {"Tokugawa Ieyasu", "Tokugawa Ieyasu", P}, {"Jacques Necker", "Jacques Necker", P},
				{"Lindsay", "Lindsay", P}, {"Mehdi", "Mehdi", P}},
		},
		{
			"a name after a kin word is a person",
			"He supported his friend Francisco Franco. She wept with her late husband Umalat Magomedov.",
			[]tagged{{"Francisco Franco", L, 0}, {"Umalat Magomedov", O, 0}},
			[]wantFact{{"Francisco Franco", "Francisco Franco", P}, {"Umalat Magomedov", "Umalat Magomedov", P}},
		},
		{
			"untagged words after a kin word are a person; common words, places and a friend hailing a sign stay",
			"When their daughter Cecily married, his nephew Rastiz who led came. His brother Paris came. Wait, friend Libra, and the son Will.",
			nil,
			[]wantFact{{"Cecily", "Cecily", P}, {"Rastiz", "Rastiz", P}},
		},
		{
			"a single word after a role is a person; an acronym there stays",
			"Darius's highly regarded commander Megabazus marched. The party leader ANC spoke.",
			[]tagged{{"Darius", P, 0}, {"Megabazus", O, 0}, {"ANC", O, 0}},
			[]wantFact{{"Darius", "Darius", P}, {"Megabazus", "Megabazus", P}, {"ANC", "ANC", O}},
		},
	})
}

func TestReflexivePersons(t *testing.T) {
	P, L, M := corpus.FactPerson, corpus.FactLocation, corpus.FactMisc
	checkResolveCases(t, nil, []resolveCase{
		{
			"a name himself or herself, or a possessive and a kin word, follows is a person, without its title",
			"The film shows food. Wintour herself appears briefly. Then Mandl himself spoke. The son of Ambassador Samir Sumaidaie's cousin died.",
			[]tagged{{"Mandl", L, 0}, {"Ambassador Samir Sumaidaie", corpus.FactOrganization, 0}},
			[]wantFact{{"Wintour", "Wintour", P}, {"Mandl", "Mandl", P}, {"Samir Sumaidaie", "Samir Sumaidaie", P}},
		},
		{
			"a gerund and a work stay",
			"Cloaking himself in a flag, he wrote the Chanson des Chetifs himself.",
			[]tagged{{"Chanson des Chetifs", M, 0}},
			[]wantFact{{"Chanson des Chetifs", "Chanson des Chetifs", M}},
		},
	})
}

func TestHyphenedOffices(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a name after Secretary-General is a person's, hyphenated parts and all",
			"UN Secretary-General Ban Ki-moon said so. General Motors agreed.",
			[]tagged{{"UN", O, 0}, {"General Motors", O, 0}},
			[]wantFact{{"UN", "United Nations", O}, {"Ban Ki-moon", "Ban Ki-moon", P}, {"General Motors", "General Motors", O}},
		},
	})
}

func TestTitledRuns(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{
		GazFirstName: {"alexandre", "elizabeth", "tomohito", "dennis", "abdul"},
		GazCommon:    {"hospital", "suspected", "range"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an office before a given name and more is a person's, without the office",
			"The court sent it to Justice Alexandre de Moraes today. Representative Dennis Kucinich spoke.",
			[]tagged{{"Justice Alexandre de Moraes", O, 0}, {"Representative Dennis Kucinich", O, 0}},
			[]wantFact{{"Alexandre de Moraes", "Alexandre de Moraes", P}, {"Dennis Kucinich", "Dennis Kucinich", P}},
		},
		{
			"a royal title opens a person only before name words: not a hospital, a range or a name run on",
			"Queen Elizabeth Hospital opened. Prince Tomohito of Mikasa spoke. The Queen Alexandra Range rose. " +
				"Mullah Abdul Fayaz Suspected militants fled.",
			[]tagged{{"Queen Elizabeth Hospital", O, 0}, {"Prince Tomohito of Mikasa", L, 0}, {"Queen Alexandra Range", L, 0},
				{"Mullah Abdul Fayaz Suspected", O, 0}},
			[]wantFact{{"Queen Elizabeth Hospital", "Queen Elizabeth Hospital", O}, {"Tomohito of Mikasa", "Tomohito of Mikasa", P},
				{"Queen Alexandra Range", "Queen Alexandra Range", L}, {"Mullah Abdul Fayaz Suspected", "Mullah Abdul Fayaz Suspected", O}},
		},
	})
}
