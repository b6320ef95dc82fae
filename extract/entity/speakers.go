package entity

import (
	"slices"
	"strings"

	"tidings/corpus"
)

// isSpeechVerb reports a word that says what someone said: the words
// news puts beside the name of whoever is quoted. A switch, not a map:
// every token of a document asks.
func isSpeechVerb(w string) bool {
	if len(w) < 4 || len(w) > 9 || w[0] < 'a' {
		return false
	}
	switch w {
	case "said", "says", "told", "added", "explained", "wrote", "recalled", "insisted", "argued", "replied",
		"admitted", "tweeted":
		return true
	}
	return false
}

// speakers tags as persons the capitalised words quoted as speaking that
// no name covers: `," Leive said`, `" says Pall.`, `Hiddink said on
// Monday`. The tagger knows names by their words and misses a surname it
// never saw, even there. The words must open a sentence or follow a
// quote's close, or follow a speech verb that does and end the clause;
// organizations speak too, so known companies and places, acronyms
// ("NASA said"), common words ("Police said"), nationalities ("the
// American said") and names ending in an institution word stay out, and
// so do the document's companies (firmNames: "Octel said" beside "Octel
// Communications Corp.").
func (d *doc) speakers() {
	var spans []span
	var cov []int32
	var firms map[string]bool
	for _, k32 := range d.cues().speech {
		k := int(k32)
		if cov == nil {
			cov = d.coverMask()
		}
		// the speaker before the verb
		first := d.nameRunBefore(k)
		if first < k && d.speakerOpens(first, k-1) && d.speakerRun(first, k-1, cov) {
			if firms == nil {
				firms = d.firmNames()
			}
			if !firms[d.text[d.toks[first].Start:d.toks[k-1].End]] {
				spans = append(spans, span{first, k - 1, corpus.FactPerson})
				continue
			}
		}
		// the speaker after a verb that closes a quote: `," said Joe Sternlieb.`
		if t := d.toks[k-1].Text; t != "," && !quoteCloses(t) {
			continue
		}
		last := k
		for last+1 < len(d.toks) && last-k < 3 && d.speakerWord(last+1) && !d.lineBreakBefore(last+1, k) {
			last++
		}
		if last > k && (last+1 == len(d.toks) || endsClause(d.toks[last+1].Text)) && d.speakerRun(k+1, last, cov) {
			spans = append(spans, span{k + 1, last, corpus.FactPerson})
		}
	}
	d.tagSpans(spans)
}

// speakerOpens reports a speaker's words first to last placed as a
// speaker before the verb: after a quote's close or a comma, or opening a
// sentence. A single word opening a sentence must be a known given name
// or surname, since plural nouns do that too ("Authorities said",
// "Witnesses said").
func (d *doc) speakerOpens(first, last int) bool {
	if first > 0 && d.toks[first].Start == d.toks[first-1].End {
		return false // "Anheuser-Busch said"
	}
	if first > 0 && d.toks[first-1].Text == "," {
		return true
	}
	if first > 0 && !d.sentenceStart(first) {
		return false
	}
	if first > 0 && quoteCloses(d.toks[first-1].Text) || first < last {
		return true
	}
	return d.personWord(first)
}

func quoteCloses(w string) bool { return w == "\"" || w == "”" || w == "'" || w == "’" }

// nameRunBefore returns the first of the (up to three) words on token
// k's line just before it that can be part of a name, or k when there
// is none.
func (d *doc) nameRunBefore(k int) int {
	first := k
	for first > 0 && k-first < 3 && d.speakerWord(first-1) && !d.lineBreakBefore(first, first-1) {
		first--
	}
	return first
}

// speakerWord reports a capitalised word that can be part of a name:
// no acronym, month, day or title.
func (d *doc) speakerWord(k int) bool {
	w := d.toks[k].Text
	lw := strings.ToLower(w)
	return startsUpper(w) && hasLetter(w) && (len(w) == 1 || !isAllCaps(w)) && !months[lw] && !weekdays[lw] && !isTitle(w) &&
		!isDeterminer(w)
}

