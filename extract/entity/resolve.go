package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"tidings/corpus"
	"tidings/extract/token"
)

// doc is one document under resolution: its tokens and mentions.
type doc struct {
	text   string
	toks   []token.Token
	ms     []mention
	taken  []bool // token covered by a mention
	gaz    *Gazetteer
	breaks []bool // a line break before the token (opensLine)
	// capitals caches writesCapitals: 0 not yet known, 1 no, 2 yes
	capitals uint8
	cue      *tokenCues      // cues, found on first use
	lower    map[string]bool // words written in lower case (writtenLower), found on first use
	// capsLines says of each token whether its line is in capitals
	// (onCapsLine), found on first use
	capsLines []bool
	spare     []mention // the other buffer of the passes that rebuild ms (mentionBuffer)
	cover     []int32   // coverScratch's array
}

// mentionBuffer returns an empty slice with room for the mentions and a
// few split ones, on an array other than d.ms's: the passes that rebuild
// the mentions write into it and swap it in (swapMentions) instead of
// allocating an array each.
func (d *doc) mentionBuffer() []mention {
	if cap(d.spare) < len(d.ms)+4 {
		d.spare = make([]mention, 0, len(d.ms)+8)
	}
	return d.spare[:0]
}

// swapMentions makes out the mentions and keeps their old array for the
// next rebuild.
func (d *doc) swapMentions(out []mention) { d.spare, d.ms = d.ms, out }

// resolve settles the tagger's mentions at document level and returns
// them as facts with canonical names, in offset order.
func resolve(text string, toks []token.Token, ms []mention, g *Gazetteer) []corpus.Fact {
	d := &doc{text: text, toks: toks, gaz: g, ms: make([]mention, 0, len(ms)+8)}
	for _, m := range ms {
		for _, part := range d.split(m) {
			if part, ok := d.trim(part); ok {
				d.ms = append(d.ms, part)
			}
		}
	}
	d.mergeHyphenated()
	d.joinedPlaces()
	d.listItems()
	d.portfolioPersons()
	d.officeHolders()
	d.titledNames()
	d.titledOrganizations()
	d.kinNames()
	d.kinOfNames()
	d.reflexivePersons()
	d.speakers()
	d.relativePersons()
	d.agedPersons()
	d.hometowns()
	d.regnalNames()
	d.epithets()
	d.nicknames()
	d.definitions()
	d.knownPlaces()
	d.countriesOpening()
	d.countryAcronyms()
	d.naturalFeatures()
	d.planets()
	d.townsOfRegions()
	d.statesOpeningNames()
	d.personsOfPlaces()
	d.capitalTowns()
	d.metonymPlaces()
	d.constituencies()
	d.basedFirms()
	d.namedPlaces()
	d.civicPlaces()
	d.partyStates()
	d.unknownPersonsIn()
	d.compassPlaces()
	d.placesBeforeNouns()
	d.possessives()
	d.saintsPlaces() // after the possessives, which would cut "St. Peter's Basilica"
	d.staffOfOwners()
	d.institutionsOf()
	d.institutionsOn()
	d.joinedInstitutions()
	d.institutions()
	d.splitInstitutions()
	d.acronymBranches()
	d.firmsWithAnd()
	d.firmsWithComma()
	d.partnershipNames()
	d.events()
	d.wars()
	d.empires()
	d.storms()
	d.quotedTitles()
	d.datelines()
	d.dropSportHeadings()
	d.results()
	d.matchSummaries()
	d.scorecards()
	d.riderTeams()
	d.countryPlayers()
	d.scorers()
	d.playersActions()
	d.leaderboards()
	d.scorerLines()
	d.squads()
	d.clubs() // before fixtures: "Barcelona beat [Real Madrid]" needs the club
	d.fixtures()
	d.driversTeams()
	d.scoredTeams()
	d.expandAcronyms()
	d.products()
	d.productLines()
	d.knownOrganizations()
	d.legalTails()
	d.legalFormRuns()
	d.openedFirms()
	d.untaggedFirms()
	d.nationalFirms()
	d.sectorTails()
	d.coinedFirms()
	d.statePartisans()
	d.parties()
	d.stockLists()
	d.marketIndexNames()
	d.crudeGrades()
	d.currencyNames()
	d.employers()
	d.mediaNames()
	d.demonyms()
	d.nationalities()
	d.placePeoples()
	d.eponymAdjectives()
	d.twoWordNationalities()
	d.countryPersons()
	d.ofDomains()
	d.coordinated()
	d.knownAs()
	d.kindAcronyms()
	d.markTaken()
	d.institutionNames()
	d.unionNames()
	d.countyNames()
	d.companyRuns()
	d.acronyms()
	d.companies()
	d.companyEvidence()
	d.describedNames()
	d.bodyObjects()
	d.speakingCompanies()
	d.companyShortForms()
	d.indexCompanies()
	d.fullNames()
	d.givenNameSurnames()
	d.listTypes()
	d.placePairs()
	d.namesJoined()
	d.personPairs()
	d.regionsAfterTowns()
	d.motionPlaces()
	d.townsIn()
	d.eventShortForms()
	d.unifyTypes()
	d.modelNames()
	if d.propagate() {
		d.unifyTypes() // again: a tie between two mentions is broken by the ones found again
	}
	d.dropGenericInstitutions()
	d.parenAcronyms()
	d.capsNames()
	d.titleCaseNames()
	d.shortForms()
	d.companyFullNames()
	d.leadingThe()
	sort.Slice(d.ms, func(i, j int) bool { return d.ms[i].start < d.ms[j].start })
	out := make([]corpus.Fact, 0, len(d.ms))
	for _, m := range d.ms {
		// mojibake glued to the last word ("InnovationÂ") is not part of the name
		for strings.HasSuffix(d.text[m.start:m.end], "Â") && m.end-len("Â") > m.start {
			m.end -= len("Â")
		}
		ent := m.canon // already in canonical form
		if ent == "" {
			ent = cleanForm(d.text[m.start:m.end])
		}
		if !marketIndexes[ent] { // "FTSE 100" is written so in any text
			ent = canonicalAlias(capsForm(stripLegalSuffix(ent)), m.typ)
		}
		if m.typ == corpus.FactOrganization {
			ent = strings.TrimPrefix(ent, "The ") // "The Economist" and "the Economist" are one facet
			ent = d.registrySpelling(d.withoutDotCom(ent))
		}
		if m.typ != corpus.FactMisc {
			ent = capitalizeLower(ent) // "jill allen" of a text in lower case is the facet "Jill Allen"
		}
		if m.typ == corpus.FactLocation {
			if raw := d.text[m.start:m.end]; stripParty(raw) != raw {
				ent = partyState(raw) // "Rep. Jim Jordan, R-Ohio": the place is Ohio
			} else {
				ent = stateName(raw, ent)
			}
		}
		if len(ent) > 3 && isAllCaps(ent) && !strings.Contains(ent, " ") && d.isKnownPlace(ent) &&
			(m.typ != corpus.FactOrganization || d.onCapsLine(m.first)) {
			// "BOSTON" of a table in capitals, a place or a team, and
			// "COLUMBUS" the person; an organization in capitals among
			// words in mixed case is an acronym, whatever town it spells
			// ("NATO", "EADS")
			ent = titleWord(ent)
		}
		if ent == "" {
			ent = d.text[m.start:m.end]
		}
		out = append(out, corpus.Fact{Type: m.typ, Start: m.start, End: m.end, Text: text[m.start:m.end], Entity: ent})
	}
	unifyCase(out)
	return out
}

// withoutDotCom drops the ".com" of a company named by its web address
// when the bare name is a company too: a known one that is no common
// word ("Amazon.com Inc." is Amazon, "Booking.com" stays), or one the
// document names so ("Overstock.com" beside "Overstock").
func (d *doc) withoutDotCom(name string) string {
	bare, ok := strings.CutSuffix(name, ".com")
	if !ok {
		bare, ok = strings.CutSuffix(name, ".COM")
	}
	if !ok || bare == "" || strings.ContainsAny(bare, " .") {
		return name
	}
	lower := strings.ToLower(bare)
	if d.gaz.has(lower, GazCompany) && !d.gaz.has(lower, GazCommon) {
		return bare
	}
	for _, m := range d.ms {
		if m.typ == corpus.FactOrganization && d.key(m) == bare {
			return bare
		}
	}
	return name
}

// officeEnds end an office that an organization's name runs into before
// its holder's name; officeModifiers come before them ("Majority
// Leader").
var (
	officeEnds = map[string]bool{
		"leader": true, "whip": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "chairman": true,
		"chairwoman": true, "chair": true, "director": true, "commissioner": true, "speaker": true, "ceo": true,
		"governor": true, "president": true, "minister": true, "secretary": true, "justice": true, "judge": true,
	}
	officeModifiers = map[string]bool{"majority": true, "minority": true, "deputy": true, "executive": true, "managing": true, "chief": true, "high": true, "district": true, "circuit": true}
	partyWords      = map[string]bool{"Democratic": true, "Republican": true}
)

// officeWord reports a word of an office in any case: "Majority",
// "Leader".
func officeWord(w string) bool { return lowerIn(officeEnds, w) || lowerIn(officeModifiers, w) }

// registrySpelling spells a company's name as the company lists do when
// the text has its last word's number wrong ("Ford Motors" -> "Ford
// Motor", "Cisco System" -> "Cisco Systems"), so that articles that
// misspell a company count under its name. A name the lists hold as
// written stays ("General Motors").
func (d *doc) registrySpelling(name string) string {
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 || len(name)-sp < 4 {
		return name
	}
	var buf [64]byte
	lower := appendLower(buf[:0], name) // no allocation for the many names that stay
	if d.gaz.hasBytes(lower, nil, GazCompany) {
		return name
	}
	if strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") {
		if d.gaz.hasBytes(lower[:len(lower)-1], nil, GazCompany) {
			return name[:len(name)-1]
		}
	} else if d.gaz.hasBytes(lower, []byte("s"), GazCompany) {
		return name + "s"
	}
	return name
}

// companyForm is a name's form normalised (cleanForm), its legal form
// dropped and its capitals mended: a company's facet ("Bre-X Minerals" of
// "Bre-X Minerals Ltd").
func companyForm(name string) string { return capsForm(stripLegalSuffix(cleanForm(name))) }

// Canonical returns the canonical name of a name of type typ written as
// name, as facts carry it in Entity: the form normalised (mojibake, white
// space, outer punctuation), legal forms dropped ("Apple Inc." -> "Apple")
// and known aliases mapped ("U.S." -> "United States"). Search filters
// pass what users type through it, so that "--place US" finds the
// articles about the United States.
func Canonical(name string, typ corpus.FactType) string {
	c := canonicalAlias(companyForm(name), typ)
	if typ != corpus.FactMisc {
		c = capitalizeLower(c)
	}
	return c
}

