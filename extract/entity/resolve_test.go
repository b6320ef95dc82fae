package entity

import (
	"slices"
	"strings"
	"testing"

	"tidings/corpus"
	"tidings/extract/token"
)

type tagged struct {
	text string
	typ  corpus.FactType
	nth  int // which occurrence, 0-based
}

// mentionsFor builds tagger output by locating each tagged text.
func mentionsFor(t *testing.T, text string, toks []token.Token, tags []tagged) []mention {
	t.Helper()
	var out []mention
	for _, tg := range tags {
		at := -1
		for n, from := 0, 0; n <= tg.nth; n++ {
			k := strings.Index(text[from:], tg.text)
			if k < 0 {
				t.Fatalf("%q not found in %q", tg.text, text)
			}
			at, from = from+k, from+k+1
		}
		m := mention{start: at, end: at + len(tg.text), first: -1, typ: tg.typ}
		for i, tk := range toks {
			if tk.Start == m.start {
				m.first = i
			}
			if tk.End == m.end {
				m.last = i
			}
		}
		if m.first < 0 {
			t.Fatalf("%q does not align with tokens", tg.text)
		}
		out = append(out, m)
	}
	return out
}

type wantFact struct {
	text, entity string
	typ          corpus.FactType
}

// resolveCase is a text, the tagger's output on it and the facts resolve
// should make of them.
type resolveCase struct {
	name string
	text string
	tags []tagged
	want []wantFact
}

