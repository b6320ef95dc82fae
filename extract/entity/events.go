package entity

import (
	"slices"
	"strings"

	"tidings/corpus"
)

// eventOpeners open the names of events and treaties named after a
// place: "Battle of Marengo", "Treaty of Versailles", "Tour of Spain".
var eventOpeners = map[string]bool{"battle": true, "siege": true, "treaty": true, "peace": true, "sack": true, "tour": true}

// events turns a name followed by a capitalised event, agreement or
// award word into one misc name ("Paris Agreement", "Suez Crisis", "US
// Open", "Iraq War"), and a place after "Battle of" into the battle's
// name: CoNLL-style annotation calls these misc, not places.
func (d *doc) events() {
	d.nationalEventNames()
	for i, m := range d.ms {
		if m.last < 0 {
			continue // a "Grand Prix" joined to the nationality before it
		}
		// a nationality before a tournament's or a war's head is the
		// event's: "German Open", "Russian Revolution" (not "the Israeli
		// Olympics team")
		nationality := m.typ == corpus.FactMisc && d.isDemonym(d.text[m.start:m.end])
		if m.typ == corpus.FactMisc && !nationality {
			continue
		}
		if k := m.last + 2; nationality && k < len(d.toks) && d.toks[k-1].Text == "Grand" && d.toks[k].Text == "Prix" && d.spaced(m.last) {
			if !d.free(k, i+1) {
				if n := d.ms[i+1]; n.first != k-1 || n.last != k {
					continue
				}
				d.ms[i+1].last = -1 // the tagger's "Grand Prix" alone: dropped below
			}
			d.ms[i].last, d.ms[i].typ, d.ms[i].confident = k, corpus.FactMisc, true // "the Italian Grand Prix"
			d.set(&d.ms[i])
			continue
		}
		if k := m.last + 1; k < len(d.toks) && d.spaced(m.last) && startsUpper(d.toks[k].Text) && d.free(k, i+1) &&
			(nationality && nationalEvents[d.toks[k].Text] || !nationality && eventHeads[strings.ToLower(d.toks[k].Text)]) { // "Scandinavian Masters"
			d.ms[i].last, d.ms[i].typ, d.ms[i].confident = k, corpus.FactMisc, true
			d.set(&d.ms[i])
			continue
		}
		if k := m.first - 2; m.typ == corpus.FactLocation && k >= 0 && d.toks[k+1].Text == "of" && startsUpper(d.toks[k].Text) &&
			eventOpeners[strings.ToLower(d.toks[k].Text)] && (i == 0 || d.ms[i-1].last < k) &&
			(!strings.EqualFold(d.toks[k].Text, "tour") || d.isKnownPlace(d.key(m))) { // not "Video Tour of Alien Planets"
			d.ms[i].first, d.ms[i].typ, d.ms[i].confident = k, corpus.FactMisc, true
			d.set(&d.ms[i])
		}
	}
	d.ms = slices.DeleteFunc(d.ms, func(m mention) bool { return m.last < 0 })
}

// nationalEventNames tags as misc an untagged nationality and the event
// head after it, which the tagger passed over whole: "their Asian Cup
// title", "the Asian Games title", "the European Championship".
func (d *doc) nationalEventNames() {
	var spans []span
	for _, k32 := range d.cues().capitals {
		k := int(k32)
		if k+1 >= len(d.toks) || !nationalEvents[d.toks[k+1].Text] && d.toks[k+1].Text != "Games" || !d.spaced(k) || !d.isDemonym(d.toks[k].Text) ||
			d.typeOf(k) != "" || d.typeOf(k+1) != "" || k+2 < len(d.toks) && startsUpper(d.toks[k+2].Text) && d.spaced(k+1) {
			continue
		}
		if k > 0 && (!d.spaced(k-1) || startsUpper(d.toks[k-1].Text) && !d.sentenceStart(k)) ||
			k+3 < len(d.toks) && d.toks[k+2].Text == "of" && startsUpper(d.toks[k+3].Text) {
			continue // a longer name: "the Russo-Japanese War", "Southeast Asian Games", "African Cup of Nations"
		}
		spans = append(spans, span{k, k + 1, corpus.FactMisc})
	}
	d.tagSpans(spans)
}

// nationalEvents follow a nationality in an event's name.
var nationalEvents = map[string]bool{
	"Open": true, "Championship": true, "Championships": true, "Cup": true, "Revolution": true, "War": true, "Masters": true,
}

// eventHeads are the misc heads and "Crisis".
var eventHeads = func() map[string]bool {
	out := map[string]bool{"crisis": true}
	for w := range miscHeads {
		out[w] = true
	}
	return out
}()

