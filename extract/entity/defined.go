package entity

import (
	"strings"

	"tidings/corpus"
)

// definitions types the names that a sentence, or a clause after a
// comma, opens by defining them: "30 Seconds to Mars ( or Thirty
// Seconds to Mars ) is an alternative rock band", "Bank Hey is a suburb
// of Blackburn", "Through his grandmother, Mishima was a direct
// descendant of". The noun heading the definition says the type; the
// name, its aliases in the parentheses and every other mention of them
// in the document take the defined span and type. Encyclopaedic text
// opens this way, and the tagger, which reads words, cuts names made of
// common words ("Mars") or types them by a word of theirs ("Prova" a
// person).
func (d *doc) definitions() {
	var spans []span
	next := 0 // the first token after the last definition
	for _, k32 := range d.cues().copulas {
		k := int(k32)
		kind, ok := d.kindPhrase(k + 1)
		if !ok {
			continue
		}
		last := k - 1
		var aliases []span
		if d.toks[last].Text == ")" {
			if last, aliases = d.aliasesBefore(last); last < 0 {
				continue
			}
		}
		i := d.definedNameStart(max(next, last-15), last)
		if i < 0 || !d.definable(i, last, kind.typ) {
			continue
		}
		first := i
		if d.toks[i].Text == "The" && !kind.work {
			first++ // "The Blindleia is a waterway"; "The Color Purple is a novel"
		}
		if kind.typ == corpus.FactPerson {
			for j := last - 1; j > first; j-- {
				if d.toks[j].Text == ":" {
					first = j + 1 // a heading before the name: "Little black book: Jane Lewis: Jane Lewis is the founder"
					break
				}
			}
			for j := first + 1; j < last; j++ {
				if d.toks[j].Text == "of" {
					last = j - 1 // "Catherine de Medici of France"
					break
				}
			}
		}
		spans = append(spans, span{first, last, kind.typ})
		next = k
		for _, a := range aliases {
			spans = append(spans, span{a.first, a.last, kind.typ})
		}
	}
	spans = append(spans, d.appositions()...)
	if len(spans) == 0 {
		return
	}
	d.tagSpans(append(spans, d.repeats(spans)...))
}

// definedNameStart returns the first token from the earliest of tokens
// from..last that opens a sentence or a clause after a comma and a name
// running to last, or -1.
func (d *doc) definedNameStart(from, last int) int {
	for i := max(from, 0); i <= last; i++ {
		w := d.toks[i].Text
		if !startsUpper(w) && !startsDigitOr(w, "") || !d.sentenceStart(i) && d.toks[i-1].Text != "," ||
			i > 0 && d.toks[i-1].End == d.toks[i].Start { // "P-Funk"
			continue
		}
		if d.nameRunAt(i) == last {
			return i
		}
	}
	return -1
}

// aliasesBefore returns the token before the parenthesis that closes at
// token k, and the aliases in it, or -1.
func (d *doc) aliasesBefore(k int) (int, []span) {
	for p := k - 1; p > 0 && p >= k-26; p-- {
		if d.toks[p].Text == "(" {
			if end, aliases := d.aliasesIn(p); end == k {
				return p - 1, aliases
			}
			return -1, nil
		}
	}
	return -1, nil
}

// definable reports whether the name of tokens first..last may be
// defined as a typ: not a common word alone ("Philosophy is a game",
// "Barcodes are a series of lines" where "the barcode" is written too),
// not a country or region defined as anything but a place ("China is
// a major investor"); a town may be a person's name ("Mishima was a
// direct descendant of").
func (d *doc) definable(first, last int, typ corpus.FactType) bool {
	name := d.text[d.toks[first].Start:d.toks[last].End]
	lw := strings.ToLower(name)
	switch {
	case first == last && (d.gaz.has(lw, GazCommon) || d.writtenLower(lw)):
		return false
	case typ != corpus.FactLocation && d.isPlace(name):
		return false
	}
	return true
}

// stateAfterTown reports a place at token k that follows a place and a
// comma: the state or country of a town.
func (d *doc) stateAfterTown(k int) bool {
	return k >= 2 && d.toks[k-1].Text == "," && d.typeOf(k-2) == corpus.FactLocation
}

