package date

import "strconv"

// relOf maps a modifier word to a direction: -1 last, +1 next, 0 this.
func relOf(w uint8) int {
	switch w {
	case wLast, wPast, wPrevious:
		return -1
	case wNext, wComing, wFollowing:
		return 1
	}
	return 0
}

// modCore matches expressions led by last, next, this, past, previous,
// following, coming, current, recent, latest, same.
func (p *parser) modCore(j int, c ctx) (expr, uint8, bool) {
	m := p.toks[j].lx.val
	rel := relOf(m)
	k := j + 1
	allow := aThe | aPos | aEarlier
	if m == wLast && c.the {
		if n, end, unit, ok := p.ordinalPeriod(j); ok {
			return p.periodOf(j, end, n, unit), aThe | aPos, true // the last half of 1989
		}
	}
	// the past five years, the next three quarters: durations
	if m != wThis && m != wCurrent && m != wSame && m != wLatest {
		if n, nk, ok := p.numPhrase(k); ok && !p.toks[k].is(wA) {
			if u, hyph, end, ok := p.unitAt(nk); ok && !hyph {
				return expr{j, end, typeDuration, durVal(n, u)}, aThe | aQuant, true
			}
			if u, end, join, ok := p.sharedUnit(k, nk, n); ok && join {
				return expr{j, end, typeDuration, durVal("X", u)}, aThe | aQuant, true // the next 12 to 18 months
			}
		}
	}
	if p.wordIs(k, "fiscal") {
		k++
	}
	t := p.tok(k)
	if t == nil {
		return p.bareMod(j, m, c)
	}
	switch t.lx.cls {
	case cUnit:
		return p.modUnit(j, k, m, rel, c)
	case cMonth:
		if !t.has(fCap) || t.lx.abbr && !(p.isPunct(k+1, '.') && p.glued(k+1)) || m == wCurrent ||
			m == wRecent || m == wSame || m == wLatest {
			break
		}
		r := rel
		if m == wThis {
			r = 2
		}
		return expr{j, p.afterAbbr(k), typeDate, p.bareMonth(int(t.lx.val), j, r)}, allow, true
	case cWeekday:
		if !t.has(fCap) || t.lx.plural || m != wLast && m != wNext && m != wThis && m != wPrevious {
			break
		}
		return expr{j, p.afterAbbr(k), typeDate, p.modWeekday(int(t.lx.val), rel, m == wThis, j)}, allow, true
	case cHoliday:
		if m == wLast || m == wNext || m == wPrevious || m == wFollowing || m == wThis {
			e, _, ok := p.holidayCore(k, rel)
			e.start = j
			return e, allow, ok
		}
	case cSeason:
		if m == wCurrent || m == wRecent || m == wSame || m == wLatest {
			break
		}
		r := rel
		if m == wThis {
			r = 2
		}
		return expr{j, k + 1, typeDate, p.seasonVal(int(t.lx.val), r, j)}, allow, true
	case cPartDay:
		switch {
		case m == wThis:
			return expr{j, k + 1, typeTime, p.cal.day(0) + partCode(t.lx.val)}, allow, true
		case m == wLast && t.lx.val == 4:
			return expr{j, k + 1, typeTime, p.cal.day(-1) + "TNI"}, allow, true
		}
	}
	if (m == wLatest || m == wSame) && p.wordIs(k, "period") {
		return p.periodAgo(j, k+1)
	}
	return p.bareMod(j, m, c)
}

// bareMod handles a modifier with nothing temporal after it: "the past",
// "current", "recently" forms.
func (p *parser) bareMod(j int, m uint8, c ctx) (expr, uint8, bool) {
	switch {
	case m == wPast && c.the:
		if n := p.tok(j + 1); n != nil && n.kind == kWord && n.lx.cls == cNone && !n.has(fCap) &&
			!p.isWord(c.start-1, wIn) {
			return expr{}, 0, false // the past tense, the past decisions; but "in the past it ..."
		}
		return expr{j, j + 1, typeDate, "PAST_REF"}, aThe, true
	case m == wCurrent:
		return expr{j, j + 1, typeDate, "PRESENT_REF"}, 0, true
	}
	return expr{}, 0, false
}