// unifyCase spells every canonical name as the document's best-cased
// form of it: mixed case over capitals ("APPLE" in a headline ->
// "Apple"), capitalised words over lower-case ones ("Suvarnabhumi
// airport" -> "Suvarnabhumi Airport").
func unifyCase(facts []corpus.Fact) {
	best := make(map[string]string, len(facts))
	differ := false
	for _, f := range facts {
		k := strings.ToLower(f.Entity)
		b, ok := best[k]
		switch {
		case !ok:
			best[k] = f.Entity
		case b != f.Entity:
			differ = true
			if caseRank(f.Entity) > caseRank(b) {
				best[k] = f.Entity
			}
		}
	}
	if !differ {
		return
	}
	for i, f := range facts {
		facts[i].Entity = best[strings.ToLower(f.Entity)]
	}
}

// caseRank orders spellings of one name: all capitals last, then by the
// number of words that open with a capital, less those in capitals
// ("Sri Lanka" over "SRI Lanka").
func caseRank(s string) int {
	if isAllCaps(s) {
		return -1
	}
	n := 0
	for _, w := range strings.Fields(s) {
		if startsUpper(w) {
			n += 2
		}
		if len(w) > 1 && isAllCaps(w) {
			n--
		}
	}
	return n
}

// productKinds say in lower case what kind of product a name is.
var productKinds = map[string]bool{
	"smartphone": true, "phone": true, "handset": true, "software": true,
	"device": true, "tablet": true, "laptop": true, "computer": true, "console": true, "aircraft": true,
	"jet": true, "jets": true, "airliner": true, "plane": true, "planes": true, "car": true, "sedan": true,
	"vehicle": true, "browser": true, "app": true, "chip": true, "processor": true,
}

// allNamed reports tokens first..last that each hold a capital or a
// figure: "Mac OS X Lion", "iPhone", "Boeing 787".
func (d *doc) allNamed(first, last int) bool {
	for k := first; k <= last; k++ {
		if !strings.ContainsFunc(d.toks[k].Text, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) {
			return false
		}
	}
	return true
}

func (d *doc) set(m *mention) {
	m.start, m.end = d.toks[m.first].Start, d.toks[m.last].End
}

// commonOpening reports a word in lower case opening the name the tagger
// found from token k to last, which trim drops: a common word ("former",
// "rebel", "the"), or in a text that capitalises names any word but a
// given name before a capitalised one ("south-east Delhi", "lowland
// Europe"). A name written in lower case ("san francisco", "jill allen",
// "samantha Fox") or an article glued by a hyphen ("az-Zaman") stays
// whole.
func (d *doc) commonOpening(k, last int) bool {
	w := d.toks[k].Text
	if !isLowerWord(w) || d.articleGlued(k) {
		return false
	}
	if d.gaz.has(w, GazCommon) {
		return true
	}
	if !d.writesCapitals() || k < last && d.gaz.has(w, GazFirstName) && d.personWord(k+1) { // "samantha Fox", not "novella Animal Farm"
		return false
	}
	for j := k + 1; j <= last; j++ {
		if startsUpper(d.toks[j].Text) {
			return true
		}
	}
	return false
}

// descriptorOpening reports a company noun opening a sentence before a
// capitalised name: "Rivals Lloyds Banking Group and NatWest have",
// "Chipmaker Nvidia said". Only nouns that open no company's name count
// ("Bank Leumi", "Giants Stadium" stay).
func (d *doc) descriptorOpening(k int) bool {
	return d.openingDescriptorAt(k) && d.spaced(k) && startsUpper(d.toks[k+1].Text)
}

// openingDescriptorAt reports a company noun of openingDescriptors
// opening a sentence or a line at token k.
func (d *doc) openingDescriptorAt(k int) bool {
	return isOpeningDescriptor(d.toks[k].Text) && (d.sentenceStart(k) || d.lineStart(k))
}

// isOpeningDescriptor reports a company noun of openingDescriptors in
// any case, singular or plural: "Rivals", "Chipmaker".
func isOpeningDescriptor(w string) bool {
	var b [16]byte
	lw := appendLower(b[:0], w)
	return openingDescriptors[string(lw)] || len(lw) > 1 && lw[len(lw)-1] == 's' && openingDescriptors[string(lw[:len(lw)-1])]
}

var openingDescriptors = map[string]bool{
	"rival": true, "automaker": true, "carmaker": true, "chipmaker": true, "drugmaker": true, "steelmaker": true,
	"planemaker": true, "startup": true, "retailer": true, "lender": true, "insurer": true, "regulator": true,
	"watchdog": true, "miner": true, "brewer": true,
}

// venueWords name venues and no one: a person's name holding one is the
// venue.
var venueWords = map[string]bool{"stadium": true, "arena": true, "airport": true, "hotel": true, "museum": true, "cathedral": true}

// placeOffices are the offices a country or town fills: "the U.S.
// Attorney", "the U.S. Ambassador to Iraq" (not "Ohio State").
var placeOffices = map[string]bool{
	"Attorney": true, "Ambassador": true, "Envoy": true, "Consul": true, "Congressman": true, "Congresswoman": true,
	"Senator": true, "President": true, "Governor": true, "Mayor": true,
}

// railHeads head the names of railway companies: "State Railway of
// Thailand", "Indian Railways".
var railHeads = map[string]bool{"railway": true, "railways": true, "railroad": true}

// buildingKinds in lower case follow a building's or a site's name:
// "Notre-Dame de Paris cathedral", "the Eibingen cloister".
var buildingKinds = map[string]bool{
	"cathedral": true, "basilica": true, "church": true, "chapel": true, "mosque": true, "temple": true,
	"synagogue": true, "cloister": true, "monastery": true, "abbey": true, "castle": true, "palace": true,
}

// articleGlued reports a word glued by a hyphen to a capitalised word
// after it: the Arabic article of "az-Zaman", "ash-Sharq", a prefix of
// "sub-Saharan Africa"; not "mid-", which dates take ("mid-March").
func (d *doc) articleGlued(k int) bool {
	return d.toks[k].Text != "mid" && d.gluedHyphen(k+1) && startsUpper(d.toks[k+2].Text)
}

// titledBefore reports a title, honorific or office before token k: a
// person named after a place's head stays one ("Senator John Tower",
// "coach Bruce Arena", "Representative Carla Hills").
func (d *doc) titledBefore(k int) bool {
	if k == 0 {
		return false
	}
	w := d.toks[k-1].Text
	return isHonorific(w) || isRoleNoun(strings.ToLower(w)) || startsUpper(w) && isTitle(w) // not "former King County"
}

