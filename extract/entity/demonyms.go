package entity

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"tidings/corpus"
)

// demonymEndings turn a country's name into its people's adjective: the
// ending to cut from the adjective and what to put back ("Sri Lankan" ->
// "Sri Lanka", "Israeli" -> "Israel", "Japanese" -> "Japan", "Italian" ->
// "Italy", "Canadian" -> "Canada", "German" -> "Germany").
var demonymEndings = [][2]string{
	{"n", ""}, {"i", ""}, {"ese", ""}, {"ese", "a"}, {"ian", ""}, {"ian", "y"}, {"ian", "a"}, {"", "y"},
}

// peoples are the nationalities no demonym ending makes from a
// country's name ("French", "Dutch", "Swiss"), and the peoples,
// religions and languages CoNLL-style annotation calls misc as it does
// nationalities ("Kurdish", "Catholic", "Hebrew"), each with its plural
// where it has one; and the two American parties' adjectives ("the
// Democratic nomination", "Republican Bob Dole"). Singulars that are
// also given names or surnames ("Finn", "Dane", "Pole", "Turk") are left
// out.
var peoples = wordSet([]string{
	"american", "americans", "british", "briton", "britons", "english", "scottish", "scots", "welsh", "irish",
	"french", "dutch", "swiss", "spanish", "portuguese", "greek", "greeks", "turkish", "turks",
	"danish", "danes", "swedish", "swedes", "finnish", "finns", "norwegian", "norwegians",
	"icelandic", "polish", "poles", "czech", "czechs", "slovak", "slovaks", "bosnian", "bosnians",
	"macedonian", "macedonians", "ukrainian", "ukrainians", "belarusian", "cypriot", "cypriots", "maltese",
	"thai", "thais", "filipino", "filipinos", "laotian", "burmese", "afghan", "afghans", "saudi", "saudis",
	"yemeni", "yemenis", "lebanese", "sudanese", "congolese", "senegalese", "togolese", "somali", "somalis",
	"ghanaian", "ghanaians", "zimbabwean", "zimbabweans", "burundian", "mozambican", "malagasy", "mexican",
	"mexicans", "peruvian", "peruvians", "argentine", "argentines", "argentinian", "haitian", "haitians",
	"singaporean", "kazakh", "uzbek", "kyrgyz", "tajik", "turkmen", "moroccan", "moroccans", "palestinian",
	"palestinians", "kosovar", "kosovars", "chechen", "chechens", "azeri", "azeris",
	"arab", "arabs", "kurd", "kurds", "kurdish", "serb", "serbs", "croat", "croats", "hutu", "hutus", "tutsi",
	"tutsis", "pashtun", "pashtuns", "tamil", "tamils", "berber", "berbers", "bedouin", "basque", "basques",
	"catalan", "catalans", "slav", "slavs", "slavic", "latino", "latinos", "hispanic", "hispanics", "maori",
	"inuit", "uighur", "uighurs", "uyghur", "uyghurs", "yazidi", "yazidis", "druze", "rohingya", "sinhalese",
	"jewish", "jew", "jews", "judaism", "catholic", "catholics", "catholicism", "christian", "christians",
	"christianity", "protestant", "protestants", "protestantism", "islam", "islamic", "muslim", "muslims",
	"moslem", "moslems", "hindu", "hindus", "hinduism", "buddhist", "buddhists", "buddhism", "sikh", "sikhs",
	"sunni", "sunnis", "shiite", "shiites", "shi'ite", "shi'ites", "shia", "anglican", "anglicans", "lutheran",
	"lutherans", "methodist", "methodists", "mormon", "mormons", "jesuit", "jesuits", "zionist", "zionists",
	"roman catholic", "roman catholics", "roman catholicism", "greek orthodox", "russian orthodox",
	"latin", "hebrew", "arabic", "persian", "urdu", "hindi", "bengali", "swahili", "mandarin", "cantonese",
	"sanskrit", "yiddish", "gaelic", "castilian", "flemish", "walloon", "democratic", "republican",
	"philippine", "soviet", "soviets", "yugoslav", "yugoslavs", "european", "europeans", "asian", "asians", "african", "africans",
	"scandinavian", "scandinavians", "nordic", "belgian", "belgians", "chilean", "chileans", "korean", "koreans", "ecuadorean",
	"ecuadoreans", "ecuadorian", "ecuadorians", "uruguayan", "uruguayans", "paraguayan", "paraguayans", "emirati", "emiratis",
	// peoples of history, whom no country's name gives: "Roman Emperor Hadrian", "the Ottoman Empire"
	// (not "Norman", "Celtic", "Vikings": a given name and town, a club, a team)
	"roman", "romans", "ottoman", "ottomans", "byzantine", "byzantines", "mughal", "mughals", "anglo-saxon",
	"anglo-saxons", "prussian", "prussians", "mongol", "mongols", "aztec", "aztecs", "mayan", "mayans",
	"carthaginian", "carthaginians", "babylonian", "babylonians", "assyrian", "assyrians", "phoenician",
	"phoenicians", "etruscan", "etruscans",
})