// speakerRun reports tokens first to last free of names (cov is the
// document's coverMask) and no known organization, place, nationality or
// common word.
func (d *doc) speakerRun(first, last int, cov []int32) bool {
	for k := first; k <= last; k++ {
		if cov[k] != 0 {
			return false
		}
	}
	name := d.text[d.toks[first].Start:d.toks[last].End]
	lw := strings.ToLower(name)
	if d.isKnownPlace(name) || d.gaz.has(lw, GazCompany) || d.gaz.has(lw, GazRegion) || d.isDemonym(name) {
		return false
	}
	for k := first; k <= last; k++ {
		w := strings.ToLower(d.toks[k].Text)
		if pronouns[w] || d.gaz.has(w, GazCommon) && (first == last || !d.gaz.has(w, GazFirstName) && !d.gaz.has(w, GazSurname)) {
			return false // "When I said", "Correspondent Colombant says"
		}
	}
	if d.isDemonym(d.toks[first].Text) || first == last && partyMembers[d.toks[first].Text] {
		return false // "Ukrainian Pres says", "Democrats said"
	}
	if isHead(d.toks[last].Text) {
		return false
	}
	return true
}

// pronouns open clauses capitalised and name nothing; they speak as
// often as names do.
var pronouns = map[string]bool{
	"i": true, "he": true, "she": true, "it": true, "we": true, "you": true, "they": true, "this": true,
	"that": true, "there": true, "who": true, "one": true, "someone": true, "everyone": true, "nobody": true,
	"somebody": true, "everybody": true, "anyone": true, "none": true, "all": true, "both": true, "each": true,
}

func endsClause(w string) bool {
	switch w {
	case ".", ",", ";", ":", "!", "?", "\"", "”", "(", "-", "–", "—":
		return true
	}
	return false
}

// ageAfter returns the token of the age after the comma at token k and
// before another ("Smith, 34,", "Jutting, now 31,", "Ana Lopez, aged
// 17,").
func (d *doc) ageAfter(k int) (int, bool) {
	j := k + 1
	if w := d.toks[j].Text; w == "now" || w == "aged" {
		j++
	}
	return j, j+1 < len(d.toks) && numberIn(d.toks[j].Text, 1, 120) && d.toks[j+1].Text == ","
}

// hometowns makes a place of the town news gives after a person's age:
// "Cameron L. Horve, 27, Macon, was arrested", "Casey Conaway, 30,
// Edinburg was arrested", "John Smith, 34, of Springfield" (police
// reports; the tagger read persons and companies). The town is known,
// or follows "of"; a name reaching on stays. A lone name before
// "police" in lower case is a town too ("arrested by Kincaid police").
func (d *doc) hometowns() {
	var spans []span
	for _, k32 := range d.cues().ageCommas {
		k := int(k32)
		j, ok := d.ageAfter(k)
		if !ok || j+2 >= len(d.toks) || d.typeOf(k-1) != corpus.FactPerson {
			continue
		}
		first := j + 2
		of := d.toks[first].Text == "of"
		if of {
			first++
		}
		last := first
		for last+1 < len(d.toks) && last < first+2 && startsUpper(d.toks[last+1].Text) && d.spaced(last) {
			last++
		}
		if first >= len(d.toks) || !startsUpper(d.toks[first].Text) || last+1 >= len(d.toks) || d.lineBreakBefore(first, k) {
			continue
		}
		if next := d.toks[last+1].Text; next != "," && next != "." && !isLowerWord(next) {
			continue
		}
		name := d.text[d.toks[first].Start:d.toks[last].End]
		if !of && !d.isKnownPlace(name) || last+2 < len(d.toks) && d.toks[last+1].Text == "," && numberIn(d.toks[last+2].Text, 1, 120) {
			continue // not another person of a list: "Smith, 34, Jordan, 30,"
		}
		if slices.ContainsFunc(d.ms, func(m mention) bool {
			return m.first <= last && m.last >= first && (m.first < first || m.last > last || m.confident || m.typ == corpus.FactLocation)
		}) {
			continue
		}
		spans = append(spans, span{first, last, corpus.FactLocation})
	}
	d.tagSpans(spans)
	// the town whose police make the arrest: "arrested by Kincaid police"
	var named map[string]bool
	for i, m := range d.ms {
		if m.confident || m.first != m.last || m.typ != corpus.FactPerson || m.first == 0 || m.last+1 >= len(d.toks) ||
			d.toks[m.last+1].Text != "police" || startsUpper(d.toks[m.first-1].Text) {
			continue
		}
		if named == nil {
			named = d.fullNameWords()
		}
		if !named[d.toks[m.first].Text] {
			d.ms[i].typ = corpus.FactLocation
		}
	}
}