// trim drops titles before a person's name, a leading "the", and
// possessives, quotes, brackets and punctuation at either edge.
func (d *doc) trim(m mention) (mention, bool) {
	edge := func(s string) bool {
		switch s {
		case "'s", "’s", "'", "’", "\"", "“", "”", "‘", "(", ")", "[", "]", ",", ".", ";", ":", "-", "–", "—", "!", "?", "«", "»":
			return true
		}
		return false
	}
	for m.first <= m.last && (edge(d.toks[m.first].Text) || m.first < m.last && (d.toks[m.first].Text == "The" && m.typ != corpus.FactMisc ||
		d.commonOpening(m.first, m.last) && !(m.typ == corpus.FactPerson && nameParticles[d.toks[m.first].Text]))) {
		m.first++ // not a surname's particle: "de Boer", "General de Meza"
	}
	for m.first <= m.last && edge(d.toks[m.last].Text) {
		m.last--
	}
	if m.first < m.last && d.descriptorOpening(m.first) {
		m.first++ // "[Rivals] Lloyds Banking Group and NatWest"
	}
	// letters after a name are no part of it: "Judge [Neil Ford] QC", "the
	// [Conservative] MP said"
	if m.first < m.last && d.spaced(m.last-1) && (m.typ == corpus.FactPerson && postNominals[d.toks[m.last].Text] ||
		m.typ == corpus.FactOrganization && seatHolders[d.toks[m.last].Text]) { // not "@PeterDutton_MP"
		m.last--
	}
	// an office before a person's name ends no organization's name:
	// "[Senate] Majority Leader John Thune", which GMB tags whole, "[Senate]
	// Democratic leader Chuck Schumer"
	if next := m.last + 1; m.typ == corpus.FactOrganization && m.first < m.last && next < len(d.toks) && d.spaced(m.last) &&
		(startsUpper(d.toks[next].Text) && lowerIn(officeEnds, d.toks[m.last].Text) ||
			officeEnds[d.toks[next].Text] && partyWords[d.toks[m.last].Text]) {
		k := m.last
		for k > m.first && (officeWord(d.toks[k].Text) || partyWords[d.toks[k].Text]) {
			k--
		}
		if !officeWord(d.toks[k].Text) && d.toks[k].Text != "of" { // "Ministry of Justice" is whole
			if k == m.first && !d.holderOf(mention{first: k, last: k}) && !isOrgKind(strings.ToLower(d.toks[k].Text)) && d.gaz.hasLower(d.toks[k].Text, GazCommon) {
				return m, false // an office whole: "First Deputy Managing Director John Lipsky"
			}
			m.last = k
			for m.last > m.first && edge(d.toks[m.last].Text) {
				m.last-- // "[Sudan]'s Justice Minister"
			}
			if d.isKnownPlace(d.text[d.toks[m.first].Start:d.toks[m.last].End]) {
				m.typ = corpus.FactLocation
			}
		}
	}
	// "State's Attorney" is a county's prosecutor: "[Cook County] State's
	// Attorney Eileen O'Neill Burke" had been the place "Cook County State"
	if m.first < m.last && d.toks[m.last].Text == "State" && m.last+2 < len(d.toks) &&
		(d.toks[m.last+1].Text == "'s" || d.toks[m.last+1].Text == "’s") && d.toks[m.last+2].Text == "Attorney" {
		m.last--
	}
	// a place's office with no holder named is the place: "the [U.S.]
	// Attorney in Brooklyn"
	if m.typ == corpus.FactOrganization && m.first < m.last && placeOffices[d.toks[m.last].Text] &&
		(m.last+1 >= len(d.toks) || !startsUpper(d.toks[m.last+1].Text)) {
		if place := d.text[d.toks[m.first].Start:d.toks[m.last-1].End]; d.isPlace(place) || d.placeAcronym(place) {
			m.last--
			m.typ = corpus.FactLocation
		}
	}
	// a chief minister governs a state or province: "[Khyber Pakhtunkhwa]
	// Chief Minister Ali Amin Gandapur"
	if next := m.last + 2; m.typ == corpus.FactOrganization && next < len(d.toks) && d.toks[m.last+1].Text == "Chief" &&
		d.toks[next].Text == "Minister" && d.spaced(m.last) && !d.hasInstitution(m) {
		m.typ = corpus.FactLocation
	}
	// an institution's kind in lower case ends no organization's name:
	// "[CGT] union", "[Labour] party" (in a text that capitalises names);
	// what is left may be a place
	if m.typ == corpus.FactOrganization && m.first < m.last && d.lowerKindAt(m.last) && d.writesCapitals() {
		for m.first < m.last && d.lowerKindAt(m.last) {
			m.last--
		}
		if d.isKnownPlace(d.text[d.toks[m.first].Start:d.toks[m.last].End]) {
			m.typ = corpus.FactLocation // "[Pakistan] army", "[Detroit] radio"
		}
	}
	// a product's kind in lower case ends no product's name: "[Mac OS X
	// Lion] operating system", "[iPhone] smartphone", "[Boeing 787]
	// aircraft"; after a word in lower case it stays ("Gaussian mixture
	// model" is one name)
	if m.typ == corpus.FactMisc && m.first < m.last {
		k := m.last - 1
		if d.toks[m.last].Text == "system" && d.toks[k].Text == "operating" {
			k-- // not "system" alone: "Solar system", "SYSTRAN system"
		}
		if productKinds[d.toks[m.last].Text] && k >= m.first || k < m.last-1 && k >= m.first {
			if d.allNamed(m.first, k) {
				m.last = k
			}
		}
	}
	// a year opening an event's name is a date of its own, as CoNLL-style
	// sets tag them: "2019 [Cannes Film Festival]" (the pipeline would
	// drop the name for the date)
	if m.typ == corpus.FactMisc && m.first < m.last && isYear(d.toks[m.first].Text) && startsUpper(d.toks[m.first+1].Text) {
		m.first++
	}
	// a building's kind in lower case ends no name, and names the place
	// before it: "[Notre-Dame de Paris] cathedral" had been misc
	if m.typ != corpus.FactPerson && m.first < m.last && buildingKinds[d.toks[m.last].Text] && startsUpper(d.toks[m.last-1].Text) {
		m.last--
		m.typ = corpus.FactLocation
	}
	// an acronym alone in parentheses names an organization, not a
	// person: "Japan's (ANA) were to take delivery"
	if m.typ == corpus.FactPerson && m.first == m.last && m.first > 0 && m.last+1 < len(d.toks) &&
		d.toks[m.first-1].Text == "(" && d.toks[m.last+1].Text == ")" && isParenAcronym(d.toks[m.first].Text) {
		m.typ, m.confident = corpus.FactOrganization, true
	}
	// a title reads as one in mixed case: "DR Congo" is the country
	if m.first < m.last && personTitles[strings.ToLower(d.toks[m.first].Text)] && !isAllCaps(d.toks[m.first].Text) && startsUpper(d.toks[m.first+1].Text) &&
		d.nameWords(m.first+1, m.last, true) { // not "Queen Elizabeth Hospital"
		m.typ = corpus.FactPerson
	}
	// an office before a given name and more opens a person's name:
	// "Justice Alexandre de Moraes" had been an organization
	var given [32]byte
	if m.typ != corpus.FactPerson && m.first+1 < m.last && isTitle(d.toks[m.first].Text) && startsUpper(d.toks[m.first].Text) &&
		!isAllCaps(d.toks[m.first].Text) && d.gaz.has(string(appendLower(given[:0], d.toks[m.first+1].Text)), GazFirstName) &&
		!isHead(d.toks[m.last].Text) && !d.hasInstitution(m) && d.nameWords(m.first+1, m.last, false) {
		m.typ = corpus.FactPerson
	}
	if t, ok := headType(d.toks[m.last].Text); ok && m.first < m.last && (m.typ == corpus.FactPerson && !d.titledBefore(m.first) || t == corpus.FactMisc && !d.hasInstitution(m)) {
		m.typ = t
	}
	// a given name before a double-barrelled surname is a person, though the
	// surname ends in a place's word: "Phoebe Waller-Bridge" (the tagger
	// read a bridge); not "Marie-Galante", one word
	if m.typ == corpus.FactLocation && m.last-m.first == 3 && d.gluedHyphen(m.last-1) && startsUpper(d.toks[m.last-2].Text) && lowerIn(placeHeads, d.toks[m.last].Text) &&
		d.spaced(m.first) && d.gaz.hasLower(d.toks[m.first].Text, GazFirstName) && !d.isKnownPlace(d.key(m)) && !d.isKnownPlace(d.toks[m.first].Text) {
		m.typ = corpus.FactPerson
	}
	if last := d.toks[m.last].Text; m.typ == corpus.FactOrganization && m.first < m.last && lowerIn(onlyPlaceHeads, last) &&
		(last != "Drive" || !d.knownCompany(mention{first: m.last - 1, last: m.last - 1}, strings.ToLower(d.toks[m.last-1].Text))) { // "Google Drive" is the product
		m.typ = corpus.FactLocation // "Emirates Stadium", which GMB calls an organization; "Miller Drive"
	}
	if last := d.toks[m.last].Text; m.typ == corpus.FactPerson && m.first < m.last && startsUpper(last) && d.spaced(m.last-1) &&
		lowerIn(industryHeads, last) {
		m.typ = corpus.FactOrganization // "Miller Brewing" (not misc: "iPod Software", "Chemical Communications" the journal)
	}
	// a strong institution's word inside a person's name, before a
	// hyphen, makes it the institution: "Pakistan Muslim League-Nawaz"
	if m.typ == corpus.FactPerson && m.last-m.first >= 3 {
		for k := m.first + 1; k < m.last; k++ {
			if d.gluedHyphen(k+1) && (strongHeads[strings.ToLower(d.toks[k].Text)] || strings.EqualFold(d.toks[k].Text, "league")) {
				m.typ = corpus.FactOrganization
				break
			}
		}
	}
	// a venue's word anywhere in a person's name makes it the venue:
	// "Yurtec Stadium Sendai", "Hotel Principe di Savoia"; not a surname
	// after a given name or a title ("coach Bruce Arena")
	if m.typ == corpus.FactPerson && m.first < m.last {
		for k := m.first; k <= m.last; k++ {
			if lowerIn(venueWords, d.toks[k].Text) && startsUpper(d.toks[k].Text) && !d.titledBefore(m.first) &&
				!(k == m.last && d.gaz.hasLower(d.toks[m.first].Text, GazFirstName)) {
				m.typ = corpus.FactLocation
				break
			}
		}
	}
	// a place whose head before "of" is an organization's is the
	// organization: "State Railway of Thailand", "Bank of England" ("Gulf
	// of Mexico", "Republic of Korea", "Union of South Africa" stay)
	if m.typ == corpus.FactLocation && m.first < m.last {
		for k := m.first + 1; k < m.last; k++ {
			if d.toks[k].Text == "of" {
				if h := d.toks[k-1].Text; startsUpper(h) && h != "Union" && (lowerIn(orgHeads, h) || lowerIn(strongHeads, h) || lowerIn(railHeads, h)) {
					m.typ = corpus.FactOrganization
				}
				break
			}
		}
	}
	// a place opening with a company's word in the languages news quotes
	// names in is the company: "Grupo Mexico", "Banco Santander"
	if m.typ == corpus.FactLocation && m.first < m.last && companyOpeners[d.toks[m.first].Text] {
		m.typ = corpus.FactOrganization
	}
	// misc or a person ending in a company's legal form is the company:
	// "Walt Disney Co" (the tagger read a product), "Porsche SE"
	if (m.typ == corpus.FactMisc || m.typ == corpus.FactPerson) && m.first < m.last && d.spaced(m.last-1) && isLegalForm(d.toks[m.last].Text) &&
		(m.typ == corpus.FactMisc || strings.TrimSuffix(d.toks[m.last].Text, ".") != "Co") {
		m.typ = corpus.FactOrganization
	}
	// a place ending in a company's word is the company: "Jio Platforms",
	// "Adani Enterprises"
	if last := d.toks[m.last].Text; m.typ == corpus.FactLocation && m.first < m.last && startsUpper(last) && d.spaced(m.last-1) &&
		(lowerIn(industryTails, last) || lowerIn(companyTails, last) && last != "Co") {
		m.typ = corpus.FactOrganization
	}
	if m.first < m.last && isClubSuffix(d.toks[m.last].Text) {
		m.typ = corpus.FactOrganization // "Aris F.C." was a place
	}
	if next := m.last + 1; m.first <= m.last && next < len(d.toks) && d.spaced(m.last) && startsDigitOr(d.toks[next].Text, "") &&
		marketIndexes[d.text[d.toks[m.first].Start:d.toks[next].End]] {
		m.last = next // "[Russell] 2000", "[Stoxx] 600"
	}
	if m.first <= m.last && marketIndexes[d.text[d.toks[m.first].Start:d.toks[m.last].End]] {
		m.typ, m.confident = corpus.FactMisc, true
	}
	if m.typ == corpus.FactPerson {
		// a nationality before a title is no part of the name: "Roman
		// Emperor Hadrian", "(Holy) Roman Emperor"
		for m.first < m.last && (isTitle(d.toks[m.first+1].Text) || isHonorific(d.toks[m.first+1].Text)) && d.isDemonym(d.toks[m.first].Text) {
			m.first++
		}
		for m.first < m.last && (isTitle(d.toks[m.first].Text) || isHonorific(d.toks[m.first].Text)) && startsUpper(d.toks[m.first+1].Text) {
			m.first++
		}
	}
	if m.first > m.last || allTitles(d.toks[m.first:m.last+1]) || !hasWordRune(d.text[d.toks[m.first].Start:d.toks[m.last].End]) ||
		m.first == m.last && nameSuffixes[d.toks[m.first].Text] { // "Jr." alone names no one
		return m, false
	}
	if d.beforeCurrency(m.last) || isFileName(d.toks[m.last].Text) || d.lowerCommon(m) {
		return m, false
	}
	d.set(&m)
	return m, true
}

// isClubSuffix reports the abbreviations that end a football club's
// name: "Aris F.C.", "Sunderland A.F.C.".
func isClubSuffix(w string) bool {
	switch w {
	case "FC", "F.C.", "AFC", "A.F.C.", "CF", "C.F.":
		return true
	}
	return false
}

// lowerCommon reports a mention of common words in lower case, in a
// document that writes names capitalised: "club" of "Dutch club Vitesse
// Arnhem", "robot". Known names stay ("malaysia" in mail), and so do
// handles ("@ bbc") and every name of a text in lower case.
func (d *doc) lowerCommon(m mention) bool {
	if m.first > 0 && (d.toks[m.first-1].Text == "@" || d.toks[m.first-1].Text == "#") {
		return false
	}
	for k := m.first; k <= m.last; k++ {
		w := d.toks[k].Text
		if !isLowerWord(w) || !isHead(w) && !d.gaz.has(w, GazCommon) ||
			d.gaz.has(w, GazCompany) || d.gaz.has(w, GazCountry) || d.gaz.has(w, GazRegion) || d.gaz.has(w, GazCity) {
			return false
		}
	}
	return d.writesCapitals()
}

// writesCapitals reports a document whose words are capitalised often
// enough for case to mark names (one in twenty words or more).
func (d *doc) writesCapitals() bool {
	if d.capitals == 0 {
		words, upper := 0, 0
		for _, t := range d.toks {
			if hasLetter(t.Text) {
				words++
				if startsUpper(t.Text) {
					upper++
				}
			}
		}
		d.capitals = 1
		if upper*20 >= words {
			d.capitals = 2
		}
	}
	return d.capitals == 2
}

