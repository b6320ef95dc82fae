package entity

import (
	"strings"

	"tidings/corpus"
)

// demonymEndings turn a country's name into its people's adjective: the
// ending to cut from the adjective and what to put back ("Sri Lankan" ->
// "Sri Lanka", "Israeli" -> "Israel", "Japanese" -> "Japan", "Italian" ->
// "Italy", "Canadian" -> "Canada", "German" -> "Germany").
var demonymEndings = [][2]string{
	{"n", ""}, {"i", ""}, {"ese", ""}, {"ese", "a"}, {"ian", ""}, {"ian", "y"}, {"ian", "a"}, {"", "y"},
}

// isDemonym reports a word or two formed from a country's name by a
// demonym ending: a nationality, not the country.
func (d *doc) isDemonym(name string) bool {
	lw := strings.ToLower(name)
	if d.gaz.has(lw, GazCountry) {
		return false
	}
	for _, e := range demonymEndings {
		if stem, ok := strings.CutSuffix(lw, e[0]); ok && len(stem) >= 3 && d.gaz.has(stem+e[1], GazCountry) {
			return true
		}
	}
	return false
}

// demonyms makes misc names of nationalities the tagger called a place,
// an organization or a person ("the Sri Lankan military"): CoNLL-style
// annotation calls them misc. A nationality before a capitalised word is
// left alone: it may open a name ("Indian Ocean", "Iraqi Islamic Party").
func (d *doc) demonyms() {
	for i, m := range d.ms {
		if m.typ == corpus.FactMisc || m.confident || m.last-m.first > 1 {
			continue
		}
		if k := m.last + 1; k < len(d.toks) && startsUpper(d.toks[k].Text) {
			continue
		}
		if c := d.text[m.end-1]; c != 'n' && c != 'i' && c != 'e' { // the last letter of every ending
			continue
		}
		if d.isDemonym(strings.Join(d.words(m), " ")) {
			d.ms[i].typ = corpus.FactMisc
		}
	}
}
