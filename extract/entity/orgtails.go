package entity

import (
	"slices"
	"strings"

	"tidings/corpus"
	"tidings/extract/token"
)

// legalForms end company names after their name proper ("Inc", "& Co").
// Written without a final period, which is looked up without it.
var legalForms = map[string]bool{
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Plc": true, "PLC": true, "plc": true, "AG": true,
	"NV": true, "N.V": true, "LLC": true, "GmbH": true, "SpA": true, "S.p.A": true, "ASA": true, "Oyj": true,
	"BV": true, "Pty": true, "S.A": true, "SE": true, "AB": true, "KGaA": true, "SAS": true, "Oy": true,
}

// isLegalForm reports a token that is a legal form, with or without its
// final period ("Co", "Inc.").
func isLegalForm(w string) bool { return legalForms[strings.TrimSuffix(w, ".")] }

// legalTails widens a name over the legal form after it and makes it an
// organization: "Merrill Lynch & Co", which the tagger cut at "&" and
// called a person, "Siemens AG". The legal form must be untagged and
// follow the name after a space; after a comma ("Cascade Timberlands,
// LLC") it only makes the name an organization.
func (d *doc) legalTails() {
	d.dropBareLegalForms()
	for i := range d.ms {
		m := &d.ms[i]
		k := m.last + 1
		comma := k < len(d.toks) && d.toks[k].Text == ","
		if comma {
			k++
		}
		switch {
		case k+1 < len(d.toks) && d.toks[k].Text == "&" && (d.toks[k+1].Text == "Co" || d.toks[k+1].Text == "Co."):
			k++
		case k < len(d.toks) && isLegalForm(d.toks[k].Text):
			if strings.TrimSuffix(d.toks[k].Text, ".") == "Co" && m.first == m.last && m.typ == corpus.FactPerson {
				continue // "William Co.": a county as often
			}
		case !comma && k+1 < len(d.toks) && isLegalForm(d.toks[k+1].Text) && d.spaced(k) && startsUpper(d.toks[k].Text) &&
			(lowerIn(industryEnds, d.toks[k].Text) || sectorWords[d.toks[k].Text]):
			k++ // an industry's word between: "Exxon Oil Co", "Shell Oil Co"
		default:
			continue
		}
		if !d.free(k, i+1) || d.gapAfter(m.last) > 2 {
			continue
		}
		m.typ, m.confident = corpus.FactOrganization, true
		if !comma { // "Cascade Timberlands, LLC": the name ends at the comma
			m.last = k
			d.set(m)
		}
	}
}

// legalFormRuns tags as organizations the untagged runs of capitalised
// words ending in a legal form, which the tagger passed over: "Daimler-Benz
// AG and Hewlett-Packard Co said", "AT&T Corp and 3M Co fell". The run
// opens after a word in lower case, punctuation or the line's start and
// holds up to four words; a lone town or given name before "Co" is a
// county as often ("Marion Co.") and stays.
func (d *doc) legalFormRuns() {
	var spans []span
	var cov []int32
	for k := 1; k < len(d.toks); k++ {
		if w := d.toks[k].Text; w == "" || w[0] < 'A' || w[0] > 'Z' || !isLegalForm(w) || !d.spaced(k-1) || d.gluedHyphen(k+1) || d.onCapsLine(k) {
			continue // not "Urban Co-op Banks", nor a line in capitals
		}
		if cov == nil {
			cov = d.coverScratch()
		}
		if cov[k] != 0 {
			continue
		}
		first, words := k, 0
		for j := k - 1; j >= 0 && words < 4 && cov[j] == 0 && !d.lineBreakBefore(j+1, j); j-- {
			w := d.toks[j].Text
			if d.gluedHyphen(j) || w == "&" || w == "amp" && j > 0 && startsUpper(d.toks[j-1].Text) { // "&amp;" left as "amp"
				continue
			}
			if !startsUpper(w) && !(len(w) > 1 && w[0] >= '1' && w[0] <= '9' && startsUpper(w[1:])) || isDeterminer(w) || isTitle(w) {
				break
			}
			first, words = j, words+1
			if j > 0 && !d.spaced(j-1) && !d.gluedHyphen(j-1) && d.toks[j-1].Text != "&" {
				break
			}
		}
		if words == 0 || d.toks[first].Text == "&" || first > 0 && d.gluedHyphen(first-1) {
			continue
		}
		if words == 1 && strings.TrimSuffix(d.toks[k].Text, ".") == "Co" && (d.isKnownPlace(d.toks[first].Text) || d.gaz.hasLower(d.toks[first].Text, GazFirstName)) {
			continue
		}
		spans = append(spans, span{first, k, corpus.FactOrganization})
	}
	d.tagSpans(spans)
}

