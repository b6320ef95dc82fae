package entity

import (
	"slices"
	"strings"

	"tidings/corpus"
	"tidings/extract/token"
)

// titleWords open a person's name phrase in some corpora ("Mr. Smith",
// "President Obama") but are not part of the name in the CoNLL sense.
var titleWords = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"miss": true, "sir": true, "lord": true, "lady": true, "dame": true, "madam": true,
	"president": true, "prime": true, "minister": true, "general": true, "gen.": true, "secretary": true,
	"senator": true, "sen.": true, "rep.": true, "representative": true, "congressman": true, "congresswoman": true,
	"king": true, "queen": true, "prince": true, "princess": true, "pope": true, "vice": true, "chancellor": true,
	"foreign": true, "defense": true, "defence": true, "interior": true, "finance": true, "mullah": true,
	"sheikh": true, "sheik": true, "ayatollah": true, "judge": true, "justice": true, "governor": true, "gov.": true,
	"lieutenant": true, "lt.": true, "colonel": true, "col.": true, "major": true, "maj.": true, "captain": true,
	"capt.": true, "admiral": true, "adm.": true, "commander": true, "sergeant": true, "sgt.": true, "chief": true,
	"deputy": true, "rev.": true, "reverend": true, "bishop": true, "cardinal": true, "archbishop": true, "father": true,
	"sultan": true, "emir": true, "crown": true, "mayor": true, "ambassador": true, "speaker": true, "premier": true,
	"professor": true, "prof": true, "prof.": true, "attorney": true, "director": true, "chairman": true, "ceo": true, "former": true,
	"envoy": true, "official": true, "spokesman": true, "spokeswoman": true, "coach": true, "rabbi": true,
	"imam": true, "cleric": true, "leader": true, "opposition": true, "militant": true, "rebel": true, "dictator": true,
	"state": true, "supreme": true, "commissioner": true, "minister-president": true, "mp": true, "lawmaker": true,
	"mister": true, "monsieur": true, "herr": true, "señor": true, "senor": true, "chairwoman": true, "president-elect": true,
	"analyst": true, "tanaiste": true, "tánaiste": true, "taoiseach": true, "manager": true, "consultant": true, "secretary-general": true, "director-general": true,
}

// isTitle reports whether w opens a name as a title.
func isTitle(w string) bool {
	var b [24]byte // lower-cased on the stack: rules ask of most capitalised words
	lw := appendLower(b[:0], w)
	return titleWords[string(lw)] || personTitles[string(lw)]
}

// personTitles before a capitalised word mark a person's name whatever
// the tagger said ("Mr Panvalkar", "Emperor Meiji").
var personTitles = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"miss": true, "sir": true, "dame": true, "lord": true, "lady": true, "king": true, "queen": true,
	"emperor": true, "empress": true, "tsar": true, "czar": true, "pope": true, "pharaoh": true,
	"prince": true, "princess": true, "sultan": true, "sheikh": true, "president": true, "senator": true,
	"sen.": true, "rep.": true, "gov.": true, "governor": true, "mayor": true, "chancellor": true,
	"mister": true, "madam": true, "knight": true, "ayatollah": true,
}

// particles are lower-case words that belong inside names ("de Meza").
var particles = map[string]bool{
	"de": true, "van": true, "von": true, "der": true, "den": true, "da": true, "di": true, "du": true,
	"del": true, "della": true, "la": true, "le": true, "al": true, "el": true, "bin": true, "ibn": true,
	"ben": true, "dos": true, "das": true, "y": true, "ter": true, "zu": true, "af": true,
}

// orgHeads and placeHeads end organization and place names, never a
// person's: "Eberhard Faber GmbH", "Davis Gym".
var orgHeads = wordSet(companyWords, []string{
	"bank", "university", "college", "institute", "association", "party", "council", "committee", "agency",
	"ministry", "department", "records", "fc", "club", "foundation", "society", "union", "commission",
	"systems", "technologies", "press", "times", "news", "television", "radio", "school", "academy",
	"bourse", "exchange", "brothers", "assembly", "fund", "watch", "alliance", "forum", "tribunal", "laboratory",
	"survey", "command", "brotherhood", "international", "sciences", "engineers", "division",
})

