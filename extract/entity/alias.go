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
	"drc": "Democratic Republic of the Congo", "dprk": "North Korea", "rok": "South Korea",
	"russian federation": "Russia", "swiss confederation": "Switzerland",
	"türkiye": "Turkey", "turkiye": "Turkey", "republic of türkiye": "Turkey", // English news keeps the older name
}

// usStateAbbreviations map the abbreviations of US states that news
// writes after a town ("KANSAS CITY, Mo.", AP style) to the states'
// names, keyed lower-cased without dots: the facet is "Missouri".
var usStateAbbreviations = map[string]string{
	"ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
	"conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois", "ind": "Indiana",
	"kan": "Kansas", "kans": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts",
	"mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri", "mont": "Montana", "neb": "Nebraska",
	"nev": "Nevada", "nh": "New Hampshire", "nj": "New Jersey", "nm": "New Mexico", "ny": "New York", "nc": "North Carolina",
	"nd": "North Dakota", "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania", "ri": "Rhode Island",
	"sc": "South Carolina", "sd": "South Dakota", "tenn": "Tennessee", "tex": "Texas", "vt": "Vermont", "va": "Virginia",
	"wash": "Washington", "wva": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming",
}

// stateName returns the state a location written as an abbreviation with
// its period names ("Fla." -> "Florida"), or name.
func stateName(text, name string) string {
	if !strings.HasSuffix(text, ".") {
		return name
	}
	if full, ok := usStateAbbreviations[aliasKey(text)]; ok {
		return full
	}
	return name
}

// institutionAliases map the short names of the institutions business
// news names most often, which articles seldom spell out, to their full
// names: "the Fed" and "the Federal Reserve" are one facet. Only names
// no other organization goes by ("SEC" is also a sports conference).
var institutionAliases = map[string]string{
	"fed": "Federal Reserve", "us fed": "Federal Reserve", "us federal reserve": "Federal Reserve",
	"federal reserve board": "Federal Reserve", "ecb": "European Central Bank", "imf": "International Monetary Fund",
	"wto": "World Trade Organization", "boj": "Bank of Japan", "boe": "Bank of England",
	"usaf": "U.S. Air Force", "wfp": "World Food Programme", "world food program": "World Food Programme",
	"un world food programme": "World Food Programme", "un world food program": "World Food Programme",
	"united nations world food programme": "World Food Programme", "united nations world food program": "World Food Programme",
}

// longCountryNames are countries' formal names that end in an
// institution's word, and so read as organizations.
var longCountryNames = map[string]bool{"russian federation": true, "swiss confederation": true}

// aliasKey lower-cases s and drops its dots ("U.S.A." -> "usa").
func aliasKey(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), ".", "")
}

// appendAliasKey appends aliasKey(s) to b: s lower-cased, then its dots
// filtered out in place.
func appendAliasKey(b []byte, s string) []byte {
	lw := appendLower(b, s)
	out := lw[:len(b)]
	for _, c := range lw[len(b):] {
		if c != '.' {
			out = append(out, c)
		}
	}
	return out
}

// canonicalAlias returns the canonical name of a place or organization
// written as a known alias, an organization's opening "US" or "UK" spelt
// one way, and a person's "Jr." or "Sr." without the comma before it;
// "America" counts only as a place, and misc names are left alone ("US
// Open" is not a country).
func canonicalAlias(name string, typ corpus.FactType) string {
	if typ == corpus.FactPerson {
		// "Martin Luther King, Jr." and "Martin Luther King Jr." are one
		for _, suffix := range [...]string{", Jr", ", Sr"} {
			if i := strings.LastIndex(name, suffix); i > 0 && (i+len(suffix) == len(name) || name[i+len(suffix)] == '.') {
				return name[:i] + name[i+1:]
			}
		}
		return name
	}
	if typ != corpus.FactLocation && typ != corpus.FactOrganization {
		return name
	}
	if typ == corpus.FactLocation && name == "America" {
		return "United States"
	}
	var buf [48]byte
	key := appendAliasKey(buf[:0], name) // looked up without allocating
	if c, ok := countryAliases[string(key)]; ok {
		return c
	}
	if c, ok := institutionAliases[string(key)]; ok && typ == corpus.FactOrganization {
		return c
	}
	if typ == corpus.FactOrganization {
		// "US Treasury" and "U.S. Treasury" are one organization: the
		// country's abbreviation is spelt as its own press most often
		// spells it
		first, rest, ok := strings.Cut(name, " ")
		if p, known := orgPrefixes[first]; ok && known && startsUpper(rest) {
			return p + " " + rest
		}
		// "United States Air Force" is the "U.S. Air Force"
		if rest, ok := strings.CutPrefix(name, "United States "); ok && startsUpper(rest) && !strings.HasPrefix(rest, "of ") {
			return "U.S. " + rest
		}
	}
	return name
}