// definitionOpeners open sentences but no name ("Today is a holiday").
var definitionOpeners = map[string]bool{
	"it": true, "this": true, "that": true, "these": true, "those": true, "there": true, "here": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "today": true, "yesterday": true,
	"tomorrow": true, "now": true, "then": true, "what": true, "which": true, "who": true, "one": true,
	"each": true, "everything": true, "nothing": true, "something": true, "all": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "my": true, "your": true, "another": true, "such": true,
	"why": true, "how": true, "where": true, "when": true,
}

// writtenLower reports lower-case word lw, or its singular, written so
// in the document. The words are gathered on first use: a document may
// define thousands of names.
func (d *doc) writtenLower(lw string) bool {
	if d.lower == nil {
		d.lower = map[string]bool{}
		for _, t := range d.toks {
			if t.Text != "" && t.Text[0] >= 'a' && t.Text[0] <= 'z' {
				d.lower[t.Text] = true
			}
		}
	}
	return d.lower[lw] || d.lower[strings.TrimSuffix(lw, "s")]
}

// nameRunAt returns the last token of the name that token i opens: words
// in capitals or figures, joined by lower-case particles ("30 Seconds to
// Mars", "Diego Silang y Andaya", "The Rape of Nanking: The Forgotten
// Holocaust"), or -1.
func (d *doc) nameRunAt(i int) int {
	w := d.toks[i].Text
	lw := strings.ToLower(w)
	if definitionOpeners[lw] || months[lw] || weekdays[lw] || isTitle(w) {
		return -1
	}
	last, words := -1, 0
	for j := i; j < len(d.toks) && j < i+16 && !d.lineBreakBefore(j, i); j++ {
		t := d.toks[j].Text
		switch {
		case startsUpper(t) && hasWordRune(t):
			last, words = j, words+1
		case j == i && startsDigitOr(t, "") && len(t) < 4:
			last = j // "30 Seconds to Mars"; not a year
		case nameJoiners[t] || particles[t]:
			// only between words of the name: "Will Travel" must follow;
			// a possessive only in a title ("The Devil's Skipper", not
			// "Manhattan's Herald Square")
			if (t == "'s" || t == "’s") && d.toks[i].Text != "The" {
				return -1
			}
			if (t == "and" || t == "&") && i > 0 && d.toks[i-1].Text == "," {
				return -1 // a list: "Jeddah, Medina and Dubai are"
			}
		default:
			if words == 0 {
				return -1 // "1990 was a year"
			}
			return last
		}
	}
	return -1 // a run this long is no name
}

// nameJoiners join the capitalised words of a long name.
var nameJoiners = map[string]bool{
	"of": true, "to": true, "the": true, "and": true, "for": true, "on": true, "in": true, "a": true, "an": true,
	"&": true, "-": true, ":": true, "'s": true, "’s": true,
}

// kind is what a definition's noun says of a name: its type, and for
// works, that the name keeps a leading "The".
type kind struct {
	typ  corpus.FactType
	work bool
	noun int // the token of the noun
}

// aliasesIn returns the token closing the parenthesis opened at k and
// the names it gives as aliases: the capitalised runs opening it or
// following "or", "also", "as" ("( or Thirty Seconds to Mars )", "(also
// Sunnybower or Sunny Bower)"); none where it says where one was born.
// It returns -1 when the parenthesis does not close within a few words.
func (d *doc) aliasesIn(k int) (int, []span) {
	var out []span
	born := false
	for j := k + 1; j < len(d.toks) && j <= k+25; j++ {
		t := d.toks[j].Text
		if t == ")" {
			return j, out
		}
		if t == "(" {
			return -1, nil
		}
		if t == "born" || t == "b." || t == "died" || t == "d." {
			out = nil
			born = true
		}
		prev := d.toks[j-1].Text
		if born || !startsUpper(t) || prev != "or" && prev != "also" && prev != "as" && prev != "aka" {
			continue
		}
		last := j
		for e := j + 1; e < len(d.toks) && e <= k+25; e++ {
			if w := d.toks[e].Text; startsUpper(w) && hasWordRune(w) {
				last = e
			} else if !nameJoiners[w] && !particles[w] || w == "," {
				break
			}
		}
		if lw := strings.ToLower(t); !months[lw] && !definitionOpeners[lw] {
			out = append(out, span{j, last, ""})
		}
		j = last
	}
	return -1, nil
}

