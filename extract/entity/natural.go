package entity

import (
	_ "embed"
	"strings"
	"sync"

	"tidings/corpus"
)

// natural.tsv lists natural features and historic lands ("Nile",
// "Alps", "Sicily", "Strait of Hormuz", "Thrace") from WordNet 3.0,
// written by cmd/tidings-natural. The model's gazetteers come from
// GeoNames' towns and regions and hold none of them.
//
//go:embed natural.tsv
var naturalTSV string

// maxFeatureWords bounds the words of a feature's name ("Gulf of Saint Lawrence").
const maxFeatureWords = 4

// featureNames holds the names of natural.tsv and the first words that
// open them, so that most capitalised words are passed over with one
// lookup.
type featureNames struct {
	names, firsts map[string]bool
}

var naturalFeatureNames = sync.OnceValue(func() featureNames {
	f := featureNames{names: map[string]bool{}, firsts: map[string]bool{}}
	for line := range strings.Lines(naturalTSV) {
		if name, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(name, "#") {
			f.names[name] = true
			first, _, _ := strings.Cut(name, " ")
			f.firsts[first] = true
		}
	}
	return f
})

// opens reports a word that opens a feature's name.
func (f featureNames) opens(w string) bool {
	return f.firsts[w] || hasNonASCII(w) && f.firsts[accentFold.Replace(w)]
}

// accentFold writes a name as WordNet does, without diacritics: "Rhône" → "Rhone".
var accentFold = strings.NewReplacer(
	"à", "a", "á", "a", "â", "a", "ã", "a", "ä", "a", "å", "a", "ç", "c", "è", "e", "é", "e", "ê", "e", "ë", "e",
	"ì", "i", "í", "i", "î", "i", "ï", "i", "ñ", "n", "ò", "o", "ó", "o", "ô", "o", "õ", "o", "ö", "o", "ø", "o",
	"ù", "u", "ú", "u", "û", "u", "ü", "u", "ý", "y", "ÿ", "y", "Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U",
	"Ö", "O", "Ü", "U", "Ç", "C", "Å", "A", "Ä", "A")

// naturalFeatures makes places of the untagged names of natural
// features: "leave Sicily in order to", "the Rhine, the Rhône, the Inn",
// "a colony Byzantium." A name used as a modifier ("Mideast peace
// process", "the 2002 Bali bombings", "Mediterranean climate") or
// inside a longer name ("Royal Caribbean", "West Nile", "#Ohio") is no
// place of its own; one that is also a surname or a company ("Logan",
// "Clyde") needs "the" before it.
func (d *doc) naturalFeatures() {
	var spans []span
	var cov []int32
	names := naturalFeatureNames()
	for _, k32 := range d.cues().capitals {
		k := int(k32)
		if !names.opens(d.toks[k].Text) {
			continue
		}
		if k > 0 && (!d.sentenceStart(k) && !opensFeature(d.toks[k-1].Text) || d.gluedAfterWord(k)) || d.endsLongerName(k) {
			continue
		}
		if cov == nil {
			cov = d.coverMask()
		}
		last := d.featureAt(k, cov, names)
		if last < 0 || last+1 < len(d.toks) && !endsPlaceName(d.toks[last+1].Text) || d.hyphenGlued(k, last) {
			continue
		}
		if k == last && !d.featureWord(k) {
			continue
		}
		spans = append(spans, span{k, last, corpus.FactLocation})
	}
	d.tagSpans(spans)
}

// opensFeature reports a word before a feature's name: a lower-case word
// or punctuation, not a capitalised word of a longer name, a hashtag or
// a handle.
func opensFeature(w string) bool {
	if w == "#" || w == "@" {
		return false
	}
	return !hasLetter(w) || isLowerWord(w)
}

// gluedAfterWord reports a word glued to a word or an underscore before
// it: a handle's tail ("James_Cyprus").
func (d *doc) gluedAfterWord(k int) bool {
	prev := d.toks[k-1].Text
	return d.toks[k-1].End == d.toks[k].Start && (hasLetter(prev) || strings.HasSuffix(prev, "_"))
}

// endsLongerName reports a word after "of" or "of the" that follows a
// capitalised word: the end of a longer name ("Sea of the Antilles",
// "Bank of the Nile").
func (d *doc) endsLongerName(k int) bool {
	j := k - 1
	if j >= 0 && strings.EqualFold(d.toks[j].Text, "the") {
		j--
	}
	return j >= 1 && d.toks[j].Text == "of" && startsUpper(d.toks[j-1].Text)
}

// featureAt returns the last token of the longest feature's name that
// opens at token k on untagged words joined by single spaces, or -1.
func (d *doc) featureAt(k int, cov []int32, f featureNames) int {
	var b strings.Builder
	found := -1
	for j := k; j < len(d.toks) && j < k+maxFeatureWords && cov[j] == 0; j++ {
		if j > k {
			if !d.spaced(j - 1) {
				break
			}
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[j].Text)
		if name := b.String(); f.names[name] || hasNonASCII(name) && f.names[accentFold.Replace(name)] {
			found = j
		}
	}
	return found
}

// featureWord reports a one-word feature's name that stands as a place:
// not a nationality ("Canadian" is a river), month or day, and after
// "the" when it is also a surname or a company ("the Clyde", "the
// Jordan"; the given names alone hold "Sicily", "Nile" and "Kashmir").
func (d *doc) featureWord(k int) bool {
	w := d.toks[k].Text
	if d.isDemonym(w) || d.dateWord(k) {
		return false
	}
	lw := strings.ToLower(w)
	if d.gaz.inLists(lw)&(1<<GazSurname|1<<GazCompany|1<<GazCommon) != 0 {
		return k > 0 && strings.EqualFold(d.toks[k-1].Text, "the")
	}
	return true
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// planets makes places of "Earth" and "Mars" where the tagger calls
// them misc, as the news sets tag them ("landed on Mars", "the Earth's
// oceans"); the encyclopaedic training text (CrossNER) calls them
// astronomical objects. The other planets stay: the news sets leave
// them untagged in horoscopes ("Mercury and Venus is conjunct"), where
// a place would be a false name. A product's word after the name ("a
// Mars bar"), quotes around it (a song's title) or a longer name it ends
// ("Friends of the Earth", "Earth Day", "Earth-like") keep it misc.
func (d *doc) planets() {
	for i, m := range d.ms {
		if m.typ != corpus.FactMisc || m.first != m.last || !planetNames[d.toks[m.first].Text] || d.ofName(m.first) {
			continue
		}
		next := m.last + 1
		if next < len(d.toks) && (d.toks[next].Text == "bar" || d.toks[next].Text == "bars" || isDoubleQuote(d.toks[next].Text) ||
			startsUpper(d.toks[next].Text) && d.spaced(m.last)) || d.hyphenGlued(m.first, m.last) {
			continue
		}
		d.ms[i].typ = corpus.FactLocation
	}
}

var planetNames = map[string]bool{"Earth": true, "Mars": true}
