package entity

import (
	"strings"

	"tidings/corpus"
)

// capsNames types the names of a line in capitals (a wire headline) from
// the same names written in mixed case elsewhere in the document:
// "SOCCER - JUVENTUS BEAT LAZIO" after "Juventus beat Lazio 2-1". The
// tagger reads such a line case-blind and misses or mistypes its names
// ("ENGLAND" a person). A name the document gives two types is left
// alone, and so is a mention that runs past the name.
func (d *doc) capsNames() {
	if !d.capsPair() {
		return
	}
	var lines [][2]int // caps lines: first token, end
	lineFirst := 0
	for lineFirst < len(d.toks) {
		lineEnd := d.lineEnd(lineFirst)
		if d.capsLine(lineFirst, lineEnd) {
			lines = append(lines, [2]int{lineFirst, lineEnd})
		}
		lineFirst = lineEnd
	}
	if len(lines) == 0 {
		return
	}
	targets, canons, longest := d.mixedCaseNames()
	added := false
	for _, l := range lines {
		added = d.tagCapsNames(l[0], l[1], targets, canons, longest) || added
	}
	if added {
		d.sortMentions()
	}
}

// capsPair reports two words in capitals in a row, which every line in
// capitals has: the cheap test before lines are looked at.
func (d *doc) capsPair() bool {
	prev := false
	for _, t := range d.toks {
		w := t.Text
		if w == "" {
			continue
		}
		caps := len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' && isAllCaps(w)
		if caps && prev {
			return true
		}
		if c := w[0]; caps || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80 { // a word, not punctuation
			prev = caps
		}
	}
	return false
}

// mixedCaseNames maps the capitalised token keys of the document's
// mentions not written in capitals to their type ("" when the document
// gives a key two types), the canonical names of persons' surnames
// ("SELES" -> "Monica Seles"), and the longest key's length in tokens.
func (d *doc) mixedCaseNames() (map[string]corpus.FactType, map[string]string, int) {
	targets, canons := map[string]corpus.FactType{}, map[string]string{}
	longest := 0
	for _, m := range d.ms {
		if isAllCaps(d.text[m.start:m.end]) || m.last-m.first >= maxPropagate {
			continue
		}
		k := strings.ToUpper(strings.Join(d.words(m), " "))
		if t, ok := targets[k]; ok && t != m.typ {
			targets[k] = ""
			continue
		}
		targets[k] = m.typ
		longest = max(longest, m.last-m.first+1)
	}
	for _, m := range d.ms { // a person's surname alone: "SELES BEATS HINGIS"
		if m.typ != corpus.FactPerson || m.first == m.last || isAllCaps(d.text[m.start:m.end]) {
			continue
		}
		k := strings.ToUpper(d.toks[m.last].Text)
		full := canonicalForm(d.text[m.start:m.end])
		switch t, ok := targets[k]; {
		case !ok || t == corpus.FactPerson && canons[k] == "": // unseen, or the surname alone ("Seles, the top seed")
			targets[k] = corpus.FactPerson
			canons[k] = full
		case t != corpus.FactPerson || canons[k] != full:
			targets[k] = ""
		}
	}
	return targets, canons, longest
}

// sportHeadings open wire headlines ("SOCCER - ...", "RUGBY UNION -
// ..."): a sport, not a name.
var sportHeadings = map[string]bool{
	"soccer": true, "football": true, "rugby union": true, "rugby league": true, "cricket": true, "tennis": true,
	"golf": true, "baseball": true, "basketball": true, "ice hockey": true, "hockey": true, "motor racing": true,
	"motorcycling": true, "cycling": true, "athletics": true, "boxing": true, "horse racing": true, "skiing": true,
	"alpine skiing": true, "swimming": true, "sailing": true, "rowing": true, "badminton": true, "squash": true,
	"snooker": true, "handball": true, "volleyball": true, "judo": true, "wrestling": true, "chess": true,
}

// dropSportHeadings drops a mention that is the sport opening a headline
// before a dash: "RUGBY UNION - ENGLAND NAME SQUAD".
func (d *doc) dropSportHeadings() {
	kept := d.ms[:0]
	for _, m := range d.ms {
		if m.last+1 < len(d.toks) && d.toks[m.last+1].Text == "-" && d.lineStart(m.first) &&
			sportHeadings[strings.ToLower(strings.Join(d.words(m), " "))] {
			continue
		}
		kept = append(kept, m)
	}
	d.ms = kept
}

// onCapsLine reports a token on a line nearly all in capitals, the
// token's own word counting: a table's row "DETROIT 78 48 .619" is one.
// The lines are read once a document.
func (d *doc) onCapsLine(k int) bool {
	if d.capsLines == nil {
		d.capsLines = make([]bool, len(d.toks))
		for first := 0; first < len(d.toks); {
			end := d.lineEnd(first)
			words, caps := d.capsWords(first, end)
			for j := first; j < end; j++ {
				d.capsLines[j] = words > 0 && caps*10 >= words*9
			}
			first = end
		}
	}
	return d.capsLines[k]
}

