package date

// monthCore matches dates that start with a month name.
func (p *parser) monthCore(j int, c ctx) (expr, uint8, bool) {
	if !p.monthOK(j) {
		return expr{}, 0, false
	}
	mt := &p.toks[j]
	m := int(mt.lx.val)
	k := p.afterAbbr(j)
	allow := aThe | aPos
	// Oct/2, Dec/2018
	if k == j+1 && p.isPunct(k, '/') && p.glued(k) && p.glued(k+1) {
		if d := p.tok(k + 1); d != nil && d.plainNum() {
			switch {
			case d.nd == 4 && d.num >= 1000:
				return expr{j, k + 2, typeDate, monthVal(d.num, m)}, allow, true
			case d.nd <= 2 && validDay(0, m, d.num):
				return expr{j, k + 2, typeDate, p.monthDayVal(m, d.num, j)}, allow, true
			}
		}
	}
	// Month day [, year]
	if d := p.tok(k); d != nil && d.kind == kNum && d.nd <= 2 && d.num >= 1 && d.num <= 31 &&
		d.flags&(fComma|fDecimal|fAlnum|fDecade|fAM|fPM) == 0 && !(p.isPunct(k+1, ':') && p.glued(k+1) && p.glued(k+2)) {
		if y, end, ok := p.yearAfter(k + 1); ok && validDay(y, m, d.num) {
			return expr{j, end, typeDate, dayVal(y, m, d.num)}, allow | aEarlier, true
		}
		if validDay(0, m, d.num) {
			return expr{j, k + 1, typeDate, p.monthDayVal(m, d.num, j)}, allow | aEarlier, true
		}
	}
	// May twenty nine, january first (but January nineteen ninety-seven)
	if _, _, ok := p.spelledYear(k); ok {
		y, end, _ := p.spelledYear(k)
		return expr{j, end, typeDate, monthVal(y, m)}, allow, true
	}
	if d, dend, ok := p.dayWords(k); ok && validDay(0, m, d) {
		if y, end, ok := p.yearAfter(dend); ok && validDay(y, m, d) {
			return expr{j, end, typeDate, dayVal(y, m, d)}, allow, true
		}
		return expr{j, dend, typeDate, p.monthDayVal(m, d, j)}, allow, true
	}
	// Month [of|,] year
	yk := k
	if p.isWord(yk, wOf) {
		yk++
	}
	if y, end, ok := p.yearAfter(yk); ok {
		return expr{j, end, typeDate, monthVal(y, m)}, allow, true
	}
	if mt.lx.abbr && !(p.isPunct(j+1, '.') && p.glued(j+1)) {
		return expr{}, 0, false
	}
	if !mt.has(fCap) && !p.mayContext(c.start) && !p.mayContext(j) {
		return expr{}, 0, false
	}
	if (m == 5 || m == 3) && !p.mayContext(c.start) && !p.mayContext(j) {
		return expr{}, 0, false
	}
	if mt.lx.abbr && !p.mayContext(j) && !p.mayContext(c.start) {
		return expr{}, 0, false
	}
	if mt := p.tok(k); mt != nil && (mt.is(wLast) || mt.is(wNext) || mt.is(wThis)) && p.tok(k+1) != nil &&
		p.toks[k+1].lx.cls == cUnit && p.toks[k+1].lx.val == uYear && !p.toks[k+1].lx.plural {
		// "July last year" is one expression
		if !p.cal.known {
			return expr{j, k + 2, typeDate, "XXXX-" + pad(m, 2)}, allow, true
		}
		return expr{j, k + 2, typeDate, monthVal(p.cal.ref.Year()+relOf(mt.lx.val), m)}, allow, true
	}
	if p.isWord(k, wOf) {
		if mt := p.tok(k + 1); mt != nil && (mt.is(wLast) || mt.is(wNext) || mt.is(wThis)) &&
			p.tok(k+2) != nil && p.toks[k+2].lx.cls == cUnit && p.toks[k+2].lx.val == uYear && p.cal.known {
			y := p.cal.ref.Year() + relOf(mt.lx.val)
			return expr{j, k, typeDate, monthVal(y, m)}, allow, true
		}
	}
	return expr{j, k, typeDate, p.bareMonth(m, j, 0)}, allow, true
}

