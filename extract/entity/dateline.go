package entity

import (
	"strings"
	"unicode"

	"tidings/corpus"
)

// datelines tags the place that opens a wire story's line in capitals
// before a date or an agency in parentheses ("BRUSSELS 1996-08-22",
// "WASHINGTON (Reuters) -", "LONDON, Jan 5 (Reuters)", "AL-AIN, United
// Arab Emirates 1996-12-06") as a location, and the agency as an
// organization: the tagger takes a lone word in capitals for an
// organization as often as not. A headline in capitals ("SOCCER - JAPAN
// WIN") has no date or agency after its first words and is left alone.
func (d *doc) datelines() {
	added := false
	for i := range d.toks {
		if !d.lineStart(i) {
			continue
		}
		end := d.capsRun(i)
		if end == i || d.commonWords(i, end) || d.companyNotPlace(i, end) {
			continue
		}
		places := [][2]int{{i, end}}
		// two cities of one report: "JERUSALEM/CAIRO (Reuters) -"
		for d.gluedMark(end, "/") {
			next := d.capsRun(end + 1)
			if next == end+1 || d.commonWords(end+1, next) || d.companyNotPlace(end+1, next) {
				break
			}
			places = append(places, [2]int{end + 1, next})
			end = next
		}
		region := [2]int{-1, -1}
		if !d.datelineTrailer(end) {
			ok := false
			if region, ok = d.dashDateline(i, end); !ok {
				continue
			}
		}
		if d.agencyAt(end) { // first: a mention over place and agency is cut here
			d.tagSpan(end+1, end+1, corpus.FactOrganization)
		} else if state, agency := d.datelineState(end); agency > 0 {
			// "FORT LAUDERDALE, Fla. (AP)": the state and the agency
			d.tagSpan(agency+1, agency+1, corpus.FactOrganization)
			d.tagSpan(end+1, state, corpus.FactLocation)
		}
		if region[0] >= 0 {
			places = append(places, region)
		}
		for _, p := range places {
			d.tagSpan(p[0], p[1]-1, corpus.FactLocation)
			d.ms[len(d.ms)-1].canon = titleCaps(d.text[d.toks[p[0]].Start:d.toks[p[1]-1].End])
		}
		added = true
	}
	if added {
		d.sortMentions()
	}
}

// commonWords reports a run of tokens i to end made of common words only
// ("HAS MOVED TO 4783 Bay Rd"): no place's name.
func (d *doc) commonWords(i, end int) bool {
	for k := i; k < end; k++ {
		if t := d.toks[k].Text; t != "-" && !d.gaz.hasLower(t, GazCommon) {
			return false
		}
	}
	return true
}

// wordAt returns the text from token k to the next space: a date the
// tokenizer cut at its dashes is whole again.
func (d *doc) wordAt(k int) string {
	rest := d.text[d.toks[k].Start:]
	if i := strings.IndexFunc(rest, unicode.IsSpace); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// companyNotPlace reports tokens i to end that name a known company and
// no known place: "IBM 2024-05-01" opens a table row, not a dateline.
func (d *doc) companyNotPlace(i, end int) bool {
	k := strings.ToLower(d.text[d.toks[i].Start:d.toks[end-1].End])
	return d.gaz.has(k, GazCompany) && !d.isKnownPlace(k)
}

// isNumericDate reports a date written in digits in three parts:
// "1996-08-22", "12/06/1996", "22.08.96"; not "737-800".
func isNumericDate(s string) bool {
	var sep rune
	parts, digits := 1, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case (r == '-' || r == '/' || r == '.') && (sep == 0 || r == sep) && digits > 0:
			sep = r
			parts++
			digits = 0
		default:
			return false
		}
		if digits > 4 {
			return false
		}
	}
	return parts == 3 && digits > 0
}

