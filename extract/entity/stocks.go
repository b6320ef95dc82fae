package entity

import (
	"slices"
	"strings"

	"tidings/corpus"
	"tidings/extract/token"
)

// marketVerbs follow "X shares" when X is a listed company: "Sandoz shares
// rose"; "Smith shares his view" is a person sharing.
var marketVerbs = map[string]bool{
	"rose": true, "fell": true, "gained": true, "lost": true, "jumped": true, "dropped": true, "slipped": true,
	"climbed": true, "closed": true, "ended": true, "were": true, "added": true, "eased": true, "firmed": true,
	"surged": true, "plunged": true, "tumbled": true, "traded": true, "rallied": true, "edged": true, "slid": true,
	"soared": true, "sank": true, "dipped": true, "rise": true, "fall": true, "rose,": true, "have": true, "had": true,
	"gain": true, "hit": true, "opened": true, "finished": true, "recovered": true, "slumped": true, "advanced": true,
}

// companyDescriptors are the nouns news sets before a company's bare
// name: "automaker Ford", "drugmaker Roche", "retailer Dell".
var companyDescriptors = map[string]bool{
	"manufacturer": true, "maker": true, "automaker": true, "carmaker": true, "chipmaker": true, "drugmaker": true,
	"steelmaker": true, "planemaker": true, "company": true, "firm": true, "retailer": true, "airline": true,
	"insurer": true, "conglomerate": true, "lender": true, "brewer": true, "publisher": true, "broadcaster": true,
	"miner": true, "refiner": true, "wholesaler": true, "subsidiary": true, "bank": true,
	"startup": true, "start-up": true, "giant": true, "carrier": true, "operator": true, "provider": true,
	"supplier": true, "producer": true, "developer": true, "chain": true, "rival": true, "regulator": true, "watchdog": true,
	"fund": true, "exchange": true,
}

// companyEvidence makes organizations of the names the document shows to
// be companies: a name before "shares" and a market verb ("Sandoz shares
// rose"), after "shares of", "shares in" or "stake in" ("shares in
// Hoechst"), after a company noun ("automaker Ford"), defined by one
// ("Ford is the world's third-largest automaker") or an acronym
// employing a person ("ANA senior vice president Mitsuo Morimoto"). Every mention
// of the name that the tagger called a person becomes an organization,
// and the name where it is untagged there is tagged; known places are
// markets ("Tokyo shares fell") and stay.
func (d *doc) companyEvidence() {
	var listed map[string]bool
	var at []int
	for i := range d.toks {
		k := d.listedAt(i)
		if k < 0 {
			k = d.describedAt(i)
		}
		if k < 0 {
			k = d.definedAt(i)
		}
		if k < 0 {
			k = d.staffedAt(i)
		}
		if k >= 0 {
			if listed == nil {
				listed = map[string]bool{}
			}
			listed[d.toks[k].Text] = true
			at = append(at, k)
		}
	}
	if listed == nil {
		return
	}
	for i, m := range d.ms {
		if m.first == m.last && listed[d.toks[m.first].Text] && (m.typ == corpus.FactPerson || m.typ == corpus.FactLocation && slices.Contains(at, m.first)) {
			d.ms[i].typ, d.ms[i].confident = corpus.FactOrganization, true
		}
	}
	for _, k := range at {
		if d.typeOf(k) == "" { // the others are found again by propagate
			d.addTaken(mention{first: k, last: k, typ: corpus.FactOrganization, confident: true})
		}
	}
}

// listedAt returns the token of a company name that token i shows to be
// listed ("shares" after it, "shares of" before it), or -1. The name is
// one capitalised word, no known place, nationality or common word.
func (d *doc) listedAt(i int) int {
	shares := d.sharesAt(i)
	if !shares && d.toks[i].Text != "stake" {
		return -1
	}
	k := -1
	switch {
	case shares && i > 0 && i+1 < len(d.toks) && marketVerbs[d.toks[i+1].Text]:
		k = i - 1
	case i+2 < len(d.toks) && (d.toks[i+1].Text == "of" && shares || d.toks[i+1].Text == "in"):
		k = i + 2
		if k+1 < len(d.toks) && startsUpper(d.toks[k+1].Text) && d.spaced(k) {
			return -1 // "shares in Royal Dutch": more than one word
		}
	default:
		return -1
	}
	// A common word capitalised after "shares of" is a company all the
	// same ("shares of Alphabet"), not before "shares" ("Energy shares
	// rose" is a sector).
	if !d.companyNamed(k, false, k > i) {
		return -1
	}
	return k
}