// dropBareLegalForms drops the mentions that are a legal form alone,
// "&" and "Co." the tagger cut off a company ("Dow Jones" + "& Co."), so
// that legalTails joins them to the name before.
func (d *doc) dropBareLegalForms() {
	bare := func(m mention) bool {
		return m.last == m.first+1 && d.toks[m.first].Text == "&" && isLegalForm(d.toks[m.last].Text)
	}
	if !slices.ContainsFunc(d.ms, bare) {
		return
	}
	out := d.mentionBuffer()
	for _, m := range d.ms {
		if !bare(m) {
			out = append(out, m)
		}
	}
	d.swapMentions(out)
}

// sectorTails widens a name over the untagged sector word after it that
// ends a company's name, and makes it an organization: "Caeneus
// Minerals is moving ahead", whose first word the tagger called a
// person and left "Minerals" out. The word must end the capitalised run
// ("Saudi Energy Minister" is no company) and follow after a space; a
// country's or region's name stays ("Australia Mining" is rarer than
// "Western Australia Mining Act").
func (d *doc) sectorTails() {
	for i := range d.ms {
		m := &d.ms[i]
		k := m.last + 1
		if m.confident || m.typ == corpus.FactMisc || k >= len(d.toks) || !sectorWords[d.toks[k].Text] || !d.spaced(m.last) || !d.free(k, i+1) {
			continue
		}
		if k+1 < len(d.toks) && startsUpper(d.toks[k+1].Text) && d.spaced(k) || d.isPlace(d.key(*m)) {
			continue
		}
		m.last, m.typ = k, corpus.FactOrganization
		d.set(m)
	}
	// untagged: "Caeneus Minerals is moving ahead", where the tagger
	// found the lone "Caeneus" elsewhere only; the words before the
	// sector's must be no common word ("Natural Resources")
	var spans []span
	var cov []int32
	for _, k32 := range d.cues().capitals {
		k := int(k32)
		if k < 1 || !sectorWords[d.toks[k].Text] || k+1 < len(d.toks) && (startsUpper(d.toks[k+1].Text) && d.spaced(k) || d.toks[k+1].Text == "of") {
			continue // "a Specialist Group of the British Computer Society"
		}
		if cov == nil {
			cov = d.coverMask()
		}
		first := k
		for first > 0 && k-first < 2 && cov[first-1] == 0 && d.spaced(first-1) && startsUpper(d.toks[first-1].Text) &&
			hasLetter(d.toks[first-1].Text) && !isAllCaps(d.toks[first-1].Text) && !d.gaz.hasLower(d.toks[first-1].Text, GazCommon) &&
			!isTitle(d.toks[first-1].Text) && !d.dateWord(first-1) {
			first--
		}
		if first == k || cov[k] != 0 || d.isPlace(d.text[d.toks[first].Start:d.toks[k-1].End]) {
			continue
		}
		spans = append(spans, span{first, k, corpus.FactOrganization})
	}
	d.tagSpans(spans)
}

