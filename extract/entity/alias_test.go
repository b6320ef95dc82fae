package entity

import (
	"strings"
	"testing"

	"tidings/corpus"
)

func TestCanonicalAlias(t *testing.T) {
	tests := []struct {
		name, in string
		typ      corpus.FactType
		want     string
	}{
		{"dotted US", "U.S.", corpus.FactLocation, "United States"},
		{"bare US", "US", corpus.FactLocation, "United States"},
		{"USA", "USA", corpus.FactLocation, "United States"},
		{"dotted USA", "U.S.A.", corpus.FactLocation, "United States"},
		{"long US", "United States of America", corpus.FactLocation, "United States"},
		{"America as place", "America", corpus.FactLocation, "United States"},
		{"America as organization stays", "America", corpus.FactOrganization, "America"},
		{"US as government", "U.S.", corpus.FactOrganization, "United States"},
		{"UK", "UK", corpus.FactLocation, "United Kingdom"},
		{"dotted UK", "U.K.", corpus.FactLocation, "United Kingdom"},
		{"Britain", "Britain", corpus.FactLocation, "United Kingdom"},
		{"Great Britain", "Great Britain", corpus.FactLocation, "United Kingdom"},
		{"Türkiye under the name English news keeps", "Türkiye", corpus.FactLocation, "Turkey"},
		{"EU", "EU", corpus.FactOrganization, "European Union"},
		{"person untouched", "US", corpus.FactPerson, "US"},
		{"misc untouched", "U.S.", corpus.FactMisc, "U.S."},
		{"other place untouched", "France", corpus.FactLocation, "France"},
		{"US opening an organization", "US Treasury", corpus.FactOrganization, "U.S. Treasury"},
		{"dotted US opening an organization", "U.S. Treasury", corpus.FactOrganization, "U.S. Treasury"},
		{"dotted UK opening an organization", "U.K. Treasury", corpus.FactOrganization, "UK Treasury"},
		{"US opening a misc name untouched", "US Open", corpus.FactMisc, "US Open"},
		{"US before a lower-case word untouched", "US and Canada", corpus.FactOrganization, "US and Canada"},
		{"the Fed", "Fed", corpus.FactOrganization, "Federal Reserve"},
		{"United States opening an organization", "United States Air Force", corpus.FactOrganization, "U.S. Air Force"},
		{"USAF", "USAF", corpus.FactOrganization, "U.S. Air Force"},
		{"WFP spelt the American way", "U.N. World Food Program", corpus.FactOrganization, "World Food Programme"},
		{"United States alone untouched", "United States", corpus.FactOrganization, "United States"},
		{"the US Federal Reserve", "U.S. Federal Reserve", corpus.FactOrganization, "Federal Reserve"},
		{"ECB", "ECB", corpus.FactOrganization, "European Central Bank"},
		{"BoJ", "BoJ", corpus.FactOrganization, "Bank of Japan"},
		{"a person named Fed untouched", "Fed", corpus.FactPerson, "Fed"},
		{"a longer name untouched", "Federal Reserve Bank of New York", corpus.FactOrganization, "Federal Reserve Bank of New York"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := canonicalAlias(tc.in, tc.typ); got != tc.want {
				t.Errorf("canonicalAlias(%q, %s) = %q, want %q", tc.in, tc.typ, got, tc.want)
			}
		})
	}
}

func TestExtractCountryAlias(t *testing.T) {
	tg := loadTagger(t)
	text := "Trade between the U.S. and Britain grew last year, officials in Washington said."
	facts := tg.Extract(text)
	checkFacts(t, text, facts)
	want := map[string]string{"U.S.": "United States", "Britain": "United Kingdom"}
	for _, f := range facts {
		if w, ok := want[f.Text]; ok {
			if f.Entity != w {
				t.Errorf("%q: entity %q, want %q", f.Text, f.Entity, w)
			}
			delete(want, f.Text)
		}
	}
	for k := range want {
		t.Errorf("%q not found in %+v", k, facts)
	}
}