// sharesAt reports the word "shares" at token i, capitalised only where
// it opens a sentence ("Shares of Alphabet rose").
func (d *doc) sharesAt(i int) bool {
	w := d.toks[i].Text
	return w == "shares" || w == "Shares" && d.sentenceStart(i)
}

// staffedAt returns token i when it is an acronym before a role in
// lower case and a person's name, or -1: "ANA senior vice president
// Mitsuo Morimoto", "NASA spokesman Allard Beutel", or a word before a
// role only a company has ("Binance founder Changpeng Zhao"). It
// employs the person; a country's ("US envoy") is left to the tagger.
// The role in lower case keeps lines in capitals out.
func (d *doc) staffedAt(i int) int {
	w := d.toks[i].Text
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return -1
	}
	// the role may be capitalised as an office ("Nvidia Chief Executive
	// Jensen Huang", "WTO Director-General Ngozi Okonjo-Iweala"), but not
	// on a line in capitals
	n := len(d.toks)
	if i+1 >= n || startsUpper(d.toks[i+1].Text) && !d.spaced(i) {
		return -1
	}
	j := i + 1
	for j+1 < n && lowerIn(roleModifiers, d.toks[j].Text) && !(lowerIn(companyRoles, d.toks[j].Text) && startsUpper(d.toks[j+1].Text)) {
		j++ // "senior vice president"; "Chief Executive" ends at the role
	}
	if j+2 < n && d.gluedHyphen(j+1) && d.toks[j+2].Text == "General" {
		j += 2 // "Director-General"
	}
	chiefOfficer := false // "JPMorgan Chief Financial Officer Jeremy Barnum": a company's officer
	if i+3 < n && strings.EqualFold(d.toks[i+1].Text, "chief") && strings.EqualFold(d.toks[i+3].Text, "officer") && hasLetter(d.toks[i+2].Text) {
		j, chiefOfficer = i+3, true
	}
	if j+1 >= n || !startsUpper(d.toks[j+1].Text) {
		return -1
	}
	// a word not in capitals employs the person only in a role that
	// only a company has: "Binance founder Changpeng Zhao" ("Texas
	// governor" is a place's); not an institution's kind alone
	// ("Ministry spokesman")
	role := d.toks[j].Text
	if role == "General" && j > i+1 {
		role = d.toks[j-2].Text
	}
	acronym := len(w) <= 5 && isAllCaps(w)
	var b [16]byte
	lrole := string(appendLower(b[:0], role)) // no allocation: the map lookups copy nothing
	if !(acronym && isRoleNoun(lrole) || !acronym && companyRoles[lrole] || chiefOfficer) || startsUpper(role) && d.onCapsLine(j) ||
		isTitle(w) || officeWord(w) || !d.companyWord(i, false) { // "[Chief] Executive ..." is the office's own word
		return -1
	}
	var c [32]byte
	if lw := string(appendLower(c[:0], w)); !acronym && (d.isDemonym(w) || d.gaz.has(lw, GazFirstName) || isOrgKind(lw)) {
		return -1
	}
	// a capitalised role must be a person's: a given name or a person
	// after it ("Unitary Executive Theory" is none)
	if next := d.toks[j+1].Text; startsUpper(role) && !d.gaz.has(string(appendLower(c[:0], next)), GazFirstName) && d.typeOf(j+1) != corpus.FactPerson {
		return -1
	}
	return i
}

// companyRoles are the roles only a company has: "Kraken co-founder
// Jesse Powell", "Binance founder Changpeng Zhao".
var companyRoles = map[string]bool{
	"founder": true, "co-founder": true, "cofounder": true, "ceo": true, "executive": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "chairman": true, "chairwoman": true, "boss": true, "analyst": true, "economist": true,
	"strategist": true,
}

// roleModifiers come before a role noun: "senior vice president".
var roleModifiers = map[string]bool{
	"senior": true, "executive": true, "vice": true, "chief": true, "assistant": true, "special": true,
	"acting": true, "regional": true, "managing": true, "general": true, "former": true,
}