// checkResolveCases runs resolve over each case's tagger output and
// compares the facts, each of which must be its slice of the text.
func checkResolveCases(t *testing.T, gaz *Gazetteer, cases []resolveCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			toks := token.Tokenize(tc.text)
			facts := resolve(tc.text, toks, mentionsFor(t, tc.text, toks, tc.tags), gaz)
			var got []wantFact
			for _, f := range facts {
				if f.Text != tc.text[f.Start:f.End] {
					t.Fatalf("fact text %q != slice %q", f.Text, tc.text[f.Start:f.End])
				}
				got = append(got, wantFact{f.Text, f.Entity, f.Type})
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{
		GazCountry: {"Washington"}, GazCommon: {"the", "said", "jobs", "hunt"},
		GazCompany: {"Chrysler", "Ford", "Lockheed Martin", "Fiat", "Boeing"}, GazSurname: {"Ford", "Martin", "Chrysler"},
		GazCity: {"Singapore", "Mesa", "Magna", "Houston", "Baghdad"}, GazFirstName: {"Victoria", "John", "Walt"},
	})
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	tests := []resolveCase{
		{
			"surname resolves to full name",
			"Andy Jassy runs Amazon. Jassy said so.",
			[]tagged{{"Andy Jassy", P, 0}, {"Amazon", O, 0}, {"Jassy", O, 1}},
			[]wantFact{{"Andy Jassy", "Andy Jassy", P}, {"Amazon", "Amazon", O}, {"Jassy", "Andy Jassy", P}},
		},
		{
			"untagged surname is found",
			"Senator John McCain spoke. Later McCain left.",
			[]tagged{{"Senator John McCain", P, 0}},
			[]wantFact{{"John McCain", "John McCain", P}, {"McCain", "John McCain", P}},
		},
		{
			"acronym resolves to expansion",
			"Amazon Web Services (AWS) grew. AWS is big.",
			[]tagged{{"Amazon Web Services", O, 0}, {"AWS", L, 0}},
			[]wantFact{{"Amazon Web Services", "Amazon Web Services", O}, {"AWS", "Amazon Web Services", O}, {"AWS", "Amazon Web Services", O}},
		},
		{
			"name cut short before its acronym is widened",
			"Amazon Web Services (AWS) grew. AWS is big.",
			[]tagged{{"Amazon", O, 0}, {"AWS", O, 0}},
			[]wantFact{{"Amazon Web Services", "Amazon Web Services", O}, {"AWS", "Amazon Web Services", O}, {"AWS", "Amazon Web Services", O}},
		},
		{
			"acronym not matching the words leaves the name",
			"Amazon said (AWS) grew.",
			[]tagged{{"Amazon", O, 0}},
			[]wantFact{{"Amazon", "Amazon", O}},
		},
		{
			"surname that is a common word is found mid-sentence only",
			"Steve Jobs spoke. Later Jobs left.\nJobs were cut.",
			[]tagged{{"Steve Jobs", P, 0}},
			[]wantFact{{"Steve Jobs", "Steve Jobs", P}, {"Jobs", "Steve Jobs", P}},
		},
		{
			"a common-word surname opens a sentence as the person before a comma, a possessive or a speech verb",
			"Steve Jobs spoke. Jobs, born in 1955, left. Jobs said so.\nJobs were cut.",
			[]tagged{{"Steve Jobs", P, 0}},
			[]wantFact{{"Steve Jobs", "Steve Jobs", P}, {"Jobs", "Steve Jobs", P}, {"Jobs", "Steve Jobs", P}},
		},
		{
			"or before a verb a person's subject takes",
			"The actress Helen Hunt starred. Hunt won the award.\nHunt for the killer goes on.",
			[]tagged{{"Helen Hunt", P, 0}},
			[]wantFact{{"Helen Hunt", "Helen Hunt", P}, {"Hunt", "Helen Hunt", P}},
		},
		{
			"possessive is not part of the name",
			"OpenAI's model. OpenAI said.",
			[]tagged{{"OpenAI's", O, 0}},
			[]wantFact{{"OpenAI", "OpenAI", O}, {"OpenAI", "OpenAI", O}},
		},
		{
			"known company tagged as person is an organization",
			"Lockheed Martin and Chrysler won.",
			[]tagged{{"Lockheed Martin", P, 0}, {"Chrysler", P, 0}},
			[]wantFact{{"Lockheed Martin", "Lockheed Martin", O}, {"Chrysler", "Chrysler", O}},
		},
		{
			"company that is also a surname is an organization without a full name",
			"Ford spoke.",
			[]tagged{{"Ford", P, 0}},
			[]wantFact{{"Ford", "Ford", O}},
		},
		{
			"company that is also a surname stays a person beside the full name",
			"Gerald Ford won. Ford spoke.",
			[]tagged{{"Gerald Ford", P, 0}, {"Ford", P, 1}},
			[]wantFact{{"Gerald Ford", "Gerald Ford", P}, {"Ford", "Gerald Ford", P}},
		},
		{
			"company tagged as a place is an organization",
			"Fiat bought Chrysler.",
			[]tagged{{"Fiat", O, 0}, {"Chrysler", L, 0}},
			[]wantFact{{"Fiat", "Fiat", O}, {"Chrysler", "Chrysler", O}},
		},
		{
			"company without its tail is an organization",
			"Aer Lingus Group PLC said Aer Lingus would grow.",
			[]tagged{{"Aer Lingus Group PLC", O, 0}, {"Aer Lingus", P, 1}},
			[]wantFact{{"Aer Lingus Group PLC", "Aer Lingus Group", O}, {"Aer Lingus", "Aer Lingus Group", O}},
		},
		{
			"company without its industry's word is an organization when two words are left; its founder stays",
			"Adani Green Energy rose. A stake in Adani Green grew. Gautam Adani spoke. Adani said so.",
			[]tagged{{"Adani Green Energy", O, 0}, {"Adani Green", L, 1}, {"Gautam Adani", P, 0}, {"Adani", P, 3}},
			[]wantFact{{"Adani Green Energy", "Adani Green Energy", O}, {"Adani Green", "Adani Green Energy", O}, {"Gautam Adani", "Gautam Adani", P}, {"Adani", "Gautam Adani", P}},
		},
		{
			"place before a company tail stays a place",
			"Singapore Airlines flew to Singapore.",
			[]tagged{{"Singapore Airlines", O, 0}, {"Singapore", L, 1}},
			[]wantFact{{"Singapore Airlines", "Singapore Airlines", O}, {"Singapore", "Singapore", L}},
		},
		{
			"a town's name before a company tail is the company unless the text writes it as the town",
			"Mesa Airlines rejected it. Mesa flies to 42 cities. Magna Industries Inc. grew and Magna hired. Houston Industries Inc. is based in Houston. Houston grew.",
			[]tagged{{"Mesa Airlines", O, 0}, {"Mesa", P, 1}, {"Magna Industries Inc.", O, 0}, {"Magna", L, 1}, {"Houston Industries Inc.", O, 0}, {"Houston", L, 1}, {"Houston", L, 2}},
			[]wantFact{{"Mesa Airlines", "Mesa Airlines", O}, {"Mesa", "Mesa Airlines", O}, {"Magna Industries Inc.", "Magna Industries", O}, {"Magna", "Magna Industries", O},
				{"Houston Industries Inc.", "Houston Industries", O}, {"Houston", "Houston", L}, {"Houston", "Houston", L}},
		},
		{
			"a company's first word before a firm's word is its short form, unless a given name",
			"Polly Peck International Inc. grew. Polly Peck hired. Kyle Technology Corp. fell and Kyle lost. Victoria Brothers rose. Victoria left.",
			[]tagged{{"Polly Peck International Inc.", O, 0}, {"Polly Peck", P, 1}, {"Kyle Technology Corp.", O, 0}, {"Kyle", P, 1},
				{"Victoria Brothers", O, 0}, {"Victoria", P, 1}},
			[]wantFact{{"Polly Peck International Inc.", "Polly Peck International", O}, {"Polly Peck", "Polly Peck International", O},
				{"Kyle Technology Corp.", "Kyle Technology", O}, {"Kyle", "Kyle Technology", O}, {"Victoria Brothers", "Victoria Brothers", O}, {"Victoria", "Victoria", P}},
		},
		{
			"a company named after a person goes by the surname, or without its possessive; not where a person is named so",
			"John Labatt Ltd. grew. Labatt hired. Weisfield's Inc. rose and Weisfield gained. Walt Disney Co. grew. Walt Disney drew. Disney left.",
			[]tagged{{"John Labatt Ltd.", O, 0}, {"Labatt", P, 1}, {"Weisfield's Inc.", O, 0}, {"Weisfield", P, 1}, {"Walt Disney Co.", O, 0}, {"Walt Disney", P, 1}, {"Disney", P, 2}},
			[]wantFact{{"John Labatt Ltd.", "John Labatt", O}, {"Labatt", "John Labatt", O}, {"Weisfield's Inc.", "Weisfield's", O}, {"Weisfield", "Weisfield's", O},
				{"Walt Disney Co.", "Walt Disney", O}, {"Walt Disney", "Walt Disney", P}, {"Disney", "Walt Disney", P}},
		},
		{
			"a one-word misc that opens a company of the article is the company; a nationality stays",
			"Sun Microsystems Inc. grew. Sun makes workstations. American Airlines Inc. flew. American travellers came.",
			[]tagged{{"Sun Microsystems Inc.", O, 0}, {"Sun", corpus.FactMisc, 1}, {"American Airlines Inc.", O, 0}, {"American", corpus.FactMisc, 1}},
			[]wantFact{{"Sun Microsystems Inc.", "Sun Microsystems", O}, {"Sun", "Sun Microsystems", O}, {"American Airlines Inc.", "American Airlines", O}, {"American", "American", corpus.FactMisc}},
		},
		{
			"a company's name in capitals has its short form in title case",
			"ONEIDA Ltd. declared a dividend. Oneida said so.",
			[]tagged{{"ONEIDA Ltd.", O, 0}, {"Oneida", P, 0}},
			[]wantFact{{"ONEIDA Ltd.", "Oneida", O}, {"Oneida", "Oneida", O}},
		},
		{
			"the United Nations is never a place",
			"U.N. inspectors met United Nations officials in Baghdad.",
			[]tagged{{"U.N.", L, 0}, {"United Nations", L, 0}, {"Baghdad", L, 0}},
			[]wantFact{{"U.N.", "United Nations", O}, {"United Nations", "United Nations", O}, {"Baghdad", "Baghdad", L}},
		},
		{
			"maker and model number are a product",
			"Boeing delivered a Boeing 787 and an Airbus A380.",
			[]tagged{{"Boeing", O, 0}, {"Boeing", O, 1}, {"Airbus", O, 0}},
			[]wantFact{{"Boeing", "Boeing", O}, {"Boeing 787", "Boeing 787", corpus.FactMisc}, {"Airbus A380", "Airbus A380", corpus.FactMisc}},
		},
		{
			"maker before a dashed model number is a product",
			"Boeing built a Boeing 737-800 jet.",
			[]tagged{{"Boeing", O, 0}, {"Boeing", O, 1}},
			[]wantFact{{"Boeing", "Boeing", O}, {"Boeing 737-800", "Boeing 737-800", corpus.FactMisc}},
		},
		{
			"team before a goal count stays a team",
			"Manchester United 2 Wimbledon 0",
			[]tagged{{"Manchester United", O, 0}, {"Wimbledon", O, 0}},
			[]wantFact{{"Manchester United", "Manchester United", O}, {"Wimbledon", "Wimbledon", O}},
		},
		{
			"team before a cricket score stays a team",
			"Surrey 532-8 declared.",
			[]tagged{{"Surrey", O, 0}},
			[]wantFact{{"Surrey", "Surrey", O}},
		},
		{
			"team before a three-digit score on a results line stays a team",
			"Chicago Bulls 102 New York Knicks 98",
			[]tagged{{"Chicago Bulls", O, 0}, {"New York Knicks", O, 0}},
			[]wantFact{{"Chicago Bulls", "Chicago Bulls", O}, {"New York Knicks", "New York Knicks", O}},
		},
		{
			"maker before a year stays a company",
			"Boeing 2009 results.",
			[]tagged{{"Boeing", O, 0}},
			[]wantFact{{"Boeing", "Boeing", O}},
		},
		{
			"spaced dash cuts a name from a title",
			"Thanks, Brandon Luna - Analyst.",
			[]tagged{{"Brandon Luna - Analyst", P, 0}},
			[]wantFact{{"Brandon Luna", "Brandon Luna", P}},
		},
		{
			"spaced slash cuts two names",
			"The Enron / Azurix deal.",
			[]tagged{{"Enron / Azurix", O, 0}},
			[]wantFact{{"Enron", "Enron", O}, {"Azurix", "Azurix", O}},
		},
		{
			"company without its tail takes the fullest name",
			"Ford Motor Company cut jobs. Ford Motor Co. employs many. A Ford spokesman agreed.",
			[]tagged{{"Ford Motor Company", O, 0}, {"Ford Motor Co.", O, 0}, {"Ford", O, 2}},
			[]wantFact{{"Ford Motor Company", "Ford Motor", O}, {"Ford Motor Co.", "Ford Motor", O}, {"Ford", "Ford Motor", O}},
		},
		{
			"parent company stays beside its unit",
			"Amazon Web Services grew. Amazon Web Services Inc. and Amazon agreed.",
			[]tagged{{"Amazon Web Services", O, 0}, {"Amazon Web Services Inc.", O, 0}, {"Amazon", O, 2}},
			[]wantFact{{"Amazon Web Services", "Amazon Web Services", O}, {"Amazon Web Services Inc.", "Amazon Web Services", O}, {"Amazon", "Amazon", O}},
		},
		{
			"country acting as an organization stays beside a company named after it",
			"Washington Group said Washington disagreed.",
			[]tagged{{"Washington Group", O, 0}, {"Washington", O, 1}},
			[]wantFact{{"Washington Group", "Washington Group", O}, {"Washington", "Washington", O}},
		},
		{
			"spaced dash between two single words does not cut, but after a headline's first word in capitals",
			"Shares of Wal - Mart rose.\nNFL - COWBOYS BEAT GIANTS 20-6",
			[]tagged{{"Wal - Mart", O, 0}, {"NFL - COWBOYS", O, 0}},
			[]wantFact{{"Wal - Mart", "Wal-Mart", O}, {"NFL", "NFL", O}, {"COWBOYS", "COWBOYS", O}},
		},
		{
			"file name is no name",
			"See Lisa_resume.doc and UnleadedStocks.pdf today.",
			[]tagged{{"Lisa_resume.doc", P, 0}, {"UnleadedStocks.pdf", O, 0}},
			nil,
		},
		{
			"country before a dollar sign is a currency",
			"It cost US$5 million in the US.",
			[]tagged{{"US", L, 0}, {"US", L, 1}},
			[]wantFact{{"US", "United States", L}},
		},
		{
			"gazetteer breaks a type tie",
			"Washington rose. Washington fell.",
			[]tagged{{"Washington", O, 0}, {"Washington", L, 1}},
			[]wantFact{{"Washington", "Washington", L}, {"Washington", "Washington", L}},
		},
		{
			"one type per name",
			"Amazon rose. Amazon fell. Amazon won.",
			[]tagged{{"Amazon", O, 0}, {"Amazon", L, 1}, {"Amazon", O, 2}},
			[]wantFact{{"Amazon", "Amazon", O}, {"Amazon", "Amazon", O}, {"Amazon", "Amazon", O}},
		},
		{
			"mojibake dropped from name",
			"InnovationÂ Labs opened.",
			[]tagged{{"InnovationÂ", O, 0}},
			[]wantFact{{"Innovation", "Innovation", O}},
		},
		{
			"legal suffix dropped from canonical",
			"Apple Inc. sells phones.",
			[]tagged{{"Apple Inc.", O, 0}},
			[]wantFact{{"Apple Inc.", "Apple", O}},
		},
		{
			"all caps headline name title-cased",
			"JOHN SMITH WINS",
			[]tagged{{"JOHN SMITH", P, 0}},
			[]wantFact{{"JOHN SMITH", "John Smith", P}},
		},
		{
			"headline capitals take the body's spelling",
			"APPLE SUES\nApple sued.",
			[]tagged{{"APPLE", O, 0}, {"Apple", O, 0}},
			[]wantFact{{"APPLE", "Apple", O}, {"Apple", "Apple", O}},
		},
		{
			"capitalised spelling wins over a lower-case word",
			"Suvarnabhumi airport staff met. Suvarnabhumi Airport opened.",
			[]tagged{{"Suvarnabhumi airport", L, 0}, {"Suvarnabhumi Airport", L, 0}},
			[]wantFact{{"Suvarnabhumi airport", "Suvarnabhumi Airport", L}, {"Suvarnabhumi Airport", "Suvarnabhumi Airport", L}},
		},
		{
			"a word in capitals loses to the same word in mixed case",
			"SRI Lanka won. Sri Lanka lost.",
			[]tagged{{"SRI Lanka", L, 0}, {"Sri Lanka", L, 0}},
			[]wantFact{{"SRI Lanka", "Sri Lanka", L}, {"Sri Lanka", "Sri Lanka", L}},
		},
		{
			"list bullets cut names",
			"Plants: * Louisville, Kentucky * Michigan Truck Plant",
			[]tagged{{"Louisville", L, 0}, {"Kentucky * Michigan", L, 0}},
			[]wantFact{{"Louisville", "Louisville", L}, {"Kentucky", "Kentucky", L}, {"Michigan", "Michigan", L}},
		},
		{
			"place named like a person stays a place",
			"George Washington slept. Washington is a city.",
			[]tagged{{"George Washington", P, 0}, {"Washington", L, 1}},
			[]wantFact{{"George Washington", "George Washington", P}, {"Washington", "Washington", L}},
		},
		{
			"title makes a person and is dropped",
			"Mr Panvalkar met Emperor Meiji in southern Norway.",
			[]tagged{{"Mr Panvalkar", O, 0}, {"Emperor Meiji", P, 0}, {"southern Norway", L, 0}},
			[]wantFact{{"Panvalkar", "Panvalkar", P}, {"Meiji", "Meiji", P}, {"Norway", "Norway", L}},
		},
		{
			"company suffix and place head overrule person",
			"Eberhard Faber GmbH built Davis Gym near the Santos Basin.",
			[]tagged{{"Eberhard Faber GmbH", P, 0}, {"Davis Gym", P, 0}, {"Santos Basin", P, 0}},
			[]wantFact{{"Eberhard Faber GmbH", "Eberhard Faber", O}, {"Davis Gym", "Davis Gym", L}, {"Santos Basin", "Santos Basin", L}},
		},
		{
			"lone title dropped, particle kept",
			"The Emperor met General de Meza.",
			[]tagged{{"Emperor", O, 0}, {"de Meza", P, 0}},
			[]wantFact{{"de Meza", "de Meza", P}},
		},
		{
			"hyphenated pieces merged",
			"Faber-Castell USA and Rolls-Royce grew.",
			[]tagged{{"Faber", O, 0}, {"Castell USA", O, 0}, {"Royce", O, 0}},
			[]wantFact{{"Faber-Castell USA", "Faber-Castell USA", O}, {"Rolls-Royce", "Rolls-Royce", O}},
		},
		{
			"a Korean given name's second syllable joins the name; a compound a name opens does not",
			"Kim Jae-won, an analyst, said so. The John Smith-led group left.",
			[]tagged{{"Kim Jae", P, 0}, {"John Smith", P, 0}},
			[]wantFact{{"Kim Jae-won", "Kim Jae-won", P}, {"John Smith", "John Smith", P}},
		},
		{
			"trailing punctuation trimmed",
			"He met \"Bob Dylan,\" then left.",
			[]tagged{{"Bob Dylan,\"", P, 0}},
			[]wantFact{{"Bob Dylan", "Bob Dylan", P}},
		},
	}
	checkResolveCases(t, gaz, tests)
}