// sectorWords end companies' names after their proper words.
var sectorWords = map[string]bool{
	"Minerals": true, "Mining": true, "Metals": true, "Resources": true, "Petroleum": true, "Pharmaceuticals": true,
	"Holdings": true, "Industries": true, "Group": true, "Technologies": true, "Airlines": true,
	"Communications": true, "Electronics": true, "Foods": true, "Bancorp": true, "Entertainment": true,
}

// firmWords end a company's name whose first word alone is its short
// form, as sectorWords do, but do not make a company of the name before
// them ("Karachi International airport").
var firmWords = map[string]bool{
	"International": true, "Broadcasting": true, "Medical": true, "Brothers": true, "Technology": true,
	"Hotels": true, "Resorts": true, "Pictures": true, "Studios": true, // "Hyatt" of "Hyatt Hotels Corporation"
}

// gapAfter returns the bytes between token k and the next.
func (d *doc) gapAfter(k int) int {
	if k+1 >= len(d.toks) {
		return 0
	}
	return d.toks[k+1].Start - d.toks[k].End
}

// ofHeads are the institution words that take their domain after "of":
// "Chicago Board of Trade", "Department of Energy", "Chamber of Commerce".
var ofHeads = map[string]bool{
	"board": true, "chamber": true, "department": true, "ministry": true, "bureau": true, "office": true,
	"council": true, "commission": true, "institute": true, "university": true, "bank": true, "school": true,
	"college": true, "court": true, "academy": true, "society": true, "federation": true, "union": true,
}

// ofDomains widens an organization ending in an institution word over
// "of" and the capitalised, untagged words after it: the tagger cut
// "Chicago Board [of Trade]". It stops at a title ("Ministry of Finance
// Minister ..."), a lower-case word, punctuation or another name, and
// takes at most three words.
func (d *doc) ofDomains() {
	for i := range d.ms {
		m := &d.ms[i]
		k := m.last + 1
		if m.typ != corpus.FactOrganization || !ofHeads[strings.ToLower(d.toks[m.last].Text)] ||
			k+1 >= len(d.toks) || d.toks[k].Text != "of" || !d.free(k+1, i+1) {
			continue
		}
		last := -1
		for j := k + 1; j < len(d.toks) && j <= k+3 && d.free(j, i+1) && startsUpper(d.toks[j].Text) &&
			(!isTitle(d.toks[j].Text) || portfolios[strings.ToLower(d.toks[j].Text)]) && d.spaced(j-1); j++ {
			last = j
		}
		if last < 0 {
			continue
		}
		m.last = last
		d.set(m)
	}
}

// parties makes organizations of names of two words or more ending in
// "Democrats" ("Christian Democrats" name a party; "Democrats" alone is
// left to the tagger, a party's members as often, but never a person),
// and tags the
// untagged party names of partyDemocrats ("Social Democrats"); not
// "Opposition Democrats" or "Many Democrats".
func (d *doc) parties() {
	for i, m := range d.ms {
		if m.first < m.last && d.toks[m.last].Text == "Democrats" && m.typ != corpus.FactOrganization {
			d.ms[i].typ, d.ms[i].confident = corpus.FactOrganization, true
		}
		// a party's members are never one person: "other Democrats"
		if m.first == m.last && m.typ == corpus.FactPerson && partyMembers[d.toks[m.first].Text] {
			d.ms[i].typ = corpus.FactOrganization
		}
	}
	// a person or place before "party" or "faction" in lower case is the
	// party: "the ruling Fatah party", "the Fatah faction of Abbas"
	for i, m := range d.ms {
		if k := m.last + 1; !m.confident && (m.typ == corpus.FactPerson || m.typ == corpus.FactLocation) && k < len(d.toks) && partyKinds[d.toks[k].Text] &&
			!d.isKnownPlace(d.key(m)) {
			d.ms[i].typ = corpus.FactOrganization
		}
	}
	added := false
	for k := 1; k < len(d.toks); k++ {
		if d.toks[k].Text == "Democrats" && partyDemocrats[d.toks[k-1].Text] && d.spaced(k-1) && d.typeOf(k-1) == "" && d.typeOf(k) == "" {
			m := mention{first: k - 1, last: k, typ: corpus.FactOrganization, confident: true}
			d.set(&m)
			d.ms = append(d.ms, m)
			added = true
		}
	}
	if added {
		d.sortMentions()
	}
}

