package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"tidings/corpus"
)

// acronyms links "Amazon Web Services (AWS)": the acronym's mentions take
// the expansion's type and canonical name, and untagged occurrences of the
// acronym are tagged. Acronyms matching the initials of a tagged name
// ("European Central Bank" ... "ECB"), or of a place of three words or
// more ("Democratic Republic of Congo" ... "DRC"), are linked the same way.
func (d *doc) acronyms() {
	alias := map[string]mention{}
	var shared map[string]bool // acronyms in parentheses after two names: an affiliation
	for _, m := range d.ms {
		// "SAN FRANCISCO (AP)" is a dateline and its agency, not an expansion
		if acr, ok := d.parenAcronym(m.last + 1); ok && m.last > m.first && !agencies[strings.ToLower(acr)] && d.abbreviates(acr, m) {
			m.canon = canonicalForm(d.text[m.start:m.end])
			if prev, ok := alias[acr]; ok && prev.canon != m.canon {
				if shared == nil {
					shared = map[string]bool{}
				}
				shared[acr] = true // "Smack Songs LLC (ASCAP), Sea Gayle Music (ASCAP)": their society's
			}
			alias[acr] = m
		}
	}
	for acr := range shared {
		delete(alias, acr)
	}
	for _, m := range d.ms {
		if m.typ == corpus.FactLocation && m.last-m.first >= 2 {
			// a place of three capitalised words or more: "eastern DRC"
			// after "the Democratic Republic of Congo"
			if ini := initials(d.words(m)); len(ini) >= 3 {
				if _, ok := alias[ini]; !ok {
					m.canon = canonicalForm(d.text[m.start:m.end])
					alias[ini] = m
				}
			}
			continue
		}
		if m.typ != corpus.FactOrganization || m.first == m.last {
			continue
		}
		if ini := initials(d.words(m)); len(ini) >= 2 && !d.placeAcronym(ini) {
			if _, ok := alias[ini]; !ok {
				m.canon = canonicalForm(d.text[m.start:m.end])
				alias[ini] = m
			}
		}
	}
	if len(alias) == 0 {
		return
	}
	for i, m := range d.ms {
		if m.first != m.last {
			continue
		}
		if full, ok := alias[d.toks[m.first].Text]; ok {
			d.ms[i].typ, d.ms[i].canon, d.ms[i].confident = full.typ, full.canon, true
		}
	}
	// a token can only be an alias if it starts like one and is as long
	var starts [256]bool
	shortest := len(d.text) + 1
	for k := range alias {
		starts[k[0]] = true
		shortest = min(shortest, len(k))
	}
	for i, t := range d.toks {
		if len(t.Text) < shortest || !starts[t.Text[0]] {
			continue
		}
		if full, ok := alias[t.Text]; ok && !d.taken[i] && d.matchAt(i, []string{t.Text}) {
			d.addTaken(mention{first: i, last: i, typ: full.typ, canon: full.canon, confident: true})
		}
	}
}

// abbreviates reports whether acr, in parentheses after m, can stand for
// it. A country is a nationality there ("Pete Sampras ( U.S. )", "Tony
// Blair (UK)"), and a person's acronym is their initials ("John
// Fitzgerald Kennedy (JFK)"); an organization's may come from another
// language ("State Property Agency (AVAS)").
func (d *doc) abbreviates(acr string, m mention) bool {
	if c, ok := countryAliases[aliasKey(acr)]; ok && canonicalAlias(canonicalForm(d.text[m.start:m.end]), m.typ) != c {
		return false
	}
	if d.gaz.hasLower(acr, GazCountry) {
		return false
	}
	if m.typ == corpus.FactPerson {
		return personInitials(d.words(m)) == strings.Map(func(r rune) rune {
			if unicode.IsUpper(r) {
				return r
			}
			return -1
		}, acr)
	}
	return true
}