// industryHeads end companies, never a person's name: "Thames Water",
// "British Gas", "Daily Mail", "Elliott Management", which the tagger
// took for persons. Not "Power" ("Tyrone Power").
var industryHeads = map[string]bool{
	"water": true, "gas": true, "energy": true, "electric": true, "mail": true, "oil": true, "railways": true,
	"telecom": true, "steel": true, "studios": true, "pictures": true, "records": true,
	"management": true, "capital": true, "partners": true, "investments": true, "ventures": true, "securities": true,
	"advisors": true, "advisers": true, "brewing": true, "brewery": true, "brewers": true, "scientific": true,
	"worldwide": true, "pharmaceuticals": true, "pharmaceutical": true, "chemicals": true, "foods": true,
	"software": true, "semiconductor": true, "aerospace": true, "automotive": true, "laboratories": true,
	"electronics": true, "telecommunications": true, "communications": true, "petroleum": true, "mining": true,
	"minerals": true, "bancorp": true, "shipping": true, "logistics": true, "investors": true, "baking": true,
}

// onlyPlaceHeads end places only: the hand-annotated sets never end an
// organization with them (airports, hotels, malls, museums, bays and
// cities they do: "Heathrow Airport", "Hull City").
var onlyPlaceHeads = map[string]bool{
	"stadium": true, "river": true, "lake": true, "mountain": true, "mountains": true, "island": true, "islands": true,
	"street": true, "road": true, "bridge": true, "county": true, "province": true, "sea": true, "ocean": true,
	"canal": true, "peninsula": true, "hills": true, "arena": true, "coast": true, "delta": true, "gulf": true,
	"falls": true, "plateau": true, "glacier": true, "volcano": true, "basin": true,
	"avenue": true, "boulevard": true, "parkway": true, "drive": true, // not "lane": "Drury Lane" the theatre
	"coliseum": true, "colosseum": true,
}

var placeHeads = map[string]bool{
	"tower": true, "gym": true, "stadium": true, "airport": true, "river": true, "lake": true, "mountain": true,
	"mountains": true, "island": true, "islands": true, "street": true, "avenue": true, "road": true, "park": true,
	"bridge": true, "county": true, "province": true, "city": true, "valley": true, "bay": true, "sea": true,
	"ocean": true, "square": true, "canal": true, "desert": true, "peninsula": true, "mount": true, "hills": true,
	"arena": true, "station": true, "harbour": true, "harbor": true, "coast": true, "district": true, "region": true,
	"auditorium": true, "museum": true, "hotel": true, "restaurant": true, "cafe": true, "café": true, "grill": true,
	"theater": true, "theatre": true, "cathedral": true, "mosque": true, "mall": true, "plaza": true, "memorial": true,
	"library": true, "zoo": true, "parish": true, "village": true, "township": true, "borough": true,
	"glacier": true, "reservoir": true, "gulf": true, "lagoon": true, "highway": true, "boulevard": true, "cemetery": true,
	"delta": true, "basin": true, "plateau": true, "coliseum": true, "colosseum": true,
	// not "castle", "strait", "creek", "abbey", "forest": surnames ("William Castle", "George Strait")
	// administrative divisions: "Odessa Oblast", "Aceh Province"
	"oblast": true, "prefecture": true, "canton": true, "governorate": true, "municipality": true, "raion": true,
}

// isHead reports a word that heads names: one headType knows, or an
// institution's ("University", "Gym", "Party").
func isHead(w string) bool {
	lw := strings.ToLower(w)
	_, ok := headType(lw)
	return ok || institutionHeads[lw]
}

// isOrgKind reports an organization's or institution's kind ("union",
// "party", "group"), whatever its case: lower-case forms must be asked
// lower-cased.
func isOrgKind(w string) bool { return institutionHeads[w] || orgHeads[w] }

// headType retypes a name its last word marks as an organization or a
// place; ok is false when the last word says nothing.
func headType(last string) (corpus.FactType, bool) {
	lw := strings.ToLower(last)
	switch {
	case orgHeads[lw]:
		return corpus.FactOrganization, true
	case placeHeads[lw]:
		return corpus.FactLocation, true
	case miscHeads[lw]:
		return corpus.FactMisc, true
	}
	return "", false
}