// split cuts a mention at slashes and dashes standing between spaces:
// "Brandon Luna - Analyst", "San Jose - Cisco", "Enron / Azurix" are
// two names each (or a name and a title, which trim drops); and at list
// bullets.
func (d *doc) split(m mention) []mention {
	if parts, ok := d.portfolioHolder(m); ok {
		return parts
	}
	var out []mention
	from := m.first
	for k := m.first + 1; k < m.last; k++ {
		switch sep := d.toks[k].Text; sep {
		case "*", "•", "·", "|", "▪", "►", "■", "●": // list bullets: "Kentucky * Michigan Truck Plant"
			part := m
			part.first, part.last = from, k-1
			out = append(out, part)
			from = k + 1
		case "and":
			// "Sony and Toyota", "Rwanda and Burundi": two known names, not
			// one ("Procter and Gamble", "Trinidad and Tobago" are known
			// whole; works keep theirs: "Foundation and Earth")
			if m.typ != corpus.FactMisc && m.typ != corpus.FactPerson && (d.knownName(from, k-1) && d.knownName(k+1, m.last) && !d.knownName(m.first, m.last) || d.companiesJoined(from, k, m.last)) {
				out = append(out, d.knownPart(m, from, k-1))
				from = k + 1
			}
		default:
			// an office between an institution and its holder's name:
			// "U.N. Secretary-General Antonio Guterres" is two names
			if m.typ == corpus.FactMisc || k == from || d.toks[k-1].Text == "of" {
				continue // an office after "of" is an eponym's: "National University of General San Martín"
			}
			if first := d.nameAfterOffice(k, m.last); first >= 0 {
				part := m
				part.first, part.last = from, k-1
				for part.last >= from && (isTitle(d.toks[part.last].Text) || officeWord(d.toks[part.last].Text) || d.toks[part.last].Text == "-") {
					part.last-- // "Secretary - General" of "U.N. Secretary-General"
				}
				if part.last < from || !d.holderOf(part) || m.typ == corpus.FactPerson && !d.institutionHolder(part) {
					continue // a person's name opening with a town's office stays: "Sen. Warner"
				}
				if part.typ == corpus.FactPerson {
					part.typ = corpus.FactOrganization // "[House] Speaker Nancy Pelosi"
				}
				if holder := d.text[d.toks[part.first].Start:d.toks[part.last].End]; d.isPlace(holder) || d.placeAcronym(holder) {
					part.typ = corpus.FactLocation // "U.S. Ambassador William Brownfield"
				}
				out = append(out, part)
				person := m
				person.first, person.last, person.typ = first, m.last, corpus.FactPerson
				return append(out, person)
			}
		case "of":
			// a person of a company: "Mukesh Ambani of Reliance
			// Industries", "Tim Cook of Apple"
			if m.typ == corpus.FactOrganization && k-from >= 2 && k-from <= 3 && d.personOfCompany(from, k, m.last) {
				part := m
				part.first, part.last, part.typ = from, k-1, corpus.FactPerson
				rest := m
				rest.first = k + 1
				return append(out, part, rest)
			}
		case "-", "–", "—", "/":
			spaced := d.toks[k].Start > d.toks[k-1].End && d.toks[k+1].Start > d.toks[k].End
			// "Wal - Mart" is one name written loosely: a dash between
			// two single words does not cut, but after a headline's
			// first word in capitals it does ("NFL - COWBOYS BEAT GIANTS")
			if spaced && (sep == "/" || k-1 > from || k+1 < m.last ||
				from == m.first && d.lineStart(from) && isAllCaps(d.toks[from].Text) && isAllCaps(d.toks[k+1].Text)) {
				part := m
				part.first, part.last = from, k-1
				out = append(out, part)
				from = k + 1
			}
		}
	}
	if from == m.first {
		return []mention{m}
	}
	if d.toks[from-1].Text == "and" {
		return append(out, d.knownPart(m, from, m.last))
	}
	part := m
	part.first = from
	return append(out, part)
}

// portfolioHolder cuts the holder's name off an organization named
// after an office and "of": "Secretary of [Homeland Security] [Alejandro
// Mayorkas]". The holder's name opens with a given name and runs to the
// mention's end in two words or more.
func (d *doc) portfolioHolder(m mention) ([]mention, bool) {
	if m.typ != corpus.FactOrganization || m.first < 2 || m.last-m.first < 2 || d.toks[m.first-1].Text != "of" ||
		!isTitle(d.toks[m.first-2].Text) && !officeWord(d.toks[m.first-2].Text) {
		return nil, false
	}
	for j := m.first + 1; j < m.last; j++ {
		if d.gaz.hasLower(d.toks[j].Text, GazFirstName) && d.nameWords(j, m.last, false) && !isHead(d.toks[m.last].Text) {
			org, person := m, m
			org.last = j - 1
			person.first, person.typ = j, corpus.FactPerson
			if !startsUpper(d.toks[m.first].Text) {
				return []mention{person}, true // "of State [for African Affairs] Connie Newman": the portfolio is no name
			}
			return []mention{org, person}, true
		}
	}
	return nil, false
}

// personOfCompany reports a person's name before "of" at token j and a
// company after it, up to last: the name two or three capitalised words
// no list holds whole, none a head, title, office or company word
// ("Royal Bank of Scotland", "Board of Governors" stay), opening with a
// given name or made of no common word ("National Institutes of Health"
// stays); the company ends in a company's word or, after a given name,
// is a known one that is no place or common word ("Boy Scouts of
// America", "National Academies of Sciences" stay).
func (d *doc) personOfCompany(first, j, last int) bool {
	given := d.gaz.hasLower(d.toks[first].Text, GazFirstName)
	for k := first; k < j; k++ {
		w := d.toks[k].Text
		lw := strings.ToLower(w)
		if !startsUpper(w) || isAllCaps(w) || isHead(w) || isTitle(w) || officeWord(w) || companyTails[lw] ||
			!given && d.gaz.has(lw, GazCommon) {
			return false
		}
	}
	if d.placeOrCompany(d.text[d.toks[first].Start:d.toks[j-1].End]) {
		return false
	}
	if j+1 < last && lowerIn(companyTails, d.toks[last].Text) {
		return true
	}
	company := d.text[d.toks[j+1].Start:d.toks[last].End]
	lower := strings.ToLower(company)
	return given && d.knownCompany(mention{first: j + 1, last: last}, lower) && !d.isKnownPlace(company) && !d.gaz.has(lower, GazCommon)
}

// companiesJoined reports an "and" at token j of a name from first to last between
// two names: known companies, or a known company of two words or more
// and capitalised words that no institution's word ends: "Best Buy and
// Radio Shack", "Nissan and Renault". Firms named by "and" stay one ("Procter and Gamble", as the
// company list writes "&"), as do "X and Y Council", "Health and Safety
// Executive".
func (d *doc) companiesJoined(first, j, last int) bool {
	// the owner before a possessive is the right side's name: "Meta and
	// [Alphabet]'s Google"
	for k := j + 2; k < last; k++ {
		if w := d.toks[k].Text; w == "'s" || w == "’s" {
			last = k - 1
			break
		}
	}
	left, right := mention{first: first, last: j - 1}, mention{first: j + 1, last: last}
	if !d.allNamed(left.first, left.last) || !d.allNamed(right.first, right.last) {
		return false
	}
	lk, rk := strings.ToLower(strings.Join(d.words(left), " ")), strings.ToLower(strings.Join(d.words(right), " "))
	if lk == rk || d.gaz.has(lk+" & "+rk, GazCompany) || d.gaz.has(lk+" and "+rk, GazCompany) {
		return false
	}
	// a one-word company needs a known name beside it: "Health" is a
	// company too
	l, r := d.knownCompany(left, lk), d.knownCompany(right, rk)
	lLong, rLong := l && left.first < left.last, r && right.first < right.last
	// a head word ends the whole name ("Securities and Exchange
	// Commission") unless its side is a known company ("Ford and General
	// Motors")
	if isHead(d.toks[last].Text) && !rLong || isHead(d.toks[j-1].Text) && !lLong {
		return false
	}
	return l && r || lLong || rLong
}

// knownCompany reports a company's name the gazetteer knows, not a
// common word alone ("Health and Safety Executive"), or with a company
// word after it ("Mitsubishi Motors"), or a known organization's.
func (d *doc) knownCompany(m mention, lower string) bool {
	if caps, ok := knownOrgs[lower]; ok && d.capitalisedAs(m.first, m.last, caps) {
		return true // "Meta", "OpenAI"
	}
	if d.gaz.has(lower, GazCompany) && (m.first < m.last || !d.gaz.has(lower, GazCommon)) {
		return true
	}
	// a known company and its company word: "Mitsubishi Motors"
	if head, tail, ok := cutLastWord(lower); ok && m.first < m.last && companyTails[tail] {
		return d.gaz.has(head, GazCompany) && !d.gaz.has(head, GazCommon)
	}
	return false
}

// cutLastWord splits a lower-cased name at its last space.
func cutLastWord(s string) (head, last string, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return "", "", false
	}
	return s[:i], s[i+1:], true
}

// holderOf reports a name before an office that an office belongs to:
// an acronym ("U.N.", "CIA"), a known place or company ("California",
// "Bank of America") or a nationality ("Anglican").
func (d *doc) holderOf(m mention) bool {
	name := d.text[d.toks[m.first].Start:d.toks[m.last].End]
	if m.first == m.last && (isAllCaps(name) && len(name) <= 6 || d.isDemonym(name)) {
		return true
	}
	if d.isKnownPlace(name) || d.gaz.hasLower(name, GazCompany) || m.first == m.last && legislatures[name] {
		return true
	}
	// an institution of two words or more: "Federal Court Justice Helen
	// Rofe", "Banco de México Governor Victoria Rodríguez Ceja"
	for k := m.first; k <= m.last && m.first < m.last; k++ {
		if lw := strings.ToLower(d.toks[k].Text); isOrgKind(lw) || foreignInstitutionWords[lw] {
			return true
		}
	}
	return false
}

// companyOpeners open companies' names in Spanish, Portuguese, French
// and Italian.
var companyOpeners = map[string]bool{"Grupo": true, "Banco": true, "Banque": true, "Banca": true, "Groupe": true, "Compagnie": true}

// institutionHolder reports a holder of an office the tagger ran into a
// person's name that is an institution: "[House] Speaker Nancy Pelosi",
// "[Senate] Majority Leader John Thune", "[U.N.] Secretary-General ...".
func (d *doc) institutionHolder(m mention) bool {
	if m.first == m.last {
		w := d.toks[m.first].Text
		return legislatures[w] || isOrgKind(strings.ToLower(w)) || isAllCaps(strings.ReplaceAll(w, ".", "")) && len(w) <= 6
	}
	for k := m.first; k <= m.last; k++ {
		if isOrgKind(strings.ToLower(d.toks[k].Text)) {
			return true
		}
	}
	return false
}

// legislatures hold offices before their holders' names: "House Speaker".
var legislatures = map[string]bool{"House": true, "Senate": true, "Congress": true, "Parliament": true, "Assembly": true}

// foreignInstitutionWords name institutions in the languages news quotes
// their names in: "Banco de México", "Banque de France".
var foreignInstitutionWords = map[string]bool{"banco": true, "banque": true, "banca": true, "bundesbank": true}