func TestFixMojibake(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"clean text unchanged", "Zürich", "Zürich"},
		{"latin1 decoded utf8 repaired", "ZÃ¼rich", "Zürich"},
		{"cp1252 apostrophe repaired", "Oâ€™Brien", "O’Brien"},
		{"stray A-circumflex dropped", "InnovationÂ", "Innovation"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fixMojibake(tc.in); got != tc.want {
				t.Fatalf("fixMojibake(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestModelNames(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCompany: {"ford", "goldman", "goldman sachs"}})
	P, O, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactMisc
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a company and a word is the company's product",
			"Ford will build the Ford Falcon. The Falcon sells well.",
			[]tagged{{"Ford", O, 0}, {"Ford Falcon", P, 0}, {"Falcon", P, 1}},
			[]wantFact{{"Ford", "Ford", O}, {"Ford Falcon", "Ford Falcon", M}, {"Falcon", "Ford Falcon", M}},
		},
		{
			"a known company stays as tagged",
			"Goldman advised. Goldman Sachs agreed.",
			[]tagged{{"Goldman", O, 0}, {"Goldman Sachs", P, 0}},
			[]wantFact{{"Goldman", "Goldman", O}, {"Goldman Sachs", "Goldman Sachs", O}},
		},
		{
			"without the company alone it stays a person",
			"Ford Falcon spoke.",
			[]tagged{{"Ford Falcon", P, 0}},
			[]wantFact{{"Ford Falcon", "Ford Falcon", P}},
		},
	})
}

func TestListItems(t *testing.T) {
	O := corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{
		GazCompany:   {"procter & gamble"},
		GazFirstName: {"william", "mary"},
		GazSurname:   {"uber", "seals", "crofts"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"two names joined by and at the end of a list are two items",
			"Leaders of Spotify, Tesla, Uber and Snapchat will attend.",
			[]tagged{{"Spotify", O, 0}, {"Tesla", O, 0}, {"Uber and Snapchat", O, 0}},
			[]wantFact{{"Spotify", "Spotify", O}, {"Tesla", "Tesla", O}, {"Uber", "Uber", O}, {"Snapchat", "Snapchat", O}},
		},
		{
			"a known company and a name after people stay whole",
			"It sued Tesla, Procter and Gamble. Students went to Duke, William and Mary. Bands: Eagles, Seals and Crofts.",
			[]tagged{{"Tesla", O, 0}, {"Procter and Gamble", O, 0}, {"Duke", O, 0}, {"William and Mary", O, 0}, {"Eagles", O, 0}, {"Seals and Crofts", O, 0}},
			[]wantFact{{"Tesla", "Tesla", O}, {"Procter and Gamble", "Procter and Gamble", O}, {"Duke", "Duke", O}, {"William and Mary", "William and Mary", O}, {"Eagles", "Eagles", O}, {"Seals and Crofts", "Seals and Crofts", O}},
		},
		{
			"no list before: one name",
			"He joined Ratz and Shinui in 1997.",
			[]tagged{{"Ratz and Shinui", O, 0}},
			[]wantFact{{"Ratz and Shinui", "Ratz and Shinui", O}},
		},
	})
}

func TestListTypes(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{
		GazCity:      {"bristol", "chester", "exeter", "norwich", "york", "melbourne", "perth"},
		GazCompany:   {"exeter", "acme"},
		GazFirstName: {"chester", "charlotte", "france"},
		GazCountry:   {"france", "eu", "uk", "us"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"items of a list of places the gazetteer knows as places are places",
			"Mints were set up in Bristol, Chester, Exeter, Norwich, and York.",
			[]tagged{{"Bristol", L, 0}, {"Chester", P, 0}, {"Exeter", O, 0}, {"Norwich", L, 0}, {"York", L, 0}},
			[]wantFact{{"Bristol", "Bristol", L}, {"Chester", "Chester", L}, {"Exeter", "Exeter", L}, {"Norwich", "Norwich", L}, {"York", "York", L}},
		},
		{
			"an item the gazetteer does not know as the list's type keeps its own",
			"Offices in Melbourne, Perth and Acme opened.",
			[]tagged{{"Melbourne", L, 0}, {"Perth", L, 0}, {"Acme", O, 0}},
			[]wantFact{{"Melbourne", "Melbourne", L}, {"Perth", "Perth", L}, {"Acme", "Acme", O}},
		},
		{
			"a place no list knows among persons is a person; a known city stays",
			"Giroud, Batshuayi, Aubameyang deals went through. Stars Tamannaah, Nayanthara, Perth, Jagapati and Sudeep came.",
			[]tagged{{"Giroud", P, 0}, {"Batshuayi", L, 0}, {"Aubameyang", P, 0}, {"Tamannaah", P, 0}, {"Nayanthara", L, 0}, {"Perth", L, 0},
				{"Jagapati", P, 0}, {"Sudeep", P, 0}},
			[]wantFact{{"Giroud", "Giroud", P}, {"Batshuayi", "Batshuayi", P}, {"Aubameyang", "Aubameyang", P}, {"Tamannaah", "Tamannaah", P},
				{"Nayanthara", "Nayanthara", P}, {"Perth", "Perth", L}, {"Jagapati", "Jagapati", P}, {"Sudeep", "Sudeep", P}},
		},
		{
			"known places and acronyms of organizations keep their type",
			"Prizes went to Grubbs, Schrock and France. Aid came from the EU, UK and US.",
			[]tagged{{"Grubbs", P, 0}, {"Schrock", P, 0}, {"France", L, 0}, {"EU", O, 0}, {"UK", L, 0}, {"US", L, 0}},
			[]wantFact{{"Grubbs", "Grubbs", P}, {"Schrock", "Schrock", P}, {"France", "France", L}, {"EU", "European Union", O}, {"UK", "United Kingdom", L}, {"US", "United States", L}},
		},
		{
			"no majority, no change; two items are no list",
			"Bristol, Chester and Acme met. Chester and York met.",
			[]tagged{{"Bristol", L, 0}, {"Chester", P, 0}, {"Acme", O, 0}, {"Chester", P, 1}, {"York", L, 0}},
			[]wantFact{{"Bristol", "Bristol", L}, {"Chester", "Chester", P}, {"Acme", "Acme", O}, {"Chester", "Chester", P}, {"York", "York", L}},
		},
	})
}

func TestPlaceContextKeepsCities(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCompany: {"bombay", "bangalore", "uber"}, GazCountry: {"india"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an old city name in the company list stays a place where the words say so",
			"Kipling was born in Bombay. He lives in Bangalore, India.",
			[]tagged{{"Bombay", L, 0}, {"Bangalore", L, 0}, {"India", L, 0}},
			[]wantFact{{"Kipling", "Kipling", corpus.FactPerson}, {"Bombay", "Bombay", L}, {"Bangalore", "Bangalore", L}, {"India", "India", L}},
		},
		{
			"so do a place noun or a direction and of",
			"The seminar was in the southern city of Bangalore, 800 km northeast of Bombay.",
			[]tagged{{"Bangalore", L, 0}, {"Bombay", L, 0}},
			[]wantFact{{"Bangalore", "Bangalore", L}, {"Bombay", "Bombay", L}},
		},
		{
			"elsewhere, and before a possessive, the known company is one",
			"Toyota put money in Uber's unit. Bombay rose.",
			[]tagged{{"Toyota", O, 0}, {"Uber", L, 0}, {"Bombay", L, 0}},
			[]wantFact{{"Toyota", "Toyota", O}, {"Uber", "Uber", O}, {"Bombay", "Bombay", O}},
		},
	})
}

