package entity

import (
	"slices"
	"strings"

	"tidings/corpus"
)

// isRegnal reports a Roman numeral of two letters or more up to XXXIX, as
// monarchs and popes are numbered ("II", "XIV"). "I", "V" and "X" alone
// are left out: they are a pronoun, a letter and a vote as often.
func isRegnal(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	rest := strings.TrimLeft(w, "X")
	if len(w)-len(rest) > 3 {
		return false
	}
	switch rest {
	case "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX":
		return true
	}
	return false
}

// monarchFirst reports a numeral "I" at token k that numbers a monarch:
// after a name a royal title opens ("the Macedonian king Amyntas I") or
// before the years of a reign ("Mojmír I (ruled 830–846)"). Elsewhere
// "I" is the pronoun ("said Smith I think").
func (d *doc) monarchFirst(k int) bool {
	if k+2 < len(d.toks) && d.toks[k+1].Text == "(" {
		if w := d.toks[k+2].Text; w == "ruled" || w == "reigned" || w == "r." || startsDigitOr(w, "") {
			return true
		}
	}
	first := d.nameRunBefore(k)
	return first < k && first > 0 && royalTitles[strings.ToLower(d.toks[first-1].Text)]
}

// royalTitles open the names of monarchs.
var royalTitles = map[string]bool{
	"king": true, "queen": true, "emperor": true, "empress": true, "tsar": true, "czar": true, "tsarina": true,
	"pharaoh": true, "pope": true, "sultan": true, "shah": true, "kaiser": true, "prince": true, "princess": true,
	"duke": true, "duchess": true, "grand": true,
}

// regnalNames tags as persons the names a regnal numeral follows, with
// the numeral: "Ramesses II committed", "the time of Thutmose III", and
// widens a person the tagger found over it ("Abdullah" of "Abdullah
// II"). A name the tagger gave another type stays (albums, ships and
// rockets are numbered too: "Led Zeppelin IV", "Shenzhou VI"), and so do
// common words ("World War II", "Part III") and known places and
// companies.
func (d *doc) regnalNames() {
	var spans []span
	var cov []int32
	for _, k32 := range d.cues().numerals {
		k := int(k32)
		if !d.spaced(k - 1) {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		if i := cov[k] - 1; i >= 0 {
			// a numeral the tagger took alone is the end of the name
			// before it: "World War [II]"
			if m := d.ms[i]; m.first == k && m.last == k && m.typ != corpus.FactPerson {
				first := d.nameRunBefore(k)
				for first < k && d.sentenceStart(first) && openerWord(d.toks[first].Text) {
					first++ // "After World War II"
				}
				if first < k && !slices.ContainsFunc(cov[first:k], func(o int32) bool { return o != 0 }) {
					spans = append(spans, span{first, k, m.typ})
				}
			}
			continue
		}
		if i := cov[k-1] - 1; i >= 0 {
			if m := d.ms[i]; m.last == k-1 && m.typ == corpus.FactPerson {
				spans = append(spans, span{m.first, k, corpus.FactPerson})
			}
			continue
		}
		first := d.nameRunBefore(k)
		for first >= 2 && d.joinedByHyphen(first-1) {
			first -= 2 // "Tiglath-Pileser III"
		}
		if first == k || !d.regnalRun(first, k-1, cov) {
			continue
		}
		spans = append(spans, span{first, k, corpus.FactPerson})
	}
	d.tagSpans(spans)
}

// regnalRun reports words first to last that can name a monarch: free of
// names, and no common word, known place or company or nationality.
func (d *doc) regnalRun(first, last int, cov []int32) bool {
	for k := first; k <= last; k++ {
		if cov[k] != 0 || d.gaz.hasLower(d.toks[k].Text, GazCommon) {
			return false
		}
	}
	name := d.text[d.toks[first].Start:d.toks[last].End]
	return !d.placeOrCompany(name) && !d.isDemonym(name)
}

// epithets widens a person over the epithet after the name: "Pliny the
// Elder", "Friedrich the Great", "Ivan the Terrible", and over a suffix
// after a comma: "Martin Luther King, Jr.", as the corpora write such
// names whole.
func (d *doc) epithets() {
	var cov []int32
	var spans []span
	for _, m := range d.ms {
		// "Martin Luther King, Jr.": the suffix after a comma is the name's
		if k := m.last + 2; m.typ == corpus.FactPerson && k < len(d.toks) && d.toks[m.last+1].Text == "," && nameSuffixes[d.toks[k].Text] {
			spans = append(spans, span{m.first, k, corpus.FactPerson})
		}
	}
	d.tagSpans(spans)
	for i, m := range d.ms {
		k := m.last + 2
		if m.typ != corpus.FactPerson || k >= len(d.toks) || d.toks[m.last+1].Text != "the" || !epithetWords[d.toks[k].Text] {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		if cov[k-1] != 0 || cov[k] != 0 || k+1 < len(d.toks) && startsUpper(d.toks[k+1].Text) && d.spaced(k) {
			continue // "Bhonsale the Great Maratha leader"
		}
		m.last = k
		d.set(&m)
		d.ms[i] = m
	}
}

// nameSuffixes follow a person's name after a comma.
var nameSuffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "Sr": true, "Jnr": true, "Snr": true}

// epithetWords follow "the" after a monarch's or a saint's name.
var epithetWords = map[string]bool{
	"Great": true, "Elder": true, "Younger": true, "Good": true, "Bold": true, "Terrible": true,
	"Conqueror": true, "Confessor": true, "Wise": true, "Pious": true, "Fat": true, "Bald": true,
	"Magnificent": true, "Just": true, "Venerable": true, "Apostle": true, "Baptist": true, "Evangelist": true,
	"Lame": true, "Unready": true, "Fair": true, "Navigator": true, "Lawgiver": true, "Lionheart": true,
	"Peaceful": true, "Cruel": true, "Mad": true, "Fearless": true, "Impaler": true, "Magnanimous": true,
}

// openerWord reports a capitalised function word opening a sentence
// before a name: "After World War II", "Following the war".
func openerWord(w string) bool {
	var b [16]byte
	lw := string(appendLower(b[:0], w))
	return lw != w && (lw == "following" || lw == "through" || lw == "throughout" || hasLetter(lw) && endsPlaceName(lw))
}