// nameAfterOffice returns the first token of a person's name, to last,
// that a capitalised title at token k (and any titles after it) opens
// with a given name, or -1.
func (d *doc) nameAfterOffice(k, last int) int {
	w := d.toks[k].Text
	if !startsUpper(w) || !isTitle(w) || k+1 > last {
		return -1
	}
	j := k + 1
	for j < last && (isTitle(d.toks[j].Text) || officeWord(d.toks[j].Text) || d.gluedHyphen(j)) {
		j++
	}
	// an office's remit: "High Commissioner for Refugees Sadako Ogata"
	remit := false
	if j+3 <= last && d.toks[j].Text == "for" && startsUpper(d.toks[j+1].Text) && !d.gaz.hasLower(d.toks[j+1].Text, GazFirstName) {
		j, remit = j+2, true
	}
	// a given name opens the holder's name, or after an office only a
	// person holds two words or more that no list holds as common or
	// head words ("WHO Director-General Tedros Adhanom Ghebreyesus", "IMF
	// Managing Director Kristalina Georgieva")
	given := d.gaz.hasLower(d.toks[j].Text, GazFirstName) ||
		(remit || d.hyphenedOffice(j-1) || lowerIn(officeEnds, d.toks[j-1].Text)) && d.uncommonWords(j, last)
	if j < last && given && !isTitle(d.toks[j].Text) && startsUpper(d.toks[j+1].Text) &&
		!isHead(d.toks[last].Text) && (d.gluedHyphen(last-1) || !d.gaz.hasLower(d.toks[last].Text, GazCommon)) { // "Royal Prince Alfred Hospital" is one name; "Ki-moon"
		return j
	}
	// a surname alone after a judge's title: "U.S. District Judge Norgle"
	if j == last && j == k+1 && (w == "Judge" || w == "Justice") && d.uncommonWords(j, j) && !isTitle(d.toks[j].Text) {
		return j
	}
	return -1
}

// nameWords reports tokens first to last that can make a person's
// name: capitalised words no list holds as common, particles ("de
// Moraes"), the halves of a hyphen and, after a royal title, "of"
// inside ("Prince Tomohito of Mikasa"); not "Abdul Fayaz
// Suspected Taleban", a name run into the next sentence's words, nor
// "Elizabeth Hospital".
func (d *doc) nameWords(first, last int, royal bool) bool {
	for k := first; k <= last; k++ {
		w := d.toks[k].Text
		if particles[w] || royal && w == "of" && k > first && k < last || d.gluedHyphen(k) || k > first && d.gluedHyphen(k-1) {
			continue // "de Moraes", "Tomohito of Mikasa", "al-Faisal", "Jae-won"
		}
		var b [32]byte
		lw := appendLower(b[:0], w)
		if !startsUpper(w) || !hasWordRune(w) || d.gaz.has(string(lw), GazCommon) && !d.koreanSurname(k, last) && !d.commonSurname(k, first, last, lw) {
			return false
		}
	}
	return true
}

// commonSurname reports a surname that is a common word opening a
// name, first..last, of two words whose second no list holds as common:
// "Pan Gongsheng", "Bush Obama" no ("Obama" alone is no given name, but
// both words are names the lists hold).
func (d *doc) commonSurname(k, first, last int, lw []byte) bool {
	if k != first || last != first+1 || !d.gaz.has(string(lw), GazSurname) {
		return false
	}
	next := strings.ToLower(d.toks[last].Text)
	return d.gaz.inLists(next) == 0
}

// koreanSurname reports a short word at token k before a given name of
// two syllables joined by a hyphen, up to last: "Ban Ki-moon", "Moon
// Jae-in", whose surnames are common words.
func (d *doc) koreanSurname(k, last int) bool {
	return k+3 <= last && len(d.toks[k].Text) <= 4 && d.syllableAfter(k, k+1)
}

// uncommonWords reports tokens first to last that make a person's name
// (nameWords) with no name's head among them ("University").
func (d *doc) uncommonWords(first, last int) bool {
	if !d.nameWords(first, last, false) {
		return false
	}
	for k := first; k <= last; k++ {
		if isHead(d.toks[k].Text) {
			return false
		}
	}
	return true
}

// knownPart returns tokens first to last of m as a mention of the type
// the gazetteer gives them when it gives one: "Rwanda" of "Rwanda and
// Burundi" is a place whatever the tagger called the two.
func (d *doc) knownPart(m mention, first, last int) mention {
	m.first, m.last = first, last
	lw := strings.ToLower(d.text[d.toks[first].Start:d.toks[last].End])
	switch company, place := d.gaz.has(lw, GazCompany), d.isKnownPlace(lw); {
	case place && (!company || d.isPlace(lw)): // a country before a company of its name: "Singapore and France"
		m.typ = corpus.FactLocation
	case company && !place:
		m.typ = corpus.FactOrganization
	}
	return m
}

// knownName reports tokens first to last that the gazetteer knows whole
// as a company or a place, and not as a common word or a person's name
// ("Brooks and Dunn" are two singers).
func (d *doc) knownName(first, last int) bool {
	if first > last || !startsUpper(d.toks[first].Text) || !startsUpper(d.toks[last].Text) {
		return false
	}
	lw := strings.ToLower(d.text[d.toks[first].Start:d.toks[last].End])
	if d.gaz.has(lw, GazCommon) || d.gaz.has(lw, GazSurname) || d.gaz.has(lw, GazFirstName) {
		return false
	}
	return d.gaz.has(lw, GazCompany) || d.isKnownPlace(lw)
}

// fileExts end file names ("Lisa_resume.doc"), which name no entity.
var fileExts = []string{".doc", ".docx", ".pdf", ".xls", ".xlsx", ".ppt", ".pptx", ".txt", ".jpg", ".jpeg", ".png", ".gif", ".zip", ".exe", ".csv"}

// lowerKindAt reports an organization's kind in lower case at token k, a
// team's after a capitalised word: "[CGT] union", "[Red Bull] team"
// ("Red River Rivalry All-time team" is wikigold's name).
func (d *doc) lowerKindAt(k int) bool {
	w := d.toks[k].Text
	return isOrgKind(w) || (w == "team" || w == "teams") && k > 0 && startsUpper(d.toks[k-1].Text)
}

func isFileName(w string) bool {
	lw := strings.ToLower(w)
	for _, e := range fileExts {
		if strings.HasSuffix(lw, e) && len(lw) > len(e) {
			return true
		}
	}
	return false
}

// beforeCurrency reports a name glued to a dollar sign after token k:
// "US$", "HK$", "A$" are currencies, not places.
func (d *doc) beforeCurrency(k int) bool {
	return k+1 < len(d.toks) && d.toks[k+1].Start == d.toks[k].End && strings.HasPrefix(d.toks[k+1].Text, "$")
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// sortMentions orders the mentions by their first token, after a rule
// appended some.
func (d *doc) sortMentions() {
	sort.SliceStable(d.ms, func(a, b int) bool { return d.ms[a].first < d.ms[b].first })
}

// addTaken appends m, its text and canonical name set, and marks its
// tokens taken.
func (d *doc) addTaken(m mention) {
	d.set(&m)
	d.ms = append(d.ms, m)
	for k := m.first; k <= m.last; k++ {
		d.taken[k] = true
	}
}

func (d *doc) markTaken() {
	d.taken = make([]bool, len(d.toks))
	for _, m := range d.ms {
		for k := m.first; k <= m.last; k++ {
			d.taken[k] = true
		}
	}
}

// key is a mention's identity within the document: its text.
func (d *doc) key(m mention) string { return d.text[m.start:m.end] }

// unifyTypes gives every mention of one name the type most of its
// mentions have (confident mentions vote more; ties keep the own type).
func (d *doc) unifyTypes() {
	votes := map[string]*[len(tagTypes)]int{}
	for _, m := range d.ms {
		k := d.key(m)
		v := votes[k]
		if v == nil {
			v = new([len(tagTypes)]int)
			votes[k] = v
		}
		if v[0]+v[1]+v[2]+v[3] == 0 {
			if t, ok := d.gazType(m); ok {
				v[typeIndex(t)]++ // breaks ties only: a mention counts 2
			}
		}
		v[typeIndex(m.typ)] += 2
		if m.confident {
			v[typeIndex(m.typ)]++
		}
	}
	for i, m := range d.ms {
		if m.confident {
			continue // set by document evidence: "NEW YORK 72 55 .567" in a standings table is the team, the dateline's NEW YORK the city
		}
		v := votes[d.key(m)]
		best := typeIndex(m.typ)
		for t := range tagTypes {
			if v[t] > v[best] {
				best = t
			}
		}
		d.ms[i].typ = tagTypes[best]
	}
}

// companies retypes as organizations the persons and places whose whole
// name is a known company and not a known person's or place's name
// ("Chrysler", "Lockheed Martin"). A single word that is also a given
// name ("Bill") keeps the tagger's type; one that is also a surname
// ("Ford") becomes an organization only when no full name of the
// document begins or ends with it ("Henry Ford") and it is not in
// capitals ("LA").
func (d *doc) companies() {
	named := d.fullNameWords()
	for i, m := range d.ms {
		if m.confident || m.typ != corpus.FactPerson && m.typ != corpus.FactLocation {
			continue
		}
		k := strings.ToLower(strings.Join(d.words(m), " "))
		if !d.gaz.has(k, GazCompany) || d.isKnownPlace(k) || regions[k] || m.typ == corpus.FactLocation && (d.placeContext(m) || d.placeBeside(m)) {
			continue
		}
		if w := d.toks[m.first].Text; m.first == m.last && (d.gaz.has(k, GazFirstName) || d.gaz.has(k, GazSurname) && (named[w] || isAllCaps(w))) {
			continue
		}
		if m.typ == corpus.FactPerson && m.first > 0 && isHonorific(d.toks[m.first-1].Text) {
			continue // "Emperor Meiji", whom the company list knows as a dairy
		}
		d.ms[i].typ = corpus.FactOrganization
	}
}

// placeBeside reports a place joined to m by "and", "or" or a comma:
// "in Oxfordshire and Berkshire" lists counties, not Berkshire Hathaway.
func (d *doc) placeBeside(m mention) bool {
	if m.first < 2 {
		return false
	}
	switch d.toks[m.first-1].Text {
	case "and", "or", ",":
		return d.typeOf(m.first-2) == corpus.FactLocation
	}
	return false
}

// placeContext reports words around a place that say it is one: a
// preposition of place before it ("born in Bombay"; not before a
// possessive: "a stake in Uber's unit"), a place noun or a direction
// and "of" ("the city of Bangalore", "northeast of Bombay"), or a known
// place after a comma ("Bangalore, India"). Old names of cities
// ("Bombay", "Bangalore") are company names in the lists, but not city
// names.
func (d *doc) placeContext(m mention) bool {
	if m.first > 0 && !d.possessiveAfter(m.last) {
		// "from" and "to" name where companies come from and go to too:
		// "representatives from Uber"
		if p := d.toks[m.first-1].Text; p != "from" && p != "to" && isPlacePreposition(p) {
			return true
		}
		// "the city of Bangalore", "northeast of Bombay"
		if m.first > 1 && d.toks[m.first-1].Text == "of" && (placeNouns[d.toks[m.first-2].Text] || compassWords[d.toks[m.first-2].Text]) {
			return true
		}
	}
	if k := m.last + 2; k < len(d.toks) && d.toks[m.last+1].Text == "," {
		next := d.toks[k].Text
		return d.isKnownPlace(next) || d.gaz.hasLower(next, GazRegion)
	}
	return false
}

// postNominals are the letters written after a person's name.
var postNominals = map[string]bool{
	"QC": true, "KC": true, "MP": true, "MBE": true, "OBE": true, "CBE": true, "KBE": true, "DBE": true, "FRS": true, "PhD": true,
}

// compassWords say where a place lies from another: "north of Bombay".
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "outskirts": true,
}

