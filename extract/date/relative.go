package date

import "strconv"

// weekdayCore matches Tuesday, Tuesday Oct. 28, Friday night, Mondays.
func (p *parser) weekdayCore(j int, c ctx) (expr, uint8, bool) {
	t := &p.toks[j]
	if !t.has(fCap) && t.lx.abbr {
		return expr{}, 0, false
	}
	if t.lx.abbr && !p.isPunct(j+1, '.') && !weekdayAbbrOK(p.text[t.s:t.e]) {
		if !p.isPunct(j+1, ',') {
			return expr{}, 0, false
		}
		if nt := p.tok(j + 2); nt == nil || nt.lx.cls != cMonth && nt.kind != kNum {
			return expr{}, 0, false // Sun, Hewlett-Packard and others
		}
	}
	wd := int(t.lx.val)
	k := p.afterAbbr(j)
	if t.lx.plural {
		return expr{j, k, typeSet, "XXXX-WXX-" + strconv.Itoa(wd)}, 0, true
	}
	// Tuesday, Oct. 28 (, 2025)
	mk := k
	if p.isPunct(mk, ',') {
		mk++
	}
	if mt := p.tok(mk); mt != nil && mt.lx.cls == cMonth {
		if e, _, ok := p.monthCore(mk, ctx{start: mk}); ok && len(e.val) == 10 {
			return expr{j, e.end, typeDate, e.val}, aEarlier, true
		}
	}
	if mt := p.tok(mk); mt != nil && mt.kind == kNum {
		if e, ok := p.dayMonth(mk, ctx{start: mk}); ok {
			return expr{j, e.end, typeDate, e.val}, aEarlier, true
		}
	}
	// Mon 13th, Tuesday the eleventh: that day of the month
	dk := mk
	if p.isWord(dk, wThe) {
		dk++
	}
	if d, dend, ok := p.ordinalDay(dk); ok && p.cal.known && validDay(p.cal.ref.Year(), int(p.cal.ref.Month()), d) {
		return expr{j, dend, typeDate, dayVal(p.cal.ref.Year(), int(p.cal.ref.Month()), d)}, aEarlier, true
	}
	val := p.cal.weekday(wd, p.tenseAt(j))
	if pt := p.tok(k); pt != nil && pt.lx.cls == cPartDay && !pt.lx.plural {
		return expr{j, k + 1, typeTime, val + partCode(pt.lx.val)}, aEarlier, true
	}
	return expr{j, k, typeDate, val}, aEarlier, true
}

func partCode(v uint8) string {
	switch v {
	case 1:
		return "TMO"
	case 2:
		return "TAF"
	case 3:
		return "TEV"
	}
	return "TNI"
}

// wordCore handles expressions that start with a function word: today,
// now, last week, this year, every Monday, the past, fiscal 1989.
func (p *parser) wordCore(j int, c ctx) (expr, uint8, bool) {
	t := &p.toks[j]
	switch t.lx.val {
	case wToday, wYesterday, wTomorrow, wTonight:
		return p.deictic(j)
	case wNow:
		if p.isPunct(j+1, '-') && p.glued(j+1) {
			return expr{}, 0, false // the now-cancelled deal
		}
		return expr{j, j + 1, typeDate, "PRESENT_REF"}, 0, true
	case wCurrently:
		return expr{j, j + 1, typeDate, "PRESENT_REF"}, 0, true
	case wRecently:
		return expr{j, j + 1, typeDate, "PAST_REF"}, 0, true
	case wFuture:
		if c.the || p.wordIs(j-1, "near") {
			return expr{j, j + 1, typeDate, "FUTURE_REF"}, aThe, true
		}
		return expr{}, 0, false
	case wNoon, wMidnight:
		e, ok := p.noonTime(j)
		return e, 0, ok
	case wEvery, wEach, wPer:
		e, ok := p.setCore(j)
		return e, 0, ok
	case wFiscal:
		k := j + 1
		if nt := p.tok(k); nt != nil && nt.lx.cls == cUnit && nt.lx.val == uYear && !nt.lx.plural {
			k++
		}
		if y, end, ok := p.yearAfter(k); ok && !p.isPunct(k, ',') {
			return expr{j, end, typeDate, yearVal(y)}, aThe | aPos, true
		}
		if n, end, unit, ok := p.ordinalPeriod(j + 1); ok {
			return p.periodOf(j, end, n, unit), aThe | aPos, true
		}
	case wLast, wNext, wThis, wPast, wPrevious, wFollowing, wComing, wCurrent, wRecent, wLatest, wSame:
		return p.modCore(j, c)
	case wA:
		e, ok := p.duration(j, c)
		return e, aQuant, ok
	case wThat:
		return p.thatCore(j)
	case wAll:
		if u := p.tok(j + 1); u != nil && u.lx.cls == cUnit && !u.lx.plural && u.lx.val >= uHour && u.lx.val <= uYear &&
			u.lx.val != uWeekend && u.lx.val != uHalf {
			return expr{j, j + 2, typeDuration, durVal("1", u.lx.val)}, 0, true // all day
		}
	case wFinal:
		return p.ordinalCore(j, c)
	case wSeveral, wFew, wMany:
		e, ok := p.duration(j, c)
		return e, aQuant | aThe, ok
	}
	return expr{}, 0, false
}

// deictic matches today, yesterday, tomorrow, tonight and their parts of
// day: "yesterday morning", "tomorrow night".
func (p *parser) deictic(j int) (expr, uint8, bool) {
	t := &p.toks[j]
	var val string
	switch t.lx.val {
	case wToday:
		val = p.cal.day(0)
	case wYesterday:
		val = p.cal.day(-1)
	case wTomorrow:
		val = p.cal.day(1)
	case wTonight:
		return expr{j, j + 1, typeDate, p.cal.day(0)}, aEarlier, true
	}
	if pt := p.tok(j + 1); pt != nil && pt.lx.cls == cPartDay && t.lx.val != wToday {
		return expr{j, j + 2, typeTime, val + partCode(pt.lx.val)}, aEarlier | aPos, true
	}
	return expr{j, j + 1, typeDate, val}, aEarlier | aPos, true
}

// weekdayAbbrOK accepts abbreviations that are not also common words.
func weekdayAbbrOK(w string) bool {
	return eqFold(w, "mon") || eqFold(w, "tue") || eqFold(w, "tues") || eqFold(w, "thu") || eqFold(w, "thur") ||
		eqFold(w, "thurs") || eqFold(w, "fri")
}

// ordinalDay reads a day of the month written as an ordinal: 13th,
// eleventh, twenty-seventh.
func (p *parser) ordinalDay(k int) (int, int, bool) {
	t := p.tok(k)
	if t == nil {
		return 0, 0, false
	}
	if t.kind == kNum && t.has(fOrdinal) && t.flags&fAlnum == 0 && t.num >= 1 && t.num <= 31 {
		return t.num, k + 1, true
	}
	if t.lx.cls == cOrdinal || t.lx.cls == cTens {
		if d, end, ok := p.dayWords(k); ok && (t.lx.cls == cOrdinal || p.toks[end-1].lx.cls == cOrdinal) {
			if n := p.tok(end); n != nil && n.kind == kWord && n.lx.cls == cNone {
				return 0, 0, false // Friday, the fourth decline
			}
			return d, end, true
		}
	}
	return 0, 0, false
}
