package entity

import (
	"strings"

	"tidings/corpus"
)

// institutionHeads name what an organization is: a name whose head is one
// of them ("Glasgow School of Art", "Department of Labor", "US Air
// Force") is an organization whatever the tagger said of its parts.
// "Union" and "Bank" are left out: "Soviet Union", "West Bank"; a bank
// that is no known place is an organization.
var institutionHeads = wordSet(companyWords, []string{
	"university", "college", "institute", "association", "party", "council", "committee", "agency",
	"ministry", "department", "foundation", "society", "commission", "school", "academy",
	"force", "forces", "army", "navy", "treasury", "bureau", "office", "service", "services", "center",
	"centre", "administration", "authority", "board", "police", "parliament", "senate", "congress",
	"assembly", "reserve", "court", "corps", "guard", "federation", "organisation", "organization",
	"institution", "league", "movement", "front", "brigade", "brigades", "coalition", "network",
})

// facilityHeads head the names of places as often as of organizations
// ("Civic Center", "Moscone Convention Center"): they do not retype a place.
var facilityHeads = map[string]bool{"center": true, "centre": true}

// head returns the token that says what the name of tokens first to
// last is: the word before "of" ("University of Texas"), else the last.
func (d *doc) head(first, last int) int {
	for k := first + 1; k < last; k++ {
		if d.toks[k].Text == "of" {
			return k - 1
		}
	}
	return last
}

// institutions makes organizations of names headed by an institution
// word: places and persons so headed are retyped ("Glasgow School of
// Art"), and a place or nationality glued to an organization or to
// capitalised words ending in such a head becomes one name with it
// ("Iraqi Islamic Party", "US Air Force").
func (d *doc) institutions() {
	for i, m := range d.ms {
		if m.confident || m.first == m.last || m.typ != corpus.FactLocation && m.typ != corpus.FactPerson {
			continue
		}
		h := strings.ToLower(d.toks[d.head(m.first, m.last)].Text)
		bank := h == "bank" && !d.isKnownPlace(d.key(m)) // "Lloyds Bank", not "West Bank"
		if institutionHeads[h] && (m.typ == corpus.FactPerson || !facilityHeads[h]) || bank {
			d.ms[i].typ = corpus.FactOrganization
		}
	}
	d.joinInstitutions()
}

// joinInstitutions joins a place or nationality to the organization
// name right after it, or to the capitalised words after it that end in
// an institution head.
func (d *doc) joinInstitutions() {
	var out []mention
	for i := 0; i < len(d.ms); i++ {
		m := d.ms[i]
		if m.typ != corpus.FactLocation && m.typ != corpus.FactMisc || m.confident {
			out = append(out, m)
			continue
		}
		if i+1 < len(d.ms) && d.ms[i+1].typ == corpus.FactOrganization && d.ms[i+1].first == m.last+1 && d.spaced(m.last) {
			m.last, m.typ = d.ms[i+1].last, corpus.FactOrganization
			d.set(&m)
			out = append(out, m)
			i++
			continue
		}
		if end := d.institutionRun(m.last+1, i+1); end > m.last {
			m.last, m.typ = end, corpus.FactOrganization
			d.set(&m)
		}
		out = append(out, m)
	}
	d.ms = out
}

// institutionRun returns the last token of a run of capitalised words
// from token k, followed by no mention before next, that ends in an
// institution head; -1 when there is none.
func (d *doc) institutionRun(k, next int) int {
	limit := len(d.toks)
	if next < len(d.ms) {
		limit = d.ms[next].first
	}
	end := -1
	for j := k; j < limit && j < k+4 && startsUpper(d.toks[j].Text) && d.spaced(j-1); j++ {
		if institutionHeads[strings.ToLower(d.toks[j].Text)] {
			end = j
		}
	}
	return end
}

// spaced reports token k followed by token k+1 after one space.
func (d *doc) spaced(k int) bool {
	return k+1 < len(d.toks) && d.text[d.toks[k].End:d.toks[k+1].Start] == " "
}