// marketIndexes are stock market indices that news names alone ("the
// Nikkei fell 2%", "the Dow Jones closed up"): misc, where the tagger
// would take them for people or places. Names of exchanges (Nasdaq, ASX)
// are left to the tagger: they are organizations as often as indices.
var marketIndexes = map[string]bool{
	"Dow Jones": true, "Nikkei": true, "Nikkei 225": true, "Hang Seng": true, "Hang Seng Index": true, "FTSE": true, "FTSE 100": true,
	"DAX": true, "Dax": true, "CAC 40": true, "Bovespa": true, "Sensex": true, "Nifty": true, "Kospi": true,
	"KOSPI": true, "Stoxx": true, "Euro Stoxx": true, "S&P 500": true, "IBEX 35": true, "Ibex": true,
	"Nasdaq Composite": true, "Russell 2000": true, "Stoxx 600": true, "STOXX 600": true, "Euro Stoxx 50": true,
	"Shanghai Composite": true, "Topix": true, "TOPIX": true, "Sensex 30": true, "Nifty 50": true, "ASX 200": true,
	"CSI 300": true, "Straits Times Index": true, "Jakarta Composite": true, "MSCI World": true,
}

// IsMarketIndex reports a stock index's name ("Russell 2000", "FTSE
// 100"): its number is no date.
func IsMarketIndex(name string) bool { return marketIndexes[name] }

// miscHeads end names of events, agreements, laws, awards and stock
// indices: "Davis Cup", "Paris Agreement", "Dow Jones Industrial Average".
var miscHeads = map[string]bool{
	"average": true, "index": true, "composite": true, "cup": true, "championship": true, "championships": true,
	"olympics": true, "games": true, "prize": true, "award": true, "awards": true, "agreement": true, "treaty": true,
	"accord": true, "act": true, "war": true, "festival": true, "open": true, "revolution": true, "uprising": true,
	"rebellion": true, "massacre": true, "protocol": true, "amendment": true, "doctrine": true,
	"summit": true, "tournament": true, "marathon": true, "trophy": true, "medal": true, "series": true, "prix": true,
	"classic": true, "stakes": true,
}

// portfolios are what a minister or secretary is "of": "Minister of
// Defense Hazem Shaalan", "Secretary of State Hillary Clinton".
var portfolios = map[string]bool{
	"defense": true, "defence": true, "finance": true, "foreign": true, "affairs": true, "interior": true,
	"state": true, "health": true, "education": true, "justice": true, "labor": true, "labour": true,
	"trade": true, "energy": true, "agriculture": true, "economy": true, "transport": true, "home": true,
	"industry": true, "information": true, "culture": true, "environment": true, "commerce": true, "war": true,
}

// portfolioPersons cuts the portfolio from a name after "Minister of"
// or "Secretary for": the tagger reads "Defense Hazem Shaalan" as one
// organization; the person is "Hazem Shaalan".
func (d *doc) portfolioPersons() {
	for i, m := range d.ms {
		if m.first < 2 || m.confident || m.typ == corpus.FactPerson {
			continue
		}
		if of := d.toks[m.first-1].Text; of != "of" && of != "for" {
			continue
		}
		if t := strings.ToLower(d.toks[m.first-2].Text); t != "minister" && t != "secretary" {
			continue
		}
		first := m.first
		for first < m.last && portfolios[strings.ToLower(d.toks[first].Text)] {
			first++
		}
		if first == m.first || first == m.last || !startsUpper(d.toks[first].Text) {
			continue // no portfolio, or one name word left: "Secretary of State Rice" stays as tagged; "State [for African Affairs]" is no person
		}
		d.ms[i].first, d.ms[i].typ = first, corpus.FactPerson
		d.set(&d.ms[i])
	}
}