// personInitials are the initials of a person's names, each part of a
// double name counted ("Alexandria Ocasio-Cortez" -> "AOC") and
// generational suffixes left out ("Martin Luther King Jr." -> "MLK").
func personInitials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		switch strings.TrimSuffix(w, ".") {
		case "Jr", "Sr", "II", "III", "IV":
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if r, _ := utf8.DecodeRuneInString(part); unicode.IsUpper(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// parenAcronym returns the acronym in parentheses at tokens k to k+2: "( AWS )".
func (d *doc) parenAcronym(k int) (string, bool) {
	if k+2 >= len(d.toks) || d.toks[k].Text != "(" || d.toks[k+2].Text != ")" || !isAcronym(d.toks[k+1].Text) {
		return "", false
	}
	return d.toks[k+1].Text, true
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '&' && r != '.' {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2 && n <= 8
}

// expandAcronyms widens a name the tagger cut short before an acronym in
// parentheses to the words the acronym abbreviates: "Amazon" in "Amazon
// Web Services (AWS)" becomes "Amazon Web Services". Words it missed
// whole are an organization when one of them names an institution's
// kind: "The Office for Budget Responsibility (OBR)" ("Chief Executive
// Officer (CEO)", "Gross Domestic Product (GDP)" are none).
func (d *doc) expandAcronyms() {
	spans := d.acronymSpans()
	var found []span
	for _, sp := range spans {
		if !d.coveredIn(sp[0], sp[1]) && d.namesInstitution(sp[0], sp[1]) {
			found = append(found, span{sp[0], sp[1], corpus.FactOrganization})
		}
	}
	d.widen(spans)
	d.tagSpans(found)
}

// namesInstitution reports a word of tokens first..last that names an
// institution's kind, and no title among them.
func (d *doc) namesInstitution(first, last int) bool {
	kind := false
	for k := first; k <= last; k++ {
		w := d.toks[k].Text
		if isTitle(w) {
			return false
		}
		kind = kind || isOrgKind(strings.ToLower(w))
	}
	return kind
}

// acronymSpans returns the token spans whose initials an acronym in
// parentheses after them spells, in order.
func (d *doc) acronymSpans() [][2]int {
	var spans [][2]int
	for k := 1; k+2 < len(d.toks); k++ {
		acr, ok := d.parenAcronym(k)
		if !ok {
			continue
		}
		acr = strings.ReplaceAll(acr, ".", "")
		found := false
		for j := k - 1; j >= 0 && k-j <= 2*len(acr); j-- {
			ini := initials(d.tokenTexts(j, k-1))
			if ini == "" || !strings.HasSuffix(acr, ini) {
				break
			}
			if ini == acr {
				spans = append(spans, [2]int{j, k - 1})
				found = true
				break
			}
		}
		if !found && len(acr) >= 4 {
			// one word's initial left out of a long name: "London
			// International Financial Futures and Options Exchange ( LIFFE )"
			for j := k - 1; j >= 0 && k-j <= 2*len(acr)+2; j-- {
				ini := initials(d.tokenTexts(j, k-1))
				if ini == "" || len(ini) > len(acr)+1 {
					break
				}
				if len(ini) == len(acr)+1 && spells(acr, ini) {
					spans = append(spans, [2]int{j, k - 1})
					break
				}
			}
		}
	}
	return spans
}

// spells reports an acronym made of a name's initials with one left out,
// the first and last kept: "LIFFE" of "LIFFOE".
func spells(acr, initials string) bool {
	if len(initials) != len(acr)+1 || acr[0] != initials[0] || acr[len(acr)-1] != initials[len(initials)-1] {
		return false
	}
	i := 0
	for j := 0; j < len(initials) && i < len(acr); j++ {
		if acr[i] == initials[j] {
			i++
		}
	}
	return i == len(acr)
}

// placeAcronym reports initials that name a place: "US" is not the "U.S.
// Senate" whose initials it is, nor "UK" the "UK Independence Party".
func (d *doc) placeAcronym(ini string) bool {
	if c, ok := countryAliases[aliasKey(ini)]; ok { // "EU" is the European Union's
		return d.gaz.hasLower(c, GazCountry)
	}
	return d.gaz.hasLower(ini, GazCountry) // not a town or region: "GAO" (Gao, Mali) is an office
}

// tokenTexts returns the texts of tokens first to last.
func (d *doc) tokenTexts(first, last int) []string {
	out := make([]string, 0, last-first+1)
	for k := first; k <= last; k++ {
		out = append(out, d.toks[k].Text)
	}
	return out
}

// widen stretches, for each token span, the first mention lying inside
// it over all of it and drops the other mentions inside. The spans are
// in order and disjoint (no span of expandAcronyms holds the ")" ending
// the one before), so one pass does what a pass per span would.
func (d *doc) widen(spans [][2]int) {
	if len(spans) == 0 {
		return
	}
	done := make([]bool, len(spans))
	kept := d.ms[:0]
	for _, m := range d.ms {
		i := sort.Search(len(spans), func(i int) bool { return spans[i][1] >= m.last })
		if i == len(spans) || m.first < spans[i][0] {
			kept = append(kept, m)
			continue
		}
		if !done[i] {
			m.first, m.last = spans[i][0], spans[i][1]
			if m.typ == corpus.FactLocation && isOrgKind(strings.ToLower(d.toks[m.first].Text)) {
				m.typ = corpus.FactOrganization // "Movement for the Emancipation of the Niger Delta (MEND)"
			}
			d.set(&m)
			kept = append(kept, m)
			done[i] = true
		}
	}
	d.ms = kept
}

// initials of a name's capitalised words, skipping "of", "and", "the".
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r := []rune(w)[0]
		switch {
		case unicode.IsUpper(r):
			b.WriteRune(r)
		case w == "of" || w == "and" || w == "the" || w == "for" || w == "&" || w == "-":
		default:
			return ""
		}
	}
	return b.String()
}

// givenNameSurnames widens a given name the tagger took alone over the
// capitalised word after it when the document writes that word
// capitalised mid-sentence elsewhere, untagged: "Steve [Jobs] 1955-2011"
// beside "responded to Jobs' death" (the tagger reads "Jobs" as the
// common word). A word tagged elsewhere, a known company, a place, a
// title, a day or a month is left alone ("Kennedy Monday").
func (d *doc) givenNameSurnames() {
	var cov []int32
	for i, m := range d.ms {
		k := m.last + 1
		if m.typ != corpus.FactPerson || m.first != m.last || k >= len(d.toks) || !d.spaced(m.last) || !startsUpper(d.toks[k].Text) {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		if cov[k] != 0 || !d.gaz.hasLower(d.toks[m.first].Text, GazFirstName) {
			continue
		}
		w := d.toks[k].Text
		lw := strings.ToLower(w)
		if isAllCaps(w) || isAllCaps(d.toks[m.first].Text) || d.gaz.has(lw, GazCompany) || d.isKnownPlace(w) ||
			isTitle(w) || weekdays[lw] || months[lw] || !d.elsewhere(w, k, d.gaz.has(lw, GazCommon), cov) {
			continue
		}
		d.ms[i].last = k
		cov[k] = int32(i + 1)
		d.set(&d.ms[i])
		if k < len(d.taken) {
			d.taken[k] = true
		}
	}
}

// elsewhere reports word w, at token k, written capitalised mid-sentence
// and untagged (cov is the coverMask) at another token of the document;
// a common word ("Jobs", "Letter") must be a possessive there too ("Jobs'
// death").
func (d *doc) elsewhere(w string, k int, common bool, cov []int32) bool {
	for j, t := range d.toks {
		if j == k || t.Text != w || d.sentenceStart(j) || cov[j] != 0 {
			continue
		}
		if !common || j+1 < len(d.toks) && d.toks[j+1].Start == t.End && isPossessive(d.toks[j+1].Text) {
			return true
		}
	}
	return false
}

// shortForms resolves a person's surname or given name alone to the full
// name mentioned in the same document ("Jassy" -> "Andy Jassy"), and
// retypes it as a person unless it names a known place.
func (d *doc) shortForms() {
	byLast, byFirst, byInner := map[string]string{}, map[string]string{}, map[string]string{}
	ambiguous := map[string]bool{}
	mentions := map[string]int{}     // a full name's mentions, its surname's alone included
	firstOf := map[string][]string{} // the full names opening with a given name
	plain := d.middleVariants()
	for i, m := range d.ms {
		if m.typ != corpus.FactPerson || m.first == m.last {
			continue
		}
		full := canonicalForm(d.text[m.start:m.end])
		if p, ok := plain[full]; ok {
			full = p
			d.ms[i].canon = p
		}
		w := d.words(m)
		last, first := w[len(w)-1], w[0]
		if mentions[full] == 0 {
			firstOf[first] = append(firstOf[first], full)
		}
		mentions[full]++
		index := func(idx map[string]string, k string) {
			if prev, ok := idx[k]; ok && prev != full && !strings.HasPrefix(full, prev) && !strings.HasPrefix(prev, full) {
				ambiguous[k] = true
			}
			if len(full) > len(idx[k]) {
				idx[k] = full
			}
		}
		index(byLast, last)
		index(byFirst, first)
		// the name a person goes by inside a long one: "Lula" of "Luiz
		// Inacio Lula da Silva"
		if cleanLongName(w) {
			for _, inner := range w[1 : len(w)-1] {
				if utf8.RuneCountInString(inner) >= 3 && startsUpper(inner) {
					index(byInner, inner)
				}
			}
		}
	}
	for _, m := range d.ms {
		if full, ok := byLast[d.toks[m.first].Text]; ok && m.first == m.last && m.typ == corpus.FactPerson {
			mentions[full]++
		}
	}
	orgWords := d.orgWords()
	for w := range d.surnamesNotFirms(byLast, orgWords) {
		delete(orgWords, w)
	}
	for i, m := range d.ms {
		if m.first != m.last {
			continue
		}
		w := d.toks[m.first].Text
		full, ok := byLast[w]
		if !ok && m.typ == corpus.FactPerson {
			full, ok = byFirst[w]
			if ok && ambiguous[w] {
				full, ok = dominant(firstOf[w], mentions)
			}
			if !ok && !ambiguous[w] {
				full, ok = byInner[w]
			}
		} else if ambiguous[w] {
			// the surname of two persons named in full ("Pete Hegseth",
			// "Danielle Hegseth") is a person's, whichever
			if ok && m.typ != corpus.FactPerson && !m.confident && !d.isPlace(w) && !orgWords[w] {
				d.ms[i].typ = corpus.FactPerson
			}
			continue
		}
		if !ok {
			continue
		}
		if m.typ != corpus.FactPerson && (m.confident || d.isPlace(w) || orgWords[w]) {
			continue
		}
		d.ms[i].typ, d.ms[i].canon = corpus.FactPerson, full
	}
}

// middleVariants maps the persons' full names with a middle initial or
// name to the same name without it when the article writes it so too
// ("Donald J. Trump" beside "Donald Trump": one facet, and "Trump" alone
// no longer ambiguous between them). Two different middles of one name
// ("George H.W. Bush", "George W. Bush") are two persons: neither maps.
func (d *doc) middleVariants() map[string]string {
	if !slices.ContainsFunc(d.ms, func(m mention) bool {
		return m.typ == corpus.FactPerson && m.last-m.first >= 2 && m.last-m.first <= 3
	}) {
		return nil // no name with a middle: most articles
	}
	var two map[string]bool // "first last" of the two-word persons
	for _, m := range d.ms {
		if m.typ == corpus.FactPerson && m.last == m.first+1 {
			if two == nil {
				two = map[string]bool{}
			}
			two[d.toks[m.first].Text+" "+d.toks[m.last].Text] = true
		}
	}
	if two == nil {
		return nil
	}
	var out, middles map[string]string // middles: of "first last", the first middle seen, or "" once two differ
	for _, m := range d.ms {
		if m.typ != corpus.FactPerson || m.last-m.first < 2 || m.last-m.first > 3 {
			continue
		}
		short := d.toks[m.first].Text + " " + d.toks[m.last].Text
		if !two[short] {
			continue
		}
		middle := d.text[d.toks[m.first+1].Start:d.toks[m.last-1].End]
		if prev, ok := middles[short]; ok && prev != middle {
			middles[short] = ""
			continue
		}
		if out == nil {
			out, middles = map[string]string{}, map[string]string{}
		}
		middles[short] = middle
		out[canonicalForm(d.text[m.start:m.end])] = short
	}
	for full, short := range out {
		if middles[short] == "" {
			delete(out, full)
		}
	}
	return out
}

// cleanLongName reports a person's name of three to five words, each
// capitalised or a particle ("da", "bin"): not a run the tagger took too
// far ("Dana Rohrabacher of California and Democrat", "Tholt, Jane M").
func cleanLongName(words []string) bool {
	if len(words) < 3 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if !nameParticles[w] && (!startsUpper(w) || !isWordStart(w) || strings.ContainsAny(w, "@,/")) {
			return false
		}
	}
	return true
}

// nameParticles join the parts of a person's name in lower case.
var nameParticles = map[string]bool{
	"da": true, "de": true, "do": true, "dos": true, "das": true, "del": true, "della": true, "di": true, "van": true,
	"von": true, "der": true, "den": true, "bin": true, "ibn": true, "al": true, "el": true, "la": true, "le": true, "y": true,
}

// dominant returns the one of names the document mentions three times
// or more and three times as often as any other: "Steve" of an obituary
// of Steve Jobs that quotes Steve Ballmer once is Jobs.
func dominant(names []string, mentions map[string]int) (string, bool) {
	best, second := "", 0
	for _, n := range names {
		switch c := mentions[n]; {
		case c > mentions[best]:
			second = max(second, mentions[best])
			best = n
		default:
			second = max(second, c)
		}
	}
	c := mentions[best]
	return best, best != "" && c >= 3 && c >= 3*second
}

func (d *doc) isPlace(w string) bool {
	lw := strings.ToLower(w)
	return d.gaz.has(lw, GazCountry) || d.gaz.has(lw, GazRegion) || formerCountries[lw]
}

// formerCities are the older names of great cities, which the
// gazetteer's list of towns misses ("Bombay" and "Bangalore" it holds as
// companies: the companies rule reads their context).
var formerCities = map[string]bool{
	"peking": true, "saigon": true, "leningrad": true, "rangoon": true, "constantinople": true, "stalingrad": true,
}

// formerCountries are the names of countries the gazetteer's list of
// today's names misses: older and other names news still writes ("Czech
// Republic", "Burma", "Irish Republic", "Great Britain") and the states
// of the last century's news.
var formerCountries = map[string]bool{
	"czech republic": true, "slovak republic": true, "swaziland": true, "burma": true, "cape verde": true,
	"macedonia": true, "zaire": true, "rhodesia": true, "yugoslavia": true, "soviet union": true, "ussr": true,
	"u.s.s.r.": true, "czechoslovakia": true, "east germany": true, "west germany": true, "irish republic": true,
	"republic of ireland": true, "great britain": true, "south vietnam": true, "north vietnam": true, "persia": true,
	"siam": true, "ceylon": true, "cote d'ivoire": true, "côte d'ivoire": true,
}

// bodyWords before "Corporation" or "Company" make it part of the name
// of a public body, a troupe or a chartered company, whose short form is
// an acronym if any: "British Broadcasting Corporation", "International
// Finance Corporation", "Royal Shakespeare Company", "East India Company".
var bodyWords = map[string]bool{
	"broadcasting": true, "finance": true, "insurance": true, "development": true, "investment": true,
	"dance": true, "ballet": true, "opera": true, "theatre": true, "theater": true, "shakespeare": true,
	"trading": true, "india": true, "africa": true,
}

// stripLegalSuffix maps "Apple Inc." and "Apple" to one canonical name:
// a legal form (legalForms, "Corporation", "Company") ending a name of
// two words or more does not change which company is meant ("Ford Motor
// Company" and "Ford Motor Co." are one).
func stripLegalSuffix(s string) string {
	sp := strings.LastIndexByte(s, ' ')
	if sp <= 0 {
		return s
	}
	form := strings.TrimSuffix(s[sp+1:], ".")
	rest := strings.TrimRight(s[:sp], ", &") // "Merrill Lynch & Co"
	switch {
	case rest == "" || form == "":
		return s
	case strings.EqualFold(form, "Corporation") || strings.EqualFold(form, "Company"):
		if bodyWords[strings.ToLower(rest[strings.LastIndexByte(rest, ' ')+1:])] {
			return s
		}
		return rest
	case legalForms[form] || legalForms[strings.ToUpper(form[:1])+strings.ToLower(form[1:])] || legalForms[strings.ToUpper(form)]:
		return rest // also as typed in a search filter: "ford motor co"
	}
	return s
}

// surnamesNotFirms returns the surnames of persons named in full
// (byLast) that orgWords holds only as a known company's name alone, and
// whose mentions alone, two or more, never stand where a company does:
// "Bloomberg can respond", "an exception for Bloomberg" beside "Michael
// Bloomberg" (the tagger, knowing the news agency, had made him an
// organization 23 times), or one quoted speaking (`"..." Daniels said`
// beside "Stormy Daniels"). A company's cue at any mention keeps them all:
// "Dell shares", "told Bloomberg", "according to Bloomberg", "at Ford",
// a name with more words ("Bloomberg News").
func (d *doc) surnamesNotFirms(byLast map[string]string, orgWords map[string]bool) map[string]bool {
	var out map[string]bool
	for w := range byLast {
		if !orgWords[w] {
			continue
		}
		alone, spoke, firm := 0, false, false
		for _, m := range d.ms {
			if m.typ == corpus.FactPerson || !d.holdsWord(m, w) {
				continue
			}
			if m.first < m.last {
				firm = true // "Bloomberg News", "Ford Motor"
				break
			}
			alone++
			firm = firm || d.firmCueAt(m.first)
			spoke = spoke || m.last+1 < len(d.toks) && isSpeechVerb(d.toks[m.last+1].Text) && m.first > 0 && quoteCloses(d.toks[m.first-1].Text)
		}
		if (alone >= 2 || spoke) && !firm {
			if out == nil {
				out = map[string]bool{}
			}
			out[w] = true
		}
	}
	return out
}

// firmCueAt reports words around token k that put a company there: a
// preposition companies take ("at", "told", "according to") before, a
// market or company word after ("shares", "Inc.", "reported").
func (d *doc) firmCueAt(k int) bool {
	if k > 0 {
		switch d.toks[k-1].Text {
		case "at", "told", "by", "from", "with", "via":
			return true
		case "to":
			if k > 1 && d.toks[k-2].Text == "according" {
				return true
			}
		}
	}
	if k+1 < len(d.toks) {
		switch strings.TrimSuffix(d.toks[k+1].Text, ".") {
		case "shares", "stock", "stocks", "Inc", "LP", "L.P", "Corp", "reported", "reports", "data", "analysts",
			"analyst", "terminal", "Terminal", "News", "survey", "index", "Index":
			return true
		}
	}
	return false
}

// orgWords are the words of the document's multi-word organization and
// location names ("Ford" of "Ford Motor Company") and known company
// names: a person's surname that is one of them ("Bill Ford") does not
// turn the organization into a person.
func (d *doc) orgWords() map[string]bool {
	out := map[string]bool{}
	for _, m := range d.ms {
		if m.typ == corpus.FactPerson {
			continue
		}
		for k := m.first; k <= m.last; k++ {
			if m.first < m.last || d.gaz.hasLower(d.toks[k].Text, GazCompany) {
				out[d.toks[k].Text] = true
			}
		}
	}
	return out
}

// companyWords end company names after the name proper: legal forms and
// the words of company names ("Group", "Airlines").
var companyWords = []string{
	"inc", "inc.", "corp", "corp.", "co.", "company", "corporation", "group", "plc", "ltd", "ltd.", "llc",
	"holdings", "ag", "gmbh", "s.a.", "n.v.", "motors", "airlines", "airways", "industries", "limited",
}

// companyTails are what may follow a company's name proper: "Aer Lingus
// Group PLC", "Ford Motor Company".
var companyTails = wordSet(companyWords, []string{"co", "motor", ","})

// industryTails end a company's name after its proper words: "Adani
// Green Energy", "Reliance Jio Infocomm".
var industryTails = map[string]bool{
	"energy": true, "power": true, "resources": true, "solutions": true, "enterprises": true, "technologies": true,
	"technology": true, "systems": true, "entertainment": true, "pharmaceuticals": true, "pharma": true, "capital": true,
	"financial": true, "insurance": true, "telecom": true, "communications": true, "media": true, "infocomm": true,
	"electronics": true, "platforms": true, "international": true, "broadcasting": true, "medical": true, "brothers": true,
	"foods": true, "chemical": true, "chemicals": true,
}

// wordSet is the set of the words of all lists.
func wordSet(lists ...[]string) map[string]bool {
	set := map[string]bool{}
	for _, l := range lists {
		for _, w := range l {
			set[w] = true
		}
	}
	return set
}

// companyShortForms retypes as organizations the persons and places
// named like a company of the document without its tail ("Aer Lingus"
// beside "Aer Lingus Group PLC", "Ford" beside "Ford Motor Company"), or
// without an industry's word when two words or more are left ("Adani
// Green" beside "Adani Green Energy"; "Adani" beside "Adani Energy" may
// be the founder), unless the short name is a country or region
// ("Singapore Airlines"). A company named after a person is named by the
// surname alone ("Labatt" beside "John Labatt Ltd.") where the article
// names no person so. A town's name is the company's where the
// tagger made it a person ("Mesa" of "Mesa Airlines": "Mesa flies to 42
// cities"), or a place the document never writes as a town (townsWritten).
// A short form leaving out more than a legal form takes the company's
// name as its facet ("Polly Peck" counts for "Polly Peck International").
func (d *doc) companyShortForms() {
	// short maps each short form to the company's canonical name where
	// the short form leaves out more than a legal form ("Polly Peck" of
	// "Polly Peck International Inc."), to "" where companyFullNames
	// links the two
	short := map[string]string{}
	var persons map[string]bool
	var firsts map[string]string
	for _, m := range d.ms {
		if m.typ != corpus.FactOrganization {
			continue
		}
		w := d.words(m)
		n := d.nameProperEnd(m) - m.first + 1
		full := ""
		name := func() string { // the company's facet, made once
			if full == "" {
				full = companyForm(d.key(m))
			}
			return full
		}
		tailed := n < len(w)
		if tailed && n >= 2 {
			if firsts == nil {
				firsts = map[string]string{}
			}
			firsts[w[0]] = name() // "Sun" of "Sun Microsystems Inc."
		}
		if tailed {
			if n > 1 && isPossessive(w[n-1]) {
				n-- // "Weisfield" of "Weisfield's Inc."
				short[strings.Join(w[:n], " ")] = name()
			} else {
				short[strings.Join(w[:n], " ")] = ""
			}
			if n == 1 && isAllCaps(w[0]) && len(w[0]) > 3 {
				short[titleWord(w[0])] = "" // "Oneida" of "ONEIDA Ltd."
			}
		}
		if tailed && n == 2 && d.gaz.hasLower(w[0], GazFirstName) && startsUpper(w[1]) {
			if persons == nil {
				persons = d.fullNameWords()
			}
			if !persons[w[1]] {
				short[w[1]] = name() // "Labatt" of "John Labatt Ltd.", where no person is named so
			}
		}
		if sectorTail(w[n-1]) && n > 2 {
			short[strings.Join(w[:n-1], " ")] = name() // "De Grey" of "De Grey Mining Limited"
		} else if n == 2 && (sectorWords[w[1]] || firmWords[w[1]]) && !d.gaz.hasLower(w[0], GazFirstName) && countryAliases[aliasKey(w[0])] == "" {
			if persons == nil {
				persons = d.fullNameWords()
			}
			if !persons[w[0]] {
				short[w[0]] = name() // "Caeneus" of "Caeneus Minerals", not "Adani" of "Adani Energy" beside "Gautam Adani"
			}
		}
	}
	if len(short) == 0 && firsts == nil {
		return
	}
	var town map[string]bool // short forms the document writes as a town somewhere: "in Houston"
	for i, m := range d.ms {
		if m.typ == corpus.FactMisc && m.first == m.last && !m.confident && firsts[d.toks[m.first].Text] != "" && !d.isDemonym(d.toks[m.first].Text) {
			// "Sun" beside "Sun Microsystems Inc.", which the tagger made misc 10 times
			d.ms[i].typ, d.ms[i].canon = corpus.FactOrganization, firsts[d.toks[m.first].Text]
			continue
		}
		k := strings.Join(d.words(m), " ")
		full, ok := short[k]
		if !ok {
			continue
		}
		if m.typ == corpus.FactOrganization {
			if m.canon == "" && full != "" {
				d.ms[i].canon = full // the tagger's own short form: one facet with the full name
			}
			continue
		}
		if m.confident || m.typ != corpus.FactPerson && m.typ != corpus.FactLocation && (m.typ != corpus.FactMisc || m.first == m.last) {
			continue // misc of one word may be a nationality: "American" of "American Airlines"
		}
		if d.isPlace(k) {
			continue
		}
		if d.gaz.hasLower(k, GazCity) && m.typ == corpus.FactLocation {
			if town == nil {
				town = d.townsWritten(short)
			}
			if town[k] {
				continue
			}
		}
		d.ms[i].typ, d.ms[i].canon = corpus.FactOrganization, full
	}
}

// nameProperEnd returns the last token of company m's name before its
// tail ("Ford" of "Ford Motor Co."), m.last where it has none.
func (d *doc) nameProperEnd(m mention) int {
	n := m.last
	for n > m.first && lowerIn(companyTails, d.toks[n].Text) {
		n--
	}
	return n
}

// sectorTail reports an industry's or a sector's word ending a company's
// name, whose words before it are the company's short form ("De Grey" of
// "De Grey Mining Limited").
func sectorTail(w string) bool { return lowerIn(industryTails, w) || sectorWords[w] }

// firmTail reports a word that ends a company's name after its first
// word: a legal form or a company's word ("Corp.", "Group"), a sector's
// ("Minerals") or a firm's ("International").
func firmTail(w string) bool { return lowerIn(companyTails, w) || sectorWords[w] || firmWords[w] }

// townsWritten returns the names of names that the document writes as a
// place at least once: after a preposition of place or before a comma
// and a region ("Mesa, Ariz."). A company named like a town ("Mesa" of
// "Mesa Airlines", "Magna" of "Magna International Inc.") is written
// neither way.
func (d *doc) townsWritten(names map[string]string) map[string]bool {
	out := map[string]bool{}
	for _, m := range d.ms {
		k := strings.Join(d.words(m), " ")
		if _, ok := names[k]; !ok {
			continue
		}
		if m.first > 0 && isPlacePreposition(strings.ToLower(d.toks[m.first-1].Text)) ||
			m.last+2 < len(d.toks) && d.toks[m.last+1].Text == "," && d.regionAt(m.last+2) {
			out[k] = true
		}
	}
	return out
}

// companyFullNames gives a company named without its tail the fullest
// name the document gives it ("Ford" and "Ford Motor Co." beside "Ford
// Motor Company" are all "Ford Motor Company"), so that one article counts
// one company. Only legal forms and company words may make the
// difference: "Amazon" beside "Amazon Web Services" is the parent, not
// the unit, and stays. A country or region alone stays ("Singapore"
// beside "Singapore Airlines"); a town may name a company ("Ford").
func (d *doc) companyFullNames() {
	// key is the mention's text without its tail ("Ford" of "Ford Motor
	// Co."), a slice of the text: no allocation for the many mentions
	// that have no tail in a document none has
	key := func(m mention) (string, bool) {
		n := d.nameProperEnd(m)
		return d.text[d.toks[m.first].Start:d.toks[n].End], n < m.last
	}
	type group struct {
		canon  string
		words  int
		tailed bool
	}
	var groups map[string]*group
	for _, m := range d.ms {
		if m.typ != corpus.FactOrganization || m.canon != "" {
			continue
		}
		if k, tailed := key(m); tailed {
			if groups == nil {
				groups = map[string]*group{}
			}
			groups[k] = &group{tailed: true}
		}
	}
	if groups == nil {
		return
	}
	for _, m := range d.ms {
		if m.typ != corpus.FactOrganization || m.canon != "" {
			continue
		}
		k, _ := key(m)
		if g := groups[k]; g != nil {
			c := companyForm(d.key(m))
			if n := strings.Count(c, " ") + 1; n > g.words || n == g.words && len(c) > len(g.canon) {
				g.canon, g.words = c, n
			}
		}
	}
	for i, m := range d.ms {
		if m.typ != corpus.FactOrganization || m.canon != "" {
			continue
		}
		k, tailed := key(m)
		if g := groups[k]; g != nil && (tailed || !d.isPlace(k)) {
			d.ms[i].canon = g.canon
		}
	}
}

// isKnownPlace reports a country, region or city name.
func (d *doc) isKnownPlace(name string) bool {
	h := hashLower(fnvOffset, name)
	return d.gaz.listsOf(h)&(1<<GazCountry|1<<GazRegion|1<<GazCity) != 0 || formerPlaces[h]
}

// formerPlaces holds the hashes (hashLower) of the names of
// formerCountries and formerCities: isKnownPlace asks without
// lower-casing the name.
var formerPlaces = func() map[uint64]bool {
	out := map[uint64]bool{}
	for _, set := range []map[string]bool{formerCountries, formerCities} {
		for n := range set {
			out[hashLower(fnvOffset, n)] = true
		}
	}
	return out
}()

// placeOrCompany reports a name the gazetteer knows as a place
// (isKnownPlace) or a company: the rules that make persons of names
// leave those alone. One lookup answers both.
func (d *doc) placeOrCompany(name string) bool {
	lw := strings.ToLower(name)
	return d.gaz.inLists(lw)&(1<<GazCountry|1<<GazRegion|1<<GazCity|1<<GazCompany) != 0 || formerCountries[lw]
}

// regionAt reports a country, a region or a US state's abbreviation at
// token k, in one word or two ("Ariz.", "Utah", "New Mexico").
func (d *doc) regionAt(k int) bool {
	w := d.toks[k].Text
	if d.isPlace(w) || usStateAbbreviations[aliasKey(w)] != "" {
		return true
	}
	return k+1 < len(d.toks) && d.isPlace(d.text[d.toks[k].Start:d.toks[k+1].End])
}