// peoplesTitled holds the peoples as a capitalised word writes them.
var peoplesTitled = func() map[string]bool {
	m := make(map[string]bool, len(peoples))
	for w := range peoples {
		m[strings.ToUpper(w[:1])+w[1:]] = true
	}
	return m
}()

// isDemonym reports a word or two formed from a country's name by a
// demonym ending, or a listed people, religion or language, singular or
// plural ("Americans", "Israelis"): a nationality, not the country.
func (d *doc) isDemonym(name string) bool {
	if name == "" {
		return false
	}
	switch name[len(name)-1] {
	case 'n', 'i', 'e', 's', 'N', 'I', 'E', 'S': // the last letters of every ending and plural
	default:
		return lowerIn(peoples, name)
	}
	var buf [48]byte
	lw := appendLower(buf[:0], name)
	if peoples[string(lw)] {
		return true
	}
	if d.gaz.hasBytes(lw, nil, GazCountry) {
		return false
	}
	if stem, ok := bytes.CutSuffix(lw, []byte("s")); ok && (bytes.HasSuffix(stem, []byte("n")) || bytes.HasSuffix(stem, []byte("i"))) && d.endsDemonym(stem) {
		return true // "Germans", "Israelis"
	}
	// the people of a place of two words or more: "New Yorkers", "Hong
	// Kongers", "Rhode Islanders" (not of one: "Lakers", "Packers")
	if stem, ok := bytes.CutSuffix(lw, []byte("ers")); ok && bytes.IndexByte(stem, ' ') > 0 &&
		d.gaz.inLists(string(stem))&(1<<GazCountry|1<<GazRegion|1<<GazCity) != 0 {
		return true
	}
	return d.endsDemonym(lw)
}

// endsDemonym reports lw a country's name with a demonym ending.
func (d *doc) endsDemonym(lw []byte) bool {
	for _, e := range demonymEndings {
		if stem, ok := bytes.CutSuffix(lw, []byte(e[0])); ok && len(stem) >= 3 && d.gaz.hasBytes(stem, []byte(e[1]), GazCountry) {
			return true
		}
	}
	return false
}

// appendLower appends s in lower case to b; without allocating when s is
// ASCII and b has room.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// nationalityWord is isDemonym for a capitalised word, without
// allocating for the words that cannot be one.
func (d *doc) nationalityWord(w string) bool {
	if peoplesTitled[w] {
		return true
	}
	switch w[len(w)-1] {
	case 'n', 'i', 'e', 's':
		return d.isDemonym(w)
	}
	return false
}

// demonyms makes misc names of nationalities the tagger called a place,
// an organization or a person ("the Sri Lankan military"): CoNLL-style
// annotation calls them misc. A nationality before a capitalised word is
// left alone, it may open a name ("Indian Ocean", "Iraqi Islamic Party"),
// unless the word is a title or opens a person's name ("Philippine
// President Fidel Ramos").
func (d *doc) demonyms() {
	var cov []int32
	for i, m := range d.ms {
		if m.typ == corpus.FactMisc || m.confident || m.last-m.first > 1 {
			continue
		}
		if k := m.last + 1; k < len(d.toks) && startsUpper(d.toks[k].Text) {
			if cov == nil {
				cov = d.coverMask()
			}
			if !d.personOrTitleAt(k, cov) {
				continue
			}
		}
		if d.isDemonym(strings.Join(d.words(m), " ")) {
			d.ms[i].typ = corpus.FactMisc
		}
	}
}