// officeHolders splits the holder from an office the tagger read as one
// organization: "[Air Force] for Acquisition [Darleen Druyun]", of
// "Deputy Undersecretary of the Air Force for Acquisition Darleen
// Druyun". The holder is a known given name and one more capitalised
// word, no common word, at the end, after "for" and the capitalised
// words of a brief; the brief is dropped.
func (d *doc) officeHolders() {
	var holders []mention
	for i, m := range d.ms {
		if m.confident || m.typ != corpus.FactOrganization && m.typ != corpus.FactLocation || m.last-m.first < 4 {
			continue // an award ("Grammy Award for Best Rock Album") is misc
		}
		given, last := m.last-1, strings.ToLower(d.toks[m.last].Text)
		if !d.gaz.hasLower(d.toks[given].Text, GazFirstName) || !startsUpper(d.toks[m.last].Text) || d.gaz.has(last, GazCommon) {
			continue
		}
		of := -1
		for k := given - 2; k > m.first; k-- {
			if d.toks[k].Text == "for" {
				of = k
				break
			}
			if !startsUpper(d.toks[k].Text) {
				break
			}
		}
		if of < 0 {
			continue
		}
		holder := mention{first: given, last: m.last, typ: corpus.FactPerson}
		d.set(&holder)
		holders = append(holders, holder)
		d.ms[i].last = of - 1
		d.set(&d.ms[i])
		if allTitles(d.toks[m.first:of]) { // "Deputy Director for Operations": an office, no organization
			d.ms[i].last = -1
		}
	}
	if holders != nil {
		d.ms = slices.DeleteFunc(d.ms, func(m mention) bool { return m.last < 0 })
		d.ms = append(d.ms, holders...)
		d.sortMentions()
	}
}

// isHonorific reports a title before capitalised words that names a
// person whoever the person is: "Mr. Comey's letter", "the emperor
// Caracalla", "pharaoh Thutmose III". The tagger, which knows names by
// their words, misses a surname it never saw even there. Titles that also
// open other names ("King Kong", "Prince Edward Island", "Governor
// General", "Lord's") are left out. A switch, not a map: every token of
// a document asks.
func isHonorific(w string) bool {
	if len(w) < 2 || len(w) > 9 {
		return false
	}
	switch w {
	case "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Mister", "Sir", "Dame", "Madam", "Monsieur", "Herr",
		"Emperor", "emperor", "Empress", "empress", "Tsar", "tsar", "Czar", "czar", "Pope", "pope", "Pharaoh", "pharaoh",
		"Sultan", "sultan", "Sheikh", "sheikh", "Ayatollah", "ayatollah", "President", "president", "Senator", "senator",
		"Sen.", "Rep.", "Gov.", "Prof", "Prof.":
		return true
	}
	return false
}

// lowerIn reports m[strings.ToLower(w)] without allocating for a short
// ASCII word: rules that look every token up in a small list of
// lower-case words pay no copy for it.
func lowerIn(m map[string]bool, w string) bool {
	var b [16]byte
	return m[string(appendLower(b[:0], w))]
}

// titledNames tags the capitalised words after an honorific a person
// when no name covers them, and retypes a name the tagger gave those
// words, organizations the company list knows aside. The title itself must be written as a title
// ("Dr", not "DR Congo": isHonorific knows no capitals) and stand free
// of any name.
func (d *doc) titledNames() {
	var spans []span
	var cov []int32
	for _, k32 := range d.cues().honorifics {
		k := int(k32)
		w := d.toks[k].Text
		if cov == nil {
			cov = d.coverMask()
		}
		if cov[k] != 0 {
			continue
		}
		if strings.HasPrefix(w, "Dr") && k > 0 && startsUpper(d.toks[k-1].Text) && !d.sentenceStart(k-1) {
			continue // "Garage Doors Dr Services": a drive
		}
		last := k
		// up to three words, the common ones only first ("Dr. Seuss
		// [Video Classics]"); a hyphen's halves are one ("Frank-Walter
		// Steinmeier")
		for j, words := k+1, 0; j < len(d.toks) && words < 3 && !d.lineBreakBefore(j, k); j, words = j+1, words+1 {
			t := d.toks[j].Text
			lt := strings.ToLower(t)
			if startsUpper(t) && hasWordRune(t) && !isHonorific(t) && !months[lt] && !weekdays[lt] && !d.pronounAlone(j) &&
				(j == k+1 || !d.gaz.has(lt, GazCommon) || d.syllableAfter(j-1, j)) { // "Choi Sang-mok": "Sang" is a common word
				last = j
				continue
			}
			if particles[t] && j+1 < len(d.toks) && startsUpper(d.toks[j+1].Text) {
				continue
			}
			if particles[t] && d.gluedHyphen(j+1) && startsUpper(d.toks[j+2].Text) {
				j += 2 // "Abdel-Fattah el-Sissi"
				last = j
				continue
			}
			if last == j-1 && d.gluedHyphen(j) && hasWordRune(d.toks[j+1].Text) {
				j++ // "Ban Ki-moon"
				last = j
				continue
			}
			break
		}
		if last == k {
			continue
		}
		free := true
		for j := k + 1; j <= last; j++ {
			free = free && cov[j] == 0
		}
		if free {
			spans = append(spans, span{k + 1, last, corpus.FactPerson})
			continue
		}
		// a name of those words is the person's ("Ms. Hill", "Emperor
		// Meiji"), unless an organization of more words the company list
		// knows ("Mr. Ford Motor")
		if i := cov[k+1] - 1; i >= 0 {
			m := &d.ms[i]
			if m.first == k+1 && m.last <= last && !m.confident && m.typ != corpus.FactPerson &&
				(m.typ != corpus.FactOrganization || m.first == m.last || !d.gaz.hasLower(d.key(*m), GazCompany)) {
				if _, head := headType(d.toks[m.last].Text); !head {
					m.typ = corpus.FactPerson
				}
			}
		} else if k+2 <= last {
			// the person's first word the tagger left out, a common word:
			// "Governor [Pan] Gongsheng"
			if i := cov[k+2] - 1; i >= 0 && d.ms[i].first == k+2 && d.ms[i].typ == corpus.FactPerson {
				spans = append(spans, span{k + 1, d.ms[i].last, corpus.FactPerson})
			}
		}
	}
	d.tagSpans(spans)
}