// TestCanonical covers what facts carry in Entity and what search
// filters compare: one spelling per name.
func TestCanonical(t *testing.T) {
	O, L, P := corpus.FactOrganization, corpus.FactLocation, corpus.FactPerson
	tests := []struct {
		in   string
		typ  corpus.FactType
		want string
	}{
		{"Apple Inc.", O, "Apple"},
		{"Ford Motor Company", O, "Ford Motor"},
		{"Ford Motor Co.", O, "Ford Motor"},
		{"Walt Disney Company", O, "Walt Disney"},
		{"British Broadcasting Corporation", O, "British Broadcasting Corporation"},
		{"Microsoft Corporation", O, "Microsoft"},
		{"Merrill Lynch & Co", O, "Merrill Lynch"},
		{"Siemens AG", O, "Siemens"},
		{"ford motor company", O, "Ford Motor"},
		{"apple inc", O, "Apple"},
		{"Apple .", O, "Apple"},
		{"Apple, Inc.", O, "Apple"},
		{"Inc.", O, "Inc."},
		{"Johnson & Johnson", O, "Johnson & Johnson"},
		{"Royal Shakespeare Company", O, "Royal Shakespeare Company"},
		{"British East India Company", O, "British East India Company"},
		{"US Treasury", O, "U.S. Treasury"},
		{"Wal - Mart", O, "Wal-Mart"},
		{"Martin Luther King, Jr.", P, "Martin Luther King Jr."},
		{"Hank Williams, Jr", P, "Hank Williams Jr"},
		{"Jones, Srinivasan", P, "Jones, Srinivasan"},
		{"US", L, "United States"},
		{" Britain, ", L, "United Kingdom"},
		{"InnovationÂ", O, "Innovation"},
		{"Andy  Jassy", P, "Andy Jassy"},
		{`William Herbert " Buckshot " May`, P, `William Herbert "Buckshot" May`},
		{`Joaquin "El Chapo" Guzman`, P, `Joaquin "El Chapo" Guzman`},
		{`The " odd quote`, O, `The " odd quote`},
		{"JOHN SMITH", P, "John Smith"},
		{"GOODY PRODUCTS Inc.", O, "Goody Products"},
		{"NEW YORK", L, "New York"},
		{"BANK OF ENGLAND", O, "Bank of England"},
		{"N.V. DSM", O, "N.V. DSM"}, // initials keep their capitals
		{"UNITED AUTO WORKERS UAW", O, "United Auto Workers UAW"},
		{"san francisco", L, "San Francisco"}, // what a user types finds the facet a lower-case text gave
		{"ludwig van beethoven", P, "Ludwig van Beethoven"},
		{"eBay", O, "eBay"},
		{"recommender system", corpus.FactMisc, "recommender system"},
	}
	for _, tc := range tests {
		if got := Canonical(tc.in, tc.typ); got != tc.want {
			t.Errorf("Canonical(%q, %s) = %q, want %q", tc.in, tc.typ, got, tc.want)
		}
	}
}

func TestNationalities(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"slovakia", "jordan"}, GazFirstName: {"jordan", "john"}})
	P, L, O := corpus.FactPerson, corpus.FactLocation, corpus.FactOrganization
	checkResolveCases(t, gaz, []resolveCase{
		{
			"country in parentheses is a nationality, not an acronym",
			"Pete Sampras ( U.S. ) beat Karol Kucera ( Slovakia ) 6-3 6-2",
			[]tagged{{"Pete Sampras", P, 0}, {"U.S.", L, 0}, {"Karol Kucera", P, 0}, {"Slovakia", L, 0}},
			[]wantFact{{"Pete Sampras", "Pete Sampras", P}, {"U.S.", "United States", L}, {"Karol Kucera", "Karol Kucera", P}, {"Slovakia", "Slovakia", L}},
		},
		{
			"a person's acronym is their initials",
			"John Fitzgerald Kennedy (JFK) spoke. JFK left.",
			[]tagged{{"John Fitzgerald Kennedy", P, 0}},
			[]wantFact{{"John Fitzgerald Kennedy", "John Fitzgerald Kennedy", P}, {"JFK", "John Fitzgerald Kennedy", P}, {"JFK", "John Fitzgerald Kennedy", P}},
		},
		{
			"a double name gives two initials",
			"Alexandria Ocasio-Cortez (AOC) spoke. AOC left.",
			[]tagged{{"Alexandria Ocasio-Cortez", P, 0}},
			[]wantFact{{"Alexandria Ocasio-Cortez", "Alexandria Ocasio-Cortez", P}, {"AOC", "Alexandria Ocasio-Cortez", P}, {"AOC", "Alexandria Ocasio-Cortez", P}},
		},
		{
			"an organization's acronym may be foreign",
			"The State Property Agency (AVAS) sold it. AVAS agreed.",
			[]tagged{{"State Property Agency", O, 0}},
			[]wantFact{{"State Property Agency", "State Property Agency", O}, {"AVAS", "State Property Agency", O}, {"AVAS", "State Property Agency", O}},
		},
		{
			"a country called a person is the place",
			"Officials from Slovakia and the U.S. met.",
			[]tagged{{"Slovakia", P, 0}, {"U.S.", P, 0}},
			[]wantFact{{"Slovakia", "Slovakia", L}, {"U.S.", "United States", L}},
		},
		{
			"a country that is a given name stays a person",
			"Jordan scored 30 points.",
			[]tagged{{"Jordan", P, 0}},
			[]wantFact{{"Jordan", "Jordan", P}},
		},
	})
}

