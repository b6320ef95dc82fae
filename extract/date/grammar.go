package date

// Prefix kinds: which words before a core expression may join its span.
const (
	aThe     uint8 = 1 << iota // the third quarter
	aPos                       // early 2009, the end of this year, mid-October
	aQuant                     // nearly two years, more than a decade
	aEarlier                   // earlier today, later this year
)

// ctx tells a core what stood before it.
type ctx struct {
	the   bool // "the" immediately before
	pos   bool // a position prefix (early, late, the end of)
	quant bool // a quantity qualifier (about, nearly)
	start int  // first token of the whole prefix chain
}

type link struct {
	start int
	kind  uint8
}

// tok returns token k when it can extend an expression: it exists and no
// line break comes before it.
func (p *parser) tok(k int) *token {
	if k < 0 || k >= len(p.toks) || k != p.base && p.toks[k].has(fNewline) {
		return nil
	}
	return &p.toks[k]
}

// glued reports whether token k follows k-1 without whitespace.
func (p *parser) glued(k int) bool {
	t := p.tok(k)
	return t != nil && !t.has(fSpace)
}

func (p *parser) isPunct(k int, c byte) bool {
	t := p.tok(k)
	return t != nil && t.punct(p.text, c)
}

func (p *parser) isWord(k int, w uint8) bool {
	t := p.tok(k)
	return t != nil && t.is(w)
}

// isUnit reports whether token k is the singular unit u.
func (p *parser) isUnit(k int, u uint8) bool {
	t := p.tok(k)
	return t != nil && t.lx.cls == cUnit && t.lx.val == u && !t.lx.plural
}

// wordIs compares token k with a lower-case literal.
func (p *parser) wordIs(k int, lower string) bool {
	t := p.tok(k)
	return t != nil && t.kind == kWord && eqFold(p.text[t.s:t.e], lower)
}

// match finds the expression starting at token i, if any.
func (p *parser) match(i int) (expr, bool) {
	p.base, p.anaphor, p.zoneOffset, p.bareClock = i, false, 0, false
	t := &p.toks[i]
	switch t.kind {
	case kPunct:
		if p.text[t.s] == '\'' || p.text[t.s] == 0xe2 {
			return p.apostropheYear(i, ctx{start: i})
		}
		return expr{}, false
	case kWord:
		if t.lx.cls == cNone {
			if t.e-t.s == 1 {
				return p.periodCode(i)
			}
			return expr{}, false
		}
	}
	var chain [8]link
	n := 0
	j := i
	c := ctx{start: i}
	for n < len(chain) {
		k, kind := p.prefix(j)
		if k == j {
			break
		}
		chain[n] = link{j, kind}
		n++
		j = k
	}
	if n > 0 {
		last := chain[n-1]
		c.the = last.kind == aThe
		for _, l := range chain[:n] {
			switch l.kind {
			case aPos:
				c.pos = true
			case aQuant:
				c.quant = true
			}
		}
	}
	e, allow, ok := p.core(j, c)
	if !ok {
		if n > 0 {
			return expr{}, false // the loop retries from the next token
		}
		return expr{}, false
	}
	// Widen the span over the allowed tail of the prefix chain.
	for n > 0 && chain[n-1].kind&allow != 0 {
		e.start = chain[n-1].start
		n--
	}
	return e, true
}

