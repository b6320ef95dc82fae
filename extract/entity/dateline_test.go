package entity

import (
	"testing"

	"tidings/corpus"
)

func TestDatelines(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCommon: {"has", "moved", "to"}, GazCountry: {"United Arab Emirates"}, GazCompany: {"IBM", "Phoenix"}, GazCity: {"Phoenix", "Seattle", "Beijing", "New Delhi", "Gaza"}})
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	tests := []resolveCase{
		{
			"known place in capitals before a dash or a colon and a sentence",
			"SEATTLE — Amazon said so.\nBEIJING -- China agreed.\nNEW DELHI: The government said.",
			[]tagged{{"Amazon", O, 0}, {"China", L, 0}},
			[]wantFact{{"SEATTLE", "Seattle", L}, {"Amazon", "Amazon", O}, {"BEIJING", "Beijing", L}, {"China", "China", L}, {"NEW DELHI", "New Delhi", L}},
		},
		{
			"a state and an agency after the dateline's place are a place and an organization",
			"SEATTLE, Wash. (AP) — Amazon said so.\nPHOENIX, Arizona (Reuters) - Rain fell.",
			[]tagged{{"Amazon", O, 0}},
			[]wantFact{{"SEATTLE", "Seattle", L}, {"Wash.", "Washington", L}, {"AP", "AP", O}, {"Amazon", "Amazon", O},
				{"PHOENIX", "Phoenix", L}, {"Arizona", "Arizona", L}, {"Reuters", "Reuters", O}},
		},
		{
			"a known region or state between the town and the dash vouches for a town the gazetteer lacks",
			"KHAN YOUNIS, GAZA — The assault went on.\nGLASGOW, United Arab Emirates - Thousands rallied.\nLAWRENCEVILLE, Ga. — A man was held.\nSOCCER, LEAGUE - Arsenal won.",
			[]tagged{{"KHAN YOUNIS", P, 0}, {"GLASGOW", O, 0}, {"Arsenal", O, 0}},
			[]wantFact{{"KHAN YOUNIS", "Khan Younis", L}, {"GAZA", "Gaza", L}, {"GLASGOW", "Glasgow", L}, {"United Arab Emirates", "United Arab Emirates", L},
				{"LAWRENCEVILLE", "Lawrenceville", L}, {"Ga.", "Georgia", L}, {"Arsenal", "Arsenal", O}},
		},
		{
			"a dateline's town in capitals is found again written in the story's case",
			"LAWRENCEVILLE, Ga. (AP) — Agents searched a Lawrenceville home.",
			nil,
			[]wantFact{{"LAWRENCEVILLE", "Lawrenceville", L}, {"Ga.", "Georgia", L}, {"AP", "AP", O}, {"Lawrenceville", "Lawrenceville", L}},
		},
		{
			"a headline's first words or a note before a dash are no dateline",
			"SOCCER - JAPAN GET LUCKY WIN\nNOTE: The figures are final.\nIBM - Shares rose.",
			nil,
			nil,
		},
		{
			"a dateline's trailer may name the region or country between commas",
			"TURIN, Italy, Nov 16 (AP) — Sinner won.\nKANSAS CITY, Mo. (AP) — Mahomes threw.",
			nil,
			[]wantFact{{"TURIN", "Turin", L}, {"AP", "AP", O}, {"KANSAS CITY", "Kansas City", L}, {"Mo.", "Missouri", L}, {"AP", "AP", O}},
		},
		{
			"two cities of one report joined by a slash",
			"JERUSALEM/CAIRO (Reuters) - Talks stalled.",
			[]tagged{{"CAIRO", O, 0}},
			[]wantFact{{"JERUSALEM", "Jerusalem", L}, {"CAIRO", "Cairo", L}, {"Reuters", "Reuters", O}},
		},
		{
			"place before an ISO date is a location",
			"BRUSSELS 1996-08-22\nThe Commission said so.",
			[]tagged{{"BRUSSELS", O, 0}},
			[]wantFact{{"BRUSSELS", "Brussels", L}},
		},
		{
			"untagged place before an agency is found, the agency an organization",
			"TEHRAN (AFP) - A contest opened.",
			nil,
			[]wantFact{{"TEHRAN", "Tehran", L}, {"AFP", "AFP", O}},
		},
		{
			"place before a comma and a month is a location",
			"MOSCOW, Oct 3 (Reuters) - Russia said.",
			[]tagged{{"MOSCOW", O, 0}, {"Reuters", O, 0}},
			[]wantFact{{"MOSCOW", "Moscow", L}, {"Reuters", "Reuters", O}},
		},
		{
			"hyphenated place before a country and a date",
			"AL-AIN, United Arab Emirates 1996-12-06\nJapan began.",
			[]tagged{{"AL-AIN, United Arab Emirates", L, 0}},
			[]wantFact{{"AL-AIN", "Al-Ain", L}, {"United Arab Emirates", "United Arab Emirates", L}},
		},
		{
			"agency acronym is not the place's expansion",
			"SAN FRANCISCO (AP) - Apple said.",
			[]tagged{{"SAN FRANCISCO", L, 0}, {"AP", L, 0}},
			[]wantFact{{"SAN FRANCISCO", "San Francisco", L}, {"AP", "AP", O}},
		},
		{
			"capitals headline without a date is left alone",
			"SOCCER - JAPAN GET LUCKY WIN\nJapan won.",
			[]tagged{{"JAPAN", L, 0}},
			[]wantFact{{"JAPAN", "Japan", L}, {"Japan", "Japan", L}}, // the place in capitals is found again in the story's case
		},
		{
			"common words before a street number are no dateline",
			"CLOSED.\nHAS MOVED TO 4783 Bay Rd.",
			nil,
			nil,
		},
		{
			"ticker in parentheses is no agency",
			"BOEING (BA.N) SAYS ORDERS ROSE",
			[]tagged{{"BOEING", O, 0}},
			[]wantFact{{"BOEING", "BOEING", O}},
		},
		{
			"known company before a date is no dateline",
			"IBM 2024-05-01 closed higher",
			[]tagged{{"IBM", O, 0}},
			[]wantFact{{"IBM", "IBM", O}},
		},
		{
			"place that is also a company before a date is a dateline",
			"PHOENIX 1996-08-22\nThe Suns won.",
			[]tagged{{"PHOENIX", O, 0}},
			[]wantFact{{"PHOENIX", "Phoenix", L}},
		},
		{
			"capitals mid-line are no dateline",
			"He met the FBI (AP) today.",
			[]tagged{{"FBI", O, 0}},
			[]wantFact{{"FBI", "FBI", O}},
		},
	}
	checkResolveCases(t, gaz, tests)
}

func TestTitleCaps(t *testing.T) {
	for in, want := range map[string]string{"NEW YORK": "New York", "VAL D'ISERE": "Val D'Isere", "SPA-FRANCORCHAMPS": "Spa-Francorchamps", "N.Y.": "N.Y."} {
		if got := titleCaps(in); got != want {
			t.Errorf("titleCaps(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsNumericDate(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"ISO date", "1996-08-22", true},
		{"slashed date", "12/06/1996", true},
		{"dotted date", "22.08.96", true},
		{"model number with one dash", "737-800", false},
		{"mixed separators", "1996-08/22", false},
		{"letters", "A321-200-1", false},
		{"trailing separator", "1996-08-", false},
		{"plain number", "4783", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := isNumericDate(tc.in); got != tc.want {
				t.Fatalf("isNumericDate(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