// statePartisans cut a lawmaker's party from the state it follows: "Mark
// Warner, a Virginia Democrat" is the place Virginia and a party's
// member (misc, as CoNLL has "Democrat"), not one person or body. The
// plural stays whole: "Texas Democrats" is the party's branch.
func (d *doc) statePartisans() {
	var out []mention // made at the first cut
	for i, m := range d.ms {
		last := d.toks[m.last].Text
		if m.first == m.last || !partisans[last] || m.typ == corpus.FactMisc {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(d.mentionBuffer(), d.ms[:i]...)
		}
		state := m
		state.last--
		d.set(&state)
		if !d.isPlace(d.key(state)) && usStateAbbreviations[aliasKey(d.key(state))] == "" {
			out = append(out, m)
			continue
		}
		state.typ, state.confident = corpus.FactLocation, true
		party := m
		party.first, party.typ, party.confident = m.last, corpus.FactMisc, true
		d.set(&party)
		out = append(out, state, party)
	}
	if out != nil {
		d.swapMentions(out)
	}
}

// partisans name a party's members after their state.
var partisans = map[string]bool{"Democrat": true, "Republican": true}

// partyMembers name a party's members in the plural; the sets that tag
// them alone make them the party (PUD, WNUT-17, GMB).
var partyMembers = map[string]bool{"Democrats": true, "Republicans": true, "Tories": true}

var partyDemocrats = map[string]bool{"Christian": true, "Social": true, "Free": true, "Liberal": true}

// partyKinds in lower case after a name make it a party's.
var partyKinds = map[string]bool{"party": true, "faction": true, "militia": true}

// coinedFirms makes organizations of the one-word persons whose word is
// coined from a company's morpheme glued at its end, names the tagger
// never saw: "Lucasfilm", "Kliotech" ("rumors abound that Lucasfilm
// might re-release": a person). Given
// names and surnames the lists know stay.
func (d *doc) coinedFirms() {
	for i, m := range d.ms {
		if m.typ != corpus.FactPerson || m.confident || m.first != m.last {
			continue
		}
		w := d.toks[m.first].Text
		if len(w) < 7 || !coinedEnding(strings.ToLower(w)) || d.personWordsAt(m.first, m.first) {
			continue
		}
		d.ms[i].typ = corpus.FactOrganization
	}
}

