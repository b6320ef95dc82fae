package date

// clockTime matches 3 p.m., 10am, 3:30 p.m. EST, 18:00 UTC, optionally
// followed by the day: "10 p.m. Wednesday", "12:00 UTC Monday".
func (p *parser) clockTime(j int) (expr, bool) {
	t := &p.toks[j]
	if t.nd > 2 || t.flags&(fComma|fDecimal|fOrdinal|fAlnum|fDecade) != 0 {
		return expr{}, false
	}
	h, mi := t.num, 0
	k := j + 1
	hasMin := false
	if t.flags&(fAM|fPM) == 0 && p.isPunct(k, ':') && p.glued(k) && p.glued(k+1) {
		if mt := p.tok(k + 1); mt != nil && mt.kind == kNum && mt.nd == 2 && mt.num < 60 &&
			mt.flags&(fComma|fDecimal|fOrdinal|fAlnum|fDecade) == 0 {
			mi, hasMin = mt.num, true
			k += 2
			if mt.flags&(fAM|fPM) == 0 && p.isPunct(k, ':') && p.glued(k) && p.glued(k+1) {
				if st := p.tok(k + 1); st != nil && st.kind == kNum && st.nd == 2 && st.num < 60 {
					k += 2 // seconds: kept in the span, dropped from the value
					mt = st
				}
			}
			if mt.has(fAM) || mt.has(fPM) {
				t = mt // 3:30pm
			}
		}
	}
	pm, am := t.has(fPM), t.has(fAM)
	if !pm && !am {
		if isPM, end, ok := p.meridiem(k); ok {
			pm, am = isPM, !isPM
			k = end
		}
	}
	switch {
	case pm || am:
		if h < 1 || h > 12 {
			return expr{}, false
		}
		if pm && h != 12 {
			h += 12
		}
		if am && h == 12 {
			h = 0
		}
	case hasMin && h <= 24:
	default:
		return expr{}, false
	}
	zoneSuffix := ""
	off := 0
	hasZone := false
	if zt := p.tok(k); zt != nil && zt.lx.cls == cZone && zt.has(fUpper) {
		z := zones[zt.lx.val]
		hasZone = true
		// TimeML news corpora write UTC as Z and leave local zones off the value
		if z.utc {
			zoneSuffix = "Z"
		} else {
			off = z.offset
		}
		k++
	}
	if !pm && !am && !hasZone && !p.isWord(j-1, wAt) && !p.isWord(j-1, wBy) {
		return expr{}, false
	}
	day, end := p.clockDay(k)
	p.bareClock = !p.dayFound
	clock := "T" + pad(h, 2) + ":" + pad(mi, 2) + zoneSuffix
	p.zoneOffset = off
	return expr{j, end, typeTime, day + clock}, true
}

// meridiem reads a.m., p.m., am, pm, AM, PM at k.
func (p *parser) meridiem(k int) (pm bool, end int, ok bool) {
	t := p.tok(k)
	if t == nil || t.kind != kWord {
		return false, 0, false
	}
	w := p.text[t.s:t.e]
	switch {
	case eqFold(w, "am"):
		return false, k + 1, true
	case eqFold(w, "pm"):
		return true, k + 1, true
	case eqFold(w, "a") || eqFold(w, "p"):
		if p.isPunct(k+1, '.') && p.glued(k+1) && p.wordIs(k+2, "m") && p.glued(k+2) {
			end = k + 3
			if p.isPunct(end, '.') && p.glued(end) {
				end++
			}
			return eqFold(w, "p"), end, true
		}
	}
	return false, 0, false
}

// clockDay reads the day after a clock time ("Wednesday", "today",
// "Oct. 28") and returns its value prefix; the reference day otherwise.
//
// A date after a comma ("16:15 UTC, June 1st") gives the day but stays a
// separate expression, as TimeML annotates it.
func (p *parser) clockDay(k int) (string, int) {
	p.dayFound = true
	if p.isPunct(k, ',') {
		if mt := p.tok(k + 1); mt != nil && mt.lx.cls == cMonth {
			if e, _, ok := p.monthCore(k+1, ctx{start: k + 1}); ok && len(e.val) == 10 {
				return e.val, k
			}
		}
	}
	t := p.tok(k)
	if t != nil {
		switch {
		case t.lx.cls == cWeekday && t.has(fCap) && !t.lx.plural:
			return p.cal.weekday(int(t.lx.val), p.tenseAt(k)), p.afterAbbr(k)
		case t.is(wToday):
			return p.cal.day(0), k + 1
		case t.is(wYesterday):
			return p.cal.day(-1), k + 1
		case t.is(wTomorrow):
			return p.cal.day(1), k + 1
		case t.lx.cls == cMonth:
			if e, _, ok := p.monthCore(k, ctx{start: k}); ok && len(e.val) == 10 {
				return e.val, e.end
			}
		}
	}
	p.dayFound = false
	return p.cal.day(0), k
}

// noonTime matches noon and midnight with an optional day.
func (p *parser) noonTime(j int) (expr, bool) {
	h := 12
	if p.toks[j].is(wMidnight) {
		h = 24
	}
	day, end := p.clockDay(j + 1)
	if end == j+1 && !p.cal.known {
		day = "XXXX-XX-XX"
	}
	return expr{j, end, typeTime, day + "T" + pad(h, 2) + ":00"}, true
}
