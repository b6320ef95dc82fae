package date

import (
	"strconv"
)

// unitLetter gives the TIMEX3 duration letter of a unit.
func unitLetter(u uint8) string {
	switch u {
	case uSecond:
		return "S"
	case uMinute:
		return "M"
	case uHour:
		return "H"
	case uDay:
		return "D"
	case uWeek, uWeekend:
		return "W"
	case uMonth:
		return "M"
	case uQuarter:
		return "Q"
	case uDecade:
		return "E"
	case uCentury:
		return "C"
	}
	return "Y"
}

// durVal writes a duration of n units; n is "X" when vague.
func durVal(n string, u uint8) string {
	switch u {
	case uSecond, uMinute, uHour:
		return "PT" + n + unitLetter(u)
	case uDecade:
		if v, err := strconv.Atoi(n); err == nil && v > 1 {
			return "P" + strconv.Itoa(10*v) + "Y"
		}
	}
	return "P" + n + unitLetter(u)
}

// numPhrase reads a count: 6, six, twenty-four, a, a few, several,
// two and a half. It returns the count as written in a value ("X" when
// vague) and where it ends.
func (p *parser) numPhrase(j int) (string, int, bool) {
	t := p.tok(j)
	if t == nil {
		return "", 0, false
	}
	var n string
	k := j + 1
	switch {
	case t.kind == kNum:
		if t.flags&(fComma|fOrdinal|fAlnum|fDecade|fAM|fPM) != 0 || t.nd > 4 {
			return "", 0, false
		}
		n = p.text[t.s:t.e]
		if t.has(fDecimal) {
			n = trimZeros(n)
		}
	case t.lx.cls == cNumWord || t.lx.cls == cTens:
		v, end, ok := p.tensWords(j)
		if !ok {
			if t.lx.val == 0 || t.lx.val == 100 {
				return "", 0, false
			}
		}
		if t.lx.cls == cNumWord && t.lx.val == 0 {
			return "", 0, false
		}
		if p.wordIs(end, "hundred") {
			v *= 100
			end++
		}
		n, k = strconv.Itoa(v), end
	case t.is(wA):
		n = "1"
		if p.isWord(k, wFew) || p.isWord(k, wCouple) {
			n = "X"
			if p.isWord(k, wCouple) {
				n = "2"
			}
			k++
			if p.isWord(k, wOf) {
				k++
			}
		} else if p.wordIs(k, "hundred") {
			n, k = "100", k+1
		}
	case t.is(wCouple) && p.isWord(k, wOf):
		n, k = "2", k+1
	case t.is(wSeveral) || t.is(wFew) || t.is(wMany) || p.wordIs(j, "some"):
		n = "X"
	default:
		return "", 0, false
	}
	if n != "X" && p.isWord(k, wAnd) && p.isWord(k+1, wA) && p.wordIs(k+2, "half") {
		if v, err := strconv.Atoi(n); err == nil {
			n, k = strconv.Itoa(v)+".5", k+3
		}
	}
	return n, k, true
}

func trimZeros(n string) string {
	for len(n) > 0 && n[len(n)-1] == '0' {
		n = n[:len(n)-1]
	}
	if len(n) > 0 && n[len(n)-1] == '.' {
		n = n[:len(n)-1]
	}
	return n
}

// unitAt reads the unit after a count: "years", "-year", "straight days",
// "trading days". It returns the unit, whether it was hyphenated, and the end.
func (p *parser) unitAt(k int) (uint8, bool, int, bool) {
	hyph := false
	if p.isPunct(k, '-') && p.glued(k) && p.glued(k+1) {
		hyph = true
		k++
	}
	t := p.tok(k)
	if t == nil {
		return 0, false, 0, false
	}
	if t.is(wStraight) || t.is(wTrading) || t.is(wBusiness) || t.is(wWhole) || t.is(wEntire) || t.is(wMore) ||
		p.wordIs(k, "additional") || p.wordIs(k, "further") || p.wordIs(k, "extra") ||
		p.wordIs(k, "calendar") || p.wordIs(k, "full") {
		if u := p.tok(k + 1); u != nil && u.lx.cls == cUnit {
			t = u
			k++
		}
	}
	if t.lx.cls != cUnit || t.lx.val == uHalf || t.lx.val == uWeekend {
		return 0, false, 0, false
	}
	return t.lx.val, hyph, k + 1, true
}

