package entity

import (
	"testing"

	"tidings/corpus"
)

func TestLegalTails(t *testing.T) {
	P, O, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactMisc
	tests := []resolveCase{
		{
			"name before and co is the company",
			"Merrill Lynch & Co expect a rise.",
			[]tagged{{"Merrill Lynch", P, 0}},
			[]wantFact{{"Merrill Lynch & Co", "Merrill Lynch", O}},
		},
		{
			"name before a legal form takes it",
			"Siemens AG cut jobs.",
			[]tagged{{"Siemens", M, 0}},
			[]wantFact{{"Siemens AG", "Siemens", O}},
		},
		{
			"an industry's word between the name and its legal form",
			"He said Exxon Oil Co rose.",
			[]tagged{{"Exxon", O, 0}},
			[]wantFact{{"Exxon Oil Co", "Exxon Oil", O}},
		},
		{
			"an untagged run ending in a legal form is a company",
			"Daimler-Benz AG and Hewlett-Packard Co said so. AT&T Corp and 3M Co fell.",
			[]tagged{{"Hewlett-Packard Co", O, 0}},
			[]wantFact{{"Daimler-Benz AG", "Daimler-Benz", O}, {"Hewlett-Packard Co", "Hewlett-Packard", O}, {"AT&T Corp", "AT&T", O}, {"3M Co", "3M", O}},
		},
		{
			"legal form after a comma only retypes",
			"creditors formed Cascade Timberlands, LLC.",
			[]tagged{{"Cascade Timberlands", M, 0}},
			[]wantFact{{"Cascade Timberlands", "Cascade Timberlands", O}},
		},
		{
			"a single name before co is left alone",
			"He lives in William Co. now.",
			[]tagged{{"William", P, 0}},
			[]wantFact{{"William", "William", P}},
		},
		{
			"name without a legal form is left alone",
			"Smith and Co-workers met.",
			[]tagged{{"Smith", P, 0}},
			[]wantFact{{"Smith", "Smith", P}},
		},
	}
	checkResolveCases(t, nil, tests)
}

func TestOfDomains(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	tests := []resolveCase{
		{
			"board is widened over of and its domain",
			"The Chicago Board of Trade said so.",
			[]tagged{{"Chicago Board", O, 0}},
			[]wantFact{{"Chicago Board of Trade", "Chicago Board of Trade", O}},
		},
		{
			"a title after of stops the domain",
			"The Ministry of Finance Minister Ali Khan spoke.",
			[]tagged{{"Ministry", O, 0}, {"Ali Khan", P, 0}},
			[]wantFact{{"Ministry of Finance", "Ministry of Finance", O}, {"Ali Khan", "Ali Khan", P}},
		},
		{
			"lower-case words after of stay out (and the kind alone is no name)",
			"The Board of directors met.",
			[]tagged{{"Board", O, 0}},
			nil,
		},
		{
			"a non-institution is not widened",
			"Apple of Cupertino sold more.",
			[]tagged{{"Apple", O, 0}},
			[]wantFact{{"Apple", "Apple", O}},
		},
	}
	checkResolveCases(t, nil, tests)
}

func TestParties(t *testing.T) {
	O, M := corpus.FactOrganization, corpus.FactMisc
	tests := []resolveCase{
		{
			"democrats of two words are a party",
			"The Christian Democrats and the Social Democrats agreed.",
			[]tagged{{"Christian Democrats", M, 0}},
			[]wantFact{{"Christian Democrats", "Christian Democrats", O}, {"Social Democrats", "Social Democrats", O}},
		},
		{
			"a party's members alone are never a person, nor speakers",
			"Obama and other Democrats agreed. The Voting Rights Act, Republicans said.",
			[]tagged{{"Obama", corpus.FactPerson, 0}, {"Democrats", corpus.FactPerson, 0}, {"Voting Rights Act", M, 0}},
			[]wantFact{{"Obama", "Obama", corpus.FactPerson}, {"Democrats", "Democrats", O}, {"Voting Rights Act", "Voting Rights Act", M}},
		},
		{
			"a name before party or faction in lower case is the party's; a known place stays",
			"Abbas told the ruling Fatah party and the Kadima faction. The Texas party met.",
			[]tagged{{"Abbas", corpus.FactPerson, 0}, {"Fatah", corpus.FactLocation, 0}, {"Kadima", corpus.FactPerson, 0}, {"Texas", corpus.FactLocation, 0}},
			[]wantFact{{"Abbas", "Abbas", corpus.FactPerson}, {"Fatah", "Fatah", O}, {"Kadima", "Kadima", O}, {"Texas", "Texas", corpus.FactLocation}},
		},
		{
			"democrats alone are left to the tagger",
			"Democrats agreed.",
			[]tagged{{"Democrats", M, 0}},
			[]wantFact{{"Democrats", "Democrats", M}},
		},
	}
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazRegion: {"texas"}}), tests)
}