// free reports that token k lies before mention next (or there is none).
func (d *doc) free(k, next int) bool {
	return next >= len(d.ms) || d.ms[next].first > k
}

// titleConnectors are the small words a title in title case keeps in
// lower case ("Lord of the Rings", "Gone with the Wind").
var titleConnectors = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"and": true, "or": true, "with": true, "from": true, "by": true, "de": true, "la": true, "le": true,
}

// quotedTitles tags as misc a title in title case standing alone in
// double quotes, as works are cited ("the single " The Kill "", "the
// film "Independence Day""): up to six words, the first capitalised and
// the others capitalised or small connectors, no punctuation; a single
// word only after a work noun ("the single "Hunter"", not ""Yes""). A
// name the tagger found inside a title of two words or more is part of
// the title ("Hey Joe", "Anarchy in Tokyo"), unless a country or
// continent or a place of two words. A title opens on the quote's line:
// a paragraph after a quote's close (`Libya."` then `Both Trump and
// Erdogan "stressed ...`) is no title.
func (d *doc) quotedTitles() {
	var spans []span
	var cov []int32
	next := 0 // the first token a quote may open at: quotes pair up
	for _, k32 := range d.cues().quotes {
		k := int(k32)
		if k < next {
			continue
		}
		end := k + 1
		for end < len(d.toks) && end-k <= 7 && !isDoubleQuote(d.toks[end].Text) {
			end++
		}
		if end >= len(d.toks) || end-k > 7 || end == k+1 || !d.titleCaseRun(k+1, end-1) || d.opensLine(k+1) {
			next = end // the closing quote may open the next title
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		first, last := k+1, end-1
		if d.quotedNameOnly(first, last, cov) {
			next = end + 1
			continue
		}
		for j := first; j <= last; j++ {
			i := cov[j] - 1
			if i < 0 {
				continue
			}
			// a name reaching out of the quotes or settled by document
			// evidence, a country or continent and a place of two words
			// are the name in a slogan, a paper's title or the quoted
			// name of a place ("Death to America", "New Light of
			// Myanmar", "Turkish Republic of Northern Cyprus")
			if m := d.ms[i]; m.first < first || m.last > last || m.confident || d.isCountryOrContinent(d.key(m)) ||
				m.typ == corpus.FactLocation && m.first < m.last {
				first = -1
				break
			}
		}
		if first >= 0 {
			spans = append(spans, span{first, last, corpus.FactMisc})
		}
		next = end + 1
	}
	d.tagSpans(spans)
}

func isDoubleQuote(w string) bool { return w == "\"" || w == "“" || w == "”" }

// titleCaseRun reports tokens first to last in title case with no
// punctuation; a single word only after a work noun.
func (d *doc) titleCaseRun(first, last int) bool {
	for j := first; j <= last; j++ {
		w := d.toks[j].Text
		switch {
		case isTitle(w):
			return false // "Dr. Shady" is a person's nickname
		case startsUpper(w) && hasLetter(w):
		case j > first && titleConnectors[w]:
		default:
			return false
		}
	}
	return first < last || first >= 2 && isWorkNoun(strings.ToLower(d.toks[first-2].Text))
}

// isWorkNoun reports a word that names a kind of work before its quoted
// title: a single quoted word is a title only after one ("the single
// "Hunter"", not "he said "Yes"").
func isWorkNoun(w string) bool {
	switch w {
	case "single", "song", "songs", "album", "film", "movie", "book", "novel", "play", "show", "series", "opera",
		"poem", "track", "hit", "musical", "documentary", "game", "painting", "sculpture", "programme", "program":
		return true
	}
	return false
}

// quotedNameOnly reports quotes holding exactly one name the tagger
// found: "the "Washington Post"" is the paper's name, ""Ryan Reynolds"
// <rr@...>" a person's.
func (d *doc) quotedNameOnly(first, last int, cov []int32) bool {
	i := cov[first] - 1
	return i >= 0 && d.ms[i].first == first && d.ms[i].last == last
}

// continents are places no country list holds.
var continents = map[string]bool{
	"africa": true, "america": true, "antarctica": true, "asia": true, "australia": true, "europe": true,
	"oceania": true, "eurasia": true,
}

func (d *doc) isCountryOrContinent(name string) bool {
	lw := strings.ToLower(name)
	return continents[lw] || d.gaz.has(lw, GazCountry)
}

// storms makes misc names of the storms the tagger took for persons or
// places: "Storm Bert", "Hurricane Katrina" ("Typhoon", "Cyclone",
// "Tropical Storm" too), the storm's word included, as CoNLL-style sets
// tag them.
func (d *doc) storms() {
	for i, m := range d.ms {
		if m.confident || m.typ == corpus.FactOrganization {
			continue
		}
		first := m.first
		switch {
		case isStormWord(d.toks[m.first].Text) && m.first < m.last: // "Storm Ophelia" found whole
		case m.first > 0 && d.spaced(m.first-1) && isStormWord(d.toks[m.first-1].Text) && !d.covered(m.first-1):
			first--
		default:
			continue
		}
		if first > 0 && d.toks[first].Text == "Storm" && d.toks[first-1].Text == "Tropical" && d.spaced(first-1) && !d.covered(first-1) {
			first--
		}
		d.ms[i].first, d.ms[i].typ = first, corpus.FactMisc
		d.set(&d.ms[i])
	}
	d.untaggedStorms()
	d.stormLists()
}

// untaggedStorms tags as misc the storms the tagger passed over whole:
// "claims stemming from Hurricane Hugo".
func (d *doc) untaggedStorms() {
	var spans []span
	var cov []int32
	for k := 0; k+1 < len(d.toks); k++ {
		if !isStormWord(d.toks[k].Text) || !d.spaced(k) || !startsUpper(d.toks[k+1].Text) || !isWordStart(d.toks[k+1].Text) || d.dateWord(k+1) ||
			d.gaz.hasLower(d.toks[k+1].Text, GazCommon) {
			continue
		}
		if cov == nil {
			cov = d.coverScratch()
		}
		first := k
		if k > 0 && d.toks[k].Text == "Storm" && d.toks[k-1].Text == "Tropical" && d.spaced(k-1) {
			first--
		}
		if p := first - 1; p >= 0 && startsUpper(d.toks[p].Text) && d.spaced(p) && !d.sentenceStart(first) &&
			!(d.sentenceStart(p) && d.gaz.hasLower(d.toks[p].Text, GazCommon)) || isHead(d.toks[k+1].Text) {
			continue // "the National Hurricane Center"; not "Before Hurricane Gustav"
		}
		if cov[first] == 0 && cov[k+1] == 0 && (k+2 == len(d.toks) || !startsUpper(d.toks[k+2].Text) || !d.spaced(k+1)) {
			spans = append(spans, span{first, k + 1, corpus.FactMisc})
		}
	}
	d.tagSpans(spans)
}

// stormLists makes misc of the storms' names listed after a storm's word
// in lower case ("landfalling hurricanes Harvey, Irma, Maria and
// Michael": persons before), and of the names of the article's storms
// found alone ("Irma" after "Hurricane Irma"), tagged or not.
func (d *doc) stormLists() {
	var names map[string]bool
	add := func(w string) {
		if names == nil {
			names = map[string]bool{}
		}
		names[w] = true
	}
	for _, m := range d.ms {
		if m.typ == corpus.FactMisc && m.first < m.last && isStormWord(d.toks[m.first].Text) && startsUpper(d.toks[m.last].Text) {
			add(d.toks[m.last].Text) // "Hurricane Irma"
		}
	}
	for k := 0; k+1 < len(d.toks); k++ {
		if !isLowerStormWord(d.toks[k].Text) {
			continue
		}
		for j := k + 1; j < len(d.toks) && startsUpper(d.toks[j].Text) && !d.dateWord(j); j += 2 {
			if j+1 < len(d.toks) && startsUpper(d.toks[j+1].Text) && d.spaced(j) {
				break // a longer name: "storms Tropical Storm Bill"
			}
			add(d.toks[j].Text)
			if j+2 >= len(d.toks) || d.toks[j+1].Text != "," && d.toks[j+1].Text != "and" {
				break
			}
			if j+3 < len(d.toks) && d.toks[j+1].Text == "," && d.toks[j+2].Text == "and" {
				j++ // the list's last comma
			}
		}
	}
	if names == nil {
		return
	}
	for i, m := range d.ms {
		if m.first == m.last && !m.confident && m.typ != corpus.FactMisc && names[d.toks[m.first].Text] {
			d.ms[i].typ, d.ms[i].confident = corpus.FactMisc, true
		}
	}
	// and untagged: "Katrina killed 1,800 people"
	var spans []span
	cov := d.coverScratch()
	for k, t := range d.toks {
		if names[t.Text] && cov[k] == 0 && (k+1 == len(d.toks) || !startsUpper(d.toks[k+1].Text) || !d.spaced(k)) &&
			(k == 0 || !startsUpper(d.toks[k-1].Text) || !d.spaced(k-1) || d.sentenceStart(k)) {
			spans = append(spans, span{k, k, corpus.FactMisc})
		}
	}
	d.tagSpans(spans)
}

// isLowerStormWord reports a storm's word in lower case naming the
// storms after it: "hurricanes Harvey, Irma and Maria". A switch: every
// token asks.
func isLowerStormWord(w string) bool {
	switch w {
	case "hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones", "storms":
		return true
	}
	return false
}

// isStormWord reports a word naming a storm before its name. A switch:
// every token asks.
func isStormWord(w string) bool {
	switch w {
	case "Storm", "Hurricane", "Typhoon", "Cyclone":
		return true
	}
	return false
}

// warNames are wars cited by a phrase the tagger passes over or cuts
// ("During World War I", "the Second World War", "the Gulf War", where
// "Gulf" alone was a place): misc, as CoNLL-style sets tag them.
var warNames = [][]string{
	{"World", "War", "I"}, {"World", "War", "II"}, {"World", "War", "One"}, {"World", "War", "Two"},
	{"First", "World", "War"}, {"Second", "World", "War"}, {"Cold", "War"}, {"Gulf", "War"}, {"Korean", "War"},
	{"Vietnam", "War"}, {"Iraq", "War"}, {"Crimean", "War"}, {"Boer", "War"}, {"Napoleonic", "Wars"},
	// other eras news names so: "the Arab Spring" had been a person
	{"Arab", "Spring"}, {"Prague", "Spring"}, {"Great", "Depression"}, {"Great", "Recession"},
}

// warFirsts holds the first words of warNames.
var warFirsts = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range warNames {
		out[w[0]] = true
	}
	return out
}()