// monthOK filters month words that are more often something else: May the
// verb, "march", abbreviations without a capital.
func (p *parser) monthOK(k int) bool {
	t := &p.toks[k]
	if !t.has(fCap) {
		// lower-case "may" and "march" pass only before a day number
		if t.lx.abbr || t.lx.val == 5 || t.lx.val == 3 {
			n := p.tok(k + 1)
			return !t.lx.abbr && n != nil && n.kind == kNum && n.nd <= 2
		}
		return true
	}
	if t.lx.abbr && t.e-t.s <= 3 && !(p.isPunct(k+1, '.') && p.glued(k+1)) {
		n := p.tok(k + 1)
		return n != nil && (n.kind == kNum || n.punct(p.text, '/') && p.glued(k+1))
	}
	return true
}

// mayContext reports whether a bare "May" (or other bare month) reads as a
// month: after a preposition or a modifier.
func (p *parser) mayContext(k int) bool {
	pr := p.tok(k - 1)
	if pr == nil || p.toks[k].has(fNewline) {
		return false
	}
	if pr.kind == kWord && pr.lx.cls == cWord {
		switch pr.lx.val {
		case wIn, wSince, wBy, wUntil, wOf, wFrom, wLast, wNext, wThis, wEarly, wLate, wMid, wEach, wEvery,
			wTo, wBefore, wAfter, wThe, wEnd, wFor:
			return true
		}
	}
	if pr.punct(p.text, '-') && p.isWord(k-2, wMid) {
		return true
	}
	return p.wordIs(k-1, "during") || p.wordIs(k-1, "through") || p.wordIs(k-1, "between") ||
		p.wordIs(k-1, "and") || p.wordIs(k-1, "or")
}

// bareMonth resolves a month named without a year; rel is -1 for "last
// October", +1 for "next October", 2 for "this October", 0 by tense.
func (p *parser) bareMonth(m, at, rel int) string {
	if !p.cal.known {
		return "XXXX-" + pad(m, 2)
	}
	rm, y := int(p.cal.ref.Month()), p.cal.ref.Year()
	switch rel {
	case -1:
		if m >= rm {
			y--
		}
	case 1:
		if m <= rm {
			y++
		}
	case 2:
	default:
		y = p.cal.monthYear(m, p.tenseAt(at))
	}
	return monthVal(y, m)
}

func (p *parser) monthDayVal(m, d, at int) string {
	if !p.cal.known {
		return "XXXX-" + pad(m, 2) + "-" + pad(d, 2)
	}
	y := p.cal.dayYear(m, d, p.tenseAt(at))
	if !validDay(y, m, d) {
		y = p.cal.ref.Year()
	}
	return dayVal(y, m, d)
}

// afterAbbr returns the token after a word, skipping the full stop of an
// abbreviation (Oct., Thurs.).
func (p *parser) afterAbbr(k int) int {
	if p.toks[k].lx.abbr && p.isPunct(k+1, '.') && p.glued(k+1) {
		return k + 2
	}
	return k + 1
}

// dayWords reads a day of the month written in words: "twenty nine",
// "first", "twenty-fourth".
func (p *parser) dayWords(k int) (int, int, bool) {
	t := p.tok(k)
	if t == nil {
		return 0, 0, false
	}
	if t.lx.cls == cOrdinal && t.kind == kWord {
		return int(t.lx.val), k + 1, true
	}
	if t.lx.cls != cTens && !(t.lx.cls == cNumWord && t.lx.val >= 1 && t.lx.val <= 19) {
		return 0, 0, false
	}
	if t.lx.cls == cTens {
		if t.lx.val > 30 {
			return 0, 0, false
		}
		u := k + 1
		if p.isPunct(u, '-') && p.glued(u) && p.glued(u+1) {
			u++
		}
		if ut := p.tok(u); ut != nil && ut.lx.cls == cOrdinal && ut.kind == kWord && ut.lx.val < 10 {
			return int(t.lx.val) + int(ut.lx.val), u + 1, true
		}
	}
	n, end, ok := p.tensWords(k)
	if !ok || n < 1 || n > 31 {
		return 0, 0, false
	}
	if nt := p.tok(end); nt != nil && nt.lx.cls == cUnit {
		return 0, 0, false // May two years ago
	}
	return n, end, true
}