// fullNameWords returns the first and last words of the document's
// persons of two words or more.
func (d *doc) fullNameWords() map[string]bool {
	out := map[string]bool{}
	for _, m := range d.ms {
		if m.typ == corpus.FactPerson && m.first < m.last {
			out[d.toks[m.first].Text] = true
			out[d.toks[m.last].Text] = true
		}
	}
	return out
}

// gazType is the type the gazetteer gives a mention's words: a company
// is an organization, a country or region a location.
func (d *doc) gazType(m mention) (corpus.FactType, bool) {
	k := strings.ToLower(strings.Join(d.words(m), " "))
	switch {
	case d.gaz.has(k, GazCompany):
		return corpus.FactOrganization, true
	case d.isPlace(k):
		return corpus.FactLocation, true
	}
	return "", false
}

// propagate tags untagged occurrences of names tagged elsewhere in the
// document: whole names, the surname alone of a person's full name, and
// a company's name without its legal form.
// It reports whether it found any.
func (d *doc) propagate() (added bool) {
	type target struct {
		words   []string
		typ     corpus.FactType
		canon   string
		midOnly bool // a surname that is also a common word ("Jobs"): only mid-sentence
	}
	seen := make(map[string]bool, len(d.ms))
	targets := make([]target, 0, len(d.ms)+len(d.ms)/2) // a name and its surname: one array, not a chain of growths
	add := func(words []string, typ corpus.FactType, canon string) {
		k := strings.Join(words, " ")
		if seen[k] {
			return
		}
		midOnly := false
		if !d.propagatable(words) {
			// the surname of a full name in the document may be a
			// common word or a title; it is found again only
			// mid-sentence before no capitalised word, or before a
			// speech verb
			w := words[0]
			if typ != corpus.FactPerson || len(words) != 1 || canon == "" || !startsUpper(w) || utf8.RuneCountInString(w) < 3 {
				return // a title may be a surname: "Major said" of "John Major"
			}
			midOnly = true
		}
		seen[k] = true
		targets = append(targets, target{words, typ, canon, midOnly})
	}
	orgWords := d.orgWords()
	for _, m := range d.ms {
		if seen[d.key(m)] {
			continue
		}
		words := d.words(m)
		add(words, m.typ, m.canon)
		if m.typ == corpus.FactLocation && isAllCaps(words[0]) && len(words[0]) > 2 && !strings.Contains(d.key(m), ".") { // "U.S." reads the same
			// a dateline's town in capitals is the town in the story:
			// "LAWRENCEVILLE, Ga." ... "at a Lawrenceville home"
			titled := make([]string, len(words))
			for i, w := range words {
				if strings.ContainsAny(w, ".-'") {
					titled[i] = titleCaps(w)
					continue
				}
				var b [32]byte
				_, n := utf8.DecodeRuneInString(w)
				titled[i] = string(appendLower(append(b[:0], w[:n]...), w[n:])) // one allocation a word
			}
			add(titled, m.typ, m.canon)
		}
		if m.typ == corpus.FactOrganization && len(words) > 1 {
			// a company without its tail: "Control Data" of "Control
			// Data Corp.", whose common words the tagger passes over
			if n := d.nameProperEnd(m); n < m.last && !d.isKnownPlace(d.text[m.start:d.toks[n].End]) {
				add(words[:n-m.first+1], m.typ, m.canon)
				if n == m.first+3 && d.gluedHyphen(m.first+1) && sectorTail(words[3]) {
					add(words[:3], m.typ, companyForm(d.key(m))) // "Bre-X" of "Bre-X Minerals Ltd", its facet
				}
			}
		}
		if last := words[len(words)-1]; m.typ == corpus.FactPerson && len(words) > 1 && !d.isPlace(last) && !orgWords[last] {
			if isRegnal(last) || last == "I" {
				// a monarch is named without the numeral: "Thutmose" of "Thutmose III"
				add(words[:len(words)-1], m.typ, canonicalForm(d.text[m.start:m.end]))
			} else {
				// the surname whole when hyphenated: "Bankman-Fried" of
				// "Sam Bankman-Fried", not "Fried"
				k := m.last
				for k-2 > m.first && d.gluedHyphen(k-1) {
					k -= 2
				}
				add(words[k-m.first:], m.typ, canonicalForm(d.text[m.start:m.end]))
			}
		}
	}
	// index targets by the hash of their words, so that each token tries
	// at most maxPropagate lengths instead of every target
	if len(targets) == 0 {
		return false
	}
	byHash := map[uint64]int{}
	starts := map[uint64]int{} // hashes of the targets' first words: the longest target's length
	for k, t := range targets {
		if len(t.words) <= maxPropagate {
			byHash[wordsHash(t.words)] = k
			h := wordsHash(t.words[:1])
			starts[h] = max(starts[h], len(t.words))
		}
	}
	var hs [maxPropagate]uint64
	for i := range d.toks {
		h := hashByte(hashStr(fnvOffset, d.toks[i].Text), 0)
		longest := starts[h]
		if longest == 0 {
			continue
		}
		hs[0] = h
		n := 1
		for k := i + 1; k < len(d.toks) && k-i < longest; k++ {
			h = hashByte(hashStr(h, d.toks[k].Text), 0)
			hs[k-i] = h
			n++
		}
		for L := n; L >= 1; L-- {
			k, ok := byHash[hs[L-1]]
			if !ok || len(targets[k].words) != L || !d.matchAt(i, targets[k].words) {
				continue
			}
			t := targets[k]
			if t.midOnly && (d.sentenceStart(i) && !d.personCueAfter(i) || i+1 < len(d.toks) && startsUpper(d.toks[i+1].Text)) {
				continue
			}
			if L == 1 && t.typ == corpus.FactPerson && months[strings.ToLower(t.words[0])] && d.dateWordAt(i) {
				continue // the surname May in "On May 9"
			}
			d.addTaken(mention{first: i, last: i + L - 1, typ: t.typ, canon: t.canon})
			added = true
			break
		}
	}
	return added
}

// sentenceStart reports a token that may open a sentence: the first,
// one after a line break, or one after closing punctuation or a quote.
func (d *doc) sentenceStart(i int) bool {
	if d.lineStart(i) {
		return true
	}
	switch d.toks[i-1].Text {
	case ".", "!", "?", ":", "\"", "“", "”", "'", "‘", "(", "-", "–", "—":
		return true
	}
	return false
}

// maxPropagate bounds the length in tokens of names found again by string.
const maxPropagate = 8

func wordsHash(words []string) uint64 {
	var h uint64 = fnvOffset
	for _, w := range words {
		h = hashByte(hashStr(h, w), 0)
	}
	return h
}

func (d *doc) words(m mention) []string { return d.tokenTexts(m.first, m.last) }

// propagatable keeps names safe to find again by string: capitalised,
// not a common lower-case word, not a lone short token.
func (d *doc) propagatable(words []string) bool {
	if !startsUpper(words[0]) && !unicode.IsDigit([]rune(words[0])[0]) {
		return false
	}
	if len(words) == 1 {
		w := words[0]
		if utf8.RuneCountInString(w) < 2 || d.gaz.hasLower(w, GazCommon) || isTitle(w) {
			return false
		}
	}
	return true
}

func (d *doc) matchAt(i int, words []string) bool {
	for k, w := range words {
		if d.taken[i+k] || d.toks[i+k].Text != w {
			return false
		}
	}
	// a longer capitalised phrase around the match is another name
	if i > 0 && d.toks[i-1].End == d.toks[i].Start && isWordEnd(d.toks[i-1].Text) {
		return false
	}
	j := i + len(words)
	if j < len(d.toks) && d.toks[j].Start == d.toks[j-1].End && isWordStart(d.toks[j].Text) {
		return false
	}
	return !d.beforeCurrency(j - 1)
}

func isWordEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// has reports whether the lower-cased word is in list l.
func (g *Gazetteer) has(lower string, l GazList) bool {
	if g == nil {
		return false
	}
	return g.names.get(hashStr(fnvOffset, lower))&(1<<l) != 0
}

// inLists returns the lists the lower-cased word is in, a bit (1 << list)
// each: one lookup for a rule that asks of several.
func (g *Gazetteer) inLists(lower string) uint8 {
	if g == nil {
		return 0
	}
	return g.names.get(hashStr(fnvOffset, lower))
}

// hasBytes is has(string(a)+string(b), l) without building the string.
// hasLower is has of s lower-cased, without making the lower-cased
// string: the rules ask it of most capitalised words.
func (g *Gazetteer) hasLower(s string, l GazList) bool {
	if g == nil {
		return false
	}
	return g.names.get(hashLower(fnvOffset, s))&(1<<l) != 0
}

// listsOf returns the lists holding the name of hash h (hashStr or
// hashLower of the name), a bit per list.
func (g *Gazetteer) listsOf(h uint64) uint8 {
	if g == nil {
		return 0
	}
	return g.names.get(h)
}

func (g *Gazetteer) hasBytes(a, b []byte, l GazList) bool {
	if g == nil {
		return false
	}
	return g.names.get(hashBytes(hashBytes(fnvOffset, a), b))&(1<<l) != 0
}

// mergeHyphenated joins name pieces the tokenizer split at a hyphen with
// no space around it ("Faber" "-" "Castell" -> "Faber-Castell"; not two
// names, namedPair), and
// extends a name over a capitalised hyphenated part ("Rolls-Royce").
func (d *doc) mergeHyphenated() {
	glued := d.gluedHyphen
	out := d.mentionBuffer()
	for _, m := range d.ms {
		if n := len(out); n > 0 && out[n-1].typ == m.typ && out[n-1].last+2 == m.first && glued(m.first-1) && !d.namedPair(out[n-1], m) {
			out[n-1].last = m.last
			d.set(&out[n-1])
			continue
		}
		out = append(out, m)
	}
	for i := range out {
		m := &out[i]
		for glued(m.last+1) && startsUpper(d.toks[m.last+2].Text) && (i+1 == len(out) || out[i+1].first > m.last+2) {
			m.last += 2
		}
		if m.typ == corpus.FactPerson && d.syllableAfter(m.first, m.last) && (i+1 == len(out) || out[i+1].first > m.last+2) {
			m.last += 2 // "Kim Jae-won", "Ban Ki-moon"
		}
		for glued(m.first-1) && startsUpper(d.toks[m.first-2].Text) && (i == 0 || out[i-1].last < m.first-2) {
			m.first -= 2
		}
		d.set(m)
	}
	d.swapMentions(out)
}

// syllableAfter reports a Korean given name's second syllable glued by a
// hyphen after a person's name first..last of two words or more that
// ends in a short capitalised one: "Kim Jae[-won]". Compounds a name
// opens stay out ("Smith-led", "Bush-era").
func (d *doc) syllableAfter(first, last int) bool {
	if first == last || !d.gluedHyphen(last+1) {
		return false
	}
	w, syl := d.toks[last].Text, d.toks[last+2].Text
	if len(w) > 5 || !startsUpper(w) || len(syl) > 5 || !isLowerWord(syl) || hyphenSuffixes[syl] {
		return false
	}
	return last+3 >= len(d.toks) || !d.gluedHyphen(last+3)
}