// agedPersons tags as persons the capitalised words news gives an age
// after, between commas: "Jutting, now 31, is on trial", "Smith, 34,
// said", "Ana Lopez, aged 17,". The words must stand free of names and
// be no known place, company or common word, as a speaker's.
func (d *doc) agedPersons() {
	var spans []span
	var cov []int32
	for _, k32 := range d.cues().ageCommas {
		k := int(k32)
		if _, ok := d.ageAfter(k); !ok {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		first := d.nameRunBefore(k)
		if first < k && (first == 0 || d.toks[first].Start > d.toks[first-1].End) && d.speakerRun(first, k-1, cov) {
			spans = append(spans, span{first, k - 1, corpus.FactPerson})
			continue
		}
		// a town has no age: a surname a town shares is the person's,
		// whether the tagger saw a place or nothing ("Lam, 67, a former
		// public security minister")
		if c := cov[k-1]; c != 0 {
			if m := d.ms[c-1]; m.last == k-1 && !m.confident && m.typ == corpus.FactLocation && d.agedSurname(m.first, m.last) {
				spans = append(spans, span{m.first, m.last, corpus.FactPerson})
			}
		} else if first < k {
			for first < k-1 && (d.gaz.hasLower(d.toks[first].Text, GazCommon) || definitionOpeners[strings.ToLower(d.toks[first].Text)]) {
				first++ // "Later [Lam], 68,"
			}
			if d.agedSurname(first, k-1) {
				spans = append(spans, span{first, k - 1, corpus.FactPerson})
			}
		}
	}
	d.tagSpans(spans)
}

// agedSurname reports a town's name before an age that the surnames'
// list holds: no country or region, no common word, the run
// capitalised words (relativeName but for towns).
func (d *doc) agedSurname(first, last int) bool {
	name := d.text[d.toks[first].Start:d.toks[last].End]
	if !d.gaz.hasLower(d.toks[last].Text, GazSurname) || d.isPlace(name) || homeNations[strings.ToLower(name)] {
		return false
	}
	for k := first; k <= last; k++ {
		w := d.toks[k].Text
		if !startsUpper(w) || isAllCaps(w) || isHead(w) || isTitle(w) || d.gaz.hasLower(w, GazCommon) {
			return false
		}
	}
	return true
}

// startsDigitOr reports w opening with a digit or one of the bytes of
// also: a cheap test before parsing a number.
func startsDigitOr(w, also string) bool {
	return w != "" && (w[0] >= '0' && w[0] <= '9' || strings.IndexByte(also, w[0]) >= 0)
}

// nicknames joins a person's name, a nickname in double quotes and the
// surname after it into one name, as biographies write them: `William
// Herbert " Buckshot " May`, `Joaquin "El Chapo" Guzman`. The nickname
// is one or two capitalised words and the surname one or two capitalised
// words, untagged or the person's.
func (d *doc) nicknames() {
	var spans []span
	for _, m := range d.ms {
		if m.typ != corpus.FactPerson {
			continue
		}
		q := m.last + 1 // the nickname's opening quote, after the name or inside it (the tagger takes it in)
		for k := m.first + 1; k <= m.last; k++ {
			if isDoubleQuote(d.toks[k].Text) {
				q = k
				break
			}
		}
		if q+3 >= len(d.toks) || !isDoubleQuote(d.toks[q].Text) {
			continue
		}
		close := q + 1
		for close < len(d.toks) && close-q <= 3 && startsUpper(d.toks[close].Text) && !d.lineBreakBefore(close, q) {
			close++
		}
		if close == q+1 || close-q > 3 || close >= len(d.toks) || !isDoubleQuote(d.toks[close].Text) {
			continue
		}
		last := close
		for last+1 < len(d.toks) && last-close < 2 && nicknamedSurname(d.toks[last+1].Text) && !d.lineBreakBefore(last+1, close) {
			last++
		}
		if last == close || d.typeOf(last) != "" && d.typeOf(last) != corpus.FactPerson {
			continue
		}
		spans = append(spans, span{m.first, last, corpus.FactPerson})
	}
	d.tagSpans(spans)
}

// nicknamedSurname reports a word that can be the surname after a
// nickname: capitalised, no acronym, title or determiner; months too
// ("Buckshot" May).
func nicknamedSurname(w string) bool {
	return startsUpper(w) && hasLetter(w) && (len(w) == 1 || !isAllCaps(w)) && !isTitle(w) && !isDeterminer(w)
}

// relativePersons makes persons of the names a relative "who" or "was
// born" follows: "Gomery, who led the commission", "Cotton was born on
// October 31, 1832" (the tagger passed over the one and took the other
// for a firm). The name is one to three capitalised words, untagged or an
// organization or place the tagger was unsure of, no known place or
// company, no head word and no acronym ("Atlanta PD, who", "the Senate,
// who" stay).
func (d *doc) relativePersons() {
	var spans []span
	var cov []int32
	for k := 1; k+1 < len(d.toks); k++ {
		if !(d.toks[k].Text == "," && d.toks[k+1].Text == "who" || d.toks[k].Text == "was" && d.toks[k+1].Text == "born") {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		last := k - 1
		first := last
		if c := cov[last]; c != 0 {
			m := d.ms[c-1]
			if m.last != last || m.typ == corpus.FactPerson || m.typ == corpus.FactMisc || m.confident {
				continue
			}
			first = m.first
		} else {
			first, _ = d.capsRunBefore(cov, last, 3) // "Then [Weber] was born"
		}
		if last-first > 2 || !d.relativeName(first, last) || first == last && first > 0 && isArticle(strings.ToLower(d.toks[first-1].Text)) {
			continue // "the Tortoise, who": a fable's animal
		}
		spans = append(spans, span{first, last, corpus.FactPerson})
	}
	d.tagSpans(spans)
}

// relativeName reports tokens first..last a person's name may be: each
// capitalised, no acronym, head, title, common word (a sentence's opening
// "However, who"), pronoun, day, month, nationality or plural, and no
// known place or company whole.
func (d *doc) relativeName(first, last int) bool {
	// a surname a place's head spells after a given name: "Marianne Lake,
	// who runs the consumer bank"; not an institution's ("Duke University,
	// who is leading")
	given := first < last && d.gaz.hasLower(d.toks[first].Text, GazFirstName)
	for k := first; k <= last; k++ {
		w := d.toks[k].Text
		if particles[w] {
			continue
		}
		lw := strings.ToLower(w)
		if !startsUpper(w) || !hasLetter(w) || isAllCaps(w) || isHead(w) && !(given && k == last && !lowerIn(orgHeads, w)) || isTitle(w) ||
			d.gaz.has(lw, GazCommon) && !(given && k == last) ||
			d.dateWord(k) || definitionOpeners[lw] || d.isDemonym(w) {
			return false
		}
		// a plural names a group ("the minority Democrats, who", "Islamists,
		// who"), but a surname the lists hold ("Jones, who")
		if strings.HasSuffix(lw, "s") && !d.gaz.has(lw, GazSurname) && !d.gaz.has(lw, GazFirstName) {
			return false
		}
	}
	name := d.text[d.toks[first].Start:d.toks[last].End]
	return !d.placeOrCompany(name) && !d.isDemonym(name)
}

// firmNames returns the names of the document's organizations and the
// first words of those ending in a company's tail ("Octel" of "Octel
// Communications Corp.").
func (d *doc) firmNames() map[string]bool {
	out := map[string]bool{}
	for _, m := range d.ms {
		if m.typ != corpus.FactOrganization {
			continue
		}
		out[d.text[m.start:m.end]] = true
		if last := d.toks[m.last].Text; m.first < m.last && firmTail(last) {
			out[d.toks[m.first].Text] = true
		}
	}
	return out
}