// prefix consumes one prefix word group at j and returns where it ends.
func (p *parser) prefix(j int) (int, uint8) {
	t := p.tok(j)
	if t == nil || t.kind != kWord {
		return j, 0
	}
	if qualifiesPeriod(p.text[t.s:t.e]) && p.tok(j+1) != nil && p.toks[j+1].lx.cls == cUnit && p.isWord(j-1, wThe) {
		return j + 1, aThe // the full year, the fiscal year
	}
	if t.lx.cls == cQuant {
		if nt := p.tok(j + 1); nt != nil && nt.lx.cls == cUnit && p.wordIs(j, "some") {
			return j, 0 // "some time" is the core itself
		}
		if p.isWord(j+1, wThe) {
			return j, 0 // over [the last two weeks]
		}
		if p.isWord(j+1, wThan) {
			return j + 2, aQuant
		}
		return j + 1, aQuant
	}
	if t.lx.cls != cWord {
		return j, 0
	}
	switch t.lx.val {
	case wThe:
		return j + 1, aThe
	case wEarly, wLate:
		if nt := p.tok(j + 1); nt != nil && nt.is(wIn) {
			if p.isWord(j+2, wThe) && !p.isUnit(j+3, uDay) {
				return j + 3, aPos // late in the year
			}
		}
		return j + 1, aPos
	case wMid:
		if p.isPunct(j+1, '-') && p.glued(j+1) {
			return j + 2, aPos
		}
		return j + 1, aPos
	case wEnd, wBeginning, wStart, wMiddle:
		if p.isWord(j+1, wOf) {
			return j + 2, aPos
		}
	case wEarlier, wLater:
		if p.isWord(j+1, wIn) && p.isWord(j+2, wThe) {
			if nt := p.tok(j + 3); nt != nil && (nt.lx.cls == cPartDay || nt.lx.cls == cUnit && nt.lx.val != uDay) {
				return j + 3, aPos // later in the afternoon, earlier in the year
			}
		}
		nt := p.tok(j + 1)
		if nt != nil && (nt.lx.cls == cWeekday || nt.is(wThis) || nt.is(wThat) || nt.is(wToday) || nt.is(wTonight) ||
			nt.is(wYesterday) || nt.is(wTomorrow)) {
			return j + 1, aEarlier
		}
	case wMore, wLess, wNo:
		if p.isWord(j+1, wThan) {
			return j + 2, aQuant
		}
		if t.is(wNo) && p.isWord(j+1, wMore) && p.isWord(j+2, wThan) {
			return j + 3, aQuant
		}
	case wUp:
		if p.isWord(j+1, wTo) {
			return j + 2, aQuant
		}
	case wAt:
		if p.tok(j+1) != nil && p.tok(j+1).lx.cls == cQuant && p.wordIs(j+1, "least") {
			return j + 2, aQuant
		}
	}
	return j, 0
}

// core matches the expression proper at j and says which prefixes may join.
func (p *parser) core(j int, c ctx) (expr, uint8, bool) {
	t := p.tok(j)
	if t == nil {
		return expr{}, 0, false
	}
	switch t.kind {
	case kNum:
		return p.numberCore(j, c)
	case kPunct:
		if p.text[t.s] == '\'' {
			e, ok := p.apostropheYear(j, c)
			return e, aThe | aPos, ok
		}
		return expr{}, 0, false
	}
	switch t.lx.cls {
	case cMonth:
		return p.monthCore(j, c)
	case cWeekday:
		return p.weekdayCore(j, c)
	case cNumWord, cTens:
		if y, end, ok := p.spelledYear(j); ok && (y%1000 != 0 || p.isUnit(j-1, uYear) || p.isWord(j-1, wIn)) {
			return expr{j, end, typeDate, yearVal(y)}, aThe | aPos, true
		}
		e, ok := p.duration(j, c)
		return e, aQuant | aThe, ok
	case cOrdinal:
		return p.ordinalCore(j, c)
	case cUnit:
		return p.unitCore(j, c)
	case cSeason:
		return p.seasonCore(j, c)
	case cHoliday:
		return p.holidayCore(j, 0)
	case cDecade:
		if c.the || c.pos {
			return expr{j, j + 1, typeDate, decadeOf2(10*int(t.lx.val), p.cal)}, aThe | aPos, true // the nineties
		}
	case cPartDay:
		return p.partDayCore(j, c)
	case cSetAdv:
		if t.lx.val == uQuarter {
			return expr{}, 0, false
		}
		return expr{j, j + 1, typeSet, durVal("1", t.lx.val)}, 0, true
	case cQuant:
		if p.wordIs(j, "some") {
			e, ok := p.duration(j, c)
			return e, aQuant, ok
		}
	case cWord:
		return p.wordCore(j, c)
	}
	return expr{}, 0, false
}

// qualifiesPeriod reports words that sit between "the" and a unit without
// changing which period is meant.
func qualifiesPeriod(w string) bool {
	return eqFold(w, "full") || eqFold(w, "fiscal") || eqFold(w, "calendar") || eqFold(w, "whole") ||
		eqFold(w, "entire")
}