// hyphenSuffixes make compounds of a name: "Smith-led", "Bush-era".
var hyphenSuffixes = map[string]bool{
	"led": true, "era": true, "style": true, "born": true, "based": true, "run": true, "made": true, "like": true,
	"type": true, "owned": true, "aged": true, "year": true, "old": true, "free": true, "wide": true, "esque": true,
	"ite": true, "ites": true, "ism": true, "ist": true, "ists": true, "ian": true, "ians": true,
}

// gluedHyphen reports token k a hyphen touching both neighbours:
// "Faber-Castell", "Ki-moon", "az-Zaman".
func (d *doc) gluedHyphen(k int) bool { return d.gluedMark(k, "-") }

// gluedMark reports token k the mark touching both neighbours: the
// hyphen of "Faber-Castell", the slash of "JERUSALEM/CAIRO".
func (d *doc) gluedMark(k int, mark string) bool {
	return k > 0 && k+1 < len(d.toks) && d.toks[k].Text == mark &&
		d.toks[k-1].End == d.toks[k].Start && d.toks[k].End == d.toks[k+1].Start
}

// namedPair reports two names a hyphen joins that are names each: known
// places ("the Iran-Iraq war", "US-Saudi ties"), or persons or
// organizations one of whom the document names alone ("the Bush-Cheney
// campaign", "Boeing-Air Force contract talks").
func (d *doc) namedPair(a, b mention) bool {
	if d.key(a) == d.key(b) {
		return false // "London-London" of a job board: one name written twice
	}
	switch a.typ {
	case corpus.FactLocation: // not one place so named: "Guinea-Bissau"
		return d.isKnownPlace(d.key(a)) && d.isKnownPlace(d.key(b)) && !d.isKnownPlace(strings.Join(d.tokenTexts(a.first, b.last), " "))
	case corpus.FactPerson, corpus.FactOrganization:
		ka, kb := d.key(a), d.key(b)
		for _, m := range d.ms {
			if m.typ == a.typ && m.start != a.start && m.start != b.start && (d.key(m) == ka || d.key(m) == kb) {
				return true
			}
		}
	}
	return false
}

// isLowerWord reports a word with no capital letter, not a name particle
// ("lowland" in "lowland Europe", "the").
func isLowerWord(w string) bool {
	if particles[w] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// hasInstitution reports an institution word before a mention's last
// word: "Supreme Council for the Islamic Revolution" is an organization
// whatever its last word.
func (d *doc) hasInstitution(m mention) bool {
	for k := m.first; k < m.last; k++ {
		if institutionHeads[strings.ToLower(d.toks[k].Text)] {
			return true
		}
	}
	return false
}

// allTitles reports a mention made of title words only ("Emperor").
func allTitles(toks []token.Token) bool {
	for _, t := range toks {
		if !isTitle(t.Text) {
			return false
		}
	}
	return true
}

// hasWordRune reports a letter or digit in s: a name is more than punctuation.
func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// products turns a maker followed by a model number into one misc name,
// as CoNLL-style annotation does: "Boeing 787", "Airbus A380",
// "Canon SX40" are products, not the companies. A team of a results
// table (confident) keeps its score.
func (d *doc) products() {
	for i, m := range d.ms {
		if m.typ != corpus.FactOrganization || m.confident {
			continue
		}
		if d.namesProduct(m) {
			d.ms[i].typ = corpus.FactMisc
			continue
		}
		if m.last+1 >= len(d.toks) {
			continue
		}
		next := d.toks[m.last+1]
		model := strings.TrimRight(d.wordAt(m.last+1), ".,;:!?)")
		if next.Start == d.toks[m.last].End || !isModelNumber(model) || d.scoreLine(m.last+1) {
			continue
		}
		last := m.last + 1 // "737-800" may be three tokens
		for last+1 < len(d.toks) && d.toks[last+1].End <= next.Start+len(model) {
			last++
		}
		if d.coveredIn(m.last+1, last) { // a name there already, or inside the code: "ABA 00-SonY"
			continue
		}
		if strings.Contains(model, "-") && !hasLetter(model) && !d.gaz.hasLower(d.key(m), GazCompany) {
			continue // "beat the Golden State Warriors 118-109": a score, not a "Boeing 737-800"
		}
		d.ms[i].last, d.ms[i].typ = last, corpus.FactMisc
		d.set(&d.ms[i])
	}
}

// productLines makes misc names of the persons the tagger found between
// a possessive "its" or "their" and a noun in lower case: "its Blackwell
// chips", "its Rubin processors" name a company's products.
func (d *doc) productLines() {
	for i, m := range d.ms {
		if m.typ != corpus.FactPerson || m.confident || m.first != m.last || m.first == 0 || m.last+1 >= len(d.toks) {
			continue
		}
		if prev := d.toks[m.first-1].Text; (prev == "its" || prev == "their") && isLowerWord(d.toks[m.last+1].Text) {
			d.ms[i].typ = corpus.FactMisc
		}
	}
}

// namesProduct reports an organization the tagger found that is a
// known maker with its model number: "Airbus A3XX", "Boeing 747" found
// as one name. A place's name is no maker ("Cambridge 105" is a radio
// station, "Ottawa 67s" a team).
func (d *doc) namesProduct(m mention) bool {
	if m.first == m.last || !isModelNumber(d.toks[m.last].Text) {
		return false
	}
	maker := d.text[d.toks[m.first].Start:d.toks[m.last-1].End]
	return d.knownCompany(mention{first: m.first, last: m.last - 1}, strings.ToLower(maker)) && !d.isKnownPlace(maker)
}

// isModelNumber reports a short letters-and-digits code with a digit:
// "787", "A380", "737-800", "SX40"; not a year, not a number of one or
// two digits ("Manchester United 2"), not a cricket score ("532-8"), not
// a date ("2024-05-01").
func isModelNumber(w string) bool {
	if len(w) > 10 || len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) || isNumericDate(w) {
		return false
	}
	digit, letter := false, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letter = true
		case r == '-':
		default:
			return false
		}
	}
	head, tail, dashed := strings.Cut(w, "-")
	if dashed && len(tail) < 2 || !letter && len(head) < 3 {
		return false
	}
	return digit
}

// scoreLine reports a number at token k followed on its line by a
// capitalised word and another number: "Liverpool 103 Arsenal 98" is a
// result, not a product.
func (d *doc) scoreLine(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+5 && !d.lineBreakBefore(j, k); j++ {
		w := d.toks[j].Text
		switch {
		case w[0] >= '0' && w[0] <= '9':
			return j > k+1
		case !startsUpper(w):
			return false
		}
	}
	return false
}

// coverMask returns, for each token, 1 + the index of the mention that
// covers it, or 0: rules that ask of many tokens whether a name covers
// them read it instead of walking the mentions each time.
func (d *doc) coverMask() []int32 { return d.fillCover(make([]int32, len(d.toks))) }

// coverScratch is coverMask written into one array the document keeps:
// for a rule that reads it through its own loop only, and calls no
// other rule asking for it, before tagging what it found.
func (d *doc) coverScratch() []int32 {
	if cap(d.cover) < len(d.toks) {
		d.cover = make([]int32, len(d.toks))
	}
	owner := d.cover[:len(d.toks)]
	clear(owner)
	return d.fillCover(owner)
}

// fillCover writes into owner, one zeroed entry per token, 1 + the index
// of the mention covering each token.
func (d *doc) fillCover(owner []int32) []int32 {
	for i, m := range d.ms {
		for k := m.first; k <= m.last; k++ {
			owner[k] = int32(i + 1)
		}
	}
	return owner
}

// covered reports a token inside one of the mentions.
func (d *doc) covered(k int) bool { return d.coveredIn(k, k) }

// coveredIn reports a mention over any of tokens first..last.
func (d *doc) coveredIn(first, last int) bool {
	for _, m := range d.ms {
		if m.first <= last && first <= m.last {
			return true
		}
	}
	return false
}

// modelNames makes misc names of the persons named by a company of the
// document and one more word: "Ford Falcon", "Toyota Camry" beside
// "Ford" and "Toyota" tagged organizations are cars, not people (the
// tagger reads two capitalised words as a person's name). The whole must
// be no known company ("Morgan Stanley", "Goldman Sachs"), the second
// word no company or institution word ("Lehman Brothers"), and the
// company tagged alone elsewhere in the document. The model named alone
// is the product too ("the Falcon's bodyshell").
func (d *doc) modelNames() {
	var orgs map[string]bool
	var models map[string]string // model word -> the product's name
	for i, m := range d.ms {
		if m.typ != corpus.FactPerson || m.confident || m.last != m.first+1 {
			continue
		}
		maker, model := d.toks[m.first].Text, d.toks[m.last].Text
		lm, lo := strings.ToLower(maker), strings.ToLower(model)
		if !d.gaz.has(lm, GazCompany) || d.gaz.has(lm+" "+lo, GazCompany) ||
			companyTails[lo] || isOrgKind(lo) || isAllCaps(model) {
			continue
		}
		if orgs == nil {
			orgs = map[string]bool{}
			for _, o := range d.ms {
				if o.typ == corpus.FactOrganization && o.first == o.last {
					orgs[d.toks[o.first].Text] = true
				}
			}
		}
		if orgs[maker] {
			d.ms[i].typ, d.ms[i].confident = corpus.FactMisc, true
			if models == nil {
				models = map[string]string{}
			}
			models[model] = canonicalForm(d.text[m.start:m.end])
		}
	}
	for i, m := range d.ms { // the model alone: "the Falcon's bodyshell"
		if full, ok := models[d.toks[m.first].Text]; ok && m.first == m.last && !m.confident {
			d.ms[i].typ, d.ms[i].canon = corpus.FactMisc, full
		}
	}
}

// listItems cuts "Uber and Snapchat" in "Spotify, Tesla, Uber and
// Snapchat" in two: a name of two single words joined by "and" that ends
// a list of names of its type is two items of the list, not one name,
// unless the whole is a known company ("Procter and Gamble") or named
// after people ("William and Mary", "Seals and Crofts").
func (d *doc) listItems() {
	if !slices.ContainsFunc(d.ms, func(m mention) bool { return m.last == m.first+2 && d.toks[m.first+1].Text == "and" }) {
		return
	}
	out := d.mentionBuffer()
	for i, m := range d.ms {
		if m.last != m.first+2 || d.toks[m.first+1].Text != "and" || i == 0 || m.confident {
			out = append(out, m)
			continue
		}
		prev := d.ms[i-1]
		if prev.typ != m.typ || prev.last+2 != m.first || d.toks[prev.last+1].Text != "," ||
			d.gaz.hasLower(d.key(m), GazCompany) ||
			d.gaz.hasLower(d.toks[m.first].Text+" & "+d.toks[m.last].Text, GazCompany) ||
			d.namedAfterPeople(m.first, m.last) {
			out = append(out, m)
			continue
		}
		a, b := m, m
		a.last, b.first = m.first, m.last
		d.set(&a)
		d.set(&b)
		out = append(out, a, b)
	}
	d.swapMentions(out)
}