func TestCompanyWordsEndNames(t *testing.T) {
	O, P, M, L := corpus.FactOrganization, corpus.FactPerson, corpus.FactMisc, corpus.FactLocation
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazCommon: {"eastern", "former"}}), []resolveCase{
		{
			"misc ending in a legal form and a person ending in a studio's word are companies",
			"Walt Disney Co named a chief. The company owns Marvel Studios and more.",
			[]tagged{{"Walt Disney Co", M, 0}, {"Marvel Studios", P, 0}},
			[]wantFact{{"Walt Disney Co", "Walt Disney", O}, {"Marvel Studios", "Marvel Studios", O}},
		},
		{
			"a person ending in a legal form is the company, but for a county's Co",
			"Porsche SE shares fell. Volvo AB rose. William Co lost.",
			[]tagged{{"Porsche SE", P, 0}, {"Volvo AB", P, 0}, {"William Co", P, 0}},
			[]wantFact{{"Porsche SE", "Porsche", O}, {"Volvo AB", "Volvo", O}, {"William Co", "William", P}},
		},
		{
			"a place opening with a company's word in Spanish or French is the company",
			"Grupo Mexico and Banque Misr fell in Cairo.",
			[]tagged{{"Grupo Mexico", L, 0}, {"Banque Misr", L, 0}, {"Cairo", L, 0}},
			[]wantFact{{"Grupo Mexico", "Grupo Mexico", O}, {"Banque Misr", "Banque Misr", O}, {"Cairo", "Cairo", L}},
		},
		{
			"an institution's word before a hyphen inside a person's name makes it the institution",
			"Pakistan Muslim League-Nawaz leads. Mary Anne Smith-Jones spoke.",
			[]tagged{{"Pakistan Muslim League-Nawaz", P, 0}, {"Mary Anne Smith-Jones", P, 0}},
			[]wantFact{{"Pakistan Muslim League-Nawaz", "Pakistan Muslim League-Nawaz", O}, {"Mary Anne Smith-Jones", "Mary Anne Smith-Jones", P}},
		},
		{
			"a person ending in a fund's word is the fund",
			"Activist investor Elliott Management pressed him. Sequoia Capital and Silver Lake Partners joined.",
			[]tagged{{"Elliott Management", P, 0}, {"Sequoia Capital", P, 0}, {"Silver Lake Partners", P, 0}},
			[]wantFact{{"Elliott Management", "Elliott Management", O}, {"Sequoia Capital", "Sequoia Capital", O}, {"Silver Lake Partners", "Silver Lake Partners", O}},
		},
		{
			"a name a legal form or a firm's word in another language opens is a company",
			"N.V. DSM said so. Oy Waertsilae rose. Institut Merieux and Banque Paribas fell.",
			[]tagged{{"N.V. DSM", P, 0}, {"Oy Waertsilae", P, 0}, {"Institut Merieux", P, 0}, {"Banque Paribas", corpus.FactLocation, 0}},
			[]wantFact{{"N.V. DSM", "N.V. DSM", O}, {"Oy Waertsilae", "Oy Waertsilae", O}, {"Institut Merieux", "Institut Merieux", O}, {"Banque Paribas", "Banque Paribas", O}},
		},
		{
			"an untagged run ending in an industry's word mid-sentence is a company, where a word of it is no common word",
			"Compaq bought a former Wang Laboratories plant. It sold Federated Investors in August. Its Eastern Steel division grew.",
			[]tagged{{"Compaq", O, 0}},
			[]wantFact{{"Compaq", "Compaq", O}, {"Wang Laboratories", "Wang Laboratories", O}, {"Federated Investors", "Federated Investors", O}},
		},
		{
			"a nationality and the industry's word after it are a company; not before an office",
			"British Gas rose. American Medical International grew. Iraqi Oil Minister Amer Rashid spoke.",
			[]tagged{{"British", M, 0}, {"American", M, 0}, {"Iraqi", M, 0}, {"Amer Rashid", P, 0}},
			[]wantFact{{"British Gas", "British Gas", O}, {"American Medical International", "American Medical International", O}, {"Iraqi", "Iraqi", M}, {"Amer Rashid", "Amer Rashid", P}},
		},
		{
			"and so is one ending in an industry's word",
			"Miller Brewing said sales fell. Fisher Scientific rose. Emery Worldwide cut jobs.",
			[]tagged{{"Miller Brewing", P, 0}, {"Fisher Scientific", P, 0}, {"Emery Worldwide", P, 0}},
			[]wantFact{{"Miller Brewing", "Miller Brewing", O}, {"Fisher Scientific", "Fisher Scientific", O}, {"Emery Worldwide", "Emery Worldwide", O}},
		},
	})
}