// describedAt returns the token after company noun i ("automaker
// Ford"), or -1, when it is a lone capitalised word as companyWord wants,
// a town's name included (Ford is one in England). The noun must be in
// lower case (or open a sentence: describes), the word whole ("retailer
// Wal-Mart" is left to the tagger)
// and no given name or surname unless a known company ("company Ramirez
// built", but "automaker Ford").
func (d *doc) describedAt(i int) int {
	k := i + 1
	if k >= len(d.toks) || !startsUpper(d.toks[k].Text) || !d.describes(i) || !d.spaced(i) ||
		k+1 < len(d.toks) && (startsUpper(d.toks[k+1].Text) && d.spaced(k) || !d.spaced(k) && !nameEnders[d.toks[k+1].Text]) {
		return -1
	}
	// a nationality or a creed describes the next noun: "rival Islamist groups"
	if lw := strings.ToLower(d.toks[k].Text); (d.gaz.has(lw, GazFirstName) || d.gaz.has(lw, GazSurname)) && !d.gaz.has(lw, GazCompany) ||
		!d.companyWord(k, true) || strings.HasSuffix(lw, "ist") || d.isDemonym(d.toks[k].Text) {
		return -1
	}
	return k
}

// speakingCompanies makes organizations of the misc names that speak as
// companies do, ending in a company's or an industry's word or opening
// with a known company: "Samsung Electronics said on Tuesday it would
// buy back shares" (the tagger read a product line). Products and
// events say nothing; a nationality ("an Israeli said") stays.
func (d *doc) speakingCompanies() {
	for i, m := range d.ms {
		next := m.last + 1
		if m.typ != corpus.FactMisc || m.confident || next >= len(d.toks) || !isSpeechVerb(d.toks[next].Text) && d.toks[next].Text != "announced" {
			continue
		}
		w := d.words(m)
		last := strings.ToLower(w[len(w)-1])
		if d.isDemonym(w[0]) || !d.allNamed(m.first, m.last) ||
			!companyTails[last] && !industryTails[last] && !(len(w) > 1 && d.gaz.hasLower(w[0], GazCompany) && !d.isKnownPlace(w[0])) {
			continue
		}
		d.ms[i].typ = corpus.FactOrganization
	}
}

// ownedAt reports a lone name at token i that a company owns: "Ticketmaster,
// owned by Live Nation Entertainment, faced". Persons are owned by no
// one; a place may be ("Greenland, owned by Denmark"), so the owner must be an
// organization and the name no town.
func (d *doc) ownedAt(i int) bool {
	if i+4 >= len(d.toks) || d.toks[i+1].Text != "," || d.toks[i+3].Text != "by" || !startsUpper(d.toks[i+4].Text) ||
		i > 0 && startsUpper(d.toks[i-1].Text) && !d.sentenceStart(i) {
		return false
	}
	switch d.toks[i+2].Text {
	case "owned", "acquired", "bought", "controlled":
	default:
		return false
	}
	return d.typeOf(i+4) == corpus.FactOrganization && d.companyWord(i, false)
}

// describes reports a company noun at token i: in lower case, or
// capitalised opening a sentence when it opens no company's name
// ("Regulator Ofwat fined").
func (d *doc) describes(i int) bool {
	w := d.toks[i].Text
	if w == "firm" && i > 0 && firmAdjectiveBefore[d.toks[i-1].Text] {
		return false // the adjective: "the soft-spoken but firm Tegnell"
	}
	return companyDescriptors[w] || startsUpper(w) && d.openingDescriptorAt(i)
}

// firmAdjectiveBefore are the words before "firm" that make it the
// adjective, not the company noun.
var firmAdjectiveBefore = map[string]bool{
	"but": true, "and": true, "yet": true, "very": true, "so": true, "too": true, "as": true,
	"is": true, "was": true, "remained": true, "stayed": true, "stood": true,
}

// definedAt returns token i when it is a lone capitalised name that the
// text defines as a company, or -1: "Ford is the world's third-largest
// automaker", "Sabena, a state-owned airline," (the company noun heads
// the phrase: not "Smith, a company spokesman"), or says a company owns.
func (d *doc) definedAt(i int) int {
	n := len(d.toks)
	if i+4 >= n || !startsUpper(d.toks[i].Text) {
		return -1
	}
	if i >= 2 && startsUpper(d.toks[i-2].Text) {
		if before := d.toks[i-1].Text; capsConnectors[before] || before == "without" || before == "for" {
			return -1 // the end of a longer name: "Reporters without Borders, a press watchdog"
		}
	}
	switch d.toks[i+1].Text {
	case "is", "was", ",":
	default:
		return -1
	}
	if d.stateAfterTown(i) {
		return -1 // "Dorr Inc., Albany, Kent, a maker of tools"
	}
	if d.ownedAt(i) {
		return i
	}
	if !isArticle(d.toks[i+2].Text) {
		return -1
	}
	for j := i + 3; j < n-1 && j <= i+9; j++ {
		w := d.toks[j].Text
		if companyDescriptors[w] {
			switch next := d.toks[j+1].Text; next {
			case ".", ",", ";", "and", "that", "which", "with", "based", "in", "since", "whose", "of":
				if d.companyWord(i, true) {
					return i
				}
			}
			return -1
		}
		if w != "'s" && w != "’s" && w != "-" && !hasLetter(w) && !startsDigitOr(w, "") {
			return -1 // the phrase ended without a company noun
		}
	}
	return -1
}