// wars tags the names of warNames, over a mention that holds part of
// one ("[Gulf] War"), not one that runs past it ("American Civil War").
func (d *doc) wars() {
	added := false
	for i := 0; i+1 < len(d.toks); i++ {
		if !warFirsts[d.toks[i].Text] {
			continue
		}
		for _, w := range warNames {
			last := i + len(w) - 1
			if last >= len(d.toks) || !d.wordsAt(i, w) || d.overhangs(i, last) {
				continue
			}
			d.tagSpan(i, last, corpus.FactMisc)
			added = true
			i = last
			break
		}
	}
	if added {
		d.sortMentions()
	}
}

// wordsAt reports the words of w at tokens from i, spaced as words are.
func (d *doc) wordsAt(i int, w []string) bool {
	for j, x := range w {
		if d.toks[i+j].Text != x || j > 0 && !d.spaced(i+j-1) {
			return false
		}
	}
	return true
}

// empires joins a nationality and the "Empire" after it into the place:
// "the Russian Empire", where the tagger found "Russian" alone.
func (d *doc) empires() {
	for i, m := range d.ms {
		k := m.last + 1
		if m.typ != corpus.FactMisc || k >= len(d.toks) || d.toks[k].Text != "Empire" || !d.spaced(m.last) || !d.free(k, i+1) ||
			!d.isDemonym(d.text[m.start:m.end]) {
			continue
		}
		d.ms[i].last, d.ms[i].typ = k, corpus.FactLocation
		d.set(&d.ms[i])
	}
}