// kindPhrase reads the definition from its determiner at token k ("a",
// "an", "the") to the noun heading the phrase, whose kind says the type
// ("is an alternative rock band from", "is a suburb of", "was a 1928
// American silent drama film"). The first word before an ender heads the
// phrase: "a lawmaker from the state" defines no place, "a band leader"
// no band.
func (d *doc) kindPhrase(k int) (kind, bool) {
	if !isArticle(d.toks[k].Text) {
		return kind{}, false
	}
	for j := k + 1; j < len(d.toks)-1 && j <= k+7; j++ {
		w, next := d.toks[j].Text, d.toks[j+1].Text
		if !hasWordRune(w) && w != "-" || definitionEnders[w] || determiners[w] {
			return kind{}, false // "a lawmaker representing the state of Illinois"
		}
		if d.phraseGoesOn(j) {
			continue
		}
		typ, ok := kindNouns[w] // in lower case: "a Liberal Party of Canada" names a party
		if !ok || next == "of" && (w == "series" || w == "group" || w == "chain") {
			return kind{}, false // the phrase ended without a kind noun; "a series of pictures"
		}
		switch prev := d.toks[j-1].Text; {
		case w == "station" && (prev == "radio" || prev == "television" || prev == "TV"),
			w == "district" && prev == "school":
			typ = corpus.FactOrganization
		}
		return kind{typ, workNouns[w], j}, true
	}
	return kind{}, false
}

// phraseGoesOn reports a word of a definition that its noun phrase goes
// on after: a word qualifying the next ("a band leader"), a part of a
// hyphenated word ("a play-by-play announcer", "a skerry-protected
// waterway"), a possessor ("the group's head").
func (d *doc) phraseGoesOn(j int) bool {
	w, next := d.toks[j].Text, d.toks[j+1].Text
	switch {
	case w == "-", next == "-" && !d.spaced(j), strings.HasPrefix(next, "'"), strings.HasPrefix(next, "’"):
		return true
	case definitionEnders[next]:
		return false
	case d.toks[j-1].Text == "-" && !d.spaced(j-1):
		return true
	}
	return hasWordRune(next) && !strings.HasSuffix(next, "ed") // "a band formed in"
}

// definitionEnders end the phrase a kind noun heads: "a band from", "a
// suburb of", "a novel by", "a company that".
var definitionEnders = map[string]bool{
	".": true, ",": true, ";": true, ":": true, "(": true, "from": true, "by": true, "in": true, "of": true,
	"that": true, "which": true, "who": true, "with": true, "and": true, "for": true, "on": true, "at": true,
	"near": true, "between": true, "to": true, "whose": true, "where": true, "starring": true, "about": true,
	"under": true, "since": true, "founded": true, "formed": true, "based": true, "located": true,
	"situated": true, "written": true, "directed": true, "released": true, "published": true,
	"established": true, "created": true, "operated": true, "owned": true, "produced": true, "known": true,
	"headquartered": true, "set": true, "originally": true, "run": true, "led": true, "backed": true, "controlled": true,
	"headed": true, "chaired": true,
}

// kindNouns head definitions of names of one type: "a band", "a
// suburb", "a novel", "a singer". Nouns that head several kinds of
// names are left out: "leader", "member", "producer", "group of",
// "newspaper" and "magazine" (organizations in news corpora, works in
// encyclopaedic ones), "school" (of thought), "game" ("Curling is an
// ancient game").
var kindNouns = func() map[string]corpus.FactType {
	out := map[string]corpus.FactType{}
	add := func(t corpus.FactType, words string) {
		for _, w := range strings.Fields(words) {
			out[w] = t
		}
	}
	add(corpus.FactOrganization, `band group company corporation firm consultancy manufacturer maker automaker
		carmaker chipmaker drugmaker airline bank club team party organization organisation association society
		university college academy agency charity foundation label broadcaster network retailer chain
		institute duo trio quartet quintet orchestra choir ensemble conglomerate subsidiary startup studio league
		federation council committee ministry department insurer lender brewer publisher partnership cooperative
		militia fund`)
	add(corpus.FactLocation, `village town city suburb hamlet municipality commune county district parish
		province region state country river lake mountain peak island archipelago valley bay peninsula desert
		forest park neighbourhood neighborhood borough settlement locality capital metropolis port harbour harbor
		station airport stadium arena skyscraper bridge church cathedral mosque temple castle palace mansion
		street road avenue highway canal reservoir glacier volcano oilfield waterway strait gulf constituency
		ward townland territory kingdom empire`)
	add(corpus.FactMisc, `videogame language dialect festival award prize tournament championship battle
		war campaign treaty train`)
	for w := range workNouns {
		out[w] = corpus.FactMisc
	}
	add(corpus.FactPerson, `singer songwriter actor actress politician writer author poet novelist painter
		sculptor artist composer musician pianist guitarist drummer bassist violinist rapper dancer comedian
		player pitcher footballer cricketer boxer wrestler golfer athlete swimmer cyclist journalist presenter
		scientist physicist chemist biologist mathematician economist historian philosopher theologian engineer
		architect lawyer judge businessman businesswoman entrepreneur banker investor industrialist
		philanthropist activist diplomat soldier admiral priest bishop cardinal monk nun saint pope king queen
		prince princess emperor empress pharaoh sultan president senator governor mayor minister chancellor
		premier coach photographer filmmaker director designer inventor explorer astronaut astronomer
		physician surgeon professor scholar linguist psychologist sociologist anthropologist archaeologist
		botanist geologist chef playwright screenwriter lyricist vocalist jockey skier sprinter goalkeeper
		midfielder quarterback batsman descendant son daughter grandson granddaughter wife husband widow brother
		sister nephew niece cousin heir chairman chairwoman founder co-founder cofounder executive`)
	return out
}()