// titleCaps spells a place in capitals as a name: "AL-AIN" -> "Al-Ain";
// words with periods stay ("D.C.").
func titleCaps(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if strings.Contains(w, ".") {
			continue
		}
		parts := strings.Split(w, "-")
		for j, p := range parts {
			switch {
			case len(p) > 3 && p[1] == '\'':
				parts[j] = p[:2] + titleWord(p[2:]) // "D'Isere", "O'Hare"
			case p != "":
				parts[j] = titleWord(p)
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// lineStart reports a token that opens the text or a line.
func (d *doc) lineStart(i int) bool {
	return i == 0 || d.opensLine(i)
}

// opensLine reports a line break between tokens k-1 and k (k > 0). The
// breaks are found once a document: most rules ask of every token.
func (d *doc) opensLine(k int) bool {
	if d.breaks == nil {
		d.breaks = make([]bool, len(d.toks))
		for j := 1; j < len(d.toks); j++ {
			d.breaks[j] = strings.IndexByte(d.text[d.toks[j-1].End:d.toks[j].Start], '\n') >= 0
		}
	}
	return d.breaks[k]
}

// capsRun returns the end (exclusive) of the run of words in capitals
// from token i, hyphens glued inside ("AL-AIN", "RIO DE JANEIRO"); at
// most four words.
func (d *doc) capsRun(i int) int {
	end := i
	for k := i; k < len(d.toks) && k-i < 7 && !d.lineBreakBefore(k, i); k++ {
		t := d.toks[k].Text
		switch {
		case isAllCaps(t) || len(t) == 1 && unicode.IsUpper(rune(t[0])) && k > i:
			end = k + 1
		case t == "-" && k > i && d.toks[k-1].End == d.toks[k].Start && k+1 < len(d.toks) && d.toks[k].End == d.toks[k+1].Start:
		default:
			return end
		}
	}
	return end
}

func (d *doc) lineBreakBefore(k, first int) bool {
	return k > first && d.opensLine(k)
}

// datelineTrailer reports what follows a dateline's place on its line: a
// date ("1996-08-22"), an agency in parentheses ("(Reuters)"), or a comma
// before a month or a capitalised place that leads to either.
func (d *doc) datelineTrailer(k int) bool {
	if k >= len(d.toks) || d.lineBreakBefore(k, k-1) {
		return false
	}
	t := d.toks[k].Text
	switch {
	case isNumericDate(d.wordAt(k)):
		return true
	case t == "(":
		return d.agencyAt(k)
	case t != ",":
		return false
	}
	for j := k + 1; j < len(d.toks) && j <= k+5 && !d.lineBreakBefore(j, k); j++ {
		w := d.toks[j].Text
		switch {
		case months[strings.ToLower(strings.TrimSuffix(w, "."))]:
			return true
		case isNumericDate(d.wordAt(j)), w == "(":
			return d.datelineTrailer(j)
		case w == "," || w == ".": // "TURIN, Italy, Nov 16", "KANSAS CITY, Mo."
		case !startsUpper(w):
			return false
		}
	}
	return false
}

// dashDateline reports a place in capitals from token i to end-1 before
// a dash or a colon and a sentence: "SEATTLE — Amazon said", "BEIJING --
// China said", "NEW DELHI: The government". A headline's first words
// ("SOCCER - JAPAN WIN") name no known place or go on in capitals. A
// known state or country may come between after a comma ("KHAN YOUNIS,
// Gaza Strip —", "GLASGOW, Scotland -"), and then vouches for the town,
// which need not be known; its tokens are returned (else -1, -1).
func (d *doc) dashDateline(i, end int) (region [2]int, ok bool) {
	region = [2]int{-1, -1}
	k := end
	if k < len(d.toks) && d.toks[k].Text == "," {
		if k = d.datelineRegion(k); k < 0 {
			return region, false
		}
		region = [2]int{end + 1, k}
	}
	from := k
	for k < len(d.toks) && k < from+2 && !d.lineBreakBefore(k, i) && isDatelineDash(d.toks[k].Text) {
		k++
	}
	if k == from || k >= len(d.toks) || d.lineBreakBefore(k, i) {
		return region, false
	}
	next := d.toks[k].Text
	if !startsUpper(next) || isAllCaps(next) {
		return region, false
	}
	return region, region[0] >= 0 || d.isKnownPlace(d.text[d.toks[i].Start:d.toks[end-1].End])
}

// datelineRegion returns the end (exclusive) of the known state or
// country after a dateline's comma at token k, or -1: "GAZA", "Gaza
// Strip", "Ga.".
func (d *doc) datelineRegion(k int) int {
	j := k + 1
	if j >= len(d.toks) || d.lineBreakBefore(j, k) || !startsUpper(d.toks[j].Text) {
		return -1
	}
	end := d.capsRun(j)
	if end == j {
		for end < len(d.toks) && end <= k+3 && startsUpper(d.toks[end].Text) && !isAllCaps(d.toks[end].Text) && !d.lineBreakBefore(end, k) {
			end++
		}
		if end < len(d.toks) && d.toks[end].Text == "." && d.toks[end].Start == d.toks[end-1].End {
			end++ // "Ga" "." where the tokenizer cut the period
		}
	}
	name := d.text[d.toks[j].Start:d.toks[end-1].End]
	if !d.isKnownPlace(name) && !dottedState(name) {
		return -1
	}
	return end
}

func isDatelineDash(t string) bool {
	return t == "—" || t == "–" || t == "-" || t == "--" || t == ":"
}

// datelineState returns the last token of the state or country after a
// dateline's place and its comma (token k), and the agency's opening
// parenthesis after it, or 0: "KANSAS CITY, Mo. (AP)", "TURIN, Italy
// (Reuters)".
func (d *doc) datelineState(k int) (state, agency int) {
	if k+2 >= len(d.toks) || d.toks[k].Text != "," || !startsUpper(d.toks[k+1].Text) {
		return 0, 0
	}
	j := k + 1
	for j < len(d.toks) && j <= k+3 && startsUpper(d.toks[j].Text) && !d.lineBreakBefore(j, k) {
		j++
	}
	if j < len(d.toks) && d.toks[j].Text == "." && d.toks[j].Start == d.toks[j-1].End {
		j++ // "Fla" "." where the tokenizer cut the period
	}
	if !d.agencyAt(j) || d.lineBreakBefore(j, k) {
		return 0, 0
	}
	return j - 1, j
}

// agencyAt reports a news agency in parentheses at token k: "(Reuters)".
func (d *doc) agencyAt(k int) bool {
	return k+2 < len(d.toks) && d.toks[k].Text == "(" && d.toks[k+2].Text == ")" && agencies[strings.ToLower(d.toks[k+1].Text)]
}

// agencies are the news agencies that sign datelines.
var agencies = map[string]bool{
	"reuters": true, "ap": true, "afp": true, "upi": true, "dpa": true, "xinhua": true, "ansa": true, "efe": true,
	"kyodo": true, "bloomberg": true, "pti": true, "ians": true, "ani": true, "yonhap": true, "tass": true,
	"interfax": true, "bernama": true, "irna": true, "wam": true, "mena": true, "apa": true, "cna": true,
}

var months = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true, "apr": true,
	"april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true, "aug": true,
	"august": true, "sep": true, "sept": true, "september": true, "oct": true, "october": true,
	"nov": true, "november": true, "dec": true, "december": true,
}

// tagSpan makes tokens first to last one confident mention of type t,
// replacing the mentions inside them; a mention running on past last
// keeps its part after it ("AL-AIN, United Arab Emirates").
func (d *doc) tagSpan(first, last int, t corpus.FactType) {
	kept := d.ms[:0]
	for _, m := range d.ms {
		if m.last > last && m.first <= last && !d.keepAfter(&m, last) {
			continue
		}
		if m.last < first || m.first > last {
			kept = append(kept, m)
		}
	}
	m := mention{first: first, last: last, typ: t, confident: true}
	d.set(&m)
	d.ms = append(kept, m)
}

// keepAfter cuts m to what follows token k, a span's last, and reports
// whether a name is left: "Coventry 2" cut to its score is none.
func (d *doc) keepAfter(m *mention, k int) bool {
	m.first = k + 1
	for m.first < m.last && (!isWordStart(d.toks[m.first].Text) || cutConnectors[d.toks[m.first].Text]) {
		m.first++ // "[Human Rights] of the Organization of American States": the rest opens at a name
	}
	if !isWordStart(d.toks[m.first].Text) || !d.anyLetter(m.first, m.last) {
		return false
	}
	d.set(m)
	return true
}

// cutConnectors join names and open none: a mention cut before one
// keeps what follows it.
var cutConnectors = map[string]bool{"of": true, "the": true, "and": true, "on": true, "for": true, "in": true, "at": true}

// anyLetter reports a letter in tokens first to last.
func (d *doc) anyLetter(first, last int) bool {
	for k := first; k <= last; k++ {
		if hasLetter(d.toks[k].Text) {
			return true
		}
	}
	return false
}

// span is a run of tokens to tag with one type.
type span struct {
	first, last int
	typ         corpus.FactType
}

// typedSpans gives every run of tokens type t.
func typedSpans(runs [][2]int, t corpus.FactType) []span {
	out := make([]span, len(runs))
	for i, r := range runs {
		out[i] = span{r[0], r[1], t}
	}
	return out
}

// tagSpans tags every span as tagSpan does, in one pass over the
// mentions: a table of thousands of rows must not cost thousands of
// passes. A span overlapping an earlier one of the list is skipped.
func (d *doc) tagSpans(spans []span) {
	if len(spans) == 0 {
		return
	}
	owner := make([]int32, len(d.toks)) // 1 + the span covering each token
	var taken []span
	for _, s := range spans {
		free := true
		for k := s.first; k <= s.last; k++ {
			free = free && owner[k] == 0
		}
		if !free {
			continue
		}
		taken = append(taken, s)
		for k := s.first; k <= s.last; k++ {
			owner[k] = int32(len(taken))
		}
	}
	kept := d.ms[:0]
	for _, m := range d.ms {
		cut := -1 // the last covered token of m
		for k := m.first; k <= m.last; k++ {
			if owner[k] != 0 {
				cut = k
			}
		}
		if cut >= 0 && (cut == m.last || !d.keepAfter(&m, cut)) {
			continue // inside a span, or nothing left after it
		}
		kept = append(kept, m)
	}
	for _, s := range taken {
		m := mention{first: s.first, last: s.last, typ: s.typ, confident: true}
		d.set(&m)
		kept = append(kept, m)
	}
	d.ms = kept
	d.sortMentions()
}
