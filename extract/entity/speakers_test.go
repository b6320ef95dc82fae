package entity

import (
	"testing"

	"tidings/corpus"
)

func TestSpeakers(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{
		GazCommon:  {"police", "officials"},
		GazCompany: {"sandoz"},
		GazCity:    {"paris"},
		GazSurname: {"kowalski", "octel"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a quoted speaker before the verb",
			`"Some men get it," Leive said in a recent interview.`,
			nil,
			[]wantFact{{"Leive", "Leive", P}},
		},
		{
			"a speaker after a verb closing the quote",
			`"Did you notice this?" says Pall. "We think transit can help," said Joe Sternlieb, president of the group.`,
			nil,
			[]wantFact{{"Pall", "Pall", P}, {"Joe Sternlieb", "Joe Sternlieb", P}},
		},
		{
			"a speaker opening a sentence: a known surname, or two words",
			"Kowalski said on Monday the team was ready. Guus Hiddink said so too.",
			nil,
			[]wantFact{{"Kowalski", "Kowalski", P}, {"Guus Hiddink", "Guus Hiddink", P}},
		},
		{
			"a company of the document speaks as itself",
			"Hewlett-Packard holds Octel Communications Corp. shares. Octel said the purchase was expected.",
			[]tagged{{"Hewlett-Packard", O, 0}, {"Octel Communications Corp.", O, 0}},
			[]wantFact{{"Hewlett-Packard", "Hewlett-Packard", O}, {"Octel Communications Corp.", "Octel Communications", O}},
		},
		{
			"a single unknown word opening a sentence may be a plural noun",
			"Authorities said the fire had spread. Witnesses said they heard it. Hiddink said so.",
			nil,
			nil,
		},
		{
			"a determiner opens no speaker, nor does a word glued to the one before",
			`"Do not blame me," the Housedog replied. A spokesman said Anheuser-Busch said no.`,
			nil,
			nil,
		},
		{
			"pronouns, common words, acronyms, nationalities, companies and places say things too",
			`He said no. Police said no. NASA said no. "Fine," the American said. Sandoz said no. Paris said no. In January Officials said no.`,
			nil,
			[]wantFact{{"American", "American", corpus.FactMisc}}, // a nationality, as CoNLL tags it
		},
		{
			"an institution speaks",
			`"We will appeal," Hartley University said.`,
			nil,
			[]wantFact{{"Hartley University", "Hartley University", O}},
		},
		{
			"names the tagger found keep their type",
			"Microsoft said it would. Reuters said so.",
			[]tagged{{"Microsoft", O, 0}, {"Reuters", O, 0}},
			[]wantFact{{"Microsoft", "Microsoft", O}, {"Reuters", "Reuters", O}},
		},
		{
			"no speaker across a line break",
			"Results\nBolton said nothing",
			[]tagged{{"Bolton", L, 0}},
			[]wantFact{{"Bolton", "Bolton", L}},
		},
	})
}

func TestLowerCommonDropped(t *testing.T) {
	O, M, L := corpus.FactOrganization, corpus.FactMisc, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"malaysia"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a common word the tagger called a club is no name",
			"Struggling Dutch club Vitesse Arnhem sacked coach Henk ten Cate.",
			[]tagged{{"Dutch", M, 0}, {"club", O, 0}, {"Vitesse Arnhem", O, 0}},
			[]wantFact{{"Dutch", "Dutch", M}, {"Vitesse Arnhem", "Vitesse Arnhem", O}},
		},
		{
			"a known place in lower case stays",
			"I am a foreigner living in malaysia, a German citizen.",
			[]tagged{{"malaysia", L, 0}},
			[]wantFact{{"malaysia", "Malaysia", L}},
		},
		{
			"a text written in lower case keeps the tagger's names",
			"apple ceo tim cook met google staff in paris on monday to talk",
			[]tagged{{"google", O, 0}},
			[]wantFact{{"google", "Google", O}},
		},
	})
}

func TestAgedPersons(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"cleveland", "lam"}, GazCommon: {"company", "later"}, GazSurname: {"lam"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an age between commas follows a person, found again alone",
			"Two years later, Jutting, now 31, is on trial. Jutting appeared composed.",
			nil,
			[]wantFact{{"Jutting", "Jutting", P}, {"Jutting", "Jutting", P}},
		},
		{
			"a full name and aged",
			"The winner, Ana Kowalczyk, aged 17, said little.",
			nil,
			[]wantFact{{"Ana Kowalczyk", "Ana Kowalczyk", P}},
		},
		{
			"places and common words take no age; a tagged name keeps its type",
			"In the first round, Cleveland, 12, beat Texas. The Company, 51, was sold.",
			[]tagged{{"Texas", L, 0}},
			[]wantFact{{"Texas", "Texas", L}},
		},
		{
			"a town's name the surnames' list holds is a person's before an age, tagged a place or not",
			"Lam, 67, a former minister, won. Later Lam, 68, left. Cleveland, 12, won.",
			[]tagged{{"Lam", L, 0}, {"Cleveland", L, 0}},
			[]wantFact{{"Lam", "Lam", P}, {"Lam", "Lam", P}, {"Cleveland", "Cleveland", L}},
		},
		{
			"a number that is no age, or not between commas",
			"Kowalczyk, 250, and Nowak, 31 years old, came.",
			nil,
			nil,
		},
	})
}