// titledOrganizations makes persons of the names of up to four words
// that the tagger called an organization, a place or misc right after a role
// or a kin word in lower case ("opposition leader Raila Odinga",
// "commander Megabazus", "his friend Francisco Franco"): roles and kin
// precede persons ("coach Goran Ivanisevic" was misc). Known companies
// and places, acronyms, names with an institution's head, nationalities
// and names with figures stay.
func (d *doc) titledOrganizations() {
	var persons map[string]bool
	for i, m := range d.ms {
		if w := d.toks[m.first].Text; !m.confident && m.typ != corpus.FactPerson && m.first < m.last && m.last-m.first < 3 &&
			(titleOpensName(w) || militaryRanks[w]) {
			if persons == nil {
				persons = d.personWords()
			}
			if titleOpensName(w) && d.titledName(m.first+1, m.last, persons) || militaryRanks[w] && allIn(d.tokenTexts(m.first+1, m.last), persons) {
				m.typ = corpus.FactPerson
				m.first++ // "[Speaker] Pelosi", which the tagger made an organization
				d.set(&m)
				d.ms[i] = m
				continue
			}
		}
		if m.confident || m.typ == corpus.FactPerson || m.last-m.first > 3 || m.first == 0 {
			continue
		}
		if !isRoleNoun(d.toks[m.first-1].Text) && !kinWords[d.toks[m.first-1].Text] {
			continue
		}
		name := d.key(m)
		if m.typ == corpus.FactMisc && (d.isDemonym(name) || !d.namedWithParticles(m.first, m.last) || strings.ContainsAny(name, "0123456789")) {
			continue // "the Serbian coach"? a nationality or a product is no person
		}
		if m.first == m.last && isAllCaps(name) {
			continue // "party leader ANC"? an acronym names a body
		}
		if d.placeOrCompany(name) || d.hasInstitution(m) {
			continue
		}
		if isHead(d.toks[m.last].Text) {
			continue
		}
		m.typ = corpus.FactPerson
		for m.first < m.last && isTitle(d.toks[m.first].Text) {
			m.first++ // "commander [General] Ratko Mladic"
		}
		d.set(&m)
		d.ms[i] = m
	}
}

// namedWithParticles reports tokens first to last all capitalised but
// for a name's particles inside ("Staffan de Mistura").
func (d *doc) namedWithParticles(first, last int) bool {
	for k := first; k <= last; k++ {
		if (k == first || k == last || !particles[d.toks[k].Text]) && !d.allNamed(k, k) {
			return false
		}
	}
	return true
}

// titleOpensName reports a capitalised title that only a person's name
// follows: "Speaker Pelosi", "President Obama"; not "Supreme Court" nor
// "State Department", whose first words titleWords holds too.
// militaryRanks open an organization's name as often as a person's
// ("General Motors", "Colonel Sanders"): the name after one is a
// person's only where the article names that person in full ("General
// Abacha" beside "Sani Abacha").
var militaryRanks = map[string]bool{"General": true, "Gen.": true, "Colonel": true, "Col.": true, "Admiral": true, "Adm.": true, "Major": true, "Captain": true}