// eventShortForms makes misc, as the event's, the last word of an
// event's name that the tagger tagged alone elsewhere in the article:
// "This year's Derby" beside "the 146th Kentucky Derby" had been a
// person. Where the rest of the name stands untagged before the word
// ("3-5 Kentucky Derby favorite"), the mention takes it in. "Derby"
// counts here though no misc head: a surname ends persons with it.
func (d *doc) eventShortForms() {
	var events map[string][]string // an event's last word: its name's words, without ordinals or years
	for _, m := range d.ms {
		if m.typ != corpus.FactMisc || m.first == m.last {
			continue
		}
		if lw := strings.ToLower(d.toks[m.last].Text); !miscHeads[lw] && lw != "derby" {
			continue
		}
		first := m.first
		for first < m.last && startsDigitOr(d.toks[first].Text, "") {
			first++ // "146th Kentucky Derby", "2020 Commonwealth Games"
		}
		if first == m.last {
			continue
		}
		if events == nil {
			events = map[string][]string{}
		}
		events[d.toks[m.last].Text] = d.tokenTexts(first, m.last)
	}
	if events == nil {
		return
	}
	var cov []int32
	for i, m := range d.ms {
		if m.confident || m.first != m.last || m.typ == corpus.FactMisc {
			continue
		}
		name, ok := events[d.toks[m.first].Text]
		if !ok {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		if k := m.first - (len(name) - 1); k >= 0 && d.wordsAt(k, name) && cov[k] == 0 && cov[m.first-1] == 0 {
			d.ms[i].first = k
		}
		d.ms[i].typ, d.ms[i].confident = corpus.FactMisc, true
		d.set(&d.ms[i])
	}
}