// determiners open another noun phrase inside a definition.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "this": true}

// workNouns head definitions of works, whose titles keep a leading "The"
// ("The Color Purple is a 1982 novel").
var workNouns = wordSet(strings.Fields(`novel film movie album song single book play musical opera poem series
	sitcom painting sculpture symphony ballet`))

// repeats returns the other mentions of the defined spans' words in the
// document, typed as their spans: one pass over the tokens, whatever
// the number of definitions.
func (d *doc) repeats(defined []span) []span {
	byFirst := map[string][]span{}
	for _, s := range defined {
		w := d.toks[s.first].Text
		byFirst[w] = append(byFirst[w], s)
	}
	cov := d.coverMask()
	var out []span
	for i := range d.toks {
		for _, s := range byFirst[d.toks[i].Text] {
			n := s.last - s.first + 1
			if i == s.first || i+n > len(d.toks) {
				continue
			}
			same := true
			for k := 1; k < n && same; k++ {
				same = d.toks[i+k].Text == d.toks[s.first+k].Text
			}
			// not inside a longer capitalised name ("The Elephant Man
			// Show"), nor inside a longer name the tagger found ("The
			// Luck of Barry Lyndon")
			if same && (i == 0 || !startsUpper(d.toks[i-1].Text) || d.sentenceStart(i)) &&
				(i+n == len(d.toks) || !startsUpper(d.toks[i+n].Text)) && !d.reachesBeyond(cov, i, i+n-1) {
				out = append(out, span{i, i + n - 1, s.typ})
				break
			}
		}
	}
	return out
}

// reachesBeyond reports a mention over tokens first..last that reaches
// beyond them: one that covers the first or the last of them, since
// mentions do not overlap.
func (d *doc) reachesBeyond(cov []int32, first, last int) bool {
	for _, k := range [2]int{first, last} {
		if i := cov[k] - 1; i >= 0 && (d.ms[i].first < first || d.ms[i].last > last) {
			return true
		}
	}
	return false
}