func TestPersonInitials(t *testing.T) {
	for in, want := range map[string]string{
		"John Fitzgerald Kennedy":  "JFK",
		"Alexandria Ocasio-Cortez": "AOC",
		"Martin Luther King Jr.":   "MLK",
		"Pete Sampras":             "PS",
	} {
		if got := personInitials(strings.Fields(in)); got != want {
			t.Errorf("personInitials(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRegions(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazCompany: {"caribbean", "sahel", "korea"}}), []resolveCase{
		{
			"a continent or world region is a place whatever the tagger said",
			"Maize spread across the Americas and Eurasia.",
			[]tagged{{"Americas", O, 0}, {"Eurasia", O, 0}},
			[]wantFact{{"Americas", "Americas", L}, {"Eurasia", "Eurasia", L}},
		},
		{
			"an abbreviated state after a town is a place",
			"Lawrence Group, based in Albany, N.Y., grew.",
			[]tagged{{"Lawrence Group", O, 0}, {"Albany", L, 0}, {"N.Y.", O, 0}},
			[]wantFact{{"Lawrence Group", "Lawrence Group", O}, {"Albany", "Albany", L}, {"N.Y.", "New York", L}},
		},
		{
			"a region the company list holds stays a place",
			"Hurricane Wilma churns through the Caribbean toward the Sahel. Korea was split.",
			[]tagged{{"Wilma", corpus.FactMisc, 0}, {"Caribbean", L, 0}, {"Sahel", L, 0}, {"Korea", L, 0}},
			[]wantFact{{"Hurricane Wilma", "Hurricane Wilma", corpus.FactMisc}, {"Caribbean", "Caribbean", L}, {"Sahel", "Sahel", L}, {"Korea", "Korea", L}},
		},
		{
			"a country's formal name ending in an institution's word is the place",
			"Talks with the Russian Federation resumed.",
			[]tagged{{"Russian Federation", O, 0}},
			[]wantFact{{"Russian Federation", "Russia", L}},
		},
		{
			"not at the end of a longer name",
			"He attended the Summit of the Americas.",
			[]tagged{{"Americas", O, 0}},
			[]wantFact{{"Americas", "Americas", O}},
		},
	})
}

func TestInitialsOfPlacesStayPlaces(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"united states"}, GazRegion: {"gao"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an organization whose initials spell a country's alias does not take its mentions",
			"The U.S. Senate voted. US ports are open.",
			[]tagged{{"U.S. Senate", O, 0}, {"US", L, 0}},
			[]wantFact{{"U.S. Senate", "U.S. Senate", O}, {"US", "United States", L}},
		},
		{
			"initials that are a region's name still link",
			"The Government Accountability Office said so. The GAO report followed.",
			[]tagged{{"Government Accountability Office", O, 0}},
			[]wantFact{{"Government Accountability Office", "Government Accountability Office", O}, {"GAO", "Government Accountability Office", O}},
		},
	})
}

func TestStateName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Fla.", "Florida"}, {"N.Y.", "New York"}, {"Mo.", "Missouri"}, {"Mo", "Mo"}, {"Paris.", "Paris"},
	} {
		name := strings.TrimSuffix(tc.text, ".")
		if got := stateName(tc.text, name); got != tc.want {
			t.Errorf("stateName(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
