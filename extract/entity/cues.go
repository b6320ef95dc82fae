package entity

// tokenCues lists the tokens that can open the rules which look at every
// token of a document for a cue word: one pass over the tokens finds
// them all, so that each rule walks a short list instead of the document.
type tokenCues struct {
	capitals   []int32 // words of three letters or more opening with a capital
	honorifics []int32 // "Mr.", "Emperor" before a capitalised word
	speech     []int32 // "said", "says", ...
	ageCommas  []int32 // a comma before a digit, "now" or "aged"
	employers  []int32 // "at", "for", "from", "with" after a word
	quotes     []int32 // double quotes
	media      []int32 // "newspaper", "agency", ... after a word
	numerals   []int32 // regnal numerals after a capitalised word: "II", "XIV"
	copulas    []int32 // "is", "was", "are", "were" before "a", "an", "the": definitions
	appositive []int32 // a comma after a capitalised word, before "a", "an", "the"
	reflexives []int32 // "himself", "herself", or a possessive before a kin word, after a capitalised word
}

// isArticle reports "a", "an" or "the", which open a definition's noun
// phrase.
func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// hyphenedOffice reports the "General" that ends "Secretary-General" or
// "Director-General" at token k: an office only a person holds ("General"
// alone opens "General Motors").
func (d *doc) hyphenedOffice(k int) bool {
	if d.toks[k].Text != "General" || k < 2 || !d.gluedHyphen(k-1) {
		return false
	}
	w := d.toks[k-2].Text
	return w == "Secretary" || w == "Director"
}

// namingOffice reports an office at token k that only a person holds,
// written before the holder's name: "Minister" ("Prime Minister
// Sharif", "Minister Yorongar"), "Chief Executive", or a portfolio's
// "Secretary" ("Education Secretary Cardona"; not "Secretary"
// alone, which opens "Secretary of State"). The tagger misses a
// surname it never saw there ("as Chief Executive Venkatakrishnan
// pushes ahead"). A title or office after it is no name ("Chief
// Executive Officer", "Secretary General Guterres" is found from the
// General).
func (d *doc) namingOffice(k int) bool {
	switch d.toks[k].Text {
	case "Minister", "Executive", "Secretary":
	default:
		return false // every token asks: the cheap test first
	}
	if k+1 >= len(d.toks) || !d.spaced(k) || k > 0 && !d.spaced(k-1) {
		return false
	}
	if next := d.toks[k+1].Text; isTitle(next) || officeWord(next) || next == "Officer" || next == "Office" {
		return false
	}
	prev := ""
	if k > 0 {
		prev = d.toks[k-1].Text
	}
	switch d.toks[k].Text {
	case "Minister":
		return true
	case "Executive":
		return prev == "Chief"
	case "Secretary":
		return startsUpper(prev) // "Education Secretary", "General Secretary Xi Jinping"
	}
	return false
}

// cues returns the document's token cues, found on first use.
func (d *doc) cues() *tokenCues {
	if d.cue != nil {
		return d.cue
	}
	c := &tokenCues{}
	n := len(d.toks)
	for k, t := range d.toks {
		w := t.Text
		if w == "" {
			continue
		}
		k32 := int32(k)
		switch b := w[0]; {
		case b == ',':
			if w == "," && k >= 1 && k+2 < n && startsDigitOr(d.toks[k+1].Text, "na") {
				c.ageCommas = append(c.ageCommas, k32)
			}
			if w == "," && k >= 1 && k+2 < n && startsUpper(d.toks[k-1].Text) && isArticle(d.toks[k+1].Text) {
				c.appositive = append(c.appositive, k32)
			}
		case b == '"' || b >= 0x80 && isDoubleQuote(w):
			if isDoubleQuote(w) && k+2 < n {
				c.quotes = append(c.quotes, k32)
			}
		case b >= 'a' && b <= 'z':
			if k >= 1 && isSpeechVerb(w) {
				c.speech = append(c.speech, k32)
			}
			if k >= 1 && k+1 < n && (w == "at" || w == "for" || w == "from" || w == "with") {
				c.employers = append(c.employers, k32)
			}
			if k >= 1 && isMediaNoun(w) {
				c.media = append(c.media, k32)
			}
			switch w {
			case "is", "was", "are", "were":
				if k >= 1 && k+2 < n && isArticle(d.toks[k+1].Text) {
					c.copulas = append(c.copulas, k32)
				}
			case "himself", "herself":
				if k >= 1 && startsUpper(d.toks[k-1].Text) {
					c.reflexives = append(c.reflexives, k32)
				}
			}
		case b == '\'' || b >= 0x80:
			if k >= 1 && d.kinAfterPossessive(k) && startsUpper(d.toks[k-1].Text) {
				c.reflexives = append(c.reflexives, k32)
			}
		}
		if b := w[0]; (b == 'I' || b == 'V' || b == 'X') && k >= 1 && (isRegnal(w) || w == "I" && d.monarchFirst(k)) && startsUpper(d.toks[k-1].Text) {
			c.numerals = append(c.numerals, k32)
		}
		if k+1 < n && (isHonorific(w) || d.hyphenedOffice(k) || d.namingOffice(k)) && startsUpper(d.toks[k+1].Text) {
			c.honorifics = append(c.honorifics, k32)
		}
		if len(w) >= 3 && startsUpper(w) {
			c.capitals = append(c.capitals, k32)
		}
	}
	d.cue = c
	return c
}