func TestNicknames(t *testing.T) {
	P := corpus.FactPerson
	gaz := NewGazetteer([NumGazLists][]string{GazCommon: {"may"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a nickname in quotes joins the name and the surname after it, which is found again but as a date",
			"William Herbert \" Buckshot \" May pitched. On May 9 , 1924 , May came in. He left in May.",
			[]tagged{{"William Herbert \" Buckshot", P, 0}},
			[]wantFact{{"William Herbert \" Buckshot \" May", "William Herbert \"Buckshot\" May", P}, {"May", "William Herbert \"Buckshot\" May", P}},
		},
		{
			"the tagger's name before the quote takes it too",
			"Drug lord Joaquin \"El Chapo\" Guzman escaped.",
			[]tagged{{"Joaquin", P, 0}},
			[]wantFact{{"Joaquin \"El Chapo\" Guzman", "Joaquin \"El Chapo\" Guzman", P}},
		},
		{
			"a quote after a name that holds no nickname leaves it",
			"\"Bob\" said Tom \"yes\" and left.",
			[]tagged{{"Bob", P, 0}, {"Tom", P, 0}},
			[]wantFact{{"Bob", "Bob", P}, {"Tom", "Tom", P}},
		},
	})
}

func TestRelativePersons(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazSurname: {"jones"}, GazCity: {"paris"}, GazFirstName: {"marianne"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a name a relative who or was born follows is a person's",
			"Gomery, who led the inquiry, spoke. Then Weber was born in Berlin. Karlovic, who served well, won. Jones, who came, left. Marianne Lake, who runs it, spoke.",
			[]tagged{{"Berlin", L, 0}, {"Karlovic", L, 0}, {"Marianne Lake", L, 0}},
			[]wantFact{{"Gomery", "Gomery", P}, {"Weber", "Weber", P}, {"Berlin", "Berlin", L}, {"Karlovic", "Karlovic", P}, {"Jones", "Jones", P},
				{"Marianne Lake", "Marianne Lake", P}},
		},
		{
			"groups, days, pronouns, acronyms, places, institutions and fables' animals stay",
			"The minority Democrats, who agreed, won. Police came Monday, who knew. He was born there. Atlanta PD, who came, left. " +
				"Paris, who knows? The Senate, who voted, agreed. The Tortoise, who won, smiled. He is at Marianne University, who lead it.",
			[]tagged{{"Democrats", M, 0}, {"Atlanta PD", O, 0}, {"Paris", L, 0}, {"Senate", O, 0}, {"Marianne University", O, 0}},
			[]wantFact{{"Democrats", "Democrats", M}, {"Atlanta PD", "Atlanta PD", O}, {"Paris", "Paris", L}, {"Senate", "Senate", O},
				{"Marianne University", "Marianne University", O}},
		},
	})
}

func TestHometowns(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"macon", "edinburg", "jordan"}, GazFirstName: {"macon", "jordan"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"the known town after a person's age, or any after of, is a place; a lone name before police is a town",
			"Cameron Horve, 27, Macon, was arrested. Casey Conaway, 30, Edinburg was arrested by Kincaid police. John Smith, 34, of Springfield, died.",
			[]tagged{{"Cameron Horve", P, 0}, {"Macon", P, 0}, {"Casey Conaway", P, 0}, {"Edinburg", O, 0}, {"Kincaid", P, 0}, {"John Smith", P, 0}},
			[]wantFact{{"Cameron Horve", "Cameron Horve", P}, {"Macon", "Macon", L}, {"Casey Conaway", "Casey Conaway", P}, {"Edinburg", "Edinburg", L},
				{"Kincaid", "Kincaid", L}, {"John Smith", "John Smith", P}, {"Springfield", "Springfield", L}},
		},
		{
			"another person of a list stays",
			"Jane Doe, 40, Jordan, 30, and Paul Roe left.",
			[]tagged{{"Jane Doe", P, 0}, {"Jordan", P, 0}, {"Paul Roe", P, 0}},
			[]wantFact{{"Jane Doe", "Jane Doe", P}, {"Jordan", "Jordan", P}, {"Paul Roe", "Paul Roe", P}},
		},
	})
}