// orgPrefixes respell a country abbreviation opening an organization's name.
var orgPrefixes = map[string]string{"US": "U.S.", "U.S": "U.S.", "U.S.": "U.S.", "UK": "UK", "U.K.": "UK", "U.K": "UK"}

// regions are the continents and world regions no list holds: a name
// that is one of them whole is the place, whatever the tagger said.
var regions = map[string]bool{
	"africa": true, "america": true, "americas": true, "antarctica": true, "asia": true, "europe": true,
	"oceania": true, "eurasia": true, "middle east": true, "far east": true, "balkans": true, "caucasus": true,
	"scandinavia": true, "latin america": true, "south america": true, "north america": true, "central america": true,
	"southeast asia": true, "south asia": true, "central asia": true, "east asia": true, "sub-saharan africa": true,
	"caribbean": true, "mediterranean": true, "arctic": true, "sahara": true, "sahel": true, "maghreb": true,
	"levant": true, "horn of africa": true, "west africa": true, "east africa": true, "north africa": true,
	"southern africa": true, "western europe": true, "eastern europe": true, "central europe": true,
	"korea": true, // the peninsula; the lists hold its two countries
}

// ofName reports token k after "of" or "of the" that follows a
// capitalised word: the end of a longer name ("Summit of the Americas").
func (d *doc) ofName(k int) bool {
	j := k - 1
	if j >= 0 && d.toks[j].Text == "the" {
		j--
	}
	return j >= 1 && d.toks[j].Text == "of" && startsUpper(d.toks[j-1].Text)
}

// countryPersons retypes any name that is a continent or world region
// as the place, and a person named only by a country or its
// abbreviation as the place ("Pete Sampras ( U.S. )": the tagger reads a
// results table's nationalities as names), or as the organization for
// "EU" and "UN"; the United Nations is never a place, and an abbreviated
// state after a town and a comma always is ("based in Albany, N.Y.,"). A
// country that is also a given name ("Jordan", "Georgia", "Chad") is
// left as tagged.
func (d *doc) countryPersons() {
	for i, m := range d.ms {
		if m.confident {
			continue
		}
		k := strings.ToLower(d.text[m.start:m.end])
		if (regions[k] || longCountryNames[k] || formerCountries[k]) && m.typ != corpus.FactMisc && !d.ofName(m.first) {
			d.ms[i].typ = corpus.FactLocation // "across the Americas", "the Russian Federation" were organizations
			continue
		}
		if m.typ == corpus.FactOrganization && m.first > 0 && d.toks[m.first-1].Text == "," && dottedState(k) {
			d.ms[i].typ = corpus.FactLocation // "based in Albany, N.Y., plans"
			continue
		}
		if m.typ == corpus.FactLocation && (k == "united nations" || k == "u.n." || k == "un" || k == "u.n") {
			d.ms[i].typ = corpus.FactOrganization // "U.N. inspectors": GMB, half of whose "U.N." are places, taught the tagger so
			continue
		}
		if m.typ != corpus.FactPerson {
			continue
		}
		alias, isAlias := countryAliases[aliasKey(k)]
		switch {
		case alias == "European Union" || alias == "United Nations":
			d.ms[i].typ = corpus.FactOrganization
		case isAlias && !d.gaz.has(k, GazFirstName) || (d.gaz.has(k, GazCountry) || formerCountries[k]) && !d.gaz.has(k, GazFirstName):
			d.ms[i].typ = corpus.FactLocation
		}
	}
}
