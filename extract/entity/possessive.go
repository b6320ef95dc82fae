package entity

import (
	"strings"

	"tidings/corpus"
)

// possessives cuts a name at a possessive glued inside it when the part
// before is a name known to the document or the gazetteer (a company, a
// country or region): "Apple's Siri" is the company and its product,
// "Singapore's Changi Airport" a country and its airport. "Hitchhiker's
// Guide" and "Thirty Years' War" stay whole: their first part is no
// known name; so does "Queen's University", whose second part is only
// head words.
func (d *doc) possessives() {
	types := d.typesByText()
	out := d.mentionBuffer()
	for _, m := range d.ms {
		k := d.possessiveAt(m)
		if k < 0 || d.allHeads(k+1, m.last) {
			out = append(out, m)
			continue
		}
		owner := m
		owner.last, owner.confident = k-1, false
		d.set(&owner)
		typ, ok := types[d.key(owner)]
		if !ok {
			typ, ok = d.gazType(owner)
		}
		if !ok && d.gaz.hasLower(stripLegalSuffix(d.key(owner)), GazCompany) { // "Volkswagen AG's Audi"
			typ, ok = corpus.FactOrganization, true
		}
		if !ok && owner.first < owner.last && isOrgKind(strings.ToLower(d.toks[owner.last].Text)) {
			typ, ok = corpus.FactOrganization, true // "the European Union's Brexit talks", "the Labour Party's Keir Starmer"
		}
		if !ok && m.typ == corpus.FactPerson && k+2 <= m.last && d.uncommonWords(k+1, m.last) &&
			owner.first == owner.last && !d.gaz.hasLower(d.toks[owner.first].Text, GazFirstName) {
			// a person named in full after an unknown name's possessive
			// works for it: "Axios' Kaveh Waddell reports"
			typ, ok = corpus.FactOrganization, true
		}
		if !ok {
			out = append(out, m)
			continue
		}
		owner.typ = typ
		owned := m
		owned.first = k + 1
		if t, ok := headType(d.toks[owned.last].Text); ok {
			owned.typ = t
		} else if m.typ != corpus.FactMisc && owned.first == owned.last && d.isKnownPlace(d.toks[owned.first].Text) && !d.gaz.hasLower(d.toks[owned.first].Text, GazCompany) {
			owned.typ = corpus.FactLocation // "Nippon News Network's Bangkok bureau"
		}
		d.set(&owned)
		out = append(out, owner, owned)
	}
	d.swapMentions(out)
}

// allHeads reports tokens first to last that are all head words of
// names ("University", "College"): no name of their own.
func (d *doc) allHeads(first, last int) bool {
	for k := first; k <= last; k++ {
		if !isHead(d.toks[k].Text) {
			return false
		}
	}
	return true
}

// possessiveAt returns the index of a possessive clitic glued to a word
// inside m and followed by a capitalised word, or -1.
func (d *doc) possessiveAt(m mention) int {
	for k := m.first + 1; k < m.last; k++ {
		if isPossessive(d.toks[k].Text) && d.toks[k].Start == d.toks[k-1].End && startsUpper(d.toks[k+1].Text) {
			return k
		}
	}
	return -1
}

// isPossessive reports a possessive clitic token: "'s", "'".
func isPossessive(t string) bool {
	switch t {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// typesByText returns the type of each name the document tags outside
// any possessive, the first one seen.
func (d *doc) typesByText() map[string]corpus.FactType {
	out := map[string]corpus.FactType{}
	for _, m := range d.ms {
		if d.possessiveAt(m) >= 0 {
			continue
		}
		if _, ok := out[d.key(m)]; !ok {
			out[d.key(m)] = m.typ
		}
	}
	return out
}

// staffOfOwners makes persons of the places of two words or more named
// right after an organization's possessive: "The International Monetary
// Fund's Kristalina Georgieva met Milei" (the tagger read a place). A
// place the lists know, words that make no person's name ("Samsung's
// Galaxy Note") and buildings ("the BBC's Alexandra Palace") stay.
func (d *doc) staffOfOwners() {
	for i, m := range d.ms {
		if m.typ != corpus.FactLocation || m.confident || m.first == m.last || m.first < 2 || !isPossessive(d.toks[m.first-1].Text) ||
			d.typeOf(m.first-2) != corpus.FactOrganization || d.isKnownPlace(d.key(m)) || !d.uncommonWords(m.first, m.last) ||
			d.buildingWord(m.first, m.last) {
			continue
		}
		d.ms[i].typ = corpus.FactPerson
	}
}

// buildingWord reports a building's or venue's word among tokens first
// to last: "the BBC's Alexandra Palace studios".
func (d *doc) buildingWord(first, last int) bool {
	for k := first; k <= last; k++ {
		if w := d.toks[k].Text; lowerIn(buildingKinds, w) || lowerIn(venueWords, w) {
			return true
		}
	}
	return false
}