func TestUnifyAfterPropagation(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	checkResolveCases(t, nil, []resolveCase{
		{
			"a tie between two mentions is broken by the mentions found again",
			"Solanas shot Warhol in 1968 at Warhol's studio; the 1968 Warhol film followed.",
			[]tagged{{"Solanas", P, 0}, {"Warhol", P, 0}, {"Warhol", L, 1}},
			[]wantFact{{"Solanas", "Solanas", P}, {"Warhol", "Warhol", P}, {"Warhol", "Warhol", P}, {"Warhol", "Warhol", P}},
		},
	})
}

func TestCoordinated(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{
		GazCompany: {"renault", "peugeot", "at&t"},
		GazSurname: {"stokes", "columbia"},
		GazCity:    {"columbia"},
		GazCommon:  {"police"},
		GazCountry: {"pakistan"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a known name joined by and to a tagged one of its type takes the type",
			"Renault and Peugeot said output fell. Fresnel or Stokes was right.",
			[]tagged{{"Peugeot", O, 0}, {"Fresnel", P, 0}},
			[]wantFact{{"Renault", "Renault", O}, {"Peugeot", "Peugeot", O}, {"Fresnel", "Fresnel", P}, {"Stokes", "Stokes", P}},
		},
		{
			"a word known as a place too, a common word or the end of a longer name stays out",
			"Mayor Smith and Columbia agreed. Police and Interpol met. It ran AT and T Labs and Bell Labs.",
			[]tagged{{"Smith", P, 0}, {"Interpol", O, 0}, {"Bell Labs", O, 0}},
			[]wantFact{{"Smith", "Smith", P}, {"Interpol", "Interpol", O}, {"Bell Labs", "Bell Labs", O}},
		},
		{
			"an institution's kind in lower case ends no organization",
			"The CGT union said the strike would go on in Lyon, where the Pakistan army met.",
			[]tagged{{"CGT union", O, 0}, {"Lyon", L, 0}, {"Pakistan army", O, 0}},
			[]wantFact{{"CGT", "CGT", O}, {"Lyon", "Lyon", L}, {"Pakistan", "Pakistan", L}},
		},
		{
			"a team's word in lower case ends no organization after a name, but after a word in lower case",
			"The Red Bull team principal spoke. He joined the Red River Rivalry All-time team.",
			[]tagged{{"Red Bull team", O, 0}, {"Red River Rivalry All-time team", O, 0}},
			[]wantFact{{"Red Bull", "Red Bull", O}, {"Red River Rivalry All-time team", "Red River Rivalry All-time team", O}},
		},
	})
}

func TestParenAcronymIsNoPerson(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, nil, []resolveCase{
		{
			"an acronym alone in parentheses the tagger called a person is an organization, and so are its other mentions",
			"Japan's (ANA) were to take delivery, said Bill Bodie. ANA said so. ANA chief Mitsuo Morimoto agreed, and ANA staff.",
			[]tagged{{"Japan", L, 0}, {"ANA", P, 0}, {"Bill Bodie", P, 0}, {"ANA", P, 1}, {"ANA", P, 2}, {"Mitsuo Morimoto", P, 0}, {"ANA", P, 3}},
			[]wantFact{{"Japan", "Japan", L}, {"ANA", "ANA", O}, {"Bill Bodie", "Bill Bodie", P}, {"ANA", "ANA", O}, {"ANA", "ANA", O},
				{"Mitsuo Morimoto", "Mitsuo Morimoto", P}, {"ANA", "ANA", O}},
		},
	})
}

func TestSplitKnownNames(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{
		GazCountry: {"rwanda", "burundi", "trinidad and tobago", "trinidad", "tobago"},
		GazCompany: {"sony", "toyota", "procter and gamble", "procter", "gamble"},
		GazCity:    {"brooks", "dunn", "earth"}, GazSurname: {"brooks", "dunn"}, GazCommon: {"foundation"},
	})
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	checkResolveCases(t, gaz, []resolveCase{
		{
			"two known names joined by and are two",
			"Sony and Toyota slipped as Rwanda and Burundi met.",
			[]tagged{{"Sony and Toyota", O, 0}, {"Rwanda and Burundi", O, 0}},
			[]wantFact{{"Sony", "Sony", O}, {"Toyota", "Toyota", O}, {"Rwanda", "Rwanda", L}, {"Burundi", "Burundi", L}},
		},
		{
			"a name known whole stays one",
			"Procter and Gamble sells in Trinidad and Tobago.",
			[]tagged{{"Procter and Gamble", O, 0}, {"Trinidad and Tobago", L, 0}},
			[]wantFact{{"Procter and Gamble", "Procter and Gamble", O}, {"Trinidad and Tobago", "Trinidad and Tobago", L}},
		},
		{
			"persons' names, works and persons stay one",
			"Brooks and Dunn sang Foundation and Earth with Sony and Toyota.",
			[]tagged{{"Brooks and Dunn", O, 0}, {"Foundation and Earth", M, 0}, {"Sony and Toyota", P, 0}},
			[]wantFact{{"Brooks and Dunn", "Brooks and Dunn", O}, {"Foundation and Earth", "Foundation and Earth", M}, {"Sony and Toyota", "Sony and Toyota", P}},
		},
	})
}

func TestPersonOfCompany(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{
		GazCompany: {"apple", "america", "sciences"}, GazFirstName: {"tim"}, GazCountry: {"america"}, GazCommon: {"cook", "national"},
	})
	P, O := corpus.FactPerson, corpus.FactOrganization
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a person of a company is two names",
			"Mukesh Ambani of Reliance Industries and Tim Cook of Apple spoke.",
			[]tagged{{"Mukesh Ambani of Reliance Industries", O, 0}, {"Tim Cook of Apple", O, 0}},
			[]wantFact{{"Mukesh Ambani", "Mukesh Ambani", P}, {"Reliance Industries", "Reliance Industries", O}, {"Tim Cook", "Tim Cook", P}, {"Apple", "Apple", O}},
		},
		{
			"institutions named of a place or a field stay one",
			"The Boy Scouts of America, the National Academies of Sciences and the Royal Bank of Scotland Group met.",
			[]tagged{{"Boy Scouts of America", O, 0}, {"National Academies of Sciences", O, 0}, {"Royal Bank of Scotland Group", O, 0}},
			[]wantFact{{"Boy Scouts of America", "Boy Scouts of America", O}, {"National Academies of Sciences", "National Academies of Sciences", O},
				{"Royal Bank of Scotland Group", "Royal Bank of Scotland Group", O}},
		},
	})
}

func TestListsOfFullNames(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{GazCommon: {"one", "direction", "pie"}, GazFirstName: {"crystal"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a two-word item of a list of full names is a person, and so is the untagged one closing it",
			"The committee included Helen Keller, Roger Baldwin, Crystal Eastman, Walter Nelles, and Morris Ernst.",
			[]tagged{{"Helen Keller", P, 0}, {"Roger Baldwin", P, 0}, {"Crystal Eastman", O, 0}, {"Walter Nelles", P, 0}},
			[]wantFact{{"Helen Keller", "Helen Keller", P}, {"Roger Baldwin", "Roger Baldwin", P}, {"Crystal Eastman", "Crystal Eastman", P},
				{"Walter Nelles", "Walter Nelles", P}, {"Morris Ernst", "Morris Ernst", P}},
		},
		{
			"bands named by common words stay",
			"Acts were Tim Robbins, Arlo Guthrie, One Direction and Pie Traynor.",
			[]tagged{{"Tim Robbins", P, 0}, {"Arlo Guthrie", P, 0}, {"One Direction", O, 0}},
			[]wantFact{{"Tim Robbins", "Tim Robbins", P}, {"Arlo Guthrie", "Arlo Guthrie", P}, {"One Direction", "One Direction", O}},
		},
	})
}

func TestProductKinds(t *testing.T) {
	M := corpus.FactMisc
	checkResolveCases(t, nil, []resolveCase{
		{
			"a product's kind in lower case ends no product's name",
			"It previewed the Mac OS X Lion operating system and the iPhone smartphone on a Boeing 787 aircraft.",
			[]tagged{{"Mac OS X Lion operating system", M, 0}, {"iPhone smartphone", M, 0}, {"Boeing 787 aircraft", M, 0}},
			[]wantFact{{"Mac OS X Lion", "Mac OS X Lion", M}, {"iPhone", "iPhone", M}, {"Boeing 787", "Boeing 787", M}},
		},
		{
			"a kind after a word in lower case, or a system, stays",
			"A Gaussian mixture model fits the Solar system and the CMU Sphinx system.",
			[]tagged{{"Gaussian mixture model", M, 0}, {"Solar system", M, 0}, {"CMU Sphinx system", M, 0}},
			[]wantFact{{"Gaussian mixture model", "Gaussian mixture model", M}, {"Solar system", "Solar system", M}, {"CMU Sphinx system", "CMU Sphinx system", M}},
		},
	})
}