func TestSectorTails(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{GazCommon: {"natural"}, GazSurname: {"adani"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a sector's word ends a company, tagged or not, and its short form is the company",
			"Caeneus Minerals is moving ahead. Caeneus hired staff. Shares of Zanex Mining rose.",
			[]tagged{{"Caeneus", P, 0}, {"Caeneus", P, 1}},
			[]wantFact{{"Caeneus Minerals", "Caeneus Minerals", O}, {"Caeneus", "Caeneus Minerals", O}, {"Zanex Mining", "Zanex Mining", O}},
		},
		{
			"a hyphened first word before a sector's word is the company's short form, found again",
			"Shares of Bre-X Minerals Ltd plunged. Bre-X chairman David Walsh spoke.",
			[]tagged{{"Bre-X Minerals Ltd", O, 0}, {"David Walsh", P, 0}},
			[]wantFact{{"Bre-X Minerals Ltd", "Bre-X Minerals", O}, {"Bre-X", "Bre-X Minerals", O}, {"David Walsh", "David Walsh", P}},
		},
		{
			"a hotel chain goes by its first word",
			"Hyatt Hotels Corporation reported. As Hyatt grows, the collection by Hyatt opens.",
			[]tagged{{"Hyatt Hotels Corporation", O, 0}, {"Hyatt", P, 1}, {"Hyatt", P, 2}},
			[]wantFact{{"Hyatt Hotels Corporation", "Hyatt Hotels", O}, {"Hyatt", "Hyatt Hotels", O}, {"Hyatt", "Hyatt Hotels", O}},
		},
		{
			"not before another capitalised word or of, nor after a country, a common word or a founder's name",
			"Saudi Energy Minister Salman spoke. It is a Specialist Group of the society. The Natural Resources rose. Gautam Adani said Adani Mining and Adani rose.",
			[]tagged{{"Saudi", corpus.FactMisc, 0}, {"Salman", P, 0}, {"Gautam Adani", P, 0}, {"Adani Mining", O, 0}, {"Adani", P, 2}},
			[]wantFact{{"Saudi", "Saudi", corpus.FactMisc}, {"Salman", "Salman", P}, {"Gautam Adani", "Gautam Adani", P},
				{"Adani Mining", "Adani Mining", O}, {"Adani", "Gautam Adani", P}},
		},
	})
}

func TestStatePartisans(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazRegion: {"kentucky", "virginia", "texas"}, GazCity: {"new york"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a state before a lawmaker's party is a place and the party's word misc; the plural and a party's name stay",
			"Mitch McConnell, a Kentucky Republican, spoke. Mark Warner, a Virginia Democrat, objected. Texas Democrats left. New Yorkers voted.",
			[]tagged{{"Mitch McConnell", P, 0}, {"Kentucky Republican", O, 0}, {"Mark Warner", P, 0}, {"Virginia Democrat", P, 0}, {"Texas Democrats", O, 0}, {"New Yorkers", O, 0}},
			[]wantFact{{"Mitch McConnell", "Mitch McConnell", P}, {"Kentucky", "Kentucky", L}, {"Republican", "Republican", M}, {"Mark Warner", "Mark Warner", P},
				{"Virginia", "Virginia", L}, {"Democrat", "Democrat", M}, {"Texas Democrats", "Texas Democrats", O}, {"New Yorkers", "New Yorkers", M}},
		},
	})
}

func TestCoinedFirms(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazSurname: {"westbank"}}), []resolveCase{
		{
			"a person's one word ending in a company's morpheme is a company; a surname the lists know stays",
			"Rumors abound that Lucasfilm might re-release it. Kliotech provides services. John Westbank spoke. Westbank left.",
			[]tagged{{"Lucasfilm", P, 0}, {"Kliotech", P, 0}, {"John Westbank", P, 0}, {"Westbank", P, 1}},
			[]wantFact{{"Lucasfilm", "Lucasfilm", O}, {"Kliotech", "Kliotech", O}, {"John Westbank", "John Westbank", P}, {"Westbank", "John Westbank", P}},
		},
	})
}
