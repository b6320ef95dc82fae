package date

import (
	"strconv"
)

// ordinalPeriod reads "second quarter", "third-quarter", "first half" at k
// and returns the position, the end and the unit.
func (p *parser) ordinalPeriod(k int) (int, int, uint8, bool) {
	t := p.tok(k)
	if t == nil {
		return 0, 0, 0, false
	}
	var n int
	switch {
	case t.lx.cls == cOrdinal:
		n = int(t.lx.val)
	case t.lx.cls == cUnit && t.lx.val == uSecond && !t.lx.plural:
		n = 2
	case t.is(wFinal) || t.is(wLast):
		n = -1
	case t.kind == kNum && t.has(fOrdinal) && t.num >= 1 && t.num <= 4:
		n = t.num
	default:
		return 0, 0, 0, false
	}
	u := k + 1
	if p.wordIs(u, "fiscal") {
		u++
	}
	if p.isPunct(u, '-') && p.glued(u) && p.glued(u+1) {
		u++
	}
	ut := p.tok(u)
	if ut == nil || ut.lx.cls != cUnit || ut.lx.plural {
		return 0, 0, 0, false
	}
	switch {
	case ut.lx.val == uQuarter && (n == -1 || n >= 1 && n <= 4):
		if n == -1 {
			n = 4
		}
	case ut.lx.val == uHalf && (n == -1 || n >= 1 && n <= 2):
		if n == -1 {
			n = 2
		}
	default:
		return 0, 0, 0, false
	}
	return n, u + 1, ut.lx.val, true
}

func periodVal(y, n int, unit uint8) string {
	if unit == uHalf {
		return pad(y, 4) + "-H" + strconv.Itoa(n)
	}
	return quarterVal(y, n)
}

// ordinalCore matches "the third quarter (of 2009)", "first-half",
// "the first nine months".
func (p *parser) ordinalCore(j int, c ctx) (expr, uint8, bool) {
	if n, end, unit, ok := p.ordinalPeriod(j); ok {
		return p.periodOf(j, end, n, unit), aThe | aPos, true
	}
	// the first nine months: a duration
	if c.the {
		if e, ok := p.duration(j+1, c); ok && e.typ == typeDuration {
			e.start = j
			return e, aThe, true
		}
	}
	return expr{}, 0, false
}

// periodOf completes a quarter or half with its year: "of 2009", "2009",
// "of last year", "of this year", or the year the tense implies.
func (p *parser) periodOf(j, end, n int, unit uint8) expr {
	k := end
	if p.isWord(k, wOf) || p.isPunct(k, ',') {
		k++
	}
	if y, yend, ok := p.yearAfter(k); ok {
		return expr{j, yend, typeDate, periodVal(y, n, unit)}
	}
	if p.isWord(k, wOf) {
		k++
	}
	if m := p.tok(k); m != nil && (m.is(wLast) || m.is(wThis) || m.is(wNext)) && p.tok(k+1) != nil &&
		p.toks[k+1].lx.cls == cUnit && p.toks[k+1].lx.val == uYear && !p.toks[k+1].lx.plural &&
		(p.isWord(end, wOf) || p.isWord(end+1, wOf)) {
		off := 0
		switch {
		case m.is(wLast):
			off = -1
		case m.is(wNext):
			off = 1
		}
		if !p.cal.known {
			return expr{j, k + 2, typeDate, "XXXX" + periodVal(0, n, unit)[4:]}
		}
		return expr{j, k + 2, typeDate, periodVal(p.cal.ref.Year()+off, n, unit)}
	}
	if !p.cal.known {
		return expr{j, end, typeDate, "XXXX" + periodVal(0, n, unit)[4:]}
	}
	var y int
	if unit == uHalf {
		y = p.cal.ref.Year()
		if h := (int(p.cal.ref.Month())-1)/6 + 1; n > h && p.tenseAt(j) != tenseFuture {
			y--
		}
	} else {
		y = p.cal.quarterYear(n, p.tenseAt(j))
	}
	return expr{j, end, typeDate, periodVal(y, n, unit)}
}

// periodCode matches Q3 2025, Q1, H1 2026.
func (p *parser) periodCode(i int) (expr, bool) {
	t := &p.toks[i]
	ch := p.text[t.s] | 0x20
	if ch != 'q' && ch != 'h' || !t.has(fCap) {
		return expr{}, false
	}
	nt := p.tok(i + 1)
	if nt == nil || !p.glued(i+1) || nt.kind != kNum || nt.nd != 1 || !nt.plainNum() {
		return expr{}, false
	}
	n := nt.num
	unit := uQuarter
	if ch == 'h' {
		unit = uHalf
		if n < 1 || n > 2 {
			return expr{}, false
		}
	} else if n < 1 || n > 4 {
		return expr{}, false
	}
	return p.periodOf(i, i+2, n, unit), true
}

// seasonCore matches "summer 2025", "the summer of 2025", "Autumn".
func (p *parser) seasonCore(j int, c ctx) (expr, uint8, bool) {
	t := &p.toks[j]
	code := seasonCode(t.lx.val)
	k := j + 1
	if p.isWord(k, wOf) {
		k++
	}
	if y, end, ok := p.yearAfter(k); ok {
		return expr{j, end, typeDate, yearVal(y) + "-" + code}, aThe | aPos, true
	}
	// a bare season: only capitalized or after "the"/"in", and not "fall" the verb
	if t.lx.val == 3 && p.wordIs(j, "fall") && !c.the {
		return expr{}, 0, false
	}
	if !c.the && !t.has(fCap) && !p.isWord(j-1, wIn) && !p.isWord(j-1, wThis) {
		return expr{}, 0, false
	}
	if n := p.tok(j + 1); n != nil && n.kind == kWord && n.lx.cls == cNone && !t.has(fCap) && !c.the {
		return expr{}, 0, false // summer camp, winter storm
	}
	return expr{j, j + 1, typeDate, p.seasonVal(int(t.lx.val), 0, j)}, aThe | aPos, true
}

func seasonCode(s uint8) string {
	switch s {
	case 1:
		return "SP"
	case 2:
		return "SU"
	case 3:
		return "FA"
	}
	return "WI"
}

// seasonVal resolves a season: rel -1 last, +1 next, 2 this, 0 by tense.
func (p *parser) seasonVal(s, rel, at int) string {
	code := seasonCode(uint8(s))
	if !p.cal.known {
		return "XXXX-" + code
	}
	// seasons run spring=1 .. winter=4; January's winter began the year before
	cur := [...]int{0, 4, 1, 2, 3}[(int(p.cal.ref.Month())%12)/3+1]
	y := p.cal.ref.Year()
	if p.cal.ref.Month() <= 2 {
		y--
	}
	switch rel {
	case -1:
		if s >= cur {
			y--
		}
	case 1:
		if s <= cur {
			y++
		}
	case 2:
	default:
		if p.tenseAt(at) == tenseFuture {
			if s < cur {
				y++
			}
		} else if s > cur {
			y--
		}
	}
	return yearVal(y) + "-" + code
}