func TestHyphenatedPairs(t *testing.T) {
	P, L, O := corpus.FactPerson, corpus.FactLocation, corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"iran", "iraq", "guinea", "guinea-bissau"}, GazCity: {"bissau"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a place named with a hyphen joins",
			"Cholera spread in Guinea-Bissau.",
			[]tagged{{"Guinea", L, 0}, {"Bissau", L, 0}},
			[]wantFact{{"Guinea-Bissau", "Guinea-Bissau", L}},
		},
		{
			"two known places or two persons named alone stay two names",
			"Bush won. The Iran-Iraq war ended, and the Bush-Cheney campaign began.",
			[]tagged{{"Bush", P, 0}, {"Iran", L, 0}, {"Iraq", L, 0}, {"Bush", P, 1}, {"Cheney", P, 0}},
			[]wantFact{{"Bush", "Bush", P}, {"Iran", "Iran", L}, {"Iraq", "Iraq", L}, {"Bush", "Bush", P}, {"Cheney", "Cheney", P}},
		},
		{
			"two organizations named alone elsewhere stay two",
			"Emails expose Boeing-Air Force talks. The Air Force chose Boeing.",
			[]tagged{{"Boeing", O, 0}, {"Air Force", O, 0}, {"Air Force", O, 1}, {"Boeing", O, 1}},
			[]wantFact{{"Boeing", "Boeing", O}, {"Air Force", "Air Force", O}, {"Air Force", "Air Force", O}, {"Boeing", "Boeing", O}},
		},
		{
			"pieces of one name join",
			"Faber-Castell makes pencils.",
			[]tagged{{"Faber", O, 0}, {"Castell", O, 0}},
			[]wantFact{{"Faber-Castell", "Faber-Castell", O}},
		},
	})
}

func TestCompaniesJoinedByAnd(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{
		GazCompany: {"best buy", "nissan", "renault", "health", "procter & gamble", "procter", "gamble", "singapore", "ford", "general motors", "google", "bloomberg", "alphabet", "mitsubishi"},
		GazSurname: {"ford"},
		GazCountry: {"singapore", "france"},
		GazCity:    {"singapore"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"two companies one mention are two, countries places",
			"Retailers, including Best Buy and Radio Shack, gained. Nissan and Renault agreed. It tied with Singapore and France.",
			[]tagged{{"Best Buy and Radio Shack", O, 0}, {"Nissan and Renault", O, 0}, {"Singapore and France", O, 0}},
			[]wantFact{{"Best Buy", "Best Buy", O}, {"Radio Shack", "Radio Shack", O}, {"Nissan", "Nissan", O}, {"Renault", "Renault", O},
				{"Singapore", "Singapore", L}, {"France", "France", L}},
		},
		{
			"one name: an institution's head, a one-word company beside unknown words, a firm written with &",
			"The Health and Safety Executive ruled. Procter and Gamble said.",
			[]tagged{{"Health and Safety Executive", O, 0}, {"Procter and Gamble", O, 0}},
			[]wantFact{{"Health and Safety Executive", "Health and Safety Executive", O}, {"Procter and Gamble", "Procter and Gamble", O}},
		},
		{
			"a head word ends the whole name unless its side is a known company",
			"Shares of Ford and General Motors fell. The Securities and Exchange Commission said so.",
			[]tagged{{"Ford and General Motors", O, 0}, {"Securities and Exchange Commission", O, 0}},
			[]wantFact{{"Ford", "Ford", O}, {"General Motors", "General Motors", O}, {"Securities and Exchange Commission", "Securities and Exchange Commission", O}},
		},
		{
			"a known organization joins a company, a possessive's owner the right side",
			"Demand from Meta and Alphabet's Google grew. Reports on Bloomberg and Reuters said so.",
			[]tagged{{"Meta and Alphabet's Google", O, 0}, {"Bloomberg and Reuters", O, 0}},
			[]wantFact{{"Meta", "Meta", O}, {"Alphabet", "Alphabet", O}, {"Google", "Google", O}, {"Bloomberg", "Bloomberg", O}, {"Reuters", "Reuters", O}},
		},
		{
			"a known company and its company word are a known company",
			"Nissan is allied with Renault and Mitsubishi Motors.",
			[]tagged{{"Nissan", O, 0}, {"Renault and Mitsubishi Motors", O, 0}},
			[]wantFact{{"Nissan", "Nissan", O}, {"Renault", "Renault", O}, {"Mitsubishi Motors", "Mitsubishi Motors", O}},
		},
		{
			"a firm the list writes with & is one name when the tagger found two",
			"Procter and Gamble said.",
			[]tagged{{"Procter", O, 0}, {"Gamble", O, 0}},
			[]wantFact{{"Procter and Gamble", "Procter and Gamble", O}},
		},
	})
}

func TestTrimKeepsNamesWrittenInLowerCase(t *testing.T) {
	P, L, O := corpus.FactPerson, corpus.FactLocation, corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{
		GazCommon:    {"former", "the"},
		GazFirstName: {"samantha"},
		GazSurname:   {"fox"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a common word or a modifier before a capitalised name is dropped",
			"The former Jassy spoke. A plant in south-east Delhi and lowland Europe closed.",
			[]tagged{{"former Jassy", P, 0}, {"south-east Delhi", L, 0}, {"lowland Europe", L, 0}},
			[]wantFact{{"Jassy", "Jassy", P}, {"Delhi", "Delhi", L}, {"Europe", "Europe", L}},
		},
		{
			"names in lower case, a given name before a surname and an article glued by a hyphen stay",
			"Girls from san francisco met jill allen. By samantha Fox, according to az-Zaman.",
			[]tagged{{"san francisco", L, 0}, {"jill allen", P, 0}, {"samantha Fox", P, 0}, {"az-Zaman", O, 0}},
			[]wantFact{{"san francisco", "San Francisco", L}, {"jill allen", "Jill Allen", P}, {"samantha Fox", "samantha Fox", P}, {"az-Zaman", "az-Zaman", O}},
		},
	})
}

func TestPlaceHeadAfterTitle(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a person named after a place's head stays one after a title or office",
			"Senator John Tower spoke. The coach Bruce Arena said. Trade Representative Carla Hills met him.",
			[]tagged{{"John Tower", P, 0}, {"Bruce Arena", P, 0}, {"Carla Hills", P, 0}},
			[]wantFact{{"John Tower", "John Tower", P}, {"Bruce Arena", "Bruce Arena", P}, {"Carla Hills", "Carla Hills", P}},
		},
		{
			"without one the head decides",
			"He flew over Hudson Bay and a former King County office.",
			[]tagged{{"Hudson Bay", P, 0}, {"King County", P, 0}},
			[]wantFact{{"Hudson Bay", "Hudson Bay", L}, {"King County", "King County", L}},
		},
	})
}

func TestPartyBeforeState(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a lawmaker's party glued to the state is no part of the place's name",
			"Rep. Jim Jordan, R-Ohio, spoke after Sen. Chuck Schumer, D-N.Y., left.",
			[]tagged{{"Jim Jordan", P, 0}, {"R-Ohio", L, 0}, {"Chuck Schumer", P, 0}, {"D-N.Y.", L, 0}},
			[]wantFact{{"Jim Jordan", "Jim Jordan", P}, {"R-Ohio", "Ohio", L}, {"Chuck Schumer", "Chuck Schumer", P}, {"D-N.Y.", "New York", L}},
		},
		{
			"the state after a lawmaker's party is a place, tagged or not, and its facet spelt out",
			"Sen. Mike Braun, R-Ind., said. Chris Coons, D-Del., and Rep. Kevin McCarthy (R-Calif) spoke. Grade R-Type, said.",
			[]tagged{{"Mike Braun", P, 0}, {"R-Ind.", corpus.FactOrganization, 0}, {"Chris Coons", P, 0}, {"Kevin McCarthy", P, 0}},
			[]wantFact{{"Mike Braun", "Mike Braun", P}, {"R-Ind.", "Indiana", L}, {"Chris Coons", "Chris Coons", P}, {"D-Del.", "Delaware", L},
				{"Kevin McCarthy", "Kevin McCarthy", P}, {"R-Calif", "California", L}},
		},
	})
}

func TestTrimKeepsTheOfTitles(t *testing.T) {
	O, M := corpus.FactOrganization, corpus.FactMisc
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a work's title keeps its article; an organization's canonical name drops it",
			"He wrote The Screwtape Letters for The Guardian.",
			[]tagged{{"The Screwtape Letters", M, 0}, {"The Guardian", O, 0}},
			[]wantFact{{"The Screwtape Letters", "The Screwtape Letters", M}, {"The Guardian", "Guardian", O}},
		},
	})
}

func TestTitleSurnamesFoundAgain(t *testing.T) {
	P := corpus.FactPerson
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazCommon: {"major"}}), []resolveCase{
		{
			"a title that is the surname of a person named in full is found again before a speech verb, not before a name",
			"Prime Minister John Major spoke on Tuesday. Major said the party was united. Major General Smith agreed.",
			[]tagged{{"John Major", P, 0}, {"Smith", P, 0}},
			[]wantFact{{"John Major", "John Major", P}, {"Major", "John Major", P}, {"Smith", "Smith", P}},
		},
	})
}

