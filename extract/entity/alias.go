package entity

import (
	"strings"

	"tidings/corpus"
)

// countryAliases map short and informal country names to one canonical
// name, so that facets count "U.S." and "United States" together. Keys
// are lower-cased with dots removed.
var countryAliases = map[string]string{
	"us": "United States", "usa": "United States", "united states of america": "United States",
	"the united states": "United States", "united states": "United States",
	"uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
	"united kingdom of great britain and northern ireland": "United Kingdom",
	"eu": "European Union", "uae": "United Arab Emirates", "un": "United Nations",
}

// aliasKey lower-cases s and drops its dots ("U.S.A." -> "usa").
func aliasKey(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), ".", "")
}

// canonicalAlias returns the canonical name of a place or organization
// written as a known alias; "America" counts only as a place, and
// persons and misc names are left alone ("US Open" is not a country).
func canonicalAlias(name string, typ corpus.FactType) string {
	if typ != corpus.FactLocation && typ != corpus.FactOrganization {
		return name
	}
	if typ == corpus.FactLocation && name == "America" {
		return "United States"
	}
	if c, ok := countryAliases[aliasKey(name)]; ok {
		return c
	}
	return name
}
