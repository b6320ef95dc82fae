package entity

import (
	"testing"

	"tidings/corpus"
)

func TestInstitutions(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"US", "Netherlands"}, GazRegion: {"West Bank", "Ontario"}, GazCity: {"Louisville", "Dearborn"}, GazFirstName: {"Margaret", "Davis", "Yasser", "Morgan", "Henry", "Royal"}, GazCompany: {"Morgan Stanley"}, GazCommon: {"slate"}})
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	tests := []resolveCase{
		{
			"place headed by a school is an organization",
			"She studied at Glasgow School of Art in 1990.",
			[]tagged{{"Glasgow School of Art", L, 0}},
			[]wantFact{{"Glasgow School of Art", "Glasgow School of Art", O}},
		},
		{
			"person headed by an administration is an organization",
			"The Davis Administration wants more.",
			[]tagged{{"Davis Administration", P, 0}},
			[]wantFact{{"Davis Administration", "Davis Administration", O}},
		},
		{
			"places headed by an orchestra or a club are organizations",
			"The Halle Orchestra played for the Paris Club.",
			[]tagged{{"Halle Orchestra", L, 0}, {"Paris Club", L, 0}},
			[]wantFact{{"Halle Orchestra", "Halle Orchestra", O}, {"Paris Club", "Paris Club", O}},
		},
		{
			"bank that is no known place is an organization",
			"Shares in Lloyds Bank rose.",
			[]tagged{{"Lloyds Bank", L, 0}},
			[]wantFact{{"Lloyds Bank", "Lloyds Bank", O}},
		},
		{
			"bank that is a known place stays a place",
			"Troops entered the West Bank today.",
			[]tagged{{"West Bank", L, 0}},
			[]wantFact{{"West Bank", "West Bank", L}},
		},
		{
			"untagged capitalised run ending in a strong head is an organization",
			"He criticised the World Trade Organization on Monday. The Federal Police report was sent. Britain's Competition and Markets Authority cleared it. The Authority agreed.",
			nil,
			[]wantFact{{"World Trade Organization", "World Trade Organization", O}, {"Federal Police", "Federal Police", O},
				{"Britain", "United Kingdom", L}, {"Competition and Markets Authority", "Competition and Markets Authority", O}},
		},
		{
			"leading article is not part of the untagged organization",
			"The World Health Organization's chief spoke.",
			nil,
			[]wantFact{{"World Health Organization", "World Health Organization", O}},
		},
		{
			"single capitalised head word is no organization",
			"Ministry officials agreed. The Commission met.",
			nil,
			nil,
		},
		{
			"run without a strong head stays untagged",
			"They met at Heritage Office on Monday.",
			nil,
			nil,
		},
		{
			"organization is cut at and after an institution head",
			"The Supreme Court and Congress had not acted.",
			[]tagged{{"Supreme Court and Congress", O, 0}},
			[]wantFact{{"Supreme Court", "Supreme Court", O}, {"Congress", "Congress", O}},
		},
		{
			"a plant of a known town is the plant and the town; a legislative assembly of a province is one",
			"Affected: Louisville Assembly of Louisville, River Rouge Plant of Dearborn and the Legislative Assembly of Ontario.",
			[]tagged{{"Louisville Assembly of Louisville", O, 0}, {"River Rouge Plant of Dearborn", O, 0}, {"Legislative Assembly of Ontario", O, 0}},
			[]wantFact{{"Louisville Assembly", "Louisville Assembly", O}, {"Louisville", "Louisville", L}, {"River Rouge Plant", "River Rouge Plant", O},
				{"Dearborn", "Dearborn", L}, {"Legislative Assembly of Ontario", "Legislative Assembly of Ontario", O}},
		},
		{
			"organization is cut at and after a bank",
			"Dresdner Bank and Commerzbank lost money.",
			[]tagged{{"Dresdner Bank and Commerzbank", O, 0}},
			[]wantFact{{"Dresdner Bank", "Dresdner Bank", O}, {"Commerzbank", "Commerzbank", O}},
		},
		{
			"a place ending in bank is not cut",
			"The West Bank and Gaza Strip were sealed.",
			[]tagged{{"West Bank and Gaza Strip", O, 0}},
			[]wantFact{{"West Bank and Gaza Strip", "West Bank and Gaza Strip", O}},
		},
		{
			"bank and trust is one name",
			"First Bank and Trust lent money.",
			[]tagged{{"First Bank and Trust", O, 0}},
			[]wantFact{{"First Bank and Trust", "First Bank and Trust", O}},
		},
		{
			"and inside one institution's name does not cut",
			"The Securities and Exchange Commission said so.",
			[]tagged{{"Securities and Exchange Commission", O, 0}},
			[]wantFact{{"Securities and Exchange Commission", "Securities and Exchange Commission", O}},
		},
		{
			"given name and a head word is a person",
			"Margaret Court won the title.",
			[]tagged{{"Margaret Court", P, 0}},
			[]wantFact{{"Margaret Court", "Margaret Court", P}},
		},
		{
			"organization after of the is widened to its strong head",
			"Oil rose after the Organization of the Petroleum Exporting Countries met.",
			[]tagged{{"Petroleum Exporting Countries", O, 0}},
			[]wantFact{{"Organization of the Petroleum Exporting Countries", "Organization of the Petroleum Exporting Countries", O}},
		},
		{
			"place after of is widened to the institution",
			"She taught at the University of Texas for years.",
			[]tagged{{"Texas", L, 0}},
			[]wantFact{{"University of Texas", "University of Texas", O}},
		},
		{
			"partners' names strung with commas and & are one firm",
			"Dana Whitfield of Gibson, Dunn & Crutcher spoke. Skadden, Arps, Slate, Meagher & Flom advised.",
			[]tagged{{"Dana Whitfield", P, 0}, {"Gibson", P, 0}, {"Dunn", P, 0}, {"Crutcher", P, 0}, {"Arps", P, 0}},
			[]wantFact{{"Dana Whitfield", "Dana Whitfield", P}, {"Gibson, Dunn & Crutcher", "Gibson, Dunn & Crutcher", O}, {"Skadden, Arps, Slate, Meagher & Flom", "Skadden, Arps, Slate, Meagher & Flom", O}},
		},
		{
			"places, longer names and persons named in full stay",
			"It rained in Lismore, Ballina, Clarence & Tweed. Bands: Deep Purple, Eagles, Emerson, Lake & Palmer. Donald Trump won; Trump, Biden & Harris met.",
			[]tagged{{"Lismore", L, 0}, {"Ballina", L, 0}, {"Clarence", L, 0}, {"Deep Purple", O, 0}, {"Eagles", O, 0}, {"Emerson, Lake & Palmer", O, 0}, {"Donald Trump", P, 0}, {"Trump", P, 1}, {"Biden", P, 0}, {"Harris", P, 0}},
			[]wantFact{{"Lismore", "Lismore", L}, {"Ballina", "Ballina", L}, {"Clarence", "Clarence", L}, {"Deep Purple", "Deep Purple", O}, {"Eagles", "Eagles", O},
				{"Emerson, Lake & Palmer", "Emerson, Lake & Palmer", O}, {"Donald Trump", "Donald Trump", P}, {"Trump", "Donald Trump", P}, {"Biden", "Biden", P}, {"Harris", "Harris", P}},
		},
		{
			"a name joined by & or and to an institution's front is part of it",
			"The Bill & Melinda Gates Foundation gave. The Hostages and Missing Families Forum spoke. The Food and Drug Administration agreed.",
			[]tagged{{"Bill", P, 0}, {"Melinda Gates Foundation", O, 0}, {"Missing Families Forum", O, 0}, {"Drug Administration", O, 0}},
			[]wantFact{{"Bill & Melinda Gates Foundation", "Bill & Melinda Gates Foundation", O}, {"Hostages and Missing Families Forum", "Hostages and Missing Families Forum", O},
				{"Food and Drug Administration", "Food and Drug Administration", O}},
		},
		{
			"not over a tagged name, an institution, an office or a nationality",
			"Google and Microsoft Research met. Zorbex International and Human Rights Watch spoke. The Prime Minister and EU Commission met.",
			[]tagged{{"Google", O, 0}, {"Microsoft Research", O, 0}, {"Human Rights Watch", O, 0}, {"EU Commission", O, 0}},
			[]wantFact{{"Google", "Google", O}, {"Microsoft Research", "Microsoft Research", O}, {"Human Rights Watch", "Human Rights Watch", O}, {"EU Commission", "EU Commission", O}},
		},
		{
			"an untagged name between the article and union is the union; a tagged run or a nationality stays",
			"The Unite union said so. The Solidarity labor union grew. The European union met.",
			nil,
			[]wantFact{{"Unite", "Unite", O}},
		},
		{
			"a body's remit after on completes its name",
			"The Kenya National Commission on Human Rights and Amnesty International spoke. The Council on American-Islamic Relations and the UN Office on Drugs and Crime agreed. The Intergovernmental Authority on Development met.",
			[]tagged{{"Kenya National Commission", O, 0}, {"Human Rights", O, 0}, {"Amnesty International", O, 0}, {"Council", O, 0}, {"American-Islamic Relations", O, 0}, {"UN Office", O, 0},
				{"Intergovernmental Authority", O, 0}},
			[]wantFact{{"Kenya National Commission on Human Rights", "Kenya National Commission on Human Rights", O}, {"Amnesty International", "Amnesty International", O},
				{"Council on American-Islamic Relations", "Council on American-Islamic Relations", O}, {"UN Office on Drugs and Crime", "UN Office on Drugs and Crime", O},
				{"Intergovernmental Authority on Development", "Intergovernmental Authority on Development", O}},
		},
		{
			"no remit is a day, a country or another organization's name after of the",
			"The Senate Committee on Monday met the Committee on US Relations. The Commission on Human Rights of the Organization of American States spoke.",
			[]tagged{{"Senate Committee", O, 0}, {"Monday", M, 0}, {"Committee", O, 1}, {"US", L, 0}, {"Commission", O, 0}, {"Human Rights of the Organization of American States", O, 0}},
			[]wantFact{{"Senate Committee", "Senate Committee", O}, {"Monday", "Monday", M}, {"Committee", "Committee", O}, {"US", "United States", L},
				{"Commission on Human Rights", "Commission on Human Rights", O}, {"Organization of American States", "Organization of American States", O}},
		},
		{
			"organization after a weak head stays apart",
			"BCSWomen is a Specialist Group of the British Computer Society.",
			[]tagged{{"British Computer Society", O, 0}},
			[]wantFact{{"British Computer Society", "British Computer Society", O}},
		},
		{
			"place after a lower-case head stays a place",
			"The university of Texas alumni met.",
			[]tagged{{"Texas", L, 0}},
			[]wantFact{{"Texas", "Texas", L}},
		},
		{
			"full name of a surname tagged alone as a person is a person",
			"Yasser Arafat died. Arafat was 75.",
			[]tagged{{"Yasser Arafat", O, 0}, {"Arafat", P, 1}},
			[]wantFact{{"Yasser Arafat", "Yasser Arafat", P}, {"Arafat", "Yasser Arafat", P}},
		},
		{
			"a relative's full name vouches for an organization named like a person; a place and a known company stay",
			"Mukesh Ambani, Asia's richest man, spoke. His daughter Isha Ambani runs it. Suntory Hall hosted Arsenio Hall. Jio Platforms grew.",
			[]tagged{{"Mukesh Ambani", O, 0}, {"Isha Ambani", P, 0}, {"Suntory Hall", L, 0}, {"Arsenio Hall", P, 0}, {"Jio Platforms", L, 0}},
			[]wantFact{{"Mukesh Ambani", "Mukesh Ambani", P}, {"Isha Ambani", "Isha Ambani", P}, {"Suntory Hall", "Suntory Hall", L},
				{"Arsenio Hall", "Arsenio Hall", P}, {"Jio Platforms", "Jio Platforms", O}},
		},
		{
			"a place headed by an organization's word before of is the organization; a state stays",
			"It is operated by the State Railway of Thailand. It left the Union of South Africa.",
			[]tagged{{"State Railway of Thailand", L, 0}, {"Union of South Africa", L, 0}},
			[]wantFact{{"State Railway of Thailand", "State Railway of Thailand", O}, {"Union of South Africa", "Union of South Africa", L}},
		},
		{
			"known company named like a person stays a company",
			"Morgan Stanley advised. Stanley said no.",
			[]tagged{{"Morgan Stanley", O, 0}, {"Stanley", P, 1}},
			[]wantFact{{"Morgan Stanley", "Morgan Stanley", O}, {"Stanley", "Stanley", P}},
		},
		{
			"a name with a nationality inside stays as tagged",
			"Royal Dutch Pellt grew. Pellt said so.",
			[]tagged{{"Royal Dutch Pellt", O, 0}, {"Pellt", P, 1}},
			[]wantFact{{"Royal Dutch Pellt", "Royal Dutch Pellt", O}, {"Pellt", "Pellt", P}},
		},
		{
			"company with a company word stays a company",
			"Henry Motors grew. Motors said so.",
			[]tagged{{"Henry Motors", O, 0}, {"Motors", P, 1}},
			[]wantFact{{"Henry Motors", "Henry Motors", O}, {"Motors", "Motors", P}},
		},
		{
			"place headed by a center stays a place",
			"It is right by Moscone Convention Center downtown.",
			[]tagged{{"Moscone Convention Center", L, 0}},
			[]wantFact{{"Moscone Convention Center", "Moscone Convention Center", L}},
		},
		{
			"place not headed by an institution stays a place",
			"They moved to New South Wales last year.",
			[]tagged{{"New South Wales", L, 0}},
			[]wantFact{{"New South Wales", "New South Wales", L}},
		},
		{
			"nationality joins the organization after it",
			"He said the Iraqi Islamic Party agreed.",
			[]tagged{{"Iraqi", M, 0}, {"Islamic Party", O, 0}},
			[]wantFact{{"Iraqi Islamic Party", "Iraqi Islamic Party", O}},
		},
		{
			"an event with words in lower case does not join the party after it",
			"In the 2019 Australian federal election Socialist Alternative campaigned.",
			[]tagged{{"2019 Australian federal election", M, 0}, {"Socialist Alternative", O, 0}},
			[]wantFact{{"Australian federal election", "Australian federal election", M}, {"Socialist Alternative", "Socialist Alternative", O}},
		},
		{
			"place joins capitalised words ending in an institution head",
			"The US National Hurricane Center said so.",
			[]tagged{{"US", L, 0}},
			[]wantFact{{"US National Hurricane Center", "U.S. National Hurricane Center", O}},
		},
		{
			"place before a comma does not join",
			"In the US, Islamic Party members met.",
			[]tagged{{"US", L, 0}, {"Islamic Party", O, 0}},
			[]wantFact{{"US", "United States", L}, {"Islamic Party", "Islamic Party", O}},
		},
		{
			"nationality before a lower-case word stays misc",
			"The Iraqi army advanced.",
			[]tagged{{"Iraqi", M, 0}},
			[]wantFact{{"Iraqi", "Iraqi", M}},
		},
		{
			"capitalised words without an institution head do not join",
			"The US Golf Tournament began.",
			[]tagged{{"US", L, 0}},
			[]wantFact{{"US", "United States", L}},
		},
	}
	checkResolveCases(t, gaz, tests)
}