// lineEnd returns the end (exclusive) of the line opening at token first.
func (d *doc) lineEnd(first int) int {
	end := first + 1
	for end < len(d.toks) && !d.lineBreakBefore(end, first) {
		end++
	}
	return end
}

// capsLine reports a line of two words or more, nearly all in capitals.
func (d *doc) capsLine(first, end int) bool {
	words, caps := d.capsWords(first, end)
	return words >= 2 && caps*10 >= words*9
}

// capsWords counts the words of tokens first..end-1 and those in capitals.
func (d *doc) capsWords(first, end int) (words, caps int) {
	for k := first; k < end; k++ {
		t := d.toks[k].Text
		if !hasLetter(t) {
			continue
		}
		words++
		if isAllCaps(t) || len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z' {
			caps++
		}
	}
	return words, caps
}

// tagCapsNames tags, longest first, the names of targets found on the
// caps line of tokens first..end-1 and reports whether it tagged any.
func (d *doc) tagCapsNames(first, end int, targets map[string]corpus.FactType, canons map[string]string, longest int) bool {
	added := false
	for i := first; i < end; i++ {
		for L := min(longest, end-i); L >= 1; L-- {
			k := strings.Join(d.tokenTexts(i, i+L-1), " ")
			t, ok := targets[k]
			if !ok || t == "" || d.overhangs(i, i+L-1) || d.isMention(i, i+L-1, t) {
				continue
			}
			d.tagSpan(i, i+L-1, t)
			d.ms[len(d.ms)-1].canon = canons[k]
			for k := i; k < i+L && d.taken != nil; k++ {
				d.taken[k] = true
			}
			added = true
			i += L - 1
			break
		}
	}
	return added
}

// isMention reports a mention of type t over exactly tokens first..last.
func (d *doc) isMention(first, last int, t corpus.FactType) bool {
	for _, m := range d.ms {
		if m.first == first && m.last == last && m.typ == t {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0x80 {
			return true
		}
	}
	return false
}

// titleCaseNames cuts a name in a line in title case (a headline: "Boeing
// Wins Air Force Tanker Contract") down to a name the document writes in
// running text, when the words around it are common words: the tagger
// reads the capitals of such a line as names and runs "Wins" into "Air
// Force". The cut name takes its running-text type.
func (d *doc) titleCaseNames() {
	title := d.titleCaseTokens()
	if title == nil {
		return
	}
	known := map[string]corpus.FactType{}
	longest := 0
	var inTitle []int
	for i, m := range d.ms {
		if title[m.first] {
			inTitle = append(inTitle, i)
			continue
		}
		known[strings.Join(d.words(m), " ")] = m.typ
		longest = max(longest, m.last-m.first+1)
	}
	for _, i := range inTitle {
		m := &d.ms[i]
		words := d.words(*m)
		if _, whole := known[strings.Join(words, " ")]; whole {
			continue // "New York Times Reports ...": the text names the Times too
		}
		best, bestLen := -1, 0
		for a := range words {
			for n := min(longest, len(words)-a); n > bestLen && n < len(words); n-- {
				if _, ok := known[strings.Join(words[a:a+n], " ")]; ok {
					best, bestLen = a, n
					break
				}
			}
		}
		if best < 0 || !d.commonWords(m.first, m.first+best) || !d.commonWords(m.first+best+bestLen, m.last+1) {
			continue
		}
		m.typ = known[strings.Join(words[best:best+bestLen], " ")]
		m.first, m.last = m.first+best, m.first+best+bestLen-1
		d.set(m)
	}
}

// titleCaseTokens marks the tokens of lines in title case: four words or
// more, nine in ten of them capitalised, not all in capitals, and no
// comma ("Downtown Chicago, Loop, North" is a list). It returns nil when
// there are none.
func (d *doc) titleCaseTokens() []bool {
	var out []bool
	first, words, upper, caps, commas := 0, 0, 0, 0, 0
	for k := 0; k <= len(d.toks); k++ {
		if k == len(d.toks) || k > 0 && d.opensLine(k) {
			if words >= 4 && upper*10 >= words*9 && caps < words && commas == 0 {
				if out == nil {
					out = make([]bool, len(d.toks))
				}
				for j := first; j < k; j++ {
					out[j] = true
				}
			}
			first, words, upper, caps, commas = k, 0, 0, 0, 0
		}
		if k == len(d.toks) {
			break
		}
		t := d.toks[k].Text
		if t == "" {
			continue
		}
		if t == "," {
			commas++
		}
		switch c := t[0]; {
		case c >= 'a' && c <= 'z':
			words++
		case c >= 'A' && c <= 'Z' || c >= 0x80 && hasLetter(t):
			words++
			if startsUpper(t) {
				upper++
				if isAllCaps(t) {
					caps++
				}
			}
		}
	}
	return out
}
