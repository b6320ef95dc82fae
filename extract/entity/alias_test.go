package entity

import (
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
		{"EU", "EU", corpus.FactOrganization, "European Union"},
		{"person untouched", "US", corpus.FactPerson, "US"},
		{"misc untouched", "U.S.", corpus.FactMisc, "U.S."},
		{"other place untouched", "France", corpus.FactLocation, "France"},
		{"US opening an organization", "US Treasury", corpus.FactOrganization, "U.S. Treasury"},
		{"dotted US opening an organization", "U.S. Treasury", corpus.FactOrganization, "U.S. Treasury"},
		{"dotted UK opening an organization", "U.K. Treasury", corpus.FactOrganization, "UK Treasury"},
		{"US opening a misc name untouched", "US Open", corpus.FactMisc, "US Open"},
		{"US before a lower-case word untouched", "US and Canada", corpus.FactOrganization, "US and Canada"},
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
		{"Apple, Inc.", O, "Apple"},
		{"Inc.", O, "Inc."},
		{"Johnson & Johnson", O, "Johnson & Johnson"},
		{"Royal Shakespeare Company", O, "Royal Shakespeare Company"},
		{"British East India Company", O, "British East India Company"},
		{"US Treasury", O, "U.S. Treasury"},
		{"Wal - Mart", O, "Wal-Mart"},
		{"US", L, "United States"},
		{" Britain, ", L, "United Kingdom"},
		{"InnovationÂ", O, "Innovation"},
		{"Andy  Jassy", P, "Andy Jassy"},
		{"JOHN SMITH", P, "John Smith"},
	}
	for _, tc := range tests {
		if got := Canonical(tc.in, tc.typ); got != tc.want {
			t.Errorf("Canonical(%q, %s) = %q, want %q", tc.in, tc.typ, got, tc.want)
		}
	}
}