func TestDoubleBarrelledSurnames(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazFirstName: {"phoebe", "marie"}, GazCity: {"london bridge"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a given name before a double-barrelled surname ending in a place's word is a person",
			"Creator Phoebe Waller-Bridge accepted it. They sailed to Marie-Galante.",
			[]tagged{{"Phoebe Waller-Bridge", L, 0}, {"Marie-Galante", L, 0}},
			[]wantFact{{"Phoebe Waller-Bridge", "Phoebe Waller-Bridge", P}, {"Marie-Galante", "Marie-Galante", L}},
		},
	})
}

func TestTrimDropsPostNominals(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"letters after a person and a member's title after a party are cut; a handle keeps its letters",
			"Judge Neil Ford QC sentenced him. The Conservative MP said so. Read PeterDutton_MP now.",
			[]tagged{{"Neil Ford QC", P, 0}, {"Conservative MP", O, 0}, {"PeterDutton_MP", P, 0}},
			[]wantFact{{"Neil Ford", "Neil Ford", P}, {"Conservative", "Conservative", O}, {"PeterDutton_MP", "PeterDutton_MP", P}},
		},
		{
			"the Irish deputy premier's title is no part of the name",
			"Last night Tanaiste Leo Varadkar made a claim.",
			[]tagged{{"Tanaiste Leo Varadkar", P, 0}},
			[]wantFact{{"Leo Varadkar", "Leo Varadkar", P}},
		},
	})
}

func TestNationalityBeforeTitle(t *testing.T) {
	P, M := corpus.FactPerson, corpus.FactMisc
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a nationality before a title is no part of a person's name; a title alone names no one",
			"The Roman Emperor Hadrian built a wall. He met Saudi King Abdullah. He became Holy Roman Emperor in 1530.",
			[]tagged{{"Roman Emperor Hadrian", P, 0}, {"Saudi King Abdullah", P, 0}, {"Roman Emperor", P, 1}},
			[]wantFact{{"Hadrian", "Hadrian", P}, {"Saudi", "Saudi", M}, {"Abdullah", "Abdullah", P}},
		},
	})
}

func TestOfficeBetweenNames(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{
		GazFirstName: {"antonio", "arnold", "william", "alfred", "tom", "helen", "victoria", "nancy", "amr"},
		GazCountry:   {"united states", "sudan"}, GazRegion: {"california"}, GazCommon: {"hospital", "ban", "moon"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an office between an institution or a place and a person's name: two names",
			"U.N. Secretary-General Antonio Guterres spoke. California Governor Arnold Schwarzenegger signed. U.S. Ambassador William Brownfield left.",
			[]tagged{{"U.N. Secretary-General Antonio Guterres", O, 0}, {"California Governor Arnold Schwarzenegger", O, 0}, {"U.S. Ambassador William Brownfield", O, 0}},
			[]wantFact{{"U.N.", "United Nations", O}, {"Antonio Guterres", "Antonio Guterres", P}, {"California", "California", L}, {"Arnold Schwarzenegger", "Arnold Schwarzenegger", P},
				{"U.S.", "United States", L}, {"William Brownfield", "William Brownfield", P}},
		},
		{
			"a surname alone after a judge's title is the holder; a court's district is the office's",
			"The case was tried before U.S. District Judge Norgle.",
			[]tagged{{"U.S. District Judge Norgle", O, 0}},
			[]wantFact{{"U.S.", "United States", L}, {"Norgle", "Norgle", P}},
		},
		{
			"an office's remit after for comes between the office and the holder",
			"The U.N. High Commissioner for Refugees Sadako Ogata appealed.",
			[]tagged{{"U.N. High Commissioner for Refugees Sadako Ogata", O, 0}},
			[]wantFact{{"U.N.", "United Nations", O}, {"Sadako Ogata", "Sadako Ogata", P}},
		},
		{
			"after an office only a person holds any name of two words or more is the holder's",
			"WHO Director-General Tedros Adhanom Ghebreyesus spoke. IMF Managing Director Kristalina Georgieva said so.",
			[]tagged{{"WHO Director-General Tedros Adhanom Ghebreyesus", O, 0}, {"IMF Managing Director Kristalina Georgieva", O, 0}},
			[]wantFact{{"WHO", "WHO", O}, {"Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus", P},
				{"IMF", "International Monetary Fund", O}, {"Kristalina Georgieva", "Kristalina Georgieva", P}},
		},
		{
			"an institution of two words or more holds an office; a judge's and a justice's too; an office after of is an eponym's",
			"Federal Court Justice Helen Rofe ruled. Banco de México Governor Victoria Rodríguez Ceja spoke. National University of General San Martín grew.",
			[]tagged{{"Federal Court Justice Helen Rofe", O, 0}, {"Banco de México Governor Victoria Rodríguez Ceja", O, 0}, {"National University of General San Martín", O, 0}},
			[]wantFact{{"Federal Court", "Federal Court", O}, {"Helen Rofe", "Helen Rofe", P}, {"Banco de México", "Banco de México", O},
				{"Victoria Rodríguez Ceja", "Victoria Rodríguez Ceja", P}, {"National University of General San Martín", "National University of General San Martín", O}},
		},
		{
			"a justice's office ends no institution before the holder; a country's possessive before an office is the place",
			"Supreme Court Justice Sonia Sotomayor wrote. Sudan's Justice Minister, Ali Yassin, spoke. The Ministry of Justice Spokesman said so.",
			[]tagged{{"Supreme Court Justice", O, 0}, {"Sonia Sotomayor", P, 0}, {"Sudan's Justice", O, 0}, {"Ali Yassin", P, 0}, {"Ministry of Justice", O, 0}},
			[]wantFact{{"Supreme Court", "Supreme Court", O}, {"Sonia Sotomayor", "Sonia Sotomayor", P}, {"Sudan", "Sudan", L}, {"Ali Yassin", "Ali Yassin", P},
				{"Ministry of Justice", "Ministry of Justice", O}},
		},
		{
			"a person's name the tagger ran over an institution's office is cut from it; a title alone or a place's stays",
			"House Speaker Nancy Pelosi spoke. Arab League Secretary-General Amr Moussa flew. Prime Minister Tom Smith said.",
			[]tagged{{"House Speaker Nancy Pelosi", P, 0}, {"Arab League Secretary-General Amr Moussa", P, 0}, {"Prime Minister Tom Smith", P, 0}},
			[]wantFact{{"House", "House", O}, {"Nancy Pelosi", "Nancy Pelosi", P}, {"Arab League", "Arab League", O}, {"Amr Moussa", "Amr Moussa", P},
				{"Tom Smith", "Tom Smith", P}},
		},
		{
			"a county's State's Attorney is an office, not part of the place",
			"Cook County State's Attorney Eileen Burke spoke.",
			[]tagged{{"Cook County State", L, 0}, {"Eileen Burke", P, 0}},
			[]wantFact{{"Cook County", "Cook County", L}, {"Eileen Burke", "Eileen Burke", P}},
		},
		{
			"a Korean surname that is a common word opens the holder's name before a hyphened given name",
			"U.N. Secretary-General Ban Ki-moon spoke. The Ban Ki-moon Centre opened.",
			[]tagged{{"U.N. Secretary-General Ban Ki-moon", O, 0}, {"Ban Ki-moon Centre", O, 0}},
			[]wantFact{{"U.N.", "United Nations", O}, {"Ban Ki-moon", "Ban Ki-moon", P}, {"Ban Ki-moon Centre", "Ban Ki-moon Centre", O}},
		},
		{
			"a head word or another office opens no holder's name",
			"Arizona State University Tempe campus. Philippine Foreign Undersecretary Jose Brillantes spoke.",
			[]tagged{{"Arizona State University Tempe", O, 0}, {"Philippine Foreign Undersecretary Jose Brillantes", O, 0}},
			[]wantFact{{"Arizona State University Tempe", "Arizona State University Tempe", O},
				{"Philippine Foreign Undersecretary Jose Brillantes", "Philippine Foreign Undersecretary Jose Brillantes", O}},
		},
		{
			"one name when a place's head ends it or no known holder opens it; a legislature holds offices",
			"The Royal Prince Alfred Hospital opened. House Majority Leader Tom DeLay spoke. Warner Majority Leader Tom Smith came.",
			[]tagged{{"Royal Prince Alfred Hospital", L, 0}, {"House Majority Leader Tom DeLay", O, 0}, {"Warner Majority Leader Tom Smith", O, 0}},
			[]wantFact{{"Royal Prince Alfred Hospital", "Royal Prince Alfred Hospital", L}, {"House", "House", O}, {"Tom DeLay", "Tom DeLay", P},
				{"Warner Majority Leader Tom Smith", "Warner Majority Leader Tom Smith", O}},
		},
	})
}

func TestMakerAndModelFoundAsOneName(t *testing.T) {
	O, M := corpus.FactOrganization, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{
		GazCompany: {"airbus", "boeing", "cambridge"},
		GazCity:    {"cambridge"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a known maker's model found as one organization is a product; a place's station stays",
			"The A380, known as the Airbus A3XX, flew. A Boeing 747 landed. Join Sara on Cambridge 105 now.",
			[]tagged{{"Airbus A3XX", O, 0}, {"Boeing 747", O, 0}, {"Cambridge 105", O, 0}},
			[]wantFact{{"Airbus A3XX", "Airbus A3XX", M}, {"Boeing 747", "Boeing 747", M}, {"Cambridge 105", "Cambridge 105", O}},
		},
		{
			"a score after a team is no model number; a known maker's dashed number is",
			"The Lakers beat the Golden State Warriors 118-109 on Sunday. Ryanair flew a Boeing 737-800 jet.",
			[]tagged{{"Golden State Warriors", O, 0}, {"Boeing", O, 0}},
			[]wantFact{{"Lakers", "Lakers", O}, {"Golden State Warriors", "Golden State Warriors", O}, {"Boeing 737-800", "Boeing 737-800", M}},
		},
	})
}