// appositions types the names a phrase between commas defines as a
// person or an organization. Persons: "Ali Shakeri, a peace activist
// from California", "Mullah Obaidullah Akhund, a former Taleban defense
// minister", the mention before the comma a place or an organization to
// the tagger. The noun must end the phrase or open its complement ("In
// Dohuk, the provincial governor escaped" is a clause's subject and
// verb), the name not follow a preposition opening the sentence, nor a
// head word end it ("Peace Memorial Park"), nor be a known place or
// company. Organizations: "Epic Games, the maker of Fortnite", a misc
// name or an unknown place to the tagger, after no preposition at all
// ("in London, the bank said").
func (d *doc) appositions() []span {
	var out []span
	var cov []int32
	for _, k32 := range d.cues().appositive {
		k := int(k32)
		if s, ok := d.namedApposition(k); ok {
			out = append(out, s)
			continue
		}
		kind, ok := d.kindPhrase(k + 1)
		if !ok || kind.typ != corpus.FactPerson && kind.typ != corpus.FactOrganization {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		i := cov[k-1] - 1
		ends := definitionEnders[d.toks[kind.noun+1].Text] // the noun ends the phrase or opens its complement
		if kind.typ == corpus.FactPerson && ends && (i < 0 || d.ms[i].first == k-1 && d.ms[i].typ != corpus.FactPerson) {
			// a name the tagger missed, or whose given name it cut: "Ratan [Tata]"
			if first := d.untaggedName(cov, k-1); first >= 0 {
				out = append(out, span{first, k - 1, corpus.FactPerson})
				continue
			}
		}
		if i < 0 {
			if kind.typ == corpus.FactOrganization && ends {
				if first := d.untaggedCompany(cov, k-1); first >= 0 {
					out = append(out, span{first, k - 1, corpus.FactOrganization})
				}
			}
			continue
		}
		m := d.ms[i]
		if m.last != k-1 || m.confident || m.typ == kind.typ || !ends ||
			m.first > 0 && (d.toks[m.first-1].Text == "a" || d.toks[m.first-1].Text == "an") { // "a Peroni, the king of beers"
			continue
		}
		name := d.key(m)
		if kind.typ == corpus.FactOrganization {
			if m.typ == corpus.FactPerson || m.first > 0 && prepositions[strings.ToLower(d.toks[m.first-1].Text)] ||
				m.typ == corpus.FactLocation && (d.isKnownPlace(name) || dottedState(name) || d.stateAfterTown(m.first)) ||
				!d.definable(m.first, m.last, kind.typ) {
				continue // "Lawrence Agency Corp., Schenectady, N.Y., an insurance agency": the company is defined
			}
			out = append(out, span{m.first, m.last, kind.typ})
			continue
		}
		if m.typ == corpus.FactMisc || m.first > 0 && d.sentenceStart(m.first-1) && prepositions[strings.ToLower(d.toks[m.first-1].Text)] {
			continue // "In Dohuk, the provincial governor escaped": the clause's subject and its verb follow
		}
		if isHead(d.toks[d.head(m.first, m.last)].Text) || d.placeOrCompany(name) ||
			!d.definable(m.first, m.last, corpus.FactPerson) {
			continue
		}
		out = append(out, span{m.first, m.last, corpus.FactPerson})
	}
	return out
}

// namedApposition returns an untagged capitalised word before the comma
// at token k that an organization's name after "the" renames: "Gavi, the
// Vaccine Alliance, said" (Gavi is also a town). The word opens the
// sentence or follows a word in lower case but an article (not in a list:
// "the Bangles, the Smiths"), is no common word, country or region,
// opener of a sentence ("However, the Senate said") or month, and the
// name ends the phrase.
func (d *doc) namedApposition(k int) (span, bool) {
	if k < 1 || k+2 >= len(d.toks) || d.toks[k+1].Text != "the" || d.typeOf(k-1) != "" {
		return span{}, false
	}
	var name mention
	found := false
	for _, m := range d.ms {
		if m.first == k+2 {
			name, found = m, true
			break
		}
	}
	if !found || name.typ != corpus.FactOrganization || name.last+1 >= len(d.toks) || !definitionEnders[d.toks[name.last+1].Text] {
		return span{}, false
	}
	w := d.toks[k-1].Text
	lw := strings.ToLower(w)
	if k > 1 && !d.sentenceStart(k-1) && (!isLowerWord(d.toks[k-2].Text) || isArticle(d.toks[k-2].Text)) { // "the Bangles, the Smiths"; "549 BC, the Achaemenid Empire"
		return span{}, false
	}
	if d.gaz.has(lw, GazCommon) || d.isPlace(w) || homeNations[lw] ||
		definitionOpeners[lw] || lowerIn(sentenceAdverbs, w) || d.dateWord(k-1) || isTitle(w) || !hasLetter(w) {
		return span{}, false
	}
	return span{k - 1, k - 1, corpus.FactOrganization}, true
}

// untaggedCompany returns the first token of a company's name the tagger
// missed before an organization's phrase between commas, or -1: "led by
// Thrive Capital, the venture firm run by Josh Kushner". Two to four
// capitalised words, untagged, after a word in lower case or opening a
// sentence, the last a company's or an industry's word.
func (d *doc) untaggedCompany(cov []int32, last int) int {
	lw := strings.ToLower(d.toks[last].Text)
	if !companyTails[lw] && !industryTails[lw] && !lowerIn(industryHeads, lw) {
		return -1
	}
	first, opened := d.capsRunBefore(cov, last, 4)
	if first == last || !opened {
		return -1
	}
	return first
}

// untaggedName returns the first token of a name of two or three
// capitalised words, untagged but the last, that ends at token last and
// opens a sentence or follows a word in lower case, or -1: "Ratan Tata,
// the former chairman of the Tata Group" (no list knows Ratan, and Tata
// is a company). No word is a title, head, office or company word, and
// the name no known place or company.
func (d *doc) untaggedName(cov []int32, last int) int {
	first, opened := d.capsRunBefore(cov, last, 4)
	if first == last || last-first > 2 || !opened {
		return -1
	}
	for k := first; k <= last; k++ {
		w := d.toks[k].Text
		if !startsUpper(w) || isAllCaps(w) || !hasLetter(w) || isHead(w) || isTitle(w) || officeWord(w) || lowerIn(companyTails, w) ||
			definitionOpeners[strings.ToLower(w)] || d.dateWord(k) {
			return -1
		}
	}
	if d.placeOrCompany(d.text[d.toks[first].Start:d.toks[last].End]) {
		return -1
	}
	return first
}

// capsRunBefore returns the first token of the run of up to words
// untagged capitalised words ending at token last (which may be tagged),
// within its sentence, less the words that open sentences and phrases
// ("Yesterday [Samkelo Mokhine], the founder", "In [Lonsdale]"), and
// whether the run opens a sentence, follows a word in lower case or
// followed such an opener.
func (d *doc) capsRunBefore(cov []int32, last, words int) (first int, opened bool) {
	first = last
	for first > 0 && last-first < words-1 && startsUpper(d.toks[first-1].Text) && !isDeterminer(d.toks[first-1].Text) &&
		cov[first-1] == 0 && d.spaced(first-1) && !d.sentenceStart(first) {
		first--
	}
	opened = d.sentenceStart(first) || isLowerWord(d.toks[first-1].Text) || isDeterminer(d.toks[first-1].Text)
	for first < last && d.openerAt(first) {
		first++
		opened = true
	}
	return first, opened
}

// openerAt reports token k a word that opens a sentence or a phrase and
// names nothing: "Yesterday", "Then", "In", "The".
func (d *doc) openerAt(k int) bool {
	lw := strings.ToLower(d.toks[k].Text)
	return definitionOpeners[lw] || prepositions[lw] || isDeterminer(d.toks[k].Text)
}

// prepositions open a phrase a comma may close before the clause's
// subject: "In Dohuk, the governor".
var prepositions = map[string]bool{
	"in": true, "at": true, "on": true, "from": true, "to": true, "of": true, "with": true, "for": true, "by": true,
	"near": true, "into": true, "across": true, "after": true, "before": true, "during": true, "since": true,
	"outside": true, "inside": true, "through": true, "throughout": true, "around": true, "like": true,
}

// knownAs gives the name after "known as" that the tagger read as a
// place the type of the person or organization it renames: "the Japanese
// Trade Union Confederation, known as Rengo", "Bryan Yambao, also known
// as Bryanboy" (the tagger types the alias by its own letters). Not a
// place ending a longer name ("the U.N. Stabilization Mission in Haiti,
// known as MINUSTAH"), nor a name a rule typed.
func (d *doc) knownAs() {
	for _, m := range d.ms {
		if m.typ != corpus.FactPerson && m.typ != corpus.FactOrganization ||
			m.first >= 2 && (d.toks[m.first-1].Text == "in" || d.toks[m.first-1].Text == "of") && startsUpper(d.toks[m.first-2].Text) {
			continue
		}
		k := m.last + 1
		if k < len(d.toks) && (d.toks[k].Text == "," || d.toks[k].Text == "(") {
			k++
		}
		if k < len(d.toks) && (d.toks[k].Text == "also" || d.toks[k].Text == "commonly" || d.toks[k].Text == "better") {
			k++
		}
		if k+2 >= len(d.toks) || d.toks[k].Text != "known" || d.toks[k+1].Text != "as" {
			continue
		}
		k += 2
		for i, n := range d.ms {
			if n.first == k && !n.confident && n.typ == corpus.FactLocation {
				d.ms[i].typ, d.ms[i].confident = m.typ, true
			}
		}
	}
}