// modUnit resolves last week, this year, the following year, the latest
// quarter, last weekend.
func (p *parser) modUnit(j, k int, m uint8, rel int, c ctx) (expr, uint8, bool) {
	t := &p.toks[k]
	u := t.lx.val
	allow := aThe | aPos | aEarlier
	if t.has(fCap) && !p.toks[j].has(fCap) || t.has(fCap) && p.isPunct(j-1, '"') {
		return expr{}, 0, false // "This Week With David Brinkley"
	}
	// TimeML reads "in coming weeks" and "in recent years" as vague
	// durations (PXW, PXY), not as the past or future at large.
	if (m == wComing || m == wRecent) && t.lx.plural {
		return expr{j, k + 1, typeDuration, durVal("X", u)}, allow, true
	}
	// this year's third quarter, last year's quarter, next year's first quarter
	if u == uYear && !t.lx.plural && (m == wThis || m == wLast || m == wNext) && p.isPunct(k+1, '\'') &&
		p.wordIs(k+2, "s") {
		y := 0
		if p.cal.known {
			y = p.cal.ref.Year() + rel
		}
		if n, end, unit, ok := p.ordinalPeriod(k + 3); ok && p.cal.known {
			return expr{j, end, typeDate, periodVal(y, n, unit)}, allow, true
		}
		if nt := p.tok(k + 3); nt != nil && nt.lx.cls == cUnit && nt.lx.val == uQuarter && !nt.lx.plural &&
			p.lastQuarterQ != 0 && p.cal.known {
			return expr{j, k + 4, typeDate, quarterVal(y, p.lastQuarterQ)}, allow, true
		}
	}
	if t.lx.plural {
		switch {
		case m == wPast && c.the:
			return expr{j, k + 1, typeDuration, durVal("X", u)}, allow, true
		}
		return expr{}, 0, false
	}
	switch u {
	case uSecond, uMinute, uHour, uHalf:
		return expr{}, 0, false
	case uDay:
		if m != wSame || !c.the {
			return expr{}, 0, false
		}
		if len(p.lastDay) == 10 {
			return expr{j, k + 1, typeDate, p.lastDay}, aThe, true
		}
		return expr{j, k + 1, typeDate, p.cal.day(0)}, aThe, true
	case uWeekend:
		return expr{j, k + 1, typeDate, p.weekendVal(rel, j)}, allow, true
	}
	switch m {
	case wRecent:
		return expr{}, 0, false
	case wLatest, wSame:
		if u == uQuarter {
			return p.periodAgo(j, k+1)
		}
		return expr{}, 0, false
	case wThis, wCurrent:
		if u == uQuarter && p.lastQuarterQ != 0 && m == wThis {
			return expr{j, k + 1, typeDate, p.anchorQuarter(0)}, allow, true
		}
	case wNext, wComing:
		if c.the && p.isWord(c.start-1, wFor) && !c.pos {
			return expr{j, k + 1, typeDuration, durVal("1", u)}, aThe, true // for the next year
		}
	case wPrevious, wFollowing:
		if c.the && u == uYear && p.lastYear != 0 {
			return expr{j, k + 1, typeDate, yearVal(p.lastYear + rel)}, allow, true
		}
	}
	return expr{j, k + 1, typeDate, p.cal.shift(u, rel)}, allow, true
}

// weekendVal names the weekend in the reference's ISO week moved by rel;
// rel 0 picks the weekend just past or, in the future tense, the next one.
func (p *parser) weekendVal(rel int, at int) string {
	if !p.cal.known {
		return "XXXX-WXX-WE"
	}
	switch rel {
	case 0:
		return weekVal(p.cal.weekdayTime(6, p.tenseAt(at))) + "-WE"
	case -1:
		return weekVal(p.cal.weekdayTime(6, tensePast).AddDate(0, 0, -7*boolInt(p.cal.ref.Weekday() == 6))) + "-WE"
	}
	return weekVal(p.cal.weekdayTime(6, tenseFuture).AddDate(0, 0, 7*boolInt(p.cal.ref.Weekday() == 6))) + "-WE"
}