func TestRegistrySpelling(t *testing.T) {
	O := corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{
		GazCompany: {"ford motor", "cisco systems", "general motors", "ibm systems"},
	})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a company's last word in the wrong number takes the lists' spelling; a listed or unknown name stays",
			"Ford Motors Co. gained. Cisco System's VPN failed. General Motors and Nissan Motors fell. IBM SYSTEM grew.",
			[]tagged{{"Ford Motors Co.", O, 0}, {"Cisco System", O, 0}, {"General Motors", O, 0}, {"Nissan Motors", O, 0}, {"IBM SYSTEM", O, 0}},
			[]wantFact{{"Ford Motors Co.", "Ford Motor", O}, {"Cisco System", "Cisco Systems", O}, {"General Motors", "General Motors", O},
				{"Nissan Motors", "Nissan Motors", O}, {"IBM SYSTEM", "IBM Systems", O}},
		},
	})
}

func TestAcronymSpellingATown(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"nato", "eads", "boston", "oakland"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an organization in capitals among mixed case keeps its capitals though a town is so named",
			"He said NATO agreed. Then EADS said so.",
			[]tagged{{"NATO", O, 0}, {"EADS", O, 0}},
			[]wantFact{{"NATO", "NATO", O}, {"EADS", "EADS", O}},
		},
		{
			"names on a line in capitals are spelt as places are",
			"OAKLAND AT BOSTON\nThe game was late.",
			[]tagged{{"OAKLAND", O, 0}, {"BOSTON", L, 0}},
			[]wantFact{{"OAKLAND", "Oakland", O}, {"BOSTON", "Boston", L}},
		},
	})
}

func TestPlaceAcronyms(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, nil, []resolveCase{
		{
			"the initials of a place of three words or more name it, tagged or not",
			"Troops left the Democratic Republic of Congo. In eastern DRC the DRC army and New York City police met, as NYC said.",
			[]tagged{{"Democratic Republic of Congo", L, 0}, {"DRC", O, 0}, {"New York City", L, 0}},
			[]wantFact{{"Democratic Republic of Congo", "Democratic Republic of Congo", L}, {"DRC", "Democratic Republic of Congo", L},
				{"DRC", "Democratic Republic of Congo", L}, {"New York City", "New York City", L}, {"NYC", "New York City", L}},
		},
		{
			"two words make no place acronym",
			"Los Angeles grew. LA said so.",
			[]tagged{{"Los Angeles", L, 0}, {"LA", O, 0}},
			[]wantFact{{"Los Angeles", "Los Angeles", L}, {"LA", "LA", O}},
		},
	})
}

func TestWithoutDotCom(t *testing.T) {
	O := corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{GazCompany: {"amazon", "booking"}, GazCommon: {"booking"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a company named by its web address is the bare name when that is a company; a common word stays an address",
			"Amazon.com Inc. said sales rose. Booking.com grew. Overstock.com fell and Overstock said so. Wired.com wrote.",
			[]tagged{{"Amazon.com Inc.", O, 0}, {"Booking.com", O, 0}, {"Overstock.com", O, 0}, {"Overstock", O, 1}, {"Wired.com", O, 0}},
			[]wantFact{{"Amazon.com Inc.", "Amazon", O}, {"Booking.com", "Booking.com", O}, {"Overstock.com", "Overstock", O},
				{"Overstock", "Overstock", O}, {"Wired.com", "Wired.com", O}},
		},
	})
}

func TestAcronymDefinesInstitution(t *testing.T) {
	O := corpus.FactOrganization
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"words an acronym spells, one naming an institution's kind, are an organization, and so is the acronym",
			"The Office for Budget Responsibility (OBR) cut its forecast. The OBR said so.",
			nil,
			[]wantFact{{"Office for Budget Responsibility", "Office for Budget Responsibility", O},
				{"OBR", "Office for Budget Responsibility", O}, {"OBR", "Office for Budget Responsibility", O}},
		},
		{
			"a long name's acronym may leave one word's initial out",
			"It traded on the London International Financial Futures and Options Exchange ( LIFFE ) today.",
			[]tagged{{"London International Financial Futures", O, 0}},
			[]wantFact{{"London International Financial Futures and Options Exchange", "London International Financial Futures and Options Exchange", O},
				{"LIFFE", "London International Financial Futures and Options Exchange", O}},
		},
		{
			"a title or words naming no institution stay untagged",
			"The Chief Executive Officer (CEO) left. Artificial Intelligence (AI) grew.",
			nil,
			nil,
		},
	})
}

func TestSpells(t *testing.T) {
	for _, tc := range []struct {
		acr, initials string
		want          bool
	}{{"LIFFE", "LIFFOE", true}, {"SEC", "SEC", false}, {"LIE", "LIFFOE", false}, {"IFFOE", "LIFFOE", false}} {
		if got := spells(tc.acr, tc.initials); got != tc.want {
			t.Errorf("spells(%q, %q) = %v, want %v", tc.acr, tc.initials, got, tc.want)
		}
	}
}

func TestOrganizationsEndingInAPlaceHead(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazCompany: {"google"}}), []resolveCase{
		{
			"a stadium, a canal or islands are places; an airport or a city club keeps the tagger's word",
			"They played at the Emirates Stadium near the Istanbul Canal and the Nile Delta. Heathrow Airport and Hull City grew.",
			[]tagged{{"Emirates Stadium", O, 0}, {"Istanbul Canal", O, 0}, {"Nile Delta", O, 0}, {"Heathrow Airport", O, 0}, {"Hull City", O, 0}},
			[]wantFact{{"Emirates Stadium", "Emirates Stadium", L}, {"Istanbul Canal", "Istanbul Canal", L}, {"Nile Delta", "Nile Delta", L},
				{"Heathrow Airport", "Heathrow Airport", O}, {"Hull City", "Hull City", O}},
		},
		{
			"a drive, an avenue or a boulevard is a street, a known company's drive its product",
			"It unfolded near Miller Drive and Southwest 117th Avenue. Rallies filled Unity Boulevard. Files sat in Google Drive. Fans left Oakland Coliseum.",
			[]tagged{{"Miller Drive", O, 0}, {"Southwest 117th Avenue", O, 0}, {"Unity Boulevard", O, 0}, {"Google Drive", O, 0}, {"Oakland Coliseum", O, 0}},
			[]wantFact{{"Miller Drive", "Miller Drive", L}, {"Southwest 117th Avenue", "Southwest 117th Avenue", L},
				{"Unity Boulevard", "Unity Boulevard", L}, {"Google Drive", "Google Drive", O}, {"Oakland Coliseum", "Oakland Coliseum", L}},
		},
	})
}

func TestGivenNameOfTheDominantPerson(t *testing.T) {
	P := corpus.FactPerson
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a given name two people share is the one the document names three times as often",
			"Steve Jobs died. Jobs founded Apple. Steve Jobs was 56. Steve Ballmer said he would miss Steve.",
			[]tagged{{"Steve Jobs", P, 0}, {"Jobs", P, 1}, {"Steve Jobs", P, 1}, {"Steve Ballmer", P, 0}, {"Steve", P, 3}},
			[]wantFact{{"Steve Jobs", "Steve Jobs", P}, {"Jobs", "Steve Jobs", P}, {"Steve Jobs", "Steve Jobs", P},
				{"Steve Ballmer", "Steve Ballmer", P}, {"Steve", "Steve Jobs", P}},
		},
		{
			"and stays itself when neither is",
			"Steve Jobs died. Steve Ballmer said he would miss Steve. Jobs founded Apple.",
			[]tagged{{"Steve Jobs", P, 0}, {"Steve Ballmer", P, 0}, {"Steve", P, 2}, {"Jobs", P, 1}},
			[]wantFact{{"Steve Jobs", "Steve Jobs", P}, {"Steve Ballmer", "Steve Ballmer", P}, {"Steve", "Steve", P}, {"Jobs", "Steve Jobs", P}},
		},
		{
			"a surname two persons named in full share is a person's, of neither",
			"Pete Hegseth won. Critics called Hegseth unfit. His sister-in-law, Danielle Hegseth, spoke.",
			[]tagged{{"Pete Hegseth", P, 0}, {"Hegseth", corpus.FactOrganization, 1}, {"Danielle Hegseth", P, 0}},
			[]wantFact{{"Pete Hegseth", "Pete Hegseth", P}, {"Hegseth", "Hegseth", P}, {"Danielle Hegseth", "Danielle Hegseth", P}},
		},
	})
}

func TestIndustryHeadsEndNoPerson(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a name ending in a utility's or an industry's word is a company; Power ends persons too",
			"Thames Water's creditors met British Gas and Tyrone Power.",
			[]tagged{{"Thames Water", P, 0}, {"British Gas", P, 0}, {"Tyrone Power", P, 0}},
			[]wantFact{{"Thames Water", "Thames Water", O}, {"British Gas", "British Gas", O}, {"Tyrone Power", "Tyrone Power", P}},
		},
	})
}

func TestPlaceListedWithPlacesIsNoCompany(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCompany: {"berkshire"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a known company's name joined to a place is the place",
			"Spills in Oxfordshire and Berkshire grew.",
			[]tagged{{"Oxfordshire", L, 0}, {"Berkshire", L, 0}},
			[]wantFact{{"Oxfordshire", "Oxfordshire", L}, {"Berkshire", "Berkshire", L}},
		},
		{
			"alone it is the company",
			"Berkshire bought shares.",
			[]tagged{{"Berkshire", L, 0}},
			[]wantFact{{"Berkshire", "Berkshire", O}},
		},
	})
}