func TestCompanyRuns(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{
		GazCompany: {"Best Buy", "John Deere", "Hong Kong Land", "Apple"}, GazFirstName: {"John"}, GazCity: {"Hong Kong Land"},
	})
	P, O := corpus.FactPerson, corpus.FactOrganization
	tests := []resolveCase{
		{
			"untagged known company is an organization",
			"It passed retailer Best Buy last year.",
			nil,
			[]wantFact{{"Best Buy", "Best Buy", O}},
		},
		{
			"an untagged known company takes its & Co",
			"Best Buy & Co reported a profit.",
			nil,
			[]wantFact{{"Best Buy & Co", "Best Buy", O}},
		},
		{
			"run longer than the company is left alone",
			"It passed Best Buy Mobile last year.",
			nil,
			nil,
		},
		{
			"company opening with a given name is left alone",
			"He met John Deere there.",
			nil,
			nil,
		},
		{
			"company that is a place is left alone",
			"They went to Hong Kong Land today.",
			nil,
			nil,
		},
		{
			"single word is left to the tagger",
			"Apple rose.",
			nil,
			nil,
		},
		{
			"tagged person is left to the company rules",
			"It passed Best Buy last year.",
			[]tagged{{"Best Buy", P, 0}},
			[]wantFact{{"Best Buy", "Best Buy", O}},
		},
	}
	checkResolveCases(t, gaz, tests)
}