// allIn reports every word in set.
func allIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if !set[w] {
			return false
		}
	}
	return true
}

func titleOpensName(w string) bool {
	return startsUpper(w) && (personTitles[strings.ToLower(w)] || w == "Speaker")
}

// titledName reports words first to last after a title as a person's
// name: the words of a person named elsewhere in the document (persons,
// from personWords), or given names and surnames no list knows as a
// place, company or common word.
func (d *doc) titledName(first, last int, persons map[string]bool) bool {
	if isHead(d.toks[last].Text) {
		return false
	}
	for k := first; k <= last; k++ {
		w := d.toks[k].Text
		if !startsUpper(w) || isAllCaps(w) {
			return false
		}
		if lists := d.gaz.inLists(strings.ToLower(w)); !persons[w] && (lists&(1<<GazFirstName|1<<GazSurname) == 0 || lists&(1<<GazCommon) != 0) {
			return false
		}
	}
	return !d.placeOrCompany(d.text[d.toks[first].Start:d.toks[last].End])
}

// personWords returns the words of the document's persons.
func (d *doc) personWords() map[string]bool {
	out := map[string]bool{}
	for _, m := range d.ms {
		if m.typ == corpus.FactPerson {
			for k := m.first; k <= m.last; k++ {
				out[d.toks[k].Text] = true
			}
		}
	}
	return out
}

