package entity

import (
	"slices"
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
	"orchestra", "philharmonic", "ensemble", "choir", "quartet", "band", "club", "lottery", "jihad",
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
		if m.typ == corpus.FactPerson && m.last == m.first+1 && d.gaz.hasLower(d.toks[m.first].Text, GazFirstName) &&
			!strongHeads[h] && h != "administration" {
			continue // "Margaret Court" is a person; "Davis Administration" is not
		}
		bank := h == "bank" && !d.isKnownPlace(d.key(m)) // "Lloyds Bank", not "West Bank"
		if longCountryNames[strings.ToLower(d.key(m))] {
			continue // "the Russian Federation"
		}
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
	out := d.mentionBuffer()
	for i := 0; i < len(d.ms); i++ {
		m := d.ms[i]
		if m.typ != corpus.FactLocation && m.typ != corpus.FactMisc || m.confident {
			out = append(out, m)
			continue
		}
		if i+1 < len(d.ms) && d.ms[i+1].typ == corpus.FactOrganization && d.ms[i+1].first == m.last+1 && d.spaced(m.last) && !d.anyLower(m) {
			m.last, m.typ = d.ms[i+1].last, corpus.FactOrganization
			if t, ok := headType(d.toks[d.head(m.first, m.last)].Text); ok && t != corpus.FactOrganization {
				m.typ = t // "Australian" + "Open": an event, "Niger" + "Delta" a place, whatever the tagger called the head
			}
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
	d.swapMentions(out)
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

// strongHeads end the names of organizations and nothing else; a run
// of capitalised words ending in one is an organization even when the
// tagger passed it over (GMB leaves "World Trade Organization" untagged
// 25 times in 27, and the tagger learned to).
var strongHeads = map[string]bool{
	"organization": true, "organisation": true, "association": true, "ministry": true, "department": true,
	"council": true, "committee": true, "commission": true, "party": true, "agency": true, "institute": true, "authority": true,
	"university": true, "foundation": true, "federation": true, "corporation": true, "police": true,
	// company heads: "Nomura Securities analyst Kenji Aoki"
	"securities": true, "holdings": true, "industries": true, "airlines": true, "airways": true, "motors": true,
	"inc": true, "inc.": true, "corp": true, "corp.": true, "plc": true, "ltd": true, "ltd.": true, "llc": true,
	"gmbh": true,
}

// connectors join the capitalised words of one name: "Bank of England",
// "Doctors Without Borders" aside, "of", "and", "for", "the", "&".
var connectors = map[string]bool{"of": true, "and": true, "for": true, "the": true, "&": true, "on": true}

// institutionNames tags as organizations the untagged runs of two
// capitalised words or more, joined by connectors, that end in a strong
// head: "World Trade Organization", "Canadian Blood Services" aside.
func (d *doc) institutionNames() {
	for i := 0; i < len(d.toks); i++ {
		if d.taken[i] || !startsUpper(d.toks[i].Text) || isAllCaps(d.toks[i].Text) && len(d.toks[i].Text) > 3 {
			continue
		}
		j, words, end := i, 0, -1
		for ; j < len(d.toks) && !d.taken[j] && (j == i || d.spaced(j-1)); j++ {
			t := d.toks[j].Text
			if connectors[t] && words > 0 {
				continue
			}
			if !startsUpper(t) {
				break
			}
			if j > i || t != "The" && t != "A" { // "The Commission" is one word
				words++
			}
			if strongHeads[strings.ToLower(t)] && words >= 2 {
				end = j
			}
		}
		if end < 0 {
			i = j - 1
			if i < 0 {
				i = 0
			}
			continue
		}
		first := i
		for first < end && (d.toks[first].Text == "The" || d.toks[first].Text == "A") {
			first++
		}
		d.addTaken(mention{first: first, last: end, typ: corpus.FactOrganization})
		i = end
	}
}

// splitInstitutions cuts an organization at "and" after an institution
// head: "Supreme Court and Congress", "Court and National Assembly" are
// two names; "Securities and Exchange Commission" is one. A plant "of"
// a known town is the plant and the town: "Wixom Assembly Plant of
// Wixom", "River Rouge Plant of Dearborn".
func (d *doc) splitInstitutions() {
	out := d.mentionBuffer()
	for _, m := range d.ms {
		k, town := -1, false
		if m.typ == corpus.FactOrganization {
			for j := m.first + 1; j < m.last; j++ {
				if d.toks[j].Text == "and" && d.splitsAt(j) {
					k = j
					break
				}
				if d.toks[j].Text == "of" && d.plantOf(m.first, j) && d.isKnownPlace(d.text[d.toks[j+1].Start:m.end]) {
					k, town = j, true
					break
				}
			}
		}
		if k < 0 {
			out = append(out, m)
			continue
		}
		left, right := m, m
		left.last, right.first = k-1, k+1
		if town {
			right.typ = corpus.FactLocation
		}
		d.set(&left)
		d.set(&right)
		out = append(out, left, right)
	}
	d.swapMentions(out)
}

// plantHeads end the names of plants and works, which "of" a town
// locates.
var plantHeads = map[string]bool{
	"plant": true, "factory": true, "works": true, "mill": true, "refinery": true, "mine": true, "depot": true,
	"smelter": true, "shipyard": true,
}

// plantOf reports the name of tokens first..of-1 before "of" a plant's:
// one a plant head ends, or an "Assembly" named after the town "of"
// names ("Louisville Assembly of Louisville"; not the "Legislative
// Assembly of Ontario").
func (d *doc) plantOf(first, of int) bool {
	h := d.toks[of-1].Text
	if plantHeads[strings.ToLower(h)] {
		return true
	}
	return h == "Assembly" && of+1 < len(d.toks) && d.toks[first].Text == d.toks[of+1].Text
}

// splitsAt reports an "and" at token j between an institution head and a
// capitalised word: "Supreme Court and Congress", "Dresdner Bank and
// Commerzbank" ("Bank" heads no institution elsewhere: "West Bank" is a
// place, and a place before "and" is left to the tagger); not "Bank and
// Trust".
func (d *doc) splitsAt(j int) bool {
	h, next := strings.ToLower(d.toks[j-1].Text), d.toks[j+1].Text
	if h == "bank" {
		return startsUpper(next) && next != "Trust" && !d.gaz.hasLower(d.toks[j-2].Text+" "+d.toks[j-1].Text, GazRegion)
	}
	return institutionHeads[h] && startsUpper(next)
}

// partnershipNames tags as one organization the names of partners that
// law and accounting firms string with commas and a closing "&":
// "Gibson, Dunn & Crutcher", "Skadden, Arps, Slate, Meagher & Flom"
// (the tagger reads each surname as a person). Prose lists close with
// "and"; three capitalised words at least, untagged or lone persons to
// the tagger, no country, region or word of a person the document names
// in full; the first and last no common word ("Slate" may be inside).
func (d *doc) partnershipNames() {
	var spans []span
	var p partners
	for k := 3; k+1 < len(d.toks); k++ {
		if d.toks[k].Text != "&" || d.toks[k-2].Text != "," || !d.spaced(k-1) || !d.spaced(k) {
			continue
		}
		if p.named == nil {
			p = partners{named: d.fullNameWords(), cov: d.coverMask()} // "Trump, Biden & Harris" beside "Donald Trump" are persons
		}
		if !d.partnerWord(k+1, p, false) || !d.partnerWord(k-1, p, true) {
			continue
		}
		first := k - 1
		for first >= 2 && d.toks[first-1].Text == "," && d.toks[first-1].Start == d.toks[first-2].End && d.partnerWord(first-2, p, true) {
			first -= 2
		}
		for first < k-1 && !d.partnerWord(first, p, false) { // the first no common word
			first += 2
		}
		if k-1-first >= 2 {
			spans = append(spans, span{first, k + 1, corpus.FactOrganization})
		}
	}
	d.tagSpans(spans)
}

// partners holds what partnershipNames asks of every word.
type partners struct {
	named map[string]bool
	cov   []int32
}

// partnerWord reports token k a partner's name in a firm's: capitalised,
// not in capitals only, untagged or a lone person, no country, region,
// or word of a person named in full, and no common word unless inside.
func (d *doc) partnerWord(k int, p partners, inside bool) bool {
	w := d.toks[k].Text
	if c := p.cov[k]; c != 0 && (d.ms[c-1].typ != corpus.FactPerson || d.ms[c-1].first != d.ms[c-1].last) {
		return false // a place ("Lismore, Ballina, Clarence & Tweed") or a longer name ("Deep Purple, Eagles, Emerson, Lake & Palmer")
	}
	return startsUpper(w) && hasLetter(w) && !isAllCaps(w) && !d.isPlace(w) && !p.named[w] &&
		(inside || !d.gaz.hasLower(w, GazCommon))
}

// firmsWithComma joins two names around a comma that a known firm's name
// spells whole, as older wire copy wrote it: "an analyst at Goldman ,
// Sachs & Co" (the tagger made two companies of it).
func (d *doc) firmsWithComma() {
	kept := d.ms[:0]
	for i := 0; i < len(d.ms); i++ {
		m := d.ms[i]
		if i+1 < len(d.ms) {
			n := d.ms[i+1]
			var b [64]byte
			if n.first == m.last+2 && d.toks[m.last+1].Text == "," && !m.confident && !n.confident &&
				knownOrgPrefixes[string(appendLower(b[:0], d.key(m)))] { // most pairs: no allocation
				whole := d.key(m) + " " + stripLegalSuffix(cleanForm(d.key(n)))
				if _, ok := knownOrgs[strings.ToLower(whole)]; ok {
					m.last, m.typ, m.confident = n.last, corpus.FactOrganization, true
					d.set(&m)
					m.canon = whole // "Goldman Sachs", not "Goldman , Sachs"
					i++
				}
			}
		}
		kept = append(kept, m)
	}
	d.ms = kept
}

// firmsWithAnd joins two names around "and" that the company list writes
// with "&": "Procter and Gamble", "Johnson and Johnson" are one company
// each.
func (d *doc) firmsWithAnd() {
	d.joinNext(func(m, n mention) (corpus.FactType, bool) {
		if n.first != m.last+2 || d.toks[m.last+1].Text != "and" || m.confident || n.confident ||
			!d.gaz.hasLower(strings.Join(d.words(m), " ")+" & "+strings.Join(d.words(n), " "), GazCompany) {
			return "", false
		}
		return corpus.FactOrganization, true
	}, false)
}

// joinNext makes one mention of each mention and the next where join
// says so, of the type it gives (confident as told): the first then ends
// where the next did. In place, one pass; join takes the mentions by
// value, so that none escapes to the heap.
func (d *doc) joinNext(join func(m, next mention) (corpus.FactType, bool), confident bool) {
	kept := d.ms[:0]
	for i := 0; i < len(d.ms); i++ {
		m := d.ms[i]
		if i+1 < len(d.ms) {
			if typ, ok := join(m, d.ms[i+1]); ok {
				m.last, m.typ, m.confident = d.ms[i+1].last, typ, m.confident || confident
				d.set(&m)
				i++
			}
		}
		kept = append(kept, m)
	}
	d.ms = kept
}

// institutionsOf widens a name after "of" (and "the") to the capitalised
// institution words before it: "Organization of the [Petroleum Exporting
// Countries]", "University of [Texas]", "Bank of [England]" are one
// organization each.
func (d *doc) institutionsOf() {
	for i, m := range d.ms {
		k := m.first - 1
		if k >= 0 && d.toks[k].Text == "the" {
			k--
		}
		if k < 1 || d.toks[k].Text != "of" || m.confident {
			continue
		}
		h := strings.ToLower(d.toks[k-1].Text)
		// an organization after "of" is widened only by a strong head:
		// "Specialist Group of the British Computer Society" is two
		strong := strongHeads[h] || m.typ != corpus.FactOrganization && (institutionHeads[h] || h == "bank")
		if !startsUpper(d.toks[k-1].Text) || !strong || i > 0 && d.ms[i-1].last >= k-1 {
			continue
		}
		first := k - 1
		for first > 0 && startsUpper(d.toks[first-1].Text) && d.spaced(first-1) && (i == 0 || d.ms[i-1].last < first-1) && !d.lineStart(first) {
			first--
		}
		for first < k-1 && (d.toks[first].Text == "The" || d.toks[first].Text == "A") {
			first++
		}
		d.ms[i].first, d.ms[i].typ = first, corpus.FactOrganization
		d.set(&d.ms[i])
	}
}

// joinedInstitutions widens an organization ending in an institution's
// word over the name joined to its front by "&" or "and": "the Bill &
// Melinda Gates Foundation" (the tagger read Bill alone as a person),
// "the Hostages and Missing Families Forum". Before "and" the words must
// be untagged (a name tagged there is a list's: "Microsoft and the Gates
// Foundation" has an article anyway); before "&" a person's may be.
func (d *doc) joinedInstitutions() {
	var spans []span
	var cov []int32
	for _, m := range d.ms {
		j := m.first - 1
		if m.typ != corpus.FactOrganization || j < 1 || m.first == m.last || d.toks[j].Text != "&" && d.toks[j].Text != "and" {
			continue
		}
		amp := d.toks[j].Text == "&"
		if !d.spaced(j-1) || !d.spaced(j) || !isOrgKind(strings.ToLower(d.toks[m.last].Text)) {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		first := j
		for k := j - 1; k >= 0 && j-k <= 3 && startsUpper(d.toks[k].Text) && !isDeterminer(d.toks[k].Text) && !d.lineBreakBefore(k+1, k); k-- {
			w := d.toks[k].Text
			if c := cov[k]; c != 0 && !(amp && d.ms[c-1].typ == corpus.FactPerson && d.ms[c-1].last == j-1) ||
				isHead(w) || isTitle(w) || officeWord(w) || d.isDemonym(w) || !hasLetter(w) || hasDigit(w) {
				break // "Amnesty International and Human Rights Watch", "the Prime Minister and EU Commission President"
			}
			first = k
			if d.sentenceStart(k) {
				break
			}
		}
		if first > 1 && (d.toks[first-1].Text == "and" || d.toks[first-1].Text == "&") {
			continue // a list or a name of its own: "Cable and Wireless and BAT Industries"
		}
		if first < j && !d.isKnownPlace(d.toks[first].Text) {
			spans = append(spans, span{first, m.last, corpus.FactOrganization})
		}
	}
	d.tagSpans(spans)
}

// institutionsOn widens an organization ending in a body's word over
// "on" and the capitalised words of its remit: "the Kenya National
// Commission on [Human Rights]", "the Council on [Foreign Relations]",
// which the tagger cuts in two. Not a weekday or a month ("the Commission
// on Monday"), nor a person or a place after "on".
func (d *doc) institutionsOn() {
	var spans []span
	for _, m := range d.ms {
		k := m.last + 1
		if m.typ != corpus.FactOrganization || k+1 >= len(d.toks) || d.toks[k].Text != "on" || !d.spaced(m.last) ||
			!remitHeads[strings.ToLower(d.toks[m.last].Text)] {
			continue
		}
		if last := d.remitEnd(k + 1); last > k {
			spans = append(spans, span{m.first, last, corpus.FactOrganization})
		}
	}
	d.tagSpans(spans)
}

// remitHeads end the names of bodies that a remit after "on" completes.
var remitHeads = map[string]bool{
	"commission": true, "committee": true, "subcommittee": true, "council": true, "institute": true, "conference": true,
	"panel": true, "centre": true, "center": true, "office": true, "forum": true, "coalition": true, "alliance": true,
	"force": true, "board": true, "authority": true,
}

// remitEnd returns the last token of a run of capitalised words from token
// i, "and", "of", "the" and a glued hyphen allowed between them
// ("American-Islamic Relations"), on one line, or -1: no weekday, month,
// country or region, no name but an organization, and no second name the
// tagger found ("on Human Rights and Amnesty International"). "of the"
// ends it: "the Inter-American Commission on Human Rights of the
// Organization of American States" is two.
func (d *doc) remitEnd(i int) int {
	last := -1
	var cov []int32
	owner := int32(-1) // the mention covering the run, 0 for none
	for k := i; k < len(d.toks) && k-i < 8 && !d.lineBreakBefore(k, i); k++ {
		w := d.toks[k].Text
		if !startsUpper(w) {
			if k > i && (w == "and" || w == "the" || w == "of" && k+1 < len(d.toks) && d.toks[k+1].Text != "the" ||
				w == "-" && d.gluedHyphen(k)) {
				continue
			}
			break
		}
		if d.dateWord(k) || d.isPlace(w) || homeNations[strings.ToLower(w)] {
			return -1
		}
		if cov == nil {
			cov = d.coverMask()
		}
		if c := cov[k]; c != 0 && d.ms[c-1].typ != corpus.FactOrganization {
			return -1
		}
		if owner >= 0 && cov[k] != 0 && cov[k] != owner {
			break
		}
		if owner <= 0 {
			owner = cov[k]
		}
		last = k
	}
	return last
}

// fullNames retypes as persons the organizations and places named like
// a person whose surname the document tags alone as a person: "Yasser
// Arafat" beside "Arafat said" (GMB calls him an organization 12 times
// in 20), or names as a relative's ("Mukesh Ambani" beside "Isha
// Ambani"). The first word must be a known name, the name no known company
// ("Morgan Stanley") and no word a company's, place's or institution's.
func (d *doc) fullNames() {
	surnames := map[string]bool{}
	family := map[string]bool{} // last words of full names: "Isha Ambani"
	for _, m := range d.ms {
		if m.typ == corpus.FactPerson && m.first == m.last {
			surnames[d.toks[m.first].Text] = true
		}
		if m.typ == corpus.FactPerson && m.last == m.first+1 {
			family[d.toks[m.last].Text] = true
		}
	}
	for i, m := range d.ms {
		if m.confident || m.typ == corpus.FactPerson || m.typ == corpus.FactMisc || m.last-m.first < 1 || m.last-m.first > 2 {
			continue
		}
		w := d.words(m)
		first := strings.ToLower(w[0])
		// a relative's full name vouches for a two-word one whose first
		// word no list holds ("Mukesh Ambani" beside "Isha Ambani")
		// (an organization only: "Suntory Hall" beside a Mr. Hall is the place)
		kin := m.typ == corpus.FactOrganization && len(w) == 2 && family[w[1]] && d.gaz.inLists(first) == 0 &&
			!d.gaz.hasLower(w[1], GazCommon)
		if !surnames[w[len(w)-1]] && !kin || !kin && !d.gaz.has(first, GazFirstName) && !d.gaz.has(first, GazSurname) || d.isKnownPlace(w[0]) ||
			d.gaz.hasLower(strings.Join(w, " "), GazCompany) {
			continue
		}
		person := true
		for _, x := range w {
			lx := strings.ToLower(x)
			if !startsUpper(x) || institutionHeads[lx] || orgHeads[lx] || placeHeads[lx] || companyTails[lx] || d.nationalityWord(x) {
				person = false // "Royal Dutch Shell" beside "Shell said"
			}
		}
		if person {
			d.ms[i].typ = corpus.FactPerson
		}
	}
}

// dropGenericInstitutions drops the organizations named by an
// institution's kind alone, capitalised as a short form of a name the
// sentence does not give: "The Army performed well", "for the Bank to
// speak", "the Council". UNER and wikigold leave them untagged. A short
// form of an organization the document names whole stays, under that
// name when it is the only one ("the Council" after "the U.N. Security
// Council", as GMB tags it), as do bodies with one referent ("Senate",
// "Congress", "Pentagon") and the words GMB's news tags alone ("Army",
// "Cabinet", "Committee").
func (d *doc) dropGenericInstitutions() {
	drop := false
	for i, m := range d.ms {
		if m.typ != corpus.FactOrganization || m.first != m.last || !genericInstitutions[d.toks[m.first].Text] || m.canon != "" {
			continue
		}
		switch full, n := d.namedWhole(d.toks[m.first].Text); {
		case n == 0:
			d.ms[i].last, drop = -1, true
		case n == 1:
			d.ms[i].canon = canonicalForm(full) // one council in the article: "the Council" is it
		}
	}
	if drop {
		d.ms = slices.DeleteFunc(d.ms, func(m mention) bool { return m.last < 0 })
	}
}

// namedWhole returns the organizations of the document named with kind
// word w among other words, how many different ones and the text of
// the last: "the Council" after "the U.N. Security Council" is its
// short form, "the Bank" after "the Bank of Israel".
func (d *doc) namedWhole(w string) (string, int) {
	var names []string
	for _, m := range d.ms {
		if m.typ != corpus.FactOrganization || m.first == m.last {
			continue
		}
		if name := d.key(m); d.holdsWord(m, w) && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return "", 0
	}
	return names[len(names)-1], len(names)
}

var genericInstitutions = map[string]bool{
	"Government": true, "Bank": true, "Council": true, "University": true, "Association": true, "Institute": true,
	"Ministry": true, "Department": true, "Commission": true, "Board": true, "Administration": true, "Company": true,
	"Police": true, "Church": true, "School": true, "College": true,
}

// companyRuns tags as organizations the untagged runs of two capitalised
// words or more that are, whole, a known company and no place: "retailer
// Best Buy", which the tagger passed over, with an "& Co" after it. A run
// opening with a given name
// ("John Deere") is left alone: it names a person as often.
func (d *doc) companyRuns() {
	for i := 0; i < len(d.toks); i++ {
		if d.taken[i] || !startsUpper(d.toks[i].Text) {
			continue
		}
		j := i + 1
		for j < len(d.toks) && !d.taken[j] && startsUpper(d.toks[j].Text) && d.spaced(j-1) && !d.lineBreakBefore(j, i) {
			j++
		}
		last := j - 1
		if last == i {
			continue
		}
		k := strings.ToLower(strings.Join(d.tokenTexts(i, last), " "))
		if d.gaz.has(k, GazCompany) && !d.isKnownPlace(k) && !d.gaz.hasLower(d.toks[i].Text, GazFirstName) {
			end := last
			if end+2 < len(d.toks) && d.toks[end+1].Text == "&" && strings.TrimSuffix(d.toks[end+2].Text, ".") == "Co" && !d.taken[end+1] && !d.taken[end+2] {
				end += 2 // its legal form: "JPMorgan Chase & Co"
			}
			d.addTaken(mention{first: i, last: end, typ: corpus.FactOrganization})
			last = end
		}
		i = last
	}
}

// anyLower reports a word of m written in lower case, connectors of
// three letters or fewer aside ("North of England"): "2019 Australian
// federal election" is an event, not the opening of the party named
// after it.
func (d *doc) anyLower(m mention) bool {
	for k := m.first; k <= m.last; k++ {
		if w := d.toks[k].Text; len(w) > 3 && isLowerWord(w) {
			return true
		}
	}
	return false
}

// unionNames tags as an organization the untagged capitalised word or
// two between an article and "union": "the Unite union", "the RMT
// union" (trim cuts the tagged ones: "[CGT] union"). Not a nationality
// ("the European union" is written so).
func (d *doc) unionNames() {
	added := false
	for k := 2; k < len(d.toks); k++ {
		if d.toks[k].Text != "union" && d.toks[k].Text != "unions" {
			continue
		}
		first := k - 1
		if !startsUpper(d.toks[first].Text) {
			continue // "the Solidarity labor union": the name is the tagger's
		}
		for first > k-3 && first > 0 && startsUpper(d.toks[first-1].Text) && !isDeterminer(d.toks[first-1].Text) {
			first--
		}
		if first < 1 || d.toks[first-1].Text != "the" && d.toks[first-1].Text != "The" ||
			d.takenIn(first, k-1) || d.isDemonym(d.toks[k-1].Text) {
			continue
		}
		d.addTaken(mention{first: first, last: k - 1, typ: corpus.FactOrganization, confident: true})
		added = true
	}
	if added {
		d.sortMentions()
	}
}

// takenIn reports a token of first..last that a mention holds (after
// markTaken).
func (d *doc) takenIn(first, last int) bool {
	for k := first; k <= last; k++ {
		if d.taken[k] {
			return true
		}
	}
	return false
}

// acronymBranches makes organizations of an acronym followed by the
// town of its branch, which the tagger read as a person:
// "AIIMS Bhubaneswar", "IIT Bombay". Initials are no acronym ("P.J.",
// "DJ"), and a town that is a given name or surname too no branch's
// ("HMS Scott", "T.H. Morgan"). Persons only: a place's acronym
// opens places ("NYC Manhattan"). The acronym must not be a place itself
// nor stand on a line in capitals.
func (d *doc) acronymBranches() {
	for i, m := range d.ms {
		if m.confident || m.first == m.last || m.typ != corpus.FactPerson {
			continue
		}
		acr, next := d.toks[m.first].Text, d.toks[m.first+1].Text
		if len(acr) < 3 || !isAllCaps(acr) || strings.ContainsRune(acr, '.') || isAllCaps(next) || !d.spaced(m.first) || d.onCapsLine(m.first) {
			continue
		}
		rest := d.text[d.toks[m.first+1].Start:m.end]
		if d.isKnownPlace(acr) || d.placeAcronym(acr) || !d.isKnownPlace(rest) || d.personWordsAt(m.first+1, m.last) {
			continue // "P.J. Crowley", "HMS Scott": Crowley and Scott are towns too
		}
		d.ms[i].typ, d.ms[i].confident = corpus.FactOrganization, true
	}
}

// holdsWord reports word w among m's tokens.
func (d *doc) holdsWord(m mention, w string) bool {
	for k := m.first; k <= m.last; k++ {
		if d.toks[k].Text == w {
			return true
		}
	}
	return false
}

// personWordsAt reports a word of tokens first to last that the lists
// know as a given name or surname.
func (d *doc) personWordsAt(first, last int) bool {
	for k := first; k <= last; k++ {
		if d.gaz.inLists(strings.ToLower(d.toks[k].Text))&(1<<GazFirstName|1<<GazSurname) != 0 {
			return true
		}
	}
	return false
}

// kindAcronyms tags as an organization an untagged acronym before a
// body's kind in lower case: "the moderate CFDT union", "the KMT party",
// "the ELN rebels", with the acronyms a list joins to it ("the CFDT and
// FO unions"); an acronym after such a kind ("spy agency GCHQ"); and a
// word no list knows before a party's kind (partyKinds): "Netanyahu's
// Likud party". Known places ("the US party"), common words, the
// acronyms of trades and things ("an AI group", "a TV network") and the
// end of a longer name ("ZANU-PF party") stay.
func (d *doc) kindAcronyms() {
	var spans []span
	var cov []int32
	for k := 1; k+1 < len(d.toks); k++ {
		w := d.toks[k].Text
		if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || !acronymKinds[d.toks[k+1].Text] {
			continue
		}
		// an acronym, or a word no list knows before a party's kind:
		// "Netanyahu's Likud party"
		acronym := len(w) <= 6 && isAllCaps(w) && isAcronym(w)
		if !acronym && (!partyKinds[d.toks[k+1].Text] || isAllCaps(w) || !hasLetter(w) || d.sentenceStart(k) || creedWord(w) ||
			d.gaz.inLists(strings.ToLower(w)) != 0 || d.isDemonym(w) || formerPlaces[hashLower(fnvOffset, w)]) {
			continue
		}
		if cov == nil {
			cov = d.coverScratch()
		}
		if cov[k] != 0 || thingAcronyms[w] || d.isKnownPlace(w) || d.gaz.hasLower(w, GazCommon) || startsUpper(d.toks[k-1].Text) && d.spaced(k-1) ||
			!d.spaced(k-1) { // "ZANU-PF party"
			continue
		}
		spans = append(spans, span{k, k, corpus.FactOrganization})
		for j := k - 2; acronym && j >= 1 && (d.toks[j+1].Text == "and" || d.toks[j+1].Text == ",") && d.bodyAcronym(j, cov); j -= 2 {
			spans = append(spans, span{j, j, corpus.FactOrganization}) // "the CFDT and FO unions"
		}
	}
	for k := 1; k < len(d.toks); k++ {
		if w := d.toks[k].Text; w == "" || w[0] < 'A' || w[0] > 'Z' || !kindsBefore[d.toks[k-1].Text] || k+1 < len(d.toks) && startsUpper(d.toks[k+1].Text) && d.spaced(k) {
			continue // "the group AI Labs"
		}
		if cov == nil {
			cov = d.coverScratch()
		}
		if d.bodyAcronym(k, cov) && !slices.ContainsFunc(spans, func(s span) bool { return s.first == k }) {
			spans = append(spans, span{k, k, corpus.FactOrganization}) // "UK spy agency GCHQ"
		}
	}
	d.tagSpans(spans)
}

// bodyAcronym reports an untagged acronym at token k that may name a
// body: no trade or thing, known place or common word.
func (d *doc) bodyAcronym(k int, cov []int32) bool {
	w := d.toks[k].Text
	return len(w) >= 2 && len(w) <= 6 && w[0] >= 'A' && w[0] <= 'Z' && isAllCaps(w) && isAcronym(w) && cov[k] == 0 &&
		!thingAcronyms[w] && !d.isKnownPlace(w) && !d.gaz.hasLower(w, GazCommon)
}

// kindsBefore are the bodies' kinds in lower case that make an acronym
// after them an organization.
var kindsBefore = wordSet([]string{"agency", "regulator", "watchdog", "broadcaster", "newspaper", "airline", "carrier",
	"union", "party", "militia", "group", "bank", "firm", "company", "insurer", "lender", "automaker", "carmaker"})

// acronymKinds are the bodies' kinds in lower case that make an acronym
// before them an organization.
var acronymKinds = wordSet([]string{"union", "unions", "party", "movement", "militia", "rebels", "coalition", "federation",
	"alliance", "broadcaster", "newspaper", "daily", "agency", "airline", "carrier", "bank", "guerrillas", "faction"})

// creedWord reports a word that names a creed or a side, not a party
// ("the Communist party", "a Eurosceptic party", "the Labour party",
// "the Republicans party"): adjectives and plurals by their ending.
func creedWord(w string) bool {
	switch w {
	case "Labour", "Labor", "Conservative", "Green", "Greens", "Tory", "Liberal", "Democrat":
		return true
	}
	for _, end := range [...]string{"ist", "ic", "al", "an", "ive", "ish", "ese", "s"} {
		if strings.HasSuffix(w, end) && !strings.HasSuffix(w, "as") { // "Shas"
			return true
		}
	}
	return false
}

// thingAcronyms name trades and things, not bodies.
var thingAcronyms = map[string]bool{"RT": true, "TV": true, "PC": true, "AI": true, "IT": true, "PR": true, "HR": true, "EV": true,
	"VIP": true, "CEO": true, "LGBT": true, "LGBTQ": true, "AIDS": true, "HIV": true, "DNA": true, "GDP": true}
