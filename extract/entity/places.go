package entity

import (
	"slices"
	"strings"

	"tidings/corpus"
	"tidings/extract/token"
)

// isPlacePreposition reports a preposition that says the name after it
// is a place.
func isPlacePreposition(w string) bool {
	switch w {
	case "in", "at", "from", "to", "into", "near", "across", "towards", "toward", "via", "throughout", "around",
		"outside", "inside":
		return true
	}
	return false
}

// knownPlaces tags as locations the untagged capitalised words after a
// preposition of place that the gazetteer knows as a country, region or
// city ("colonies west towards Sicily and Italy", "In Pyongyang I did
// see"), or after another word in lower case as a country or region:
// the tagger missed them. The word must end the phrase:
// punctuation or a function word after it, not a noun it qualifies
// ("Western papers", "Alpine runoff") nor a capitalised word it opens a
// name with.
func (d *doc) knownPlaces() {
	var spans []span
	var cov []int32
	for _, k32 := range d.cues().capitals {
		k := int(k32)
		w := d.toks[k].Text
		if k == 0 {
			continue
		}
		prep := isPlacePreposition(strings.ToLower(d.toks[k-1].Text))
		if !prep && !d.midSentencePlace(k) {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		// a word in capitals is an acronym, unless its whole line is in
		// capitals ("RETURNED TO EGYPT"); there only after a preposition
		// ("PAPUA NEW GUINEA") and of four letters or more ("THE GAO")
		caps := isAllCaps(w) && d.onCapsLine(k)
		if caps && (len(w) < 4 || !prep) {
			continue
		}
		if cov[k] != 0 || isAllCaps(w) && !caps || k+1 < len(d.toks) && !d.endsPlaceAt(k+1, caps) || d.hyphenGlued(k, k) {
			continue
		}
		if d.onlyPlace(w) {
			spans = append(spans, span{k, k, corpus.FactLocation})
		}
	}
	d.tagSpans(spans)
}

// onlyPlace reports a word the gazetteer knows as a country or region,
// or as a city and nothing else: not a common word, day, month, given
// name, surname, company, nationality or institution ("in English", "from
// Rock music", "Cary", "in Congress" are all towns somewhere).
func (d *doc) onlyPlace(w string) bool {
	lw := strings.ToLower(w)
	if months[lw] || weekdays[lw] || d.gaz.has(lw, GazCommon) || d.isDemonym(w) || institutionHeads[lw] {
		return false
	}
	if d.isPlace(lw) {
		return true
	}
	return d.gaz.has(lw, GazCity) && !d.gaz.has(lw, GazFirstName) && !d.gaz.has(lw, GazSurname) && !d.gaz.has(lw, GazCompany)
}

// endsPlaceAt reports endsPlaceName of token k, read in lower case on a
// line in capitals (caps).
func (d *doc) endsPlaceAt(k int, caps bool) bool {
	w := d.toks[k].Text
	if caps && isAllCaps(w) && w != "I" {
		w = strings.ToLower(w)
	}
	return endsPlaceName(w)
}

// endsPlaceName reports a word that may follow a place's name: no
// capitalised word and no noun, but punctuation or a function word.
func endsPlaceName(w string) bool {
	if !hasLetter(w) {
		return true
	}
	switch w {
	case "and", "or", "but", "he", "she", "it", "we", "they", "the", "a", "an", "in", "on", "at", "for", "to", "with",
		"by", "from", "of", "as", "is", "was", "were", "are", "has", "had", "have", "will", "would", "where", "which",
		"who", "that", "when", "since", "after", "before", "until", "during", "last", "this", "next":
		return true
	}
	return w == "I"
}

// townsOfRegions makes places of the persons the text locates in a
// region or country after a comma: "the county seat of Paxton,
// Illinois", "born in Tupelo, Mississippi". Names with a given name
// first or a title before them stay ("John Smith, Texas" in a list of
// delegates). So do organizations, but for a name no list or word
// makes a company's ("a Milpitas, Calif., maker").
func (d *doc) townsOfRegions() {
	for i, m := range d.ms {
		k := m.last + 2
		if m.confident || m.typ != corpus.FactPerson && m.typ != corpus.FactOrganization || k >= len(d.toks) || d.toks[m.last+1].Text != "," {
			continue
		}
		if m.typ == corpus.FactOrganization {
			// "a Milpitas, Calif., maker of voice-processing systems":
			// a town and its state, which the tagger read as a company
			// (AP's abbreviated state and the comma closing it: a country
			// or a region after a comma is as often a list's next item,
			// "OPEC, China, Canada")
			w := d.toks[k].Text
			if dottedState(w) && k+1 < len(d.toks) && d.toks[k+1].Text == "," &&
				m.last-m.first < 2 && (m.first == 0 || d.toks[m.first-1].Text != ",") && !d.firmName(m) {
				d.ms[i].typ = corpus.FactLocation
			}
			continue
		}
		before := ""
		if m.first > 0 {
			before = d.toks[m.first-1].Text
		}
		if isTitle(before) || isHonorific(before) || kinWords[strings.ToLower(before)] {
			continue // "his brother Bartolomeo, Saint Barthelemy was"
		}
		// a given name is a town only after a preposition: "the county
		// seat of Paxton, Illinois", not "his brother Bartolomeo, Saint
		// Barthelemy was"
		if d.gaz.hasLower(d.toks[m.first].Text, GazFirstName) && (m.first < m.last || before != "of" && !isPlacePreposition(before)) {
			continue
		}
		end := d.placeNameAt(k)
		if end < 0 || end+1 < len(d.toks) && !endsPlaceName(d.toks[end+1].Text) {
			continue
		}
		d.ms[i].typ = corpus.FactLocation
	}
}

// placeNameAt returns the last token of the country or region named
// from token k ("Illinois", "New South Wales"), or -1.
func (d *doc) placeNameAt(k int) int {
	for last := min(k+2, len(d.toks)-1); last >= k; last-- {
		if startsUpper(d.toks[last].Text) && d.isPlace(d.text[d.toks[k].Start:d.toks[last].End]) {
			return last
		}
	}
	return -1
}

// kinWords name persons by their kin just before their names.
var kinWords = map[string]bool{
	"brother": true, "sister": true, "son": true, "daughter": true, "wife": true, "husband": true, "father": true,
	"mother": true, "uncle": true, "aunt": true, "cousin": true, "nephew": true, "niece": true, "friend": true,
	"widow": true, "grandson": true, "granddaughter": true,
}

// midSentencePlace reports an untagged word after a word in lower case
// that names a country or region and nothing else a list knows ("plans
// to charge Tbilisi", "a close ally of Serbia"); not a given name,
// surname or company ("Georgia", "Jordan", "Chad"), nor a team before
// its score ("finishing Libya 2-2 Zambia").
func (d *doc) midSentencePlace(k int) bool {
	if !isLowerWord(d.toks[k-1].Text) || k+1 < len(d.toks) && startsDigitOr(d.toks[k+1].Text, "") {
		return false
	}
	var b [32]byte
	lists := d.gaz.inLists(string(appendLower(b[:0], d.toks[k].Text)))
	return lists&(1<<GazCountry|1<<GazRegion) != 0 && lists&(1<<GazFirstName|1<<GazSurname|1<<GazCompany) == 0
}

// namedPlaces makes a place of the capitalised words a place noun in
// lower case names ("nature park Kopački Rit", "the capital Harare",
// "the town of Chinhoyi" is left to "of"): untagged, or a person the
// tagger made of a name it never saw. Days ("the capital Saturday"),
// common words, nationalities, titles, heads of other names ("city
// Council") and known companies stay.
func (d *doc) namedPlaces() {
	var spans []span
	var cov []int32
	var places map[string]bool // names the tagger made persons
	for _, k32 := range d.cues().capitals {
		k := int(k32)
		if k == 0 || !placeNouns[d.toks[k-1].Text] {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		last := k
		for last+1 < len(d.toks) && last < k+2 && startsUpper(d.toks[last+1].Text) && d.spaced(last) && !d.dateWord(last+1) {
			last++ // not over a day: "the capital Athens Thursday"
		}
		lw := strings.ToLower(d.toks[k].Text)
		if d.dateWord(k) || d.gaz.has(lw, GazCommon) || d.isDemonym(d.toks[k].Text) ||
			last+1 < len(d.toks) && !endsPlaceName(d.toks[last+1].Text) && !d.dateWord(last+1) || isTitle(d.toks[k].Text) || isHead(d.toks[last].Text) ||
			d.gaz.hasLower(d.text[d.toks[k].Start:d.toks[last].End], GazCompany) {
			continue
		}
		i := cov[k] - 1
		switch {
		case i < 0 && cov[last] == 0:
			spans = append(spans, span{k, last, corpus.FactLocation})
		case i >= 0 && d.ms[i].first == k && d.ms[i].last == last && d.ms[i].typ == corpus.FactPerson && !d.ms[i].confident:
			if places == nil {
				places = map[string]bool{}
			}
			places[d.key(d.ms[i])] = true
		}
	}
	// the name is a place in every mention the tagger made a person
	for i, m := range d.ms {
		if m.typ == corpus.FactPerson && !m.confident && places[d.key(m)] {
			d.ms[i].typ, d.ms[i].confident = corpus.FactLocation, true
		}
	}
	d.tagSpans(spans)
}

// placeNouns in lower case name the place after them: "the capital
// Harare". Not "state" ("secretary of state James Baker") nor "country".
var placeNouns = map[string]bool{
	"village": true, "town": true, "city": true, "river": true, "lake": true, "island": true, "province": true,
	"district": true, "county": true, "municipality": true, "park": true, "commune": true, "suburb": true,
	"hamlet": true, "port": true, "capital": true, "valley": true, "peninsula": true, "resort": true,
}

// dateWord reports a day or month name at token k.
func (d *doc) dateWord(k int) bool {
	lw := strings.ToLower(d.toks[k].Text)
	return weekdays[lw] || months[lw]
}

// placePairs makes a place of a person the text joins by "and" or "or"
// to a country or region ("islands such as Seychelles and Tioman"): one
// word that no list knows as a given name, surname or common word, which
// the tagger guessed a person.
func (d *doc) placePairs() {
	for i := 1; i < len(d.ms); i++ {
		a, b := d.ms[i-1], d.ms[i]
		if b.first != a.last+2 || !isCoordinator(d.toks[a.last+1].Text) && d.toks[a.last+1].Text != "&" ||
			a.first > 0 && d.toks[a.first-1].Text == "," || // a longer list: "to Grubbs, Schrock and France"
			b.last+1 < len(d.toks) && !endsPlaceName(d.toks[b.last+1].Text) { // "Smith and Germany defender Jones"
			continue
		}
		for _, p := range [2][2]int{{i - 1, i}, {i, i - 1}} {
			place, person := d.ms[p[0]], d.ms[p[1]]
			if place.typ != corpus.FactLocation || person.typ != corpus.FactPerson || person.confident || person.first != person.last ||
				!d.isPlace(d.key(place)) || d.possessiveAfter(place.last) {
				continue // a town may be a person's name ("Temin and Baltimore"); "Sukarno and Ghana's Nkrumah"
			}
			lw := strings.ToLower(d.key(person))
			if d.gaz.has(lw, GazFirstName) || d.gaz.has(lw, GazSurname) || d.gaz.has(lw, GazCommon) {
				continue
			}
			d.ms[p[1]].typ = corpus.FactLocation
		}
	}
}

// namesJoined cuts an organization or a place the tagger ran over "and"
// into the two names the document tags alone, each with the type its
// own mentions have: "the Sixers and Celtics each struggled" where
// "Sixers" and "Celtics" are teams elsewhere in the article. A name the
// lists know whole ("Bosnia and Herzegovina") stays.
func (d *doc) namesJoined() {
	if !slices.ContainsFunc(d.ms, func(m mention) bool { return d.joinedAt(m) >= 0 }) {
		return // most documents: no buffer to swap
	}
	var alone map[string]corpus.FactType
	out := d.mentionBuffer()
	for _, m := range d.ms {
		k := d.joinedAt(m)
		if k < 0 {
			out = append(out, m)
			continue
		}
		if alone == nil {
			alone = map[string]corpus.FactType{}
			for _, o := range d.ms {
				if d.joinedAt(o) < 0 {
					alone[d.key(o)] = o.typ
				}
			}
		}
		left, right := m, m
		left.last, right.first = k-1, k+1
		d.set(&left)
		d.set(&right)
		lt, lok := alone[d.key(left)]
		rt, rok := alone[d.key(right)]
		if !lok || !rok || lt != rt || lt == corpus.FactPerson || d.knownName(m.first, m.last) {
			out = append(out, m)
			continue
		}
		left.typ, right.typ = lt, rt
		out = append(out, left, right)
	}
	d.swapMentions(out)
}

// joinedAt returns the token of the one "and" inside an organization or
// place between capitalised words, or -1.
func (d *doc) joinedAt(m mention) int {
	if m.typ != corpus.FactOrganization && m.typ != corpus.FactLocation || m.last-m.first < 2 {
		return -1
	}
	at := -1
	for k := m.first + 1; k < m.last; k++ {
		if d.toks[k].Text == "and" {
			if at >= 0 || !startsUpper(d.toks[k-1].Text) || !startsUpper(d.toks[k+1].Text) {
				return -1
			}
			at = k
		}
	}
	return at
}

// placesBeforeNouns makes places of the organizations and persons the
// tagger found between "the" and a place noun in lower case: "the Kerem
// Shalom crossing", "the Swat valley", "the Spin Boldak district" (GMB
// calls such names organizations). A name holding an institution stays
// ("the Health Department of Guangdong province").
func (d *doc) placesBeforeNouns() {
	for i, m := range d.ms {
		if m.confident || m.typ != corpus.FactOrganization && m.typ != corpus.FactPerson || m.first == 0 || m.last+1 >= len(d.toks) {
			continue
		}
		// not a name ending in lower case: "the United Nations-run province"
		if last, the := d.toks[m.last].Text, d.toks[m.first-1].Text; the != "the" && the != "The" || !placeNounsAfter[d.toks[m.last+1].Text] ||
			d.hasInstitution(m) || !startsUpper(last) || isOrgKind(strings.ToLower(last)) || d.nationalityWord(last) {
			continue
		}
		d.ms[i].typ, d.ms[i].confident = corpus.FactLocation, true // "the Amazon rainforest": no company's name
	}
}

// placeNounsAfter follow a place's name in lower case: "the Rafah
// crossing", "the Donbas region", "the Eibingen cloister", "the Amazon
// rainforest".
var placeNounsAfter = map[string]bool{
	"crossing": true, "region": true, "province": true, "district": true, "valley": true, "border": true,
	"peninsula": true, "oblast": true, "governorate": true, "prefecture": true, "enclave": true, "checkpoint": true,
	"cloister": true, "monastery": true, "abbey": true, "convent": true, "castle": true, "fortress": true, "citadel": true,
	"rainforest": true, "basin": true, "jungle": true, "river": true, "desert": true, "delta": true, "highlands": true,
	"plateau": true, "archipelago": true, "steppe": true,
}

// compassPlaces makes a place of a person's name after a compass point
// and "of": "7 mi northwest of Hastings", "south of Gaza" (the tagger
// read Hastings as the surname). A given name first keeps the person
// ("east of John Smith's farm" names the farm's owner).
func (d *doc) compassPlaces() {
	for i, m := range d.ms {
		if m.confident || m.typ != corpus.FactPerson || m.first < 2 || d.toks[m.first-1].Text != "of" ||
			!compassPoints[d.toks[m.first-2].Text] || m.first < m.last && d.gaz.hasLower(d.toks[m.first].Text, GazFirstName) {
			continue
		}
		if next := m.last + 1; next < len(d.toks) && (d.toks[next].Text == "'s" || d.toks[next].Text == "’s") {
			continue
		}
		d.ms[i].typ, d.ms[i].confident = corpus.FactLocation, true
	}
}

// compassPoints in lower case locate a place before "of".
var compassPoints = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true, "south-west": true,
}

// regionsAfterTowns makes a place of a person the tagger found after a
// town and a comma, closing the sentence: "a priest in Vigan, Ilocos
// Sur." The town follows a preposition of place; the name opens with no
// given name ("in Paris, Jean Dupont said" is a person) and ends before
// a period, a semicolon, a parenthesis or the line's end ("in Iraq,
// Zalmay Khalilzad, expressed" is a person).
func (d *doc) regionsAfterTowns() {
	for i := 1; i < len(d.ms); i++ {
		town, m := d.ms[i-1], d.ms[i]
		if m.typ != corpus.FactPerson || m.confident || town.typ != corpus.FactLocation || m.first != town.last+2 ||
			d.toks[town.last+1].Text != "," || town.first == 0 || !isPlacePreposition(d.toks[town.first-1].Text) {
			continue
		}
		if next := m.last + 1; next < len(d.toks) && !strings.Contains(".;)", d.toks[next].Text) && !d.lineBreakBefore(next, m.last) ||
			d.gaz.hasLower(d.toks[m.first].Text, GazFirstName) {
			continue
		}
		d.ms[i].typ, d.ms[i].confident = corpus.FactLocation, true
	}
}

// motionPlaces makes a place of a lone word the tagger took for a person
// where someone goes "to" it: "She fled again to Abra", "forced to
// retreat to Abra". No list knows the word as a surname or common word,
// nor as a given name where a person may stand.
func (d *doc) motionPlaces() {
	for i, m := range d.ms {
		if m.typ != corpus.FactPerson || m.confident || m.first != m.last || m.first < 2 || d.toks[m.first-1].Text != "to" {
			continue
		}
		k := m.first - 2
		if k > 0 && motionAdverbs[d.toks[k].Text] {
			k-- // "fled again to"
		}
		if !motionVerbs[d.toks[k].Text] {
			continue
		}
		lw := strings.ToLower(d.toks[m.first].Text)
		if d.gaz.has(lw, GazSurname) || d.gaz.has(lw, GazCommon) || d.gaz.has(lw, GazFirstName) && !awayVerbs[d.toks[k].Text] {
			continue
		}
		d.ms[i].typ, d.ms[i].confident = corpus.FactLocation, true
	}
}

// countryAcronyms makes places of the countries' acronyms the tagger
// took for organizations or persons: "Hosts UAE play Kuwait" (GMB tags
// "UAE" an organization as often as a place, "DRC" 22 times in 27), as
// CoNLL tags a country's team a place. Not before a capitalised word but
// a title ("US Steel").
func (d *doc) countryAcronyms() {
	for i, m := range d.ms {
		if m.confident || m.first != m.last || m.typ != corpus.FactOrganization && m.typ != corpus.FactPerson {
			continue
		}
		if next := m.last + 1; next < len(d.toks) && startsUpper(d.toks[next].Text) && d.spaced(m.last) && !isTitle(d.toks[next].Text) && !officeWord(d.toks[next].Text) {
			continue // a longer name: "US Steel", "US Dollars"; not "UAE Minister of State"
		}
		if w := d.toks[m.first].Text; isAllCaps(strings.ReplaceAll(w, ".", "")) && len(w) >= 2 && d.placeAcronym(w) && countryAliases[aliasKey(w)] != "" {
			d.ms[i].typ, d.ms[i].confident = corpus.FactLocation, true // the company list holds "UAE" too
		}
	}
}

// metonymPlaces tags the streets and hills news names for the power
// seated there, which the tagger passes over (GMB tags "Wall Street" 3
// times in 35): "Wall Street ended higher", "sources on Capitol Hill".
// They are places, as the CoNLL convention and the hand-annotated sets
// have them; a longer name ("Wall Street Journal") stays.
func (d *doc) metonymPlaces() {
	var spans []span
	var cov []int32
	for _, k32 := range d.cues().capitals {
		k := int(k32)
		if k+1 >= len(d.toks) || !metonymStreets[[2]string{d.toks[k].Text, d.toks[k+1].Text}] {
			continue
		}
		if next := k + 2; next < len(d.toks) && startsUpper(d.toks[next].Text) && d.spaced(k+1) || k > 0 && startsUpper(d.toks[k-1].Text) && d.spaced(k-1) && !d.sentenceStart(k) {
			continue
		}
		if cov == nil {
			cov = d.coverScratch()
		}
		if cov[k] == 0 && cov[k+1] == 0 {
			spans = append(spans, span{k, k + 1, corpus.FactLocation})
		}
	}
	d.tagSpans(spans)
}

// metonymStreets are the two words of the streets and hills metonymPlaces
// knows.
var metonymStreets = map[[2]string]bool{
	{"Wall", "Street"}: true, {"Downing", "Street"}: true, {"Fleet", "Street"}: true, {"Capitol", "Hill"}: true,
}

// fromPlaceTo reports "from", a place and "to" before token k: "a run
// from Salamanca to Leon".
func (d *doc) fromPlaceTo(k int) bool {
	if k < 4 || d.toks[k-1].Text != "to" {
		return false
	}
	for j := k - 2; j >= 1 && j >= k-5; j-- {
		if d.toks[j-1].Text == "from" {
			return d.typeOf(j) == corpus.FactLocation && d.typeOf(k-2) == corpus.FactLocation
		}
	}
	return false
}

// townsIn makes a place of a lone known town the tagger took for a
// person after "in" or after "from" a place "to": "the hotel federation
// in Florence said", "a run from Salamanca to Leon" (over the training
// text a known town alone after "in" is a place 3,788 times, a person
// 15). A surname the lists hold that is no given name too ("a settlement
// in Moore"; "Florence" is both), a word of a person of more words in
// the document ("Florence Pugh ... in Florence") or of an organization
// ("a stake in Hughes" of "GM Hughes Electronics") stays, as does a
// possessive or a word a capitalised one follows.
func (d *doc) townsIn() {
	var named map[string]bool
	for i, m := range d.ms {
		if m.typ != corpus.FactPerson || m.confident || m.first != m.last || m.first == 0 || d.toks[m.first-1].Text != "in" && !d.fromPlaceTo(m.first) {
			continue
		}
		w := d.toks[m.first].Text
		if next := m.last + 1; next < len(d.toks) && (startsUpper(d.toks[next].Text) || isPossessive(d.toks[next].Text)) ||
			!d.gaz.hasLower(w, GazCity) || d.gaz.hasLower(w, GazSurname) && !d.gaz.hasLower(w, GazFirstName) {
			continue
		}
		if named == nil {
			named = d.fullNameWords()
			for _, o := range d.ms {
				if o.typ == corpus.FactOrganization {
					for k := o.first; k <= o.last; k++ {
						named[d.toks[k].Text] = true // "a stake in Hughes" of "GM Hughes Electronics"
					}
				}
			}
		}
		if named[w] {
			continue
		}
		d.ms[i].typ, d.ms[i].confident = corpus.FactLocation, true
	}
}

// motionVerbs take someone to a place; motionAdverbs may come between.
// After awayVerbs no person stands ("fled to Abra", Abra a given name
// too), after the others one may ("returned to Mary").
var (
	motionVerbs = wordSet([]string{"fled", "flee", "flees", "retreat", "retreated", "moved", "returned", "return",
		"traveled", "travelled", "travel", "flew", "sailed", "emigrated", "relocated", "escaped", "deported", "exiled",
		"banished", "marched", "journeyed", "driven"})
	awayVerbs = wordSet([]string{"fled", "flee", "flees", "retreat", "retreated", "flew", "sailed", "emigrated",
		"deported", "exiled", "banished", "marched"})
	motionAdverbs = wordSet([]string{"again", "back", "later", "then", "eventually", "finally", "briefly"})
)

// saintsPlaces tags as one name a saint's building or site the tagger cut
// at the abbreviation and the possessive: "St. Peter's Basilica" had been
// the place "St.", the person "Peter" and the place "Basilica". The
// building's word after the possessive says the type: a church, square or
// site is a place, a hospital, college or school an organization.
func (d *doc) saintsPlaces() {
	var spans []span
	for k := 0; k+3 < len(d.toks); k++ {
		if w := d.toks[k].Text; w == "" || w[0] != 'S' {
			continue // every token asks: the first letter first
		}
		switch d.toks[k].Text {
		case "St.", "St", "Saint", "Ste.", "San", "Santa":
		default:
			continue
		}
		j := k + 1
		for j < len(d.toks) && j-k <= 2 && startsUpper(d.toks[j].Text) && d.spaced(j-1) {
			j++
		}
		if j == k+1 || j+1 >= len(d.toks) || d.toks[j].Text != "'s" && d.toks[j].Text != "’s" || !startsUpper(d.toks[j+1].Text) {
			continue
		}
		head := strings.ToLower(d.toks[j+1].Text)
		typ := corpus.FactLocation
		switch {
		case buildingKinds[head] || placeHeads[head]:
		case head == "hospital" || head == "college" || head == "school" || isOrgKind(head):
			typ = corpus.FactOrganization
		default:
			continue
		}
		spans = append(spans, span{k, j + 1, typ})
		k = j + 1
	}
	d.tagSpans(spans)
}

// countriesOpening tags as places the untagged names of countries that
// open a sentence or follow a dateline's dash, which knownPlaces leaves
// to the tagger: "PERTH (Reuters) - India beat Australia" (the tagger had
// passed over India opening the story, a given name and a surname too).
// It may be no country news names persons after ("Jordan", "Chad",
// "Georgia"), no word of a person the document names in full, no common
// word; it ends the phrase ("India Today" stays) and is no half of a
// compound ("Pakistan-based", "Guinea pigs").
func (d *doc) countriesOpening() {
	var spans []span
	var named map[string]bool
	for k, t := range d.toks {
		if !upperFirst(t.Text) || !d.sentenceStart(k) && !isDatelineDash(d.toks[k-1].Text) { // sentenceStart holds at 0
			continue
		}
		if isAllCaps(t.Text) || d.gluedHyphen(k+1) || k > 0 && d.gluedHyphen(k-1) {
			continue
		}
		end := k
		if k+1 < len(d.toks) && startsUpper(d.toks[k+1].Text) && d.spaced(k) {
			end = k + 1 // "South Korea", "Sri Lanka"
		}
		var b [48]byte // looked up without allocating: every sentence's first word asks
		lw := appendLower(b[:0], d.text[t.Start:d.toks[end].End])
		if !d.countryBytes(lw) {
			if end == k {
				continue
			}
			end, lw = k, appendLower(b[:0], t.Text)
			if !d.countryBytes(lw) {
				continue
			}
		}
		if named == nil {
			named = d.fullNameWords()
		}
		if named[t.Text] || personCountries[t.Text] || d.gaz.hasBytes(lw, nil, GazCommon) || k > 0 && (d.toks[k-1].Text == "'" || d.toks[k-1].Text == "’") ||
			end+1 < len(d.toks) && (startsUpper(d.toks[end+1].Text) && d.spaced(end) || d.gluedHyphen(end+1) || countryCompounds[d.toks[end+1].Text]) {
			continue
		}
		if d.coveredIn(k, end) {
			continue
		}
		spans = append(spans, span{k, end, corpus.FactLocation})
	}
	d.tagSpans(spans)
}

// countryBytes reports a lower-cased country's name, the list's or one
// English news keeps ("turkey").
func (d *doc) countryBytes(lw []byte) bool {
	return d.gaz.hasBytes(lw, nil, GazCountry) || homeNations[string(lw)]
}

// personCountries are countries' names that open sentences as persons'
// as often: "Jordan scored 30".
var personCountries = map[string]bool{"Jordan": true, "Chad": true, "Georgia": true}

// innerCapital reports a capital letter after a word's first: "VictoriaPolice", "McCain".
func innerCapital(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// countryCompounds follow a country's name in a common noun: "Guinea
// pigs".
var countryCompounds = map[string]bool{"pig": true, "pigs": true, "fowl": true, "worm": true}

// personPairs makes a person of a lone name the tagger called an
// organization or a place that "and" joins after a person named in full:
// "the marriage of Herod Antipas and Herodias". No known place or company,
// acronym, name with a capital inside ("@VictoriaPolice"), head word or
// common word; a name the list opens with a comma stays ("to Grubbs,
// Schrock and France"), and so does one before the person (a first
// version made "the Byrds and Buffalo Springfield" persons). A person
// named by one word joins only a given name, either side: "doing it for
// Melania and Ivanka".
func (d *doc) personPairs() {
	for i := 1; i < len(d.ms); i++ {
		a, b := d.ms[i-1], d.ms[i]
		if b.first != a.last+2 || d.toks[a.last+1].Text != "and" || a.first > 0 && d.toks[a.first-1].Text == "," {
			continue
		}
		person, other, j := a, b, i
		if b.typ == corpus.FactPerson && b.first == b.last && a.first == a.last {
			person, other, j = b, a, i-1 // "Ivanka and Melania"
		}
		if person.typ != corpus.FactPerson || other.first != other.last || other.confident ||
			other.typ != corpus.FactOrganization && other.typ != corpus.FactLocation {
			continue
		}
		w := d.toks[other.first].Text
		if _, known := knownOrgs[strings.ToLower(w)]; known || isAllCaps(w) || innerCapital(w) || isHead(w) || d.placeOrCompany(w) ||
			d.gaz.hasLower(w, GazCommon) {
			continue
		}
		// a lone person joins only a given name: "for Melania and Ivanka"
		// (not "Bush and Britain's Prime Minister")
		if (person.first == person.last || j < i) && (!d.gaz.hasLower(w, GazFirstName) || countryAliases[aliasKey(w)] != "") {
			continue
		}
		d.ms[j].typ = corpus.FactPerson
	}
}

// countyNames tags as places the untagged counties the tagger passed
// over, most often before an office: "Broward County Mayor Lamar
// Fisher". One or two capitalised words before "County", untagged, and
// after it no capitalised word but an office's ("Orange County Register"
// is a newspaper's name).
func (d *doc) countyNames() {
	added := false
	for k := 1; k < len(d.toks); k++ {
		if d.toks[k].Text != "County" || d.taken[k] {
			continue
		}
		first := k
		for first > 0 && k-first < 2 && startsUpper(d.toks[first-1].Text) && !isDeterminer(d.toks[first-1].Text) &&
			!d.taken[first-1] && d.spaced(first-1) && !d.openerAt(first-1) {
			first--
		}
		if first == k {
			continue
		}
		if next := k + 1; next < len(d.toks) && startsUpper(d.toks[next].Text) && d.spaced(k) && !isTitle(d.toks[next].Text) && !officeWord(d.toks[next].Text) {
			continue
		}
		d.addTaken(mention{first: first, last: k, typ: corpus.FactLocation, confident: true})
		added = true
	}
	if added {
		d.sortMentions()
	}
}

// civicPlaces makes a place, in every mention, of a name the text gives
// a town's government: "the city of Coachella", "Mayor of Coachella",
// "the Aurora City Council", "Aurora Police Department". The tagger
// reads a town it never saw as a person or company ("Aurora's violent
// crime rate"); the civic words settle it for the whole article. A name
// that begins or ends a person's full name stays ("Washington" beside
// "George Washington").
func (d *doc) civicPlaces() {
	var names map[string]bool
	var spans []span
	var cov []int32
	add := func(first, last int) {
		if first > last || d.dateWord(first) {
			return
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[d.text[d.toks[first].Start:d.toks[last].End]] = true
	}
	for _, k32 := range d.cues().capitals {
		k := int(k32)
		if k < 2 || d.toks[k-1].Text != "of" || !d.civicOfName(k-2) || isDeterminer(d.toks[k].Text) {
			continue
		}
		last := k
		for last+1 < len(d.toks) && last < k+2 && startsUpper(d.toks[last+1].Text) && d.spaced(last) && !d.dateWord(last+1) {
			last++ // not over a day: "the town of Baiji Tuesday"
		}
		if last+1 < len(d.toks) && startsUpper(d.toks[last+1].Text) && d.spaced(last) && !d.dateWord(last+1) || d.hyphenGlued(k, last) {
			continue // a longer name: "the city of New York Police Department", "the town of Baden-Baden"
		}
		if isHead(d.toks[last].Text) || strongHeads[strings.ToLower(d.toks[last].Text)] {
			continue // a body: "the city of New York Police"
		}
		add(k, last)
		if cov == nil {
			cov = d.coverMask()
		}
		if cov[k] == 0 && cov[last] == 0 {
			spans = append(spans, span{k, last, corpus.FactLocation}) // the tagger passed it over
		}
	}
	for _, k32 := range d.cues().capitals {
		k := int(k32)
		if k < 1 || k+1 >= len(d.toks) || !civicBody(d.toks[k].Text, d.toks[k+1].Text) || !d.spaced(k-1) {
			continue
		}
		first := k - 1
		for first > 0 && k-first < 3 && startsUpper(d.toks[first-1].Text) && !isDeterminer(d.toks[first-1].Text) &&
			d.spaced(first-1) && !d.openerAt(first-1) {
			first--
		}
		if startsUpper(d.toks[first].Text) && !isDeterminer(d.toks[first].Text) {
			add(first, k-1)
		}
	}
	if names == nil {
		return
	}
	d.tagSpans(spans)
	named := d.fullNameWords()
	for i, m := range d.ms {
		if m.confident || m.typ != corpus.FactPerson && m.typ != corpus.FactOrganization || !names[d.key(m)] {
			continue
		}
		if m.first == m.last && named[d.toks[m.first].Text] {
			continue
		}
		d.ms[i].typ, d.ms[i].confident = corpus.FactLocation, true
	}
}

// civicOfName reports a word at token k before "of" that names a town's
// government or its kind ("the city of Coachella", "Mayor of London"), or
// a division's kind in lower case ("the province of Khyber Pukhtunkhwa";
// "District of Columbia" is one name). Not "state": "secretary of state
// James Baker".
func (d *doc) civicOfName(k int) bool {
	w := d.toks[k].Text
	switch strings.ToLower(w) {
	case "city", "town", "village", "township", "borough", "mayor":
		return true
	}
	switch w {
	case "province", "region", "district", "county", "island", "prefecture", "governorate", "municipality", "emirate", "canton":
		return true
	}
	return false
}

// civicBody reports the two words of a town's government's body after
// its name: "Aurora City Council". A switch: every capitalised word asks.
func civicBody(a, b string) bool {
	switch a {
	case "City":
		return b == "Council" || b == "Hall" || b == "Commission"
	case "Police":
		return b == "Department" || b == "Chief"
	case "Fire":
		return b == "Department"
	case "Town":
		return b == "Council"
	case "Village":
		return b == "Board"
	}
	return false
}

// partyStates tags as places the states written after a lawmaker's name
// with the party glued before them: "Sen. Mike Braun, R-Ind., said",
// "Rep. Kevin McCarthy (R-Calif.)", "Sherrod Brown, D-Ohio". The tagger
// made some organizations ("R-Ind.") and passed others over ("D-Del.");
// the facet is the state ("Indiana").
func (d *doc) partyStates() {
	var spans []span
	for k := 1; k+2 < len(d.toks); k++ {
		switch d.toks[k].Text {
		case "D", "R", "I":
		default:
			continue
		}
		if p := d.toks[k-1].Text; p != "," && p != "(" || !d.gluedHyphen(k+1) {
			continue
		}
		last := k + 2
		if last+1 < len(d.toks) && startsUpper(d.toks[last+1].Text) && d.spaced(last) {
			last++ // "D-New York"
		}
		if last+1 < len(d.toks) {
			switch d.toks[last+1].Text {
			case ",", ")", ".", ";", "and":
			default:
				continue
			}
		}
		state := d.text[d.toks[k+2].Start:d.toks[last].End]
		if _, ok := usStateAbbreviations[aliasKey(state)]; !ok && !d.isPlace(state) {
			continue
		}
		spans = append(spans, span{k, last, corpus.FactLocation})
	}
	d.tagSpans(spans)
}

// joinedPlaces makes one place of two names the tagger cut apart whose
// words together are a known place: "[Sri] [Lanka] closed schools" had
// been a person and a place.
func (d *doc) joinedPlaces() {
	d.joinNext(func(m, next mention) (corpus.FactType, bool) {
		if next.first != m.last+1 || !d.spaced(m.last) || m.confident || next.confident || !d.isKnownPlace(d.text[m.start:next.end]) {
			return "", false
		}
		return corpus.FactLocation, true
	}, true)
}

// unknownPersonsIn makes places of the persons the tagger found right
// after "in" or "near" whose words no list knows as a given name or
// surname: "Al Aqsa Martyrs Hospital in Deir al-Balah". News writes
// "in" before a person mostly with a possessive ("in Hemingway's
// novel") or a title ("confidence in Speaker Pelosi"), both left, and so
// are stakes ("shares in Moret") and longer names ("in William Co.").
func (d *doc) unknownPersonsIn() {
	for i, m := range d.ms {
		if m.typ != corpus.FactPerson || m.confident || m.first == 0 || d.possessiveAfter(m.last) {
			continue
		}
		if p := d.toks[m.first-1].Text; p != "in" && p != "near" || d.personWordsAt(m.first, m.last) {
			continue
		}
		if m.first > 1 && stakeWord(d.toks[m.first-2].Text) || m.last+1 < len(d.toks) && startsUpper(d.toks[m.last+1].Text) {
			continue // "shares in Moret", "in William Co."
		}
		d.ms[i].typ = corpus.FactLocation
	}
}

// stakeWord reports a word that takes a company or a person after "in":
// "shares in Moret", "confidence in Pelosi".
func stakeWord(w string) bool {
	switch w {
	case "shares", "stake", "stakes", "interest", "interests", "investment", "invested", "invest", "investing",
		"holding", "holdings", "confidence", "faith", "trust", "belief", "role", "part":
		return true
	}
	return false
}

// firmName reports an organization's name that a list or its last word
// makes a company's or an institution's: "Apple", "Octel Communications
// Corp.", "Stanford University".
func (d *doc) firmName(m mention) bool {
	last := d.toks[m.last].Text
	if isHead(last) || firmTail(last) {
		return true
	}
	lw := strings.ToLower(d.text[m.start:m.end])
	_, known := knownOrgs[lw]
	return known || d.gaz.has(lw, GazCompany)
}

// nameShaped reports a word with none of the endings of adjectives and
// abstract nouns ("Evangelical Fellowship of Canada" is no person).
func nameShaped(w string) bool {
	if creedWord(w) {
		return false
	}
	for _, end := range [...]string{"ship", "hood", "ment", "ity", "ion", "ance", "ence", "ing", "ary", "ory"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	return true
}

// personsOfPlaces cuts an organization the tagger made of a person's
// full name, "of" and a known place into the person and the place:
// "the foreign ministers of Bronislaw Geremek of Poland, Janos Martonyi
// of Hungary". The name opens with a given name, or its surname is a
// person's elsewhere in the article, and it is no institution's ("Bank
// of Poland", "University of Texas").
func (d *doc) personsOfPlaces() {
	var spans []span
	var persons map[string]bool
	for _, m := range d.ms {
		if m.confident || m.typ != corpus.FactOrganization || m.last-m.first < 3 || m.last-m.first > 5 {
			continue
		}
		of := m.first + 2
		for of < m.last && d.toks[of].Text != "of" {
			of++
		}
		if of >= m.last || of-m.first > 3 || !d.nameWords(m.first, of-1, false) || d.hasInstitution(m) ||
			!d.isKnownPlace(d.text[d.toks[of+1].Start:d.toks[m.last].End]) ||
			slices.ContainsFunc(d.toks[m.first:of], func(t token.Token) bool { return isHead(t.Text) || isOrgKind(strings.ToLower(t.Text)) }) {
			continue // "Christian Democratic Union of Germany"
		}
		// a given name, a surname that is a person's elsewhere in the
		// article, or two words no list knows but as a surname ("Ato
		// Boldon of Trinidad")
		if !d.gaz.hasLower(d.toks[m.first].Text, GazFirstName) && !(of-m.first == 2 && d.gaz.inLists(strings.ToLower(d.toks[m.first].Text)) == 0 &&
			d.gaz.inLists(strings.ToLower(d.toks[of-1].Text))&^(1<<GazSurname) == 0 && nameShaped(d.toks[m.first].Text) && nameShaped(d.toks[of-1].Text)) {
			if persons == nil {
				persons = d.personWords()
			}
			if !persons[d.toks[of-1].Text] {
				continue // the surname is no person's of the article either
			}
		}
		spans = append(spans, span{m.first, of - 1, corpus.FactPerson}, span{of + 1, m.last, corpus.FactLocation})
	}
	d.tagSpans(spans)
}

// moneyCapital are the words before "capital" that make it money: a
// fund may follow ("venture capital Sequoia").
var moneyCapital = map[string]bool{"venture": true, "private": true, "working": true, "share": true, "growth": true, "risk": true}

// capitalTowns makes places of the known towns named right after
// "capital" ("in the capital, Abuja, to urge him", "the capital Abuja"),
// which the tagger took for persons or passed over (GMB, whose automatic
// annotation calls such towns persons or organizations, taught it so). A
// given name opening the name stays a person's.
func (d *doc) capitalTowns() {
	var spans []span
	var cov []int32
	for k := 0; k+1 < len(d.toks); k++ {
		if w := d.toks[k].Text; w != "capital" && w != "capitals" || k > 0 && moneyCapital[strings.ToLower(d.toks[k-1].Text)] {
			continue
		}
		j := k + 1
		if d.toks[j].Text == "," {
			j++
		}
		if j >= len(d.toks) || !startsUpper(d.toks[j].Text) {
			continue
		}
		if cov == nil {
			cov = d.coverScratch()
		}
		last, tagged, ok := d.retypableAt(j, cov, corpus.FactPerson, corpus.FactOrganization)
		if !ok || !tagged && j+1 < len(d.toks) && startsUpper(d.toks[j+1].Text) && d.spaced(j) {
			continue // a longer untagged name
		}
		name := d.text[d.toks[j].Start:d.toks[last].End]
		if !d.gaz.hasLower(name, GazCity) && !d.isPlace(name) || d.gaz.hasLower(d.toks[j].Text, GazFirstName) {
			continue
		}
		spans = append(spans, span{j, last, corpus.FactLocation})
	}
	d.tagSpans(spans)
}

// constituencies makes a place of the seat after a member's title and
// "for": "the Labour MP for Newcastle Central" (the tagger had made it a
// person), "MSP for Glasgow Kelvin", "MP for Bath and North East
// Somerset". The seat runs over capitalised words and the connectors
// between them; a name reaching past it is left alone.
func (d *doc) constituencies() {
	var spans []span
	for k := 0; k+2 < len(d.toks); k++ {
		if w := d.toks[k].Text; w == "" || w[0] != 'M' && w[0] != 'T' || !seatHolders[w] || d.toks[k+1].Text != "for" || !startsUpper(d.toks[k+2].Text) || isAllCaps(d.toks[k+2].Text) {
			continue
		}
		first, last := k+2, k+2
		for j := first + 1; j < len(d.toks) && j <= first+5 && !d.lineBreakBefore(j, first); j++ {
			t := d.toks[j].Text
			if startsUpper(t) && hasLetter(t) && d.spaced(j-1) {
				last = j
				continue
			}
			if (t == "and" || t == "upon" || t == "-") && j+1 < len(d.toks) && startsUpper(d.toks[j+1].Text) {
				continue
			}
			break
		}
		if next := last + 1; next < len(d.toks) && startsUpper(d.toks[next].Text) && d.spaced(last) || slices.ContainsFunc(d.ms, func(m mention) bool {
			return m.first <= last && m.last >= first && (m.first < first || m.last > last || m.first == first && m.last == last && m.typ == corpus.FactLocation)
		}) {
			continue
		}
		if d.gaz.hasLower(d.text[d.toks[first].Start:d.toks[last].End], GazCompany) {
			continue
		}
		spans = append(spans, span{first, last, corpus.FactLocation})
	}
	d.tagSpans(spans)
}

// seatHolders are the titles of members who sit for a seat.
var seatHolders = map[string]bool{"MP": true, "MPs": true, "MSP": true, "MSPs": true, "MLA": true, "MLAs": true, "TD": true, "MEP": true, "MEPs": true}

// basedFirms cuts the place and "-based" off a company the tagger ran
// them into: "California-based Chiron Corp." is "Chiron Corp.", "the
// London-based Amnesty International" "Amnesty International". The
// place itself stays untagged, as every annotated set leaves it (GMB
// keeps it inside the company's name; the hand-annotated sets tag
// neither: "the Chicago-based Jimmy Yancey").
func (d *doc) basedFirms() {
	var spans []span
	var cov []int32
	for k := 2; k+1 < len(d.toks); k++ {
		if w := d.toks[k].Text; w != "based" && w != "Based" && w != "BASED" || !d.gluedHyphen(k-1) || !startsUpper(d.toks[k+1].Text) {
			continue
		}
		if cov == nil {
			cov = d.coverScratch()
		}
		if i := cov[k-2] - 1; i >= 0 && d.ms[i].last > k && d.ms[i].typ != corpus.FactLocation {
			spans = append(spans, span{k + 1, d.ms[i].last, d.ms[i].typ})
		}
	}
	d.tagSpans(spans)
}

// dottedState reports a US state's abbreviation as AP writes it, with
// its period ("Calif.", "N.Y."): not "IN" nor "OR".
func dottedState(w string) bool {
	return strings.HasSuffix(w, ".") && usStateAbbreviations[aliasKey(w)] != ""
}

// statesOpeningNames cuts a state's abbreviation off the name the
// tagger ran it into across a sentence's end: "in his home in Buffalo,
// N.Y. Slepian provided" had made "N.Y. Slepian" a person. The
// abbreviation follows a town and a comma; it is the place, and the
// words after it keep their type.
func (d *doc) statesOpeningNames() {
	var spans []span
	for _, m := range d.ms {
		w := d.toks[m.first].Text
		if m.first == 0 || m.first == m.last || d.toks[m.first-1].Text != "," || !dottedState(w) {
			continue
		}
		spans = append(spans, span{m.first, m.first, corpus.FactLocation})
		if rest := m.first + 1; startsUpper(d.toks[rest].Text) && !isDeterminer(d.toks[rest].Text) {
			spans = append(spans, span{rest, m.last, m.typ})
		}
	}
	d.tagSpans(spans)
}