// kinNames tags as persons the untagged capitalised words after a kin
// word in lower case ("their daughter Cecily married", "his nephew
// Rastiz who"): the tagger misses a given name it never saw. Common
// words, known places and companies stay.
func (d *doc) kinNames() {
	var spans []span
	var cov []int32
	for _, k32 := range d.cues().capitals {
		k := int(k32)
		if k == 0 || !namingKin(d.toks[k-1].Text) {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		last := d.freeCapitalsFrom(k, cov)
		name := d.text[d.toks[k].Start:d.toks[last].End]
		lw := strings.ToLower(d.toks[k].Text)
		if cov[k] != 0 || d.gaz.has(lw, GazCommon) || d.dateWord(k) || isTitle(d.toks[k].Text) || d.placeOrCompany(name) ||
			isHead(d.toks[last].Text) {
			continue
		}
		spans = append(spans, span{k, last, corpus.FactPerson})
	}
	d.tagSpans(spans)
}

// kinOfNames makes persons of the names after a kin noun and "of" ("a
// direct descendant of Tokugawa Ieyasu", "the daughter of Jacques
// Necker"): untagged capitalised words, or a place or organization the
// tagger found. Known places and companies and names a head word ends
// stay ("the son of a Bank of England clerk" has no name there).
func (d *doc) kinOfNames() {
	var spans []span
	var cov []int32
	for _, k32 := range d.cues().capitals {
		k := int(k32)
		if k < 2 || d.toks[k-1].Text != "of" || !kinOf[d.toks[k-2].Text] {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		last, tagged, ok := d.retypableAt(k, cov, corpus.FactLocation, corpus.FactOrganization)
		if !ok {
			continue
		}
		if !tagged {
			last = d.freeCapitalsFrom(k, cov)
		}
		name := d.text[d.toks[k].Start:d.toks[last].End]
		if k == last && d.gaz.hasLower(name, GazCommon) || d.placeOrCompany(name) ||
			isHead(d.toks[d.head(k, last)].Text) || d.nationalityWord(d.toks[k].Text) || d.hyphenGlued(k, last) ||
			slices.ContainsFunc(d.toks[k:last+1], func(t token.Token) bool { return isTitle(t.Text) }) {
			continue // "the daughter of Republican nominee", "widow of Jamaican-born", "brother of Vice President"
		}
		spans = append(spans, span{k, last, corpus.FactPerson})
	}
	d.tagSpans(spans)
}

// retypableAt returns the last token of the mention opening at token k
// (cov is a coverMask) when no rule is sure of it and its type is one of
// types: a name a rule may retype. tagged is false where no mention
// covers k; ok is false where one covers k otherwise.
func (d *doc) retypableAt(k int, cov []int32, types ...corpus.FactType) (last int, tagged, ok bool) {
	i := cov[k] - 1
	if i < 0 {
		return k, false, true
	}
	m := d.ms[i]
	if m.first != k || m.confident || !slices.Contains(types, m.typ) {
		return 0, true, false
	}
	return m.last, true, true
}

// kinOf are the kin nouns "of" a person follows: "the son of".
var kinOf = map[string]bool{
	"son": true, "daughter": true, "wife": true, "husband": true, "widow": true, "brother": true, "sister": true,
	"father": true, "mother": true, "grandson": true, "granddaughter": true, "nephew": true, "niece": true,
	"cousin": true, "descendant": true, "descendants": true, "sons": true, "daughters": true, "heir": true,
}

// reflexivePersons makes persons of the names "himself" or "herself"
// follows ("Wintour herself appears"), or a kin word after a possessive
// ("Ambassador Samir Sumaidaie's cousin", without the title): untagged
// capitalised words (not a gerund: "Cloaking himself in"), or a place or
// organization the tagger found (not a work: "wrote the Chanson
// himself"). Known places and companies stay.
func (d *doc) reflexivePersons() {
	var spans []span
	var cov []int32
	for _, k32 := range d.cues().reflexives {
		k := int(k32)
		if cov == nil {
			cov = d.coverMask()
		}
		first := k - 1
		if i := cov[k-1] - 1; i >= 0 {
			m := d.ms[i]
			if m.last != k-1 || m.confident || m.typ == corpus.FactPerson || m.typ == corpus.FactMisc {
				continue // "wrote the Chanson des Chétifs himself"
			}
			first = m.first
		} else if first = d.nameRunBefore(k); first == k || first == k-1 && strings.HasSuffix(d.toks[first].Text, "ing") {
			continue // "Cloaking himself in"
		}
		for first < k-1 && isTitle(d.toks[first].Text) {
			first++ // "Ambassador Samir Sumaidaie's cousin"
		}
		name := d.text[d.toks[first].Start:d.toks[k-1].End]
		if first == k-1 && d.gaz.hasLower(name, GazCommon) || d.placeOrCompany(name) {
			continue
		}
		spans = append(spans, span{first, k - 1, corpus.FactPerson})
	}
	d.tagSpans(spans)
}

// kinAfterPossessive reports a possessive at token k before a kin word:
// "Asghari's wife", "Obama's father".
func (d *doc) kinAfterPossessive(k int) bool {
	t := d.toks[k].Text
	return (t == "'s" || t == "’s") && k+1 < len(d.toks) && namingKin(d.toks[k+1].Text)
}

// namingKin reports a kin word that names a person after it: not
// "friend", which hails as often ("friend Libra", of a horoscope).
func namingKin(w string) bool { return kinWords[w] && w != "friend" }

// freeCapitalsFrom returns the last of up to three spaced capitalised
// words from token k that no mention covers after k.
func (d *doc) freeCapitalsFrom(k int, cov []int32) int {
	last := k
	for last+1 < len(d.toks) && last < k+2 && cov[last+1] == 0 && startsUpper(d.toks[last+1].Text) && d.spaced(last) {
		last++
	}
	return last
}

// isRoleNoun reports a role written in lower case before a person's
// name: "opposition leader Raila Odinga", "finance minister X".
func isRoleNoun(w string) bool {
	switch w {
	case "leader", "minister", "president", "chairman", "chairwoman", "spokesman", "spokeswoman", "secretary",
		"director", "governor", "senator", "ambassador", "envoy", "commander", "coach", "premier", "mayor",
		"negotiator", "counterpart", "deputy", "chair", "administrator", "commissioner",
		// occupations before a name: "property tycoon Truong My Lan"
		"tycoon", "billionaire", "magnate", "businessman", "businesswoman", "entrepreneur", "activist", "actor",
		"actress", "singer", "rapper", "novelist", "lawyer",
		// players' positions: "Juventus striker Alessandro Del Piero"
		"striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "playmaker", "captain":
		return true
	}
	return false
}

// pronounAlone reports a pronoun or a determiner at token j that no
// capitalised word follows: "opposed Hun Sen. He won" has no name after
// the title "Sen.", where "Vice Minister He Yafei" has.
func (d *doc) pronounAlone(j int) bool {
	t := d.toks[j].Text
	if !lowerIn(pronouns, t) && !isDeterminer(t) {
		return false
	}
	return j+1 >= len(d.toks) || !startsUpper(d.toks[j+1].Text) || !d.spaced(j)
}