func TestHyphenatedSurnameFoundAgainWhole(t *testing.T) {
	P := corpus.FactPerson
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"the surname of a full name is found again whole when hyphenated",
			"The court upheld the conviction of Sam Bankman-Fried. Bankman-Fried, 33, is in prison. Lawyers for Bankman-Fried spoke.",
			[]tagged{{"Sam Bankman-Fried", P, 0}},
			[]wantFact{{"Sam Bankman-Fried", "Sam Bankman-Fried", P}, {"Bankman-Fried", "Sam Bankman-Fried", P}, {"Bankman-Fried", "Sam Bankman-Fried", P}},
		},
	})
}

func TestCompanyFoundAgainWithoutTail(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"singapore"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a company is found again without its legal form; a place before a tail is not",
			"Control Data Corp. cut jobs. During that time, Control Data had losses. Singapore Airlines Ltd. flies to Singapore.",
			[]tagged{{"Control Data Corp.", O, 0}, {"Singapore Airlines Ltd.", O, 0}},
			[]wantFact{{"Control Data Corp.", "Control Data", O}, {"Control Data", "Control Data", O}, {"Singapore Airlines Ltd.", "Singapore Airlines", O}, {"Singapore", "Singapore", L}},
		},
	})
}

func TestProductLines(t *testing.T) {
	P, M := corpus.FactPerson, corpus.FactMisc
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a name between its and a noun is a product line; a person after its title stays",
			"Demand for its Blackwell chips grew. Its chief Jensen Huang spoke.",
			[]tagged{{"Blackwell", P, 0}, {"Jensen Huang", P, 0}},
			[]wantFact{{"Blackwell", "Blackwell", M}, {"Jensen Huang", "Jensen Huang", P}},
		},
	})
}

func TestInnerNameResolves(t *testing.T) {
	P := corpus.FactPerson
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"the name a person goes by inside a long one resolves to it; not inside a run the tagger took too far",
			"Luiz Inacio Lula da Silva met Dana Rohrabacher of California Republicans. Lula spoke. California was sunny.",
			[]tagged{{"Luiz Inacio Lula da Silva", P, 0}, {"Dana Rohrabacher of California Republicans", P, 0}, {"Lula", P, 1}, {"California", P, 1}},
			[]wantFact{{"Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva", P},
				{"Dana Rohrabacher of California Republicans", "Dana Rohrabacher of California Republicans", P},
				{"Lula", "Luiz Inacio Lula da Silva", P}, {"California", "California", P}},
		},
	})
}

func TestOfficeEndsNoOrganization(t *testing.T) {
	O, P := corpus.FactOrganization, corpus.FactPerson
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazCommon: {"first"}, GazCountry: {"united states"}}), []resolveCase{
		{
			"an office before its holder's name is cut from the organization; an office whole is no name",
			"Senate Majority Leader John Thune spoke. NBA Commissioner David Stern spoke. An IMF official, First Deputy Managing Director John Lipsky, spoke.",
			[]tagged{{"Senate Majority Leader", O, 0}, {"John Thune", P, 0}, {"NBA Commissioner", O, 0}, {"David Stern", P, 0},
				{"IMF", O, 0}, {"First Deputy Managing Director", O, 0}, {"John Lipsky", P, 0}},
			[]wantFact{{"Senate", "Senate", O}, {"John Thune", "John Thune", P}, {"NBA", "NBA", O}, {"David Stern", "David Stern", P},
				{"IMF", "International Monetary Fund", O}, {"John Lipsky", "John Lipsky", P}},
		},
		{
			"a party's word before an office in lower case goes with it; a party's own name stays",
			"Senate Democratic leader Chuck Schumer voted. The Democratic Party said so.",
			[]tagged{{"Senate Democratic", O, 0}, {"Chuck Schumer", P, 0}, {"Democratic Party", O, 0}},
			[]wantFact{{"Senate", "Senate", O}, {"Chuck Schumer", "Chuck Schumer", P}, {"Democratic Party", "Democratic Party", O}},
		},
		{
			"a place's office with no holder named is the place; a college team is not",
			"Breon Peace, the U.S. Attorney in Brooklyn, spoke. Ohio State won.",
			[]tagged{{"Breon Peace", P, 0}, {"U.S. Attorney", O, 0}, {"Brooklyn", corpus.FactLocation, 0}, {"Ohio State", O, 0}},
			[]wantFact{{"Breon Peace", "Breon Peace", P}, {"U.S.", "United States", corpus.FactLocation}, {"Brooklyn", "Brooklyn", corpus.FactLocation},
				{"Ohio State", "Ohio State", O}},
		},
		{
			"a chief minister governs a state: the name before the office is a place",
			"Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur led the march.",
			[]tagged{{"Khyber Pakhtunkhwa", O, 0}, {"Ali Amin Gandapur", P, 0}},
			[]wantFact{{"Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", corpus.FactLocation}, {"Ali Amin Gandapur", "Ali Amin Gandapur", P}},
		},
		{
			"a governor's, a president's office ends no organization's name",
			"Bank of England Governor Andrew Bailey spoke. Harvard President Claudine Gay resigned.",
			[]tagged{{"Bank of England Governor", O, 0}, {"Andrew Bailey", P, 0}, {"Harvard President", O, 0}, {"Claudine Gay", P, 0}},
			[]wantFact{{"Bank of England", "Bank of England", O}, {"Andrew Bailey", "Andrew Bailey", P}, {"Harvard", "Harvard", O}, {"Claudine Gay", "Claudine Gay", P}},
		},
	})
}

func TestAcronymAfterTwoNames(t *testing.T) {
	O := corpus.FactOrganization
	checkResolveCases(t, nil, []resolveCase{
		{
			"an acronym in parentheses after two names is their affiliation, not either's short name",
			"Publishers: Smack Songs LLC (ASCAP), Sea Gayle Music (ASCAP). Later ASCAP paid. Amazon Web Services (AWS) grew, and AWS hired.",
			[]tagged{{"Smack Songs LLC", O, 0}, {"ASCAP", O, 0}, {"Sea Gayle Music", O, 0}, {"ASCAP", O, 1}, {"ASCAP", O, 2}, {"Amazon Web Services", O, 0}, {"AWS", O, 0}},
			[]wantFact{{"Smack Songs LLC", "Smack Songs", O}, {"ASCAP", "ASCAP", O}, {"Sea Gayle Music", "Sea Gayle Music", O}, {"ASCAP", "ASCAP", O},
				{"ASCAP", "ASCAP", O}, {"Amazon Web Services", "Amazon Web Services", O}, {"AWS", "Amazon Web Services", O}, {"AWS", "Amazon Web Services", O}},
		},
	})
}

func TestMiddleNameVariants(t *testing.T) {
	P := corpus.FactPerson
	checkResolveCases(t, nil, []resolveCase{
		{
			"a full name with a middle initial is the name without it where the article writes that too, and the surname follows",
			"Donald J. Trump won. Donald Trump said so. Trump left.",
			[]tagged{{"Donald J. Trump", P, 0}, {"Donald Trump", P, 0}, {"Trump", P, 2}},
			[]wantFact{{"Donald J. Trump", "Donald Trump", P}, {"Donald Trump", "Donald Trump", P}, {"Trump", "Donald Trump", P}},
		},
		{
			"two middles of one name are two persons",
			"George H.W. Bush and George W. Bush met George Bush. Bush spoke.",
			[]tagged{{"George H.W. Bush", P, 0}, {"George W. Bush", P, 0}, {"George Bush", P, 0}, {"Bush", P, 3}},
			[]wantFact{{"George H.W. Bush", "George H.W. Bush", P}, {"George W. Bush", "George W. Bush", P}, {"George Bush", "George Bush", P}, {"Bush", "Bush", P}},
		},
	})
}

func TestSurnamesNotFirms(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{GazCompany: {"bloomberg", "dell", "daniels"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a known company's name that is the surname of a person named in full is the person where no mention stands as a company",
			"Michael Bloomberg entered the race. Warren attacked Bloomberg on Tuesday. She made an exception for Bloomberg.",
			[]tagged{{"Michael Bloomberg", P, 0}, {"Warren", P, 0}, {"Bloomberg", O, 1}, {"Bloomberg", O, 2}},
			[]wantFact{{"Michael Bloomberg", "Michael Bloomberg", P}, {"Warren", "Warren", P}, {"Bloomberg", "Michael Bloomberg", P},
				{"Bloomberg", "Michael Bloomberg", P}},
		},
		{
			"one mention alone quoted speaking is the person too",
			"Stormy Daniels spoke to Kimmel. 'Did I?' Daniels said.",
			[]tagged{{"Stormy Daniels", P, 0}, {"Kimmel", P, 0}, {"Daniels", O, 1}},
			[]wantFact{{"Stormy Daniels", "Stormy Daniels", P}, {"Kimmel", "Kimmel", P}, {"Daniels", "Stormy Daniels", P}},
		},
		{
			"one company's cue keeps them all",
			"Michael Dell founded the firm. Dell shares rose. Dell said revenue grew.",
			[]tagged{{"Michael Dell", P, 0}, {"Dell", O, 1}, {"Dell", O, 2}},
			[]wantFact{{"Michael Dell", "Michael Dell", P}, {"Dell", "Dell", O}, {"Dell", "Dell", O}},
		},
	})
}