// duration matches a count and a unit: "six years", "90 days", "12-year",
// "a year", and the dates built on one: "two years ago", "a year earlier".
func (p *parser) duration(j int, c ctx) (expr, bool) {
	n, k, ok := p.numPhrase(j)
	if !ok {
		return expr{}, false
	}
	u, hyph, end, ok := p.unitAt(k)
	if !ok {
		// between 60 and 90 days: the first count takes the shared unit;
		// two to three weeks is one expression valued by its first count
		if u2, k2, join, ok := p.sharedUnit(j, k, n); ok {
			if join {
				return expr{j, k2, typeDuration, durVal(n, u2)}, true
			}
			return expr{j, k, typeDuration, durVal(n, u2)}, true
		}
		return expr{}, false
	}
	if p.isPunct(end, '-') && p.glued(end) && (p.isWord(end+1, wAgo) || p.isWord(end+1, wEarlier)) {
		return expr{}, false // a year-earlier loss: the unit starts the expression
	}
	num := p.toks[j]
	if num.kind == kNum && !hyph && num.nd == 4 && !p.toks[k].lx.plural {
		return expr{}, false
	}
	if p.wordIs(end, "old") && u == uYear {
		return expr{}, false // 52 years old
	}
	if u == uQuarter && (p.isWord(end, wOf) && (n == "1" || num.is(wA) || p.determinerAt(end+1)) ||
		hyph && p.toks[end-1].lx.plural) {
		return expr{}, false // a quarter of, three-quarters
	}
	if u == uSecond && !p.toks[end-1].lx.plural && (num.is(wA) || n == "1") {
		if nt := p.tok(end); nt != nil && nt.kind == kWord && nt.lx.cls != cWord {
			return expr{}, false // a second group
		}
	}
	// ages are not durations: a 51-year-old
	if p.isPunct(end, '-') && p.glued(end) && (p.wordIs(end+1, "old") || p.wordIs(end+1, "long")) {
		if u == uYear && p.wordIs(end+1, "old") {
			return expr{}, false
		}
		end += 2
	}
	if hyph {
		return expr{j, end, typeDuration, durVal(n, u)}, true
	}
	switch {
	case p.isWord(end, wAgo):
		if c.quant {
			return expr{j, end + 1, typeDuration, durVal(n, u)}, true
		}
		if n == "X" {
			return expr{j, end + 1, typeDate, "PAST_REF"}, true
		}
		return expr{j, end + 1, typeDate, p.shifted(u, n, -1)}, true
	case p.isWord(end, wEarlier) || p.isWord(end, wLater):
		sign := -1
		if p.isWord(end, wLater) {
			sign = 1
		}
		if n == "X" || c.quant {
			return expr{j, end + 1, typeDuration, durVal(n, u)}, true
		}
		return expr{j, end + 1, typeDate, p.shifted(u, n, sign)}, true
	case p.isWord(end, wFrom) && p.isWord(end+1, wNow):
		if n == "X" {
			return expr{j, end + 2, typeDate, "FUTURE_REF"}, true
		}
		return expr{j, end + 2, typeDate, p.shifted(u, n, 1)}, true
	}
	if num.is(wA) && p.rateContext(j) {
		return expr{j, end, typeSet, durVal("1", u)}, true
	}
	return expr{j, end, typeDuration, durVal(n, u)}, true
}

// sharedUnit looks past "and", "or", "to" or "-" at k for a second count
// and its plural unit. join reports a range written with "to" or "-".
func (p *parser) sharedUnit(j, k int, n string) (uint8, int, bool, bool) {
	t := p.tok(k)
	if t == nil || n == "X" || p.toks[j].is(wA) {
		return 0, 0, false, false
	}
	join := t.is(wTo) || t.punct(p.text, '-')
	if !join && !t.is(wAnd) && !p.wordIs(k, "or") {
		return 0, 0, false, false
	}
	_, k2, ok := p.numPhrase(k + 1)
	if !ok || p.toks[k+1].is(wA) {
		return 0, 0, false, false
	}
	u2, hyph2, end, ok := p.unitAt(k2)
	if !ok || hyph2 || !p.toks[end-1].lx.plural {
		return 0, 0, false, false
	}
	return u2, end, join, true
}

// shifted resolves "n units ago/later". A year earlier in a document that
// just named a quarter means that quarter a year before.
func (p *parser) shifted(u uint8, n string, sign int) string {
	v, err := strconv.Atoi(n)
	if err != nil {
		if sign < 0 {
			return "PAST_REF"
		}
		return "FUTURE_REF"
	}
	if u == uYear && v == 1 && sign < 0 && p.lastWasQuarter {
		p.anaphor = true
		return quarterVal(p.lastQuarterY-1, p.lastQuarterQ)
	}
	return p.cal.shift(u, sign*v)
}

// rateContext reports whether "a year" at j is a frequency: "$5 million a
// year", "twice a day".
func (p *parser) rateContext(j int) bool {
	if a := p.tok(j + 2); a != nil && (a.is(wAgo) || a.is(wEarlier) || a.is(wLater) || a.is(wAfter) ||
		a.is(wBefore) || a.is(wFrom)) {
		return false // comes a day after
	}
	pr := p.tok(j - 1)
	if pr == nil {
		return false
	}
	switch {
	case pr.kind == kNum:
		return true
	case pr.kind == kPunct:
		return p.text[pr.s] == '%' || p.text[pr.s] == ')'
	case pr.is(wTimes):
		return true
	case pr.lx.cls == cNone && pr.kind == kWord:
		w := p.text[pr.s:pr.e]
		return eqFold(w, "million") || eqFold(w, "billion") || eqFold(w, "thousand") || eqFold(w, "percent") ||
			(len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's')
	}
	return false
}

// determinerAt reports a determiner or possessive at k: "three quarters of
// its value" is a fraction, "three quarters of losses" a duration.
func (p *parser) determinerAt(k int) bool {
	t := p.tok(k)
	return t != nil && (t.is(wThe) || t.is(wA) || t.is(wTheir) || t.is(wOur) || p.wordIs(k, "all") ||
		p.wordIs(k, "this") || p.wordIs(k, "that") || p.wordIs(k, "those") || p.wordIs(k, "these"))
}