// nameEnders may follow a name with no space between.
var nameEnders = map[string]bool{",": true, ".": true, ";": true, ":": true, ")": true, "'s": true, "’s": true, "'": true, "’": true, "\"": true, "?": true, "!": true}

// companyWord says whether token k can be a company's one-word name: a
// capitalised word that is no known place (with townOK, no country or
// region), nationality, month, weekday or common word, and not the end of
// a longer capitalised run.
func (d *doc) companyWord(k int, townOK bool) bool { return d.companyNamed(k, townOK, false) }

// companyNamed is companyWord, a common word allowed with commonOK.
func (d *doc) companyNamed(k int, townOK, commonOK bool) bool {
	w := d.toks[k].Text
	// a capitalised word before it makes a longer name, unless a
	// sentence-opening company noun ("Regulator Ofwat")
	if !startsUpper(w) || isAllCaps(w) && len(w) <= 1 || k > 0 && startsUpper(d.toks[k-1].Text) && d.spaced(k-1) && !d.sentenceStart(k) && !d.describes(k-1) {
		return false
	}
	var b [32]byte
	lw := appendLower(b[:0], w) // one lookup of the lists, without allocating
	lists := d.gaz.inLists(string(lw))
	if months[string(lw)] || weekdays[string(lw)] || lists&(1<<GazCountry|1<<GazRegion) != 0 ||
		!townOK && lists&(1<<GazCity) != 0 || !commonOK && lists&(1<<GazCommon) != 0 {
		return false
	}
	typ := d.typeOf(k)
	return typ != corpus.FactMisc && (typ != corpus.FactLocation || townOK)
}

// oilGrades are benchmark crudes that read as names: "Brent" is a given
// name to the tagger.
var oilGrades = map[string]bool{"Brent": true, "WTI": true, "West Texas Intermediate": true, "U.S. West Texas Intermediate": true}

// oilWords follow a crude's name: "Brent crude", "the Brent contract".
var oilWords = map[string]bool{
	"crude": true, "oil": true, "futures": true, "contract": true, "contracts": true, "prices": true, "price": true,
	"benchmark": true, "blend": true, "Crude": true, "(": true,
}

// crudeGrades makes misc names of the benchmark crudes before an oil
// word: "Brent crude rose", "U.S. West Texas Intermediate (WTI) crude",
// not the persons or companies the tagger took them for.
func (d *doc) crudeGrades() {
	for i, m := range d.ms {
		if m.confident || m.typ == corpus.FactMisc || m.last+1 >= len(d.toks) || !oilGrades[d.key(m)] {
			continue
		}
		if next := d.toks[m.last+1].Text; oilWords[next] && (next != "(" || d.key(m) != "WTI") {
			d.ms[i].typ = corpus.FactMisc
		}
	}
}

// currencyNames drops the British pound written "Sterling", which the
// tagger takes for a person, where a market moves it ("Sterling fell
// 0.3%", "Sterling, which has lost 5% this year, rose against the
// dollar") unless a person of the document is so named ("Raheem
// Sterling ... Sterling scored").
func (d *doc) currencyNames() {
	var named map[string]bool
	kept := d.ms[:0]
	for _, m := range d.ms {
		if m.typ == corpus.FactPerson && m.first == m.last && d.toks[m.first].Text == "Sterling" && d.marketAfter(m.last) {
			if named == nil {
				named = d.fullNameWords()
			}
			if !named["Sterling"] {
				continue
			}
		}
		kept = append(kept, m)
	}
	d.ms = kept
}

// marketAfter reports a market's words within the few tokens after token
// k: a market verb, a percentage, a currency.
func (d *doc) marketAfter(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+8; j++ {
		switch w := d.toks[j].Text; {
		case marketVerbs[w] || w == "%" || w == "against" || w == "dollar" || w == "euro" || w == "yen" || strings.HasSuffix(w, "%"):
			return true
		case w == "." || isSpeechVerb(w):
			return false
		}
	}
	return false
}