func TestEventHeadsAfterJoin(t *testing.T) {
	O, M := corpus.FactOrganization, corpus.FactMisc
	checkResolveCases(t, nil, []resolveCase{
		{
			"a nationality joined to an event head is the event",
			"Seles, who won the Australian Open in January, played the Toshiba Classic.",
			[]tagged{{"Australian", M, 0}, {"Open", O, 0}, {"Toshiba Classic", O, 0}},
			[]wantFact{{"Australian Open", "Australian Open", M}, {"Toshiba Classic", "Toshiba Classic", M}},
		},
		{
			"a place joined to a place head is the place; its acronym's expansion headed by an institution is an organization",
			"Kidnappings are frequent in the oil-rich Niger Delta. The Movement for the Emancipation of the Niger Delta (MEND) denied it.",
			[]tagged{{"Niger", corpus.FactLocation, 0}, {"Delta", O, 0}, {"Niger", corpus.FactLocation, 1}, {"Delta", O, 1}},
			[]wantFact{{"Niger Delta", "Niger Delta", corpus.FactLocation},
				{"Movement for the Emancipation of the Niger Delta", "Movement for the Emancipation of the Niger Delta", O},
				{"MEND", "Movement for the Emancipation of the Niger Delta", O}},
		},
	})
}

func TestJihadHeadsOrganizations(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a name ending in Jihad is a group",
			"Islamic Jihad has refused the truce.",
			[]tagged{{"Islamic Jihad", L, 0}},
			[]wantFact{{"Islamic Jihad", "Islamic Jihad", O}},
		},
	})
}