// coinedEnding reports a lower-cased word ending in a company's morpheme.
func coinedEnding(lw string) bool {
	for _, e := range []string{"film", "films", "soft", "tech", "corp", "labs", "media", "bank", "works"} {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// firmOpeners open the names of companies and institutions, never a
// person's: legal forms as the older English press and some languages
// put them first ("N.V. DSM", "Oy Waertsilae", "Cie. de Navigation
// Mixte"; not "AB" nor "PT", initials as often: "AB de Villiers"), and
// the words for a bank, a company, a group or an institute in the
// languages of Europe ("Banque Paribas", "Institut Merieux").
var firmOpeners = map[string]bool{
	"N.V.": true, "Oy": true, "Cie.": true, "Banco": true, "Banca": true, "Banque": true, "Compagnie": true,
	"Societe": true, "Société": true, "Groupe": true, "Grupo": true, "Institut": true, "Instituto": true, "Istituto": true,
}

// openedFirms makes organizations of the names of two words or more
// that a firm's opener opens, which the tagger took for persons or
// places.
func (d *doc) openedFirms() {
	for i, m := range d.ms {
		if !m.confident && m.typ != corpus.FactOrganization && m.typ != corpus.FactMisc && m.first < m.last && firmOpeners[d.toks[m.first].Text] {
			d.ms[i].typ = corpus.FactOrganization
		}
	}
}

// untaggedFirms tags as organizations the runs of two or three
// capitalised words ending in an industry's word that the tagger passed
// over mid-sentence: "a former Wang Laboratories manufacturing
// facility", "the sale of Federated Investors". A word before the
// industry's must be no common word ("the Eastern Steel division" may
// be a division's description), and the run must open after a word in
// lower case (untaggedCompany) and stand among words in lower case: a
// name goes on after it ("the Blue Water Bridges") or a title's capitals
// around it ("Cast Iron Cookware with Flax Seed Oil") say nothing.
func (d *doc) untaggedFirms() {
	var spans []span
	var cov []int32
	for k := 1; k < len(d.toks); k++ {
		w := d.toks[k].Text
		if !startsUpper(w) || !lowerIn(industryEnds, w) || d.sentenceStart(k) || !startsUpper(d.toks[k-1].Text) || d.covered(k) {
			continue // most of these words end a name the tagger found
		}
		if cov == nil {
			cov = d.coverScratch()
		}
		first := d.untaggedCompany(cov, k)
		if first < 1 || first == k || !isLowerWord(d.toks[first-1].Text) || isHead(d.toks[first].Text) || d.capitalsAround(first, k) {
			continue
		}
		proper := false
		for j := first; j < k; j++ {
			proper = proper || !d.gaz.hasLower(d.toks[j].Text, GazCommon) && !isAllCaps(d.toks[j].Text) && !d.isDemonym(d.toks[j].Text)
		}
		if proper {
			spans = append(spans, span{first, k, corpus.FactOrganization})
		}
	}
	d.tagSpans(spans)
}

// nationalFirms makes one company of a nationality and the industry's
// word the tagger left after it: "British Gas", "British Airways",
// "American Medical" had been the misc "British" and "American" alone.
// Capitalised words after the industry's join ("American Medical
// International").
func (d *doc) nationalFirms() {
	var spans []span
	var cov []int32
	for _, m := range d.ms {
		k := m.last + 1
		if m.typ != corpus.FactMisc || m.first != m.last || k >= len(d.toks) || !d.spaced(m.last) || !startsUpper(d.toks[k].Text) {
			continue
		}
		if w := d.toks[k].Text; !lowerIn(industryHeads, w) && !firmTail(w) || !d.isDemonym(d.toks[m.first].Text) {
			continue
		}
		if cov == nil {
			cov = d.coverScratch()
		}
		if cov[k] != 0 {
			continue
		}
		last := k
		for last+1 < len(d.toks) && last-k < 2 && cov[last+1] == 0 && d.spaced(last) && startsUpper(d.toks[last+1].Text) && !d.sentenceStart(last+1) {
			last++
		}
		if slices.ContainsFunc(d.toks[k+1:last+1], func(t token.Token) bool { return isTitle(t.Text) || isRoleNoun(strings.ToLower(t.Text)) }) {
			continue // "Iraqi Oil Minister": the nationality and an office
		}
		spans = append(spans, span{m.first, last, corpus.FactOrganization})
	}
	d.tagSpans(spans)
}

// industryEnds holds industryHeads and industryTails: one lookup per
// capitalised word.
var industryEnds = func() map[string]bool {
	out := map[string]bool{}
	for _, set := range []map[string]bool{industryHeads, industryTails} {
		for w := range set {
			out[w] = true
		}
	}
	return out
}()

// capitalsAround reports a capitalised word right after token last or
// among the two before token first, not opening a sentence.
func (d *doc) capitalsAround(first, last int) bool {
	if last+1 < len(d.toks) && startsUpper(d.toks[last+1].Text) {
		return true
	}
	for j := max(0, first-2); j < first; j++ {
		if startsUpper(d.toks[j].Text) && !d.sentenceStart(j) {
			return true
		}
	}
	return false
}