// typeOf returns the type of the mention covering token k, or "".
func (d *doc) typeOf(k int) corpus.FactType {
	for _, m := range d.ms {
		if m.first <= k && k <= m.last {
			return m.typ
		}
	}
	return ""
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// stockLists makes organizations of the names in a market report's list:
// "Olivetti, Pirelli and Montedison fell in Milan", "Elsevier and Akzo
// Nobel shares fell 2 percent". The list of capitalised names (each of
// one to three words, joined by commas and "and") must be followed by
// "shares" or not, a market verb, and a number or "in" and a known place.
// A place or nation in it is an index or a market ("Tokyo fell 2
// percent") and stays; so do misc names, names opening with a given
// name or a common word, and single letters ("I fell 5 feet"), but after
// "shares of", where only a nationality stays ("Shares of Tata Motors
// and Titan rose"); before "shares" a misc name of two words but a
// nationality is a company too ("Samsung Electronics and SK Hynix shares
// fell"; not "European shares", "South Korean shares").
func (d *doc) stockLists() {
	added := false
	for v := 1; v+1 < len(d.toks); v++ {
		if !listVerbs[d.toks[v].Text] || !d.marketTail(v+1) {
			continue
		}
		end := v - 1
		sharesAfter := d.toks[end].Text == "shares" // "Samsung Electronics and SK Hynix shares fell"
		if sharesAfter {
			end--
		}
		runs := d.nameList(end)
		if len(runs) == 0 || d.overhangs(runs[len(runs)-1][0], runs[0][1]) {
			continue // a name runs into the list from outside
		}
		// after "shares of" a person's name is a company's ("Shares of
		// Navient and Sallie Mae rose")
		shares := d.sharesOf(runs[len(runs)-1][0] - 1)
		for _, r := range runs {
			words := d.tokenTexts(r[0], r[1])
			if !shares && len(words) == 1 && d.fullNameWords()[words[0]] {
				continue // a person the article names in full: "Buttigieg surged in Iowa"
			}
			if d.isKnownPlace(strings.Join(words, " ")) || d.isNation(words) || !shares && d.personRun(r[0], r[1]) ||
				d.isDemonym(words[len(words)-1]) || d.isDemonym(strings.Join(words, " ")) || // "European shares fell"
				d.typeOf(r[0]) == corpus.FactMisc && !(shares && !d.isDemonym(words[0]) || sharesAfter && d.companyMisc(words)) || !shares && d.gaz.hasLower(words[0], GazCommon) || pronouns[strings.ToLower(words[0])] ||
				len(words[0]) < 2 || marketIndexes[strings.Join(words, " ")] || marketWords[words[0]] || lowerIn(sentenceAdverbs, words[0]) {
				continue
			}
			d.tagSpan(r[0], r[1], corpus.FactOrganization)
			added = true
		}
	}
	if added {
		d.sortMentions()
	}
}

// companyMisc reports a misc name of two words or more that names no
// nationality: "Samsung Electronics", not "South Korean".
func (d *doc) companyMisc(words []string) bool {
	return len(words) >= 2 && !d.isDemonym(strings.Join(words, " ")) && !d.isDemonym(words[len(words)-1])
}

// marketTail reports what follows a market verb at token k: a number
// ("2 percent", "5 cents", "1.5", "about 2%", "as much as 20%", "more
// than 3%") or "in" and a known place.
func (d *doc) marketTail(k int) bool {
	if k < len(d.toks) && approximators[d.toks[k].Text] {
		k++
	} else if k+2 < len(d.toks) && d.toks[k].Text == "as" && d.toks[k+2].Text == "as" {
		k += 3 // "as much as", "as high as"
	} else if k+1 < len(d.toks) && (d.toks[k+1].Text == "than" || d.toks[k].Text == "up" && d.toks[k+1].Text == "to") {
		k += 2 // "more than", "less than", "up to"
	}
	if k >= len(d.toks) {
		return false
	}
	w := d.toks[k].Text
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return w == "in" && k+1 < len(d.toks) && d.isKnownPlace(d.toks[k+1].Text)
}

// sentenceAdverbs open a sentence before a comma, where a list's first
// name would stand: "However, GDP plunged nearly 15%". The common words'
// list misses them: the training text mostly writes them capitalised.
var sentenceAdverbs = map[string]bool{
	"however": true, "meanwhile": true, "separately": true, "elsewhere": true, "overall": true, "nevertheless": true,
	"moreover": true, "still": true, "instead": true, "yet": true, "today": true, "yesterday": true,
}

// approximators come before a market move's figure: "rose about 2%".
var approximators = map[string]bool{"about": true, "nearly": true, "almost": true, "around": true, "roughly": true, "some": true, "over": true}

// sharesOf reports "shares of" or "shares in" ending at token k: "Shares
// in Severn Trent and United Utilities rose 2%".
func (d *doc) sharesOf(k int) bool {
	return k >= 1 && (d.toks[k].Text == "of" || d.toks[k].Text == "in") && d.sharesAt(k-1)
}

// nameList returns the names of a list ending at token end, read
// backwards: runs of one to three capitalised words joined by "," and
// "and". It returns nothing when the list does not open a clause (after
// a lower-case word other than "while", "and", "but") or follow "shares
// of".
func (d *doc) nameList(end int) [][2]int {
	var runs [][2]int
	k := end
	for k >= 0 {
		last, words := k, 0
		for k >= 0 && words < 3 && startsUpper(d.toks[k].Text) && d.toks[k].Text != "The" {
			k--
			words++
			if k >= 1 && d.joinedByHyphen(k) {
				k-- // "Saab-Scania", "Rolls-Royce": one word
			}
		}
		if k == last {
			return nil
		}
		runs = append(runs, [2]int{k + 1, last})
		if k < 0 {
			break
		}
		if t := d.toks[k].Text; t == "," || t == "and" {
			k--
			continue
		}
		break
	}
	if k >= 0 && !d.sentenceStart(k+1) && !clauseOpeners[d.toks[k].Text] && !d.sharesOf(k) {
		return nil
	}
	return runs
}

// listVerbs are the market verbs a price moves by: not "had" or "lost"
// ("We had 5 kids").
var listVerbs = map[string]bool{
	"rose": true, "fell": true, "gained": true, "jumped": true, "dropped": true, "slipped": true, "climbed": true,
	"eased": true, "firmed": true, "surged": true, "plunged": true, "tumbled": true, "rallied": true, "slid": true,
	"soared": true, "sank": true, "dipped": true, "advanced": true, "slumped": true, "declined": true,
}

// marketWords are what else rises and falls in a market report:
// indicators, currencies, bonds, crude grades, indices named short.
var marketWords = map[string]bool{
	"GDP": true, "GNP": true, "CPI": true, "PPI": true, "PMI": true, "RPI": true, "HICP": true, "ISM": true,
	"M1": true, "M2": true, "M3": true, "Sterling": true, "Dow": true, "Nasdaq": true, "Bund": true, "Bunds": true,
	"Treasuries": true, "Gilts": true, "Brent": true, "WTI": true, "Nymex": true, "Comex": true, "Gold": true,
	"Silver": true, "Copper": true, "Yen": true, "Euro": true, "Mark": true, "Franc": true, "Lira": true,
}

var clauseOpeners = map[string]bool{"while": true, "and": true, "but": true, "as": true, "whereas": true, "The": true, "the": true}

// isMarketJob reports the people financial news quotes "at" the firm
// they work for: "analysts at Goldman Sachs", "an economist at Nomura".
func isMarketJob(w string) bool {
	switch w {
	case "analyst", "analysts", "economist", "economists", "strategist", "strategists", "dealer", "dealers",
		"trader", "traders", "broker", "brokers", "banker", "bankers":
		return true
	}
	return false
}

// employers makes organizations of the capitalised names after "at",
// "for", "from" or "with" that follow a market job, and of the others a
// list joins ("analysts at Goldman Sachs and Kleinwort Benson",
// "economists at Commerzbank, ING and Pictet Wealth Management",
// "a strategist for Miller Tabak": the tagger read both as persons).
// Known places stay ("dealers at London banks", "analysts from Europe"),
// but for towns named like firms ("analysts at Bernstein").
func (d *doc) employers() {
	var spans []span
	var cov []int32
	for _, k32 := range d.cues().employers {
		k := int(k32)
		if !isMarketJob(strings.ToLower(d.toks[k-1].Text)) {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		for first := k + 1; first < len(d.toks); {
			last := d.capitalRun(first)
			if last < first {
				break
			}
			name := d.text[d.toks[first].Start:d.toks[last].End]
			if (!d.isKnownPlace(name) || d.firmNamedLikeTown(first, last)) && !d.isDemonym(name) {
				if i := cov[first] - 1; i >= 0 && d.ms[i].first == first && d.ms[i].last == last {
					if !d.ms[i].confident && d.ms[i].typ != corpus.FactMisc {
						d.ms[i].typ = corpus.FactOrganization
					}
				} else if cov[first] == 0 && cov[last] == 0 || d.namesWithin(cov, first, last) ||
					i >= 0 && d.ms[i].first == first && d.ms[i].last > last+1 && d.toks[last+1].Text == "and" && !d.ms[i].confident {
					// the tagger's one name over "and" is two firms: "Economists
					// at [Nomura] and [Capital Economics]"; tagSpans keeps the rest
					spans = append(spans, span{first, last, corpus.FactOrganization})
				}
			}
			if last+2 >= len(d.toks) || d.toks[last+1].Text != "and" && d.toks[last+1].Text != "," {
				break
			}
			comma := d.toks[last+1].Text == ","
			first = last + 2
			if comma && d.toks[first].Text == "and" && first+1 < len(d.toks) {
				first++ // "Commerzbank, ING, and Pictet"
			} else if comma {
				// a comma goes on a list only where "and" or another comma
				// follows the next name: "at Jefferies, John Smith said" ends
				if next := d.capitalRun(first); next < first || next+1 >= len(d.toks) || d.toks[next+1].Text != "," && d.toks[next+1].Text != "and" {
					break
				}
			}
		}
	}
	d.tagSpans(spans)
}

// namesWithin reports tokens first..last covered by two names or more of
// the tagger's, none reaching beyond them nor typed by a rule: the
// tagger's pieces of one firm's name ("UOB" and the person "Kay Hian" of
// "analysts at UOB Kay Hian").
func (d *doc) namesWithin(cov []int32, first, last int) bool {
	n, prev := 0, int32(0)
	for k := first; k <= last; k++ {
		c := cov[k]
		if c == 0 || c == prev {
			continue
		}
		m := d.ms[c-1]
		if m.first < first || m.last > last || m.confident {
			return false
		}
		n, prev = n+1, c
	}
	return n >= 2
}

// firmNamedLikeTown reports one word that names a town and also a
// surname or a company, and no country or region: "analysts at
// Bernstein" (a town of the lists) work for the firm; "dealers at London
// banks" stay in the city.
func (d *doc) firmNamedLikeTown(first, last int) bool {
	if first != last {
		return false
	}
	if next := last + 1; next < len(d.toks) && isLowerWord(d.toks[next].Text) && !isSpeechVerb(d.toks[next].Text) && !firmFollowers[d.toks[next].Text] {
		return false // "London banks": the town before what stands in it
	}
	var b [32]byte
	lists := d.gaz.inLists(string(appendLower(b[:0], d.toks[first].Text)))
	return lists&(1<<GazSurname|1<<GazCompany) != 0 && lists&(1<<GazCountry|1<<GazRegion) == 0
}

// firmFollowers may follow a firm's name in a clause: "analysts at
// Bernstein and Jefferies", "at Bernstein in New York".
var firmFollowers = map[string]bool{"and": true, "in": true, "who": true, "which": true, "on": true, "expect": true, "expected": true, "estimate": true}

// capitalRun returns the last token of a run of capitalised words from
// token first (six tokens at most, "&", "of" and glued hyphens inside),
// or first-1 when token first is no capitalised word.
func (d *doc) capitalRun(first int) int {
	last := first - 1
	for j := first; j < len(d.toks) && j < first+6 && !d.lineBreakBefore(j, first); j++ {
		w := d.toks[j].Text
		if startsUpper(w) && hasLetter(w) {
			last = j
			continue
		}
		if (w == "&" || w == "of" || w == "-" && d.toks[j].Start == d.toks[j-1].End) && j > first && j+1 < len(d.toks) && startsUpper(d.toks[j+1].Text) {
			continue
		}
		break
	}
	return last
}

// marketIndexNames tags the stock indexes the tagger passed over as
// misc: "The S&P 500 gained 0.3%", "the broader Nifty 50 index". Only
// untagged words: a name the tagger found ("Dax Shepard") stays.
func (d *doc) marketIndexNames() {
	var spans []span
	for i := 0; i < len(d.toks); i++ {
		if !upperFirst(d.toks[i].Text) || !indexFirsts[d.toks[i].Text] || d.covered(i) {
			continue
		}
		last := -1
		for k := i; k < len(d.toks) && k < i+3 && (k == i || d.spaced(k-1)); k++ {
			if marketIndexes[d.text[d.toks[i].Start:d.toks[k].End]] && !d.coveredIn(i, k) {
				last = k
			}
		}
		if last < 0 || last+1 < len(d.toks) && startsUpper(d.toks[last+1].Text) && d.spaced(last) {
			continue // a longer name: "Dow Jones Industrial Average" is the tagger's
		}
		spans = append(spans, span{i, last, corpus.FactMisc})
		i = last
	}
	d.tagSpans(spans)
}

// indexFirsts holds the first tokens of marketIndexes.
var indexFirsts = func() map[string]bool {
	out := map[string]bool{}
	for name := range marketIndexes {
		if toks := token.Tokenize(name); len(toks) > 0 {
			out[toks[0].Text] = true
		}
	}
	return out
}()

// bodyObjects makes organizations of the lone names the tagger took for
// persons where only a body stands: after "bought by", "acquired by",
// "purchased by" ("before being bought by Newell": buyers named as
// persons are named in full), or after a verb only a body takes
// ("Speaker Nabih Berri, who heads Amal", "he founded Tesla"; Amal a
// given name too). A word of a person the document names in full stays
// ("bought by Musk" beside "Elon Musk").
func (d *doc) bodyObjects() {
	var named map[string]bool
	for i, m := range d.ms {
		if m.typ != corpus.FactPerson || m.confident || m.first != m.last || !d.bodyCueBefore(m.first) {
			continue
		}
		if named == nil {
			named = d.fullNameWords()
		}
		if !named[d.toks[m.first].Text] {
			d.ms[i].typ, d.ms[i].confident = corpus.FactOrganization, true
		}
	}
}

// bodyCueBefore reports the words before token k that only a body
// follows: a buying verb and "by", or a body's verb.
func (d *doc) bodyCueBefore(k int) bool {
	if k >= 1 && bodyVerbs[d.toks[k-1].Text] {
		return true
	}
	return k >= 2 && d.toks[k-1].Text == "by" && buyingVerbs[d.toks[k-2].Text]
}

// buyingVerbs before "by" name a company's buyer.
var buyingVerbs = map[string]bool{"bought": true, "acquired": true, "purchased": true}

// bodyVerbs take a body, never a person, as their object.
var bodyVerbs = map[string]bool{
	"heads": true, "headed": true, "founded": true, "co-founded": true, "cofounded": true, "chairs": true, "chaired": true,
}

// describedNames makes organizations of the names of two words or more
// that a company noun in lower case describes ("national flag carrier
// Garuda Indonesia", "the budget airline Jetstar Asia") where the tagger
// called them a place, for their country's or region's word;
// describedAt takes the names of one word. Not persons: "producer",
// "publisher" and "rival" describe persons as often (a first version
// made 20 persons of the training text organizations). A known place
// whole stays.
func (d *doc) describedNames() {
	for i, m := range d.ms {
		if m.confident || m.first == m.last || m.first == 0 || m.typ != corpus.FactLocation {
			continue
		}
		if w := d.toks[m.first-1].Text; !companyDescriptors[w] || d.isKnownPlace(d.key(m)) || d.isDemonym(d.toks[m.first].Text) {
			continue
		}
		d.ms[i].typ = corpus.FactOrganization
	}
}

// indexCompanies makes the company of an index's name out of the
// index's mentions in an article about the company: "Dow Jones shares
// fell", "Dow Jones has said" beside "Dow Jones & Co."; "the Dow Jones
// industrial average" stays the index.
func (d *doc) indexCompanies() {
	var firms map[string]bool
	for _, m := range d.ms {
		if m.typ != corpus.FactOrganization || m.first == m.last || !isLegalForm(d.toks[m.last].Text) {
			continue
		}
		n := m.last - 1
		if n > m.first && d.toks[n].Text == "&" {
			n--
		}
		if name := d.text[m.start:d.toks[n].End]; marketIndexes[name] {
			if firms == nil {
				firms = map[string]bool{}
			}
			firms[name] = true
		}
	}
	if firms == nil {
		return
	}
	for i, m := range d.ms {
		if m.typ != corpus.FactMisc || !firms[d.text[m.start:m.end]] {
			continue
		}
		if next := m.last + 1; next < len(d.toks) && indexWords[strings.ToLower(d.toks[next].Text)] {
			continue
		}
		d.ms[i].typ = corpus.FactOrganization
	}
}

// indexWords follow an index's name: "the Dow Jones industrial average".
var indexWords = map[string]bool{"industrial": true, "industrials": true, "average": true, "index": true, "transportation": true, "utility": true, "composite": true}