func TestDropGenericInstitutions(t *testing.T) {
	O := corpus.FactOrganization
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"an institution's kind alone is no name",
			"It would be wrong for the Bank to speak. The Lord President of the Council came.",
			[]tagged{{"Bank", O, 0}, {"Council", O, 0}},
			nil,
		},
		{
			"the short form of an institution the document names stays, as do the Senate and the Army",
			"The U.N. Security Council met. The Council voted. The Senate and the Army agreed.",
			[]tagged{{"U.N. Security Council", O, 0}, {"Council", O, 1}, {"Senate", O, 0}, {"Army", O, 0}},
			[]wantFact{{"U.N. Security Council", "U.N. Security Council", O}, {"Council", "U.N. Security Council", O},
				{"Senate", "Senate", O}, {"Army", "Army", O}},
		},
	})
}

func TestAcronymBranches(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"bhubaneswar", "crowley", "scott"}, GazFirstName: {"scott"}, GazSurname: {"crowley"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an acronym before a town is the institution's branch, and the town alone stays a place",
			"He was admitted to AIIMS Bhubaneswar on Monday. Bhubaneswar reported a death.",
			[]tagged{{"AIIMS Bhubaneswar", P, 0}, {"Bhubaneswar", L, 1}},
			[]wantFact{{"AIIMS Bhubaneswar", "AIIMS Bhubaneswar", O}, {"Bhubaneswar", "Bhubaneswar", L}},
		},
		{
			"initials and towns that are names too stay persons",
			"Spokesman P.J. Crowley said so. The ship HMS Scott sailed.",
			[]tagged{{"P.J. Crowley", P, 0}, {"HMS Scott", P, 0}},
			[]wantFact{{"P.J. Crowley", "P.J. Crowley", P}, {"HMS Scott", "HMS Scott", P}},
		},
	})
}