// twoWordNationalities joins to a nationality the word before it that
// names it with it ("North Korean", "South African", "West German"),
// where the tagger called that word a place or left it out.
func (d *doc) twoWordNationalities() {
	var spans []span
	var cov []int32
	for _, m := range d.ms {
		k := m.first - 1
		if m.typ != corpus.FactMisc || m.first != m.last || k < 0 || !d.spaced(k) || !startsUpper(d.toks[k].Text) {
			continue
		}
		if !d.isDemonym(d.toks[k].Text + " " + d.toks[m.first].Text) {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		if i := cov[k] - 1; i < 0 || d.ms[i].first == k && d.ms[i].last == k && d.ms[i].typ == corpus.FactLocation {
			spans = append(spans, span{k, m.last, corpus.FactMisc})
		}
	}
	d.tagSpans(spans)
}

// nationalities tags as misc the nationalities, peoples, religions and
// languages the tagger left untagged ("Iraqi forces", "Kurdish rebels",
// "the Catholic clergy", "Jews"), as CoNLL-style annotation does; not
// before a capitalised word ("American Express", "Latin America", "Arab
// League") or after one inside a sentence. Two words are one nationality
// when they name it together ("North Korean", "Sri Lankan").
func (d *doc) nationalities() {
	var spans []span
	var cov []int32
	skip := -1 // the second word of a nationality of two
	for _, k32 := range d.cues().capitals {
		k := int(k32)
		if k <= skip {
			continue
		}
		w := d.toks[k].Text
		if cov == nil {
			cov = d.coverMask()
		}
		if cov[k] != 0 || isAllCaps(w) {
			continue
		}
		last := k
		if next := d.nextWord(k); next != "" && cov[k+1] == 0 && startsUpper(next) && strings.ContainsRune("nie", rune(next[len(next)-1])) && d.isDemonym(w+" "+next) {
			last = k + 1
		} else if !d.nationalityWord(w) {
			continue
		}
		if last+1 < len(d.toks) && startsUpper(d.toks[last+1].Text) && !d.lineBreakBefore(last+1, last) && !d.personOrTitleAt(last+1, cov) ||
			k > 0 && d.nameBefore(k) || d.hyphenGlued(k, last) {
			continue
		}
		spans = append(spans, span{k, last, corpus.FactMisc})
		skip = last
	}
	d.tagSpans(spans)
}

// hyphenGlued reports tokens first to last glued by a hyphen to the word
// before or after: "Cuban-American", "anti-Spanish" are other words.
func (d *doc) hyphenGlued(first, last int) bool {
	if first > 0 && d.toks[first-1].Text == "-" && d.toks[first-1].End == d.toks[first].Start {
		return true
	}
	return last+1 < len(d.toks) && d.toks[last+1].Text == "-" && d.toks[last].End == d.toks[last+1].Start
}

// joinedByHyphen reports token k a hyphen glued to capitalised words
// either side: "Saab-Scania", "Tiglath-Pileser".
func (d *doc) joinedByHyphen(k int) bool {
	return d.gluedHyphen(k) && startsUpper(d.toks[k-1].Text) && startsUpper(d.toks[k+1].Text)
}

// nameBefore reports a capitalised word before token k that may be part
// of one name with it: not a common word opening the sentence ("The").
func (d *doc) nameBefore(k int) bool {
	prev := d.toks[k-1].Text
	return startsUpper(prev) && !d.sentenceStart(k) && !(d.sentenceStart(k-1) && d.gaz.hasLower(prev, GazCommon))
}

// nextWord returns the text of token k+1, or "" at the end.
func (d *doc) nextWord(k int) string {
	if k+1 < len(d.toks) {
		return d.toks[k+1].Text
	}
	return ""
}

// personOrTitleAt reports token k opening a person's name (cov is the
// coverMask) or a title: a nationality before it is no part of a name.
func (d *doc) personOrTitleAt(k int, cov []int32) bool {
	if i := cov[k] - 1; i >= 0 && d.ms[i].first == k && d.ms[i].typ == corpus.FactPerson {
		return true
	}
	return isTitle(d.toks[k].Text)
}

// eponymAdjectives makes misc of the adjectives formed from a person's
// name that the tagger called persons: "familiar Trumpian talking
// points" beside "Donald Trump". The stem must be a word of the
// article's persons (a surname of the lists made "Zakian" misc, after
// "Zak"), and the word itself no given name or surname ("Julian",
// "Christian").
func (d *doc) eponymAdjectives() {
	var persons map[string]bool
	for i, m := range d.ms {
		if m.confident || m.first != m.last || m.typ != corpus.FactPerson {
			continue
		}
		w := d.toks[m.first].Text
		stem := ""
		for _, suffix := range []string{"esque", "ian", "ean"} {
			if s, ok := strings.CutSuffix(w, suffix); ok && len(s) >= 3 {
				stem = s
				break
			}
		}
		if stem == "" || d.personWordsAt(m.first, m.first) {
			continue
		}
		if persons == nil {
			persons = d.personWords()
		}
		if persons[stem] || persons[stem+"e"] {
			d.ms[i].typ, d.ms[i].confident = corpus.FactMisc, true
		}
	}
}

// placePeoples cuts a name the tagger made of a place and a people after
// it into the two: "the exodus of about 2 million Rwanda Hutus" is the
// place "Rwanda" and the misc "Hutus". The place must be a country or a
// region: a town before a people names a team ("Cleveland Indians").
func (d *doc) placePeoples() {
	var spans []span
	for _, m := range d.ms {
		if w := d.toks[m.last].Text; m.confident || m.typ == corpus.FactMisc || m.first == m.last || !strings.HasSuffix(w, "s") || !d.isDemonym(w) {
			continue // a people, plural: "East African" is one adjective
		}
		if place := strings.ToLower(d.text[m.start:d.toks[m.last-1].End]); d.isPlace(place) && !compassPoints[place] && !compassAdjectives[place] {
			// a country or region ("Cleveland Indians" is a team), not a
			// direction: "South Slavs", "Western Christians"
			spans = append(spans, span{m.first, m.last - 1, corpus.FactLocation}, span{m.last, m.last, corpus.FactMisc})
		}
	}
	d.tagSpans(spans)
}

// compassAdjectives name the part of the world a people lives in, and a
// region of some country too ("Western" province).
var compassAdjectives = map[string]bool{"western": true, "eastern": true, "northern": true, "southern": true, "central": true}