// namedAfterPeople reports two words naming people: a given name either
// side ("William and Mary") or two surnames ("Seals and Crofts").
func (d *doc) namedAfterPeople(a, b int) bool {
	la, lb := strings.ToLower(d.toks[a].Text), strings.ToLower(d.toks[b].Text)
	return d.gaz.has(la, GazFirstName) || d.gaz.has(lb, GazFirstName) || d.gaz.has(la, GazSurname) && d.gaz.has(lb, GazSurname)
}

// personWord reports a token that is a known given name or surname.
func (d *doc) personWord(k int) bool {
	lw := strings.ToLower(d.toks[k].Text)
	return d.gaz.has(lw, GazFirstName) || d.gaz.has(lw, GazSurname)
}

// possessiveAfter reports a possessive after token k: "Uber's", "Uber ' s".
func (d *doc) possessiveAfter(k int) bool {
	return k+1 < len(d.toks) && isPossessive(d.toks[k+1].Text)
}

// listTypes gives the items of a list of names the type most of them
// have, where the gazetteer agrees: in "Bristol, Chester, Exeter,
// Norwich, and York" the tagger read Chester as a person and Exeter as
// an organization; both are known cities. A list is three names or more
// separated by commas, "and" or "or" alone; its type must be that of
// more than half its items.
func (d *doc) listTypes() {
	var spans []span
	for i := 0; i < len(d.ms); {
		j := i + 1
		for j < len(d.ms) && d.listSeparated(d.ms[j-1].last, d.ms[j].first) {
			j++
		}
		if j-i >= 3 {
			d.retypeList(d.ms[i:j])
			if sp, ok := d.lastFullName(d.ms[i:j]); ok {
				spans = append(spans, sp)
			}
		}
		i = j
	}
	for _, sp := range spans {
		d.addTaken(mention{first: sp.first, last: sp.last, typ: sp.typ})
	}
	if len(spans) > 0 {
		d.sortMentions()
	}
}

// lastFullName returns the untagged full name that closes a list of
// full names after "and", as a person: "Helen Keller, Roger Baldwin,
// Walter Nelles, and Morris Ernst" (the tagger left the last one out).
func (d *doc) lastFullName(items []mention) (span, bool) {
	for _, m := range items {
		if m.typ != corpus.FactPerson || m.first == m.last {
			return span{}, false
		}
	}
	k := items[len(items)-1].last + 1
	if k < len(d.toks) && d.toks[k].Text == "," {
		k++
	}
	if k+2 >= len(d.toks) || d.toks[k].Text != "and" {
		return span{}, false
	}
	first, last := k+1, k+1
	for last+1 < len(d.toks) && last-first < 2 && startsUpper(d.toks[last+1].Text) && d.spaced(last) {
		last++
	}
	if last+1 < len(d.toks) && startsUpper(d.toks[last+1].Text) || d.covered(first) || d.covered(last) || !d.fullNameLike(first, last) {
		return span{}, false
	}
	return span{first, last, corpus.FactPerson}, true
}

// listSeparated reports tokens between a and b (exclusive) that only
// separate list items: ",", "and", "or", ", and", ", or".
func (d *doc) listSeparated(a, b int) bool {
	switch b - a {
	case 2:
		switch d.toks[a+1].Text {
		case ",", "and", "or":
			return true
		}
	case 3:
		return d.toks[a+1].Text == "," && (d.toks[a+2].Text == "and" || d.toks[a+2].Text == "or")
	}
	return false
}

func (d *doc) retypeList(items []mention) {
	var votes [len(tagTypes)]int
	for _, m := range items {
		votes[typeIndex(m.typ)]++
	}
	best := 0
	for t := range votes {
		if votes[t] > votes[best] {
			best = t
		}
	}
	if votes[best]*2 <= len(items) {
		return
	}
	for i := range items {
		m := &items[i]
		if m.typ == tagTypes[best] || m.confident {
			continue
		}
		// countries and regions stay ("Robert Grubbs, Richard Schrock and
		// France"; a city may be a person or a university: "Charlotte",
		// "Leuven"), and so do acronyms of organizations among countries
		// ("the EU, UK, US")
		if m.typ == corpus.FactLocation && d.isPlace(d.key(*m)) || m.typ == corpus.FactOrganization && isAllCaps(d.key(*m)) {
			continue
		}
		// a place no list knows among persons is one too: "Giroud,
		// Batshuayi, Aubameyang deals" (the tagger reads unseen foreign
		// surnames as places)
		unknownPlace := tagTypes[best] == corpus.FactPerson && m.typ == corpus.FactLocation && !d.isKnownPlace(d.key(*m))
		if unknownPlace || d.gazAgrees(*m, tagTypes[best]) {
			m.typ = tagTypes[best]
		}
	}
}

// gazAgrees reports the gazetteer knowing m's words as a name of type t:
// a place (cities included), a company, or a person's given name or
// surname for a single word.
func (d *doc) gazAgrees(m mention, t corpus.FactType) bool {
	k := strings.ToLower(strings.Join(d.words(m), " "))
	switch t {
	case corpus.FactLocation:
		return d.isKnownPlace(k)
	case corpus.FactOrganization:
		return d.gaz.has(k, GazCompany)
	case corpus.FactPerson:
		if m.first == m.last {
			return d.gaz.has(k, GazFirstName) || d.gaz.has(k, GazSurname)
		}
		return d.fullNameLike(m.first, m.last)
	}
	return false
}

// fullNameLike reports two or three capitalised words that can be a
// person's full name in a list of full names ("Rabbit Maranville"
// beside "Max Carey, Kiki Cuyler"): no known place or company, no head
// word of an institution, place or event, no title.
func (d *doc) fullNameLike(first, last int) bool {
	if last-first < 1 || last-first > 2 {
		return false
	}
	for k := first; k <= last; k++ {
		if w := d.toks[k].Text; !startsUpper(w) || !hasLetter(w) || isAllCaps(w) && len(w) > 1 || isTitle(w) {
			return false
		}
	}
	name := d.text[d.toks[first].Start:d.toks[last].End]
	if _, head := headType(d.toks[last].Text); head || isHead(d.toks[last].Text) {
		return false
	}
	// a common word last names a band or a body ("Blues Traveler",
	// "Indigo Girls", "Liberal Government") unless it is a surname too
	// ("Montagu Love")
	if lw := strings.ToLower(d.toks[last].Text); d.gaz.has(lw, GazCommon) && !d.gaz.has(lw, GazSurname) {
		return false
	}
	if lw := strings.ToLower(d.toks[first].Text); d.gaz.has(lw, GazCommon) && !d.gaz.has(lw, GazFirstName) {
		return false // "One Direction", "Four Brothers", "Project Gutenberg"
	}
	return !d.placeOrCompany(name)
}

// coordinated tags an untagged capitalised word joined by "and" or "or"
// to a name the tagger found, with that name's type, when the gazetteer
// knows the word as a name of that type and of no other the sentence
// could mean: "Renault and Peugeot said" (the tagger found Peugeot
// only). Common words ("Police and Interpol") stay out.
func (d *doc) coordinated() {
	var spans []span
	var cov []int32
	try := func(k int, t corpus.FactType) {
		if k < 0 || k >= len(d.toks) {
			return
		}
		w := d.toks[k].Text
		if !startsUpper(w) || len(w) < 3 || strings.HasSuffix(w, ".") || cov[k] != 0 || d.hyphenGlued(k, k) || k > 0 && d.nameBefore(k) {
			return // not the last word of a longer name: "AT & T Labs and Bell Labs"
		}
		lw := strings.ToLower(w)
		if d.gaz.has(lw, GazCommon) || pronouns[lw] || months[lw] || weekdays[lw] || isTitle(w) {
			return
		}
		m := mention{first: k, last: k}
		if !d.gazAgrees(m, t) {
			return
		}
		// the word must be known as nothing else that the list would
		// read: no place for a person or a company, no company for a
		// person ("While at Columbia, Ginsberg")
		if t != corpus.FactLocation && d.isKnownPlace(w) || t == corpus.FactPerson && d.gaz.has(lw, GazCompany) {
			return
		}
		spans = append(spans, span{k, k, t})
	}
	for _, m := range d.ms {
		if m.typ == corpus.FactMisc {
			continue
		}
		before := m.first - 1
		if before >= 1 && isCoordinator(d.toks[before].Text) {
			if cov == nil {
				cov = d.coverMask()
			}
			try(before-1, m.typ)
		}
		after := m.last + 1
		if after+1 < len(d.toks) && isCoordinator(d.toks[after].Text) {
			if cov == nil {
				cov = d.coverMask()
			}
			if after+2 >= len(d.toks) || !startsUpper(d.toks[after+2].Text) || !d.spaced(after+1) {
				try(after+1, m.typ) // a single word, not the first of a longer name
			}
		}
	}
	d.tagSpans(spans)
}

func isCoordinator(w string) bool { return w == "and" || w == "or" }

// isParenAcronym reports an acronym of two to five capitals.
func isParenAcronym(w string) bool { return len(w) >= 2 && len(w) <= 5 && isAllCaps(w) }

// parenAcronyms gives every mention of an acronym the organization type
// its mention alone in parentheses has ("Japan's (ANA) were to take
// delivery" ... "says ANA senior vice president"): the tagger reads the
// other mentions as persons more often than not, and outvotes it.
func (d *doc) parenAcronyms() {
	var orgs map[string]bool
	for _, m := range d.ms {
		if m.typ == corpus.FactOrganization && m.confident && m.first == m.last && m.first > 0 && d.toks[m.first-1].Text == "(" && isAllCaps(d.key(m)) {
			if orgs == nil {
				orgs = map[string]bool{}
			}
			orgs[d.key(m)] = true
		}
	}
	for i, m := range d.ms {
		if orgs[d.key(m)] && m.typ == corpus.FactPerson {
			d.ms[i].typ = corpus.FactOrganization
		}
	}
}

// dateWordAt reports a month's name at token i read as a date: before a
// number or after a word that opens a date ("On May 9", "in May", "last
// March").
func (d *doc) dateWordAt(i int) bool {
	if i+1 < len(d.toks) && startsDigitOr(d.toks[i+1].Text, "") {
		return true
	}
	if i == 0 {
		return false
	}
	switch strings.ToLower(d.toks[i-1].Text) {
	case "on", "in", "since", "until", "till", "from", "through", "by", "of", "last", "next", "this", "early", "late", "mid", "during":
		return true
	}
	return false
}

// personCueAfter reports a comma, a possessive or a speech verb after
// token i: a surname that is also a common word opens a sentence as the
// person there ("Jobs, born in San Francisco", "Jobs said").
func (d *doc) personCueAfter(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	switch w := d.toks[i+1].Text; w {
	case ",", "'s", "’s":
		return true
	default:
		return isSpeechVerb(w) || personVerbs[w]
	}
}

// personVerbs follow a person's surname opening a sentence: "Hunt won
// the Academy Award", "Gide went to the Congo".
var personVerbs = map[string]bool{
	"won": true, "was": true, "has": true, "had": true, "became": true, "wrote": true, "died": true, "married": true,
	"joined": true, "led": true, "returned": true, "received": true, "starred": true, "played": true, "graduated": true,
	"studied": true, "worked": true, "moved": true, "went": true, "helped": true, "founded": true, "served": true,
	"resigned": true, "met": true, "later": true, "also": true,
}