func TestKindAcronyms(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"us"}, GazCommon: {"christmas", "liberal"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an untagged acronym before a body's kind in lower case is an organization",
			"The headquarters of the moderate CFDT union was invaded. Then the ELN rebels attacked. Netanyahu's Likud party won. The CGT and FO unions signed. It was certified by spy agency GCHQ.",
			nil,
			[]wantFact{{"CFDT", "CFDT", O}, {"ELN", "ELN", O}, {"Likud", "Likud", O}, {"CGT", "CGT", O}, {"FO", "FO", O}, {"GCHQ", "GCHQ", O}},
		},
		{
			"places, trades and a longer name stay",
			"An AI group and the US party met. The ruling Zanu-PF party won. The Christmas party began. Liberal party members left. The group AI Labs spoke.",
			[]tagged{{"US", L, 0}},
			[]wantFact{{"US", "United States", L}},
		},
	})
}

func TestFirmsWithComma(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	checkResolveCases(t, nil, []resolveCase{
		{
			"two names a comma parts that a known firm spells whole are the firm",
			"said Dan Benton , an analyst at Goldman , Sachs & Co . Officials from Goldman , Merrill Lynch met.",
			[]tagged{{"Dan Benton", P, 0}, {"Goldman", O, 0}, {"Sachs & Co", O, 0}, {"Goldman", O, 1}, {"Merrill Lynch", O, 0}},
			[]wantFact{{"Dan Benton", "Dan Benton", P}, {"Goldman , Sachs & Co", "Goldman Sachs", O}, {"Goldman", "Goldman", O}, {"Merrill Lynch", "Merrill Lynch", O}},
		},
	})
}