// anchorQuarter is the quarter the document last named, moved by years;
// without one, the quarter before the reference (the one being reported).
func (p *parser) anchorQuarter(years int) string {
	p.anaphor = true
	if p.lastQuarterQ != 0 {
		return quarterVal(p.lastQuarterY+years, p.lastQuarterQ)
	}
	if !p.cal.known {
		return "XXXX-QX"
	}
	v := p.cal.quarter(-1)
	return quarterVal(atoi(v[:4])+years, int(v[6]-'0'))
}

// modWeekday resolves last Friday (the one before the reference), next
// Friday (the one after) and this Friday (by tense).
func (p *parser) modWeekday(wd, rel int, this bool, at int) string {
	if !p.cal.known {
		return "XXXX-WXX-" + strconv.Itoa(wd)
	}
	switch {
	case this:
		return p.cal.weekday(wd, p.tenseAt(at))
	case rel < 0:
		return dateVal(p.cal.weekdayTime(wd, tensePast).AddDate(0, 0, -7*boolInt(p.cal.weekdayTime(wd, tensePast).Equal(p.cal.ref))))
	default:
		t := p.cal.weekdayTime(wd, tenseFuture)
		if t.Equal(p.cal.ref) {
			t = t.AddDate(0, 0, 7)
		}
		return dateVal(t)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// unitCore matches expressions led by a unit word: year-ago, year-end,
// the quarter, the end of the year, years (vague durations).
func (p *parser) unitCore(j int, c ctx) (expr, uint8, bool) {
	t := &p.toks[j]
	u := t.lx.val
	if u == uSecond && !t.lx.plural {
		if e, allow, ok := p.ordinalCore(j, c); ok {
			return e, allow, true // the second quarter
		}
	}
	if u == uYear && !t.lx.plural && p.isPunct(j+1, '-') && p.glued(j+1) && p.glued(j+2) {
		if e, ok := p.yearDash(j); ok {
			return e, aThe, true
		}
	}
	if u == uYear && !t.lx.plural && p.isWord(j+1, wEnd) {
		return expr{j, j + 2, typeDate, p.cal.year(0)}, aThe | aQuant, true // year end
	}
	if u == uYear && !t.lx.plural && p.isPunct(j+1, '\'') && p.wordIs(j+2, "s") && p.isWord(j+3, wEnd) {
		return expr{j, j + 4, typeDate, p.cal.year(0)}, aThe | aQuant, true // year's end
	}
	if t.lx.plural {
		if u == uHalf || u == uWeekend {
			return expr{}, 0, false
		}
		if p.isWord(j+1, wAgo) {
			return expr{j, j + 2, typeDate, "PAST_REF"}, 0, true
		}
		pr := p.tok(j - 1)
		if c.start == j && pr != nil && (pr.is(wFor) || pr.is(wWithin) || pr.is(wIn) || pr.lx.cls == cQuant && p.wordIs(j-1, "over")) {
			return expr{j, j + 1, typeDuration, durVal("X", u)}, 0, true
		}
		return expr{}, 0, false
	}
	if c.the && u == uQuarter {
		return p.periodAgo(j, j+1)
	}
	if c.the && u == uDay && !t.lx.plural && p.dayClosing(c.start-1) {
		return expr{j, j + 1, typeDate, p.cal.day(0)}, aThe, true // ended the day, for the day
	}
	if c.the && u == uWeekend {
		return expr{j, j + 1, typeDate, p.weekendVal(0, j)}, aThe | aPos, true
	}
	if c.the && u == uYear && !t.lx.plural {
		k := j + 1
		if p.isWord(k, wOf) {
			k++ // the year of 2008
		}
		if y, end, ok := p.yearAfter(k); ok && !p.isPunct(k, ',') {
			return expr{j, end, typeDate, yearVal(y)}, aThe, true // the year 2008
		}
		if y, end, ok := p.yearAfter(j + 1); ok && !p.isPunct(j+1, ',') {
			return expr{j, end, typeDate, yearVal(y)}, aThe, true // the year 2008
		}
		if y, end, ok := p.spelledYear(j + 1); ok {
			return expr{j, end, typeDate, yearVal(y)}, aThe, true // the year two thousand
		}
	}
	if c.the && (u == uYear || u == uMonth || u == uWeek) && (p.isWord(j+1, wBefore) || p.isWord(j+1, wEarlier)) {
		p.anaphor = true
		return expr{j, j + 2, typeDate, p.cal.shift(u, -1)}, aThe, true
	}
	if c.the && (u == uYear || u == uMonth || u == uWeek) {
		// "the year ended Sept. 30" is a span of time; "for the year" the current one
		if nt := p.tok(j + 1); nt != nil && nt.kind == kWord && (p.wordIs(j+1, "ended") ||
			p.wordIs(j+1, "ending") || p.wordIs(j+1, "ends") || p.wordIs(j+1, "to")) {
			return expr{j, j + 1, typeDuration, durVal("1", u)}, aThe, true
		}
		return expr{j, j + 1, typeDate, p.cal.shift(u, 0)}, aThe | aPos, true
	}
	if c.pos && !t.lx.plural && (u == uDay || u == uMonth || u == uYear || u == uWeek) {
		// end of day, end of month
		return expr{j, j + 1, typeDate, p.cal.shift(u, 0)}, aThe | aPos, true
	}
	if c.the && c.pos && u == uDecade {
		return expr{j, j + 1, typeDate, p.cal.shift(u, 0)}, aThe | aPos, true
	}
	return expr{}, 0, false
}

// setCore matches every Monday, each year, every two weeks, per day.
func (p *parser) setCore(j int) (expr, bool) {
	k := j + 1
	per := p.toks[j].is(wPer)
	t := p.tok(k)
	if t == nil {
		return expr{}, false
	}
	switch {
	case t.lx.cls == cUnit && !t.lx.plural && t.lx.val != uHalf:
		if t.lx.val == uWeekend {
			return expr{j, k + 1, typeSet, "XXXX-WXX-WE"}, true
		}
		return expr{j, k + 1, typeSet, durVal("1", t.lx.val)}, true
	case per:
		return expr{}, false
	case t.lx.cls == cWeekday && !t.lx.plural:
		v := "XXXX-WXX-" + strconv.Itoa(int(t.lx.val))
		end := p.afterAbbr(k)
		if pt := p.tok(end); pt != nil && pt.lx.cls == cPartDay {
			return expr{j, end + 1, typeSet, v + partCode(pt.lx.val)}, true
		}
		return expr{j, end, typeSet, v}, true
	case t.lx.cls == cMonth && t.has(fCap):
		return expr{j, p.afterAbbr(k), typeSet, "XXXX-" + pad(int(t.lx.val), 2)}, true
	case t.lx.cls == cSeason:
		return expr{j, k + 1, typeSet, "XXXX-" + seasonCode(t.lx.val)}, true
	case t.lx.cls == cPartDay:
		return expr{j, k + 1, typeSet, "XXXX-XX-XX" + partCode(t.lx.val)}, true
	}
	if n, nk, ok := p.numPhrase(k); ok && n != "X" {
		if u, _, end, ok := p.unitAt(nk); ok {
			return expr{j, end, typeSet, durVal(n, u)}, true
		}
	}
	return expr{}, false
}

// partDayCore matches "in the morning", "late afternoon", "early morning":
// that part of the reference day.
func (p *parser) partDayCore(j int, c ctx) (expr, uint8, bool) {
	t := &p.toks[j]
	if !c.the && !c.pos || t.lx.val == 4 && !c.pos || t.lx.plural {
		return expr{}, 0, false
	}
	if n := p.tok(j + 1); n != nil && (n.lx.cls == cWeekday || n.is(wYesterday) || n.is(wToday) || n.is(wTomorrow)) {
		day, end := p.clockDay(j + 1)
		return expr{j, end, typeTime, day + partCode(t.lx.val)}, aThe | aPos, true
	}
	return expr{j, j + 1, typeTime, p.cal.day(0) + partCode(t.lx.val)}, aThe | aPos, true
}

// dayClosing reports whether the word at k makes "the day" the reference
// day of a market report: "for the day", "ended the day".
func (p *parser) dayClosing(k int) bool {
	t := p.tok(k)
	if t == nil || t.kind != kWord {
		return false
	}
	if t.is(wFor) || t.is(wDuring) {
		return true
	}
	w := p.text[t.s:t.e]
	for _, s := range [...]string{"end", "ended", "ending", "ends", "finish", "finished", "finishing", "close",
		"closed", "closing"} {
		if eqFold(w, s) {
			return true
		}
	}
	return false
}

// yearDash matches year-ago, year-earlier (with an optional "quarter",
// "period" or "third quarter" after it) and year-end.
func (p *parser) yearDash(j int) (expr, bool) {
	switch {
	case p.isWord(j+2, wAgo) || p.isWord(j+2, wEarlier):
		end := j + 3
		if n, qend, unit, ok := p.ordinalPeriod(end); ok && unit == uQuarter && p.cal.known {
			y := p.cal.quarterYear(n, tensePast)
			if p.lastQuarterQ == n {
				y = p.lastQuarterY
			}
			p.anaphor = true
			return expr{j, qend, typeDate, quarterVal(y-1, n)}, true
		}
		if p.isUnit(end, uQuarter) || p.wordIs(end, "period") {
			return expr{j, end + 1, typeDate, p.anchorQuarter(-1)}, true
		}
		if p.lastWasQuarter {
			return expr{j, end, typeDate, p.anchorQuarter(-1)}, true
		}
		return expr{j, end, typeDate, p.cal.year(-1)}, true
	case p.isWord(j+2, wEnd):
		return expr{j, j + 3, typeDate, p.cal.year(0)}, true
	}
	return expr{}, false
}

// thatCore matches "that year", "that quarter", "that day": the period the
// document named last.
func (p *parser) thatCore(j int) (expr, uint8, bool) {
	k := j + 1
	if p.isWord(k, wSame) {
		k++
	}
	u := p.tok(k)
	if u == nil || u.lx.cls != cUnit || u.lx.plural {
		return expr{}, 0, false
	}
	switch {
	case u.lx.val == uYear && p.lastYear != 0:
		return expr{j, k + 1, typeDate, yearVal(p.lastYear)}, aPos | aEarlier, true
	case u.lx.val == uQuarter && p.lastQuarterQ != 0:
		return expr{j, k + 1, typeDate, p.anchorQuarter(0)}, aPos, true
	case u.lx.val == uDay && p.lastDay != "":
		return expr{j, k + 1, typeDate, p.lastDay}, aPos | aEarlier, true
	}
	return expr{}, 0, false
}

// periodAgo completes "the quarter", "the same period" with an optional
// "last year", "of last year" or "a year ago/earlier": the document's
// quarter, or that quarter a year before.
func (p *parser) periodAgo(j, k int) (expr, uint8, bool) {
	n := k
	if p.isWord(n, wOf) {
		n++
	}
	switch {
	case p.isWord(n, wLast) && p.isUnit(n+1, uYear):
		return expr{j, n + 2, typeDate, p.anchorQuarter(-1)}, aThe, true
	case p.isWord(n, wA) && p.isUnit(n+1, uYear) && (p.isWord(n+2, wAgo) || p.isWord(n+2, wEarlier)):
		return expr{j, n + 3, typeDate, p.anchorQuarter(-1)}, aThe, true
	}
	return expr{j, k, typeDate, p.anchorQuarter(0)}, aThe, true
}
