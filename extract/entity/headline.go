package entity

import (
	"sort"
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
	targets, longest := d.mixedCaseNames()
	if len(targets) == 0 {
		return
	}
	added := false
	lineFirst := 0
	for lineFirst < len(d.toks) {
		lineEnd := lineFirst + 1
		for lineEnd < len(d.toks) && !d.lineBreakBefore(lineEnd, lineFirst) {
			lineEnd++
		}
		if d.capsLine(lineFirst, lineEnd) {
			added = d.tagCapsNames(lineFirst, lineEnd, targets, longest) || added
		}
		lineFirst = lineEnd
	}
	if added {
		sort.SliceStable(d.ms, func(a, b int) bool { return d.ms[a].first < d.ms[b].first })
	}
}

// mixedCaseNames maps the capitalised token keys of the document's
// mentions not written in capitals to their type ("" when the document
// gives a key two types), with the longest key's length in tokens.
func (d *doc) mixedCaseNames() (map[string]corpus.FactType, int) {
	targets := map[string]corpus.FactType{}
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
	return targets, longest
}

// capsLine reports a line of two words or more, nearly all in capitals.
func (d *doc) capsLine(first, end int) bool {
	words, caps := 0, 0
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
	return words >= 2 && caps*10 >= words*9
}

// tagCapsNames tags, longest first, the names of targets found on the
// caps line of tokens first..end-1 and reports whether it tagged any.
func (d *doc) tagCapsNames(first, end int, targets map[string]corpus.FactType, longest int) bool {
	added := false
	for i := first; i < end; i++ {
		for L := min(longest, end-i); L >= 1; L-- {
			t, ok := targets[strings.Join(d.tokenTexts(i, i+L-1), " ")]
			if !ok || t == "" || d.overhangs(i, i+L-1) || d.isMention(i, i+L-1, t) {
				continue
			}
			d.tagSpan(i, i+L-1, t)
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
