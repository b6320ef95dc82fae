package date

import "strconv"

// numberCore handles expressions that start with digits: ISO and numeric
// dates, day-month dates, clock times, years and durations.
func (p *parser) numberCore(j int, c ctx) (expr, uint8, bool) {
	t := &p.toks[j]
	if t.has(fUnitSfx) && t.lx.val != uHalf && t.lx.val != uWeekend {
		n := p.text[t.s:t.e]
		for k := 0; k < len(n); k++ {
			if isLetter(n[k]) {
				n = n[:k]
				break
			}
		}
		return expr{j, j + 1, typeDuration, durVal(n, t.lx.val)}, aQuant, true // 3h, 5years
	}
	if e, ok := p.numericDate(j); ok {
		return e, 0, true
	}
	if e, ok := p.clockTime(j); ok {
		return e, 0, true
	}
	if e, ok := p.dayMonth(j, c); ok {
		return e, aThe | aPos | aEarlier, true
	}
	if t.nd == 4 && (t.plainNum() || t.has(fDecade)) {
		return p.yearCore(j, c)
	}
	if t.has(fOrdinal) && t.flags&fAlnum == 0 && p.isUnit(j+1, uCentury) && t.num >= 1 && t.num <= 30 {
		return expr{j, j + 2, typeDate, pad(t.num-1, 2)}, aThe | aPos, true // the 20th century
	}
	if t.has(fOrdinal) && t.flags&fAlnum == 0 && t.num >= 1 && t.num <= 31 && c.the && p.isWord(c.start-1, wOn) {
		// on the 18th: that day of the reference month
		if !p.cal.known {
			return expr{j, j + 1, typeDate, "XXXX-XX-" + pad(t.num, 2)}, aThe, true
		}
		if validDay(p.cal.ref.Year(), int(p.cal.ref.Month()), t.num) {
			return expr{j, j + 1, typeDate, dayVal(p.cal.ref.Year(), int(p.cal.ref.Month()), t.num)}, aThe, true
		}
	}
	if t.nd == 2 && t.has(fDecade) && (c.the || c.pos) {
		return expr{j, j + 1, typeDate, decadeOf2(t.num, p.cal)}, aThe | aPos, true
	}
	e, ok := p.duration(j, c)
	return e, aQuant | aThe, ok
}

// decadeOf2 reads the 90s as the 1990s, the 20s as the 2020s when the
// reference is past them.
func decadeOf2(n int, c cal) string {
	cent := 19
	if c.known && 2000+n <= c.ref.Year() {
		cent = 20
	} else if !c.known && n < 30 {
		cent = 20
	}
	return strconv.Itoa(cent) + strconv.Itoa(n/10)
}

// numericDate matches 2025-10-28, 10/28/2025 and 28/10/2025 (DayFirst).
func (p *parser) numericDate(j int) (expr, bool) {
	a := &p.toks[j]
	if !a.plainNum() {
		return expr{}, false
	}
	sepTok := p.tok(j + 1)
	if sepTok == nil || !p.glued(j+1) || !p.glued(j+2) || sepTok.kind != kPunct {
		return expr{}, false
	}
	sep := p.text[sepTok.s]
	if sep != '-' && sep != '/' {
		return expr{}, false
	}
	b := p.tok(j + 2)
	if b == nil || !b.plainNum() || b.nd > 2 {
		return expr{}, false
	}
	var cc *token
	if p.isPunct(j+3, sep) && p.glued(j+3) && p.glued(j+4) {
		cc = p.tok(j + 4)
		if cc != nil && !cc.plainNum() {
			cc = nil
		}
	}
	if cc == nil {
		return p.monthSlashDay(j, a, b, sep)
	}
	if p.glued(j+5) && p.tok(j+5).kind != kPunct {
		return expr{}, false
	}
	var y, m, d int
	switch {
	case a.nd == 4 && cc.nd <= 2:
		y, m, d = a.num, b.num, cc.num
	case a.nd <= 2 && (cc.nd == 4 || cc.nd == 2) && sep == '/':
		y = cc.num
		if cc.nd == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		m, d = a.num, b.num
		if p.opts.DayFirst || m > 12 {
			m, d = d, m
		}
	default:
		return expr{}, false
	}
	if !validDay(y, m, d) || y < 1000 {
		return expr{}, false
	}
	return expr{j, j + 5, typeDate, dayVal(y, m, d)}, true
}

// monthSlashDay matches 11/20 (20/11 with DayFirst) without a year; small
// pairs such as 3/4 read as fractions and are skipped.
func (p *parser) monthSlashDay(j int, a, b *token, sep byte) (expr, bool) {
	if sep != '/' || a.nd > 2 || a.num <= 4 && b.num <= 4 || p.glued(j+3) && p.tok(j+3).kind != kPunct {
		return expr{}, false
	}
	if p.isPunct(j+3, '/') || p.isPunct(j+3, '%') || p.isPunct(j-1, '/') || p.isPunct(j-1, '$') {
		return expr{}, false
	}
	if pr := p.tok(j - 1); pr != nil && pr.kind == kNum {
		return expr{}, false // 4 5/8: a stock price
	}
	if a.num < b.num && b.num&(b.num-1) == 0 {
		return expr{}, false // 7/8, 3/16: fractions
	}
	m, d := a.num, b.num
	if p.opts.DayFirst || m > 12 {
		m, d = d, m
	}
	if !validDay(0, m, d) {
		return expr{}, false
	}
	return expr{j, j + 3, typeDate, p.monthDayVal(m, d, j)}, true
}

// dayMonth matches 28 October 2025, the 4th of July, 04th Jan 2019.
func (p *parser) dayMonth(j int, c ctx) (expr, bool) {
	t := &p.toks[j]
	if t.nd > 2 || t.num < 1 || t.num > 31 || t.flags&(fComma|fDecimal|fAlnum|fDecade|fAM|fPM) != 0 {
		return expr{}, false
	}
	k := j + 1
	if p.isWord(k, wOf) {
		k++
	}
	mt := p.tok(k)
	if mt == nil || mt.lx.cls != cMonth || !p.monthOK(k) && !(mt.lx.abbr && mt.has(fCap)) {
		return expr{}, false
	}
	m := int(mt.lx.val)
	end := p.afterAbbr(k)
	y, yend, ok := p.yearAfter(end)
	if ok {
		if !validDay(y, m, t.num) {
			return expr{}, false
		}
		return expr{j, yend, typeDate, dayVal(y, m, t.num)}, true
	}
	if !validDay(0, m, t.num) {
		return expr{}, false
	}
	return expr{j, end, typeDate, p.monthDayVal(m, t.num, j)}, true
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

// yearAfter reads an optional ", 2025" or " 2025" at k.
func (p *parser) yearAfter(k int) (y, end int, ok bool) {
	if p.isPunct(k, ',') {
		k++
	}
	t := p.tok(k)
	if t == nil {
		return 0, 0, false
	}
	if t.kind == kNum && t.nd == 4 && t.plainNum() && t.num >= 1000 && t.num <= 2999 {
		if p.isPunct(k+1, '%') || (p.isPunct(k+1, ':') && p.glued(k+1)) {
			return 0, 0, false
		}
		return t.num, k + 1, true
	}
	if t.punct(p.text, '\'') && p.glued(k+1) {
		if n := p.tok(k + 1); n.kind == kNum && n.nd == 2 && n.plainNum() {
			return centuryOf2(n.num, p.cal), k + 2, true
		}
	}
	if y, end, ok := p.spelledYear(k); ok {
		return y, end, true
	}
	return 0, 0, false
}

func centuryOf2(n int, c cal) int {
	if c.known && 2000+n <= c.ref.Year()+10 {
		return 2000 + n
	}
	if !c.known && n < 30 {
		return 2000 + n
	}
	return 1900 + n
}

// spelledYear reads "nineteen ninety-six" and "two thousand (and) one".
func (p *parser) spelledYear(k int) (int, int, bool) {
	t := p.tok(k)
	if t == nil || t.lx.cls != cNumWord {
		return 0, 0, false
	}
	if t.lx.val >= 10 && t.lx.val <= 20 {
		hi := int(t.lx.val)
		n, end, ok := p.tensWords(k + 1)
		if !ok || n < 10 {
			return 0, 0, false
		}
		return hi*100 + n, end, true
	}
	if t.lx.val == 2 && p.wordIs(k+1, "thousand") {
		end := k + 2
		if p.isWord(end, wAnd) {
			end++
		}
		if n, e2, ok := p.tensWords(end); ok && n < 100 {
			return 2000 + n, e2, true
		}
		return 2000, k + 2, true
	}
	return 0, 0, false
}

// tensWords reads a number from 1 to 99 written in words.
func (p *parser) tensWords(k int) (int, int, bool) {
	t := p.tok(k)
	if t == nil {
		return 0, 0, false
	}
	if t.lx.cls == cNumWord && t.lx.val > 0 && t.lx.val < 20 {
		return int(t.lx.val), k + 1, true
	}
	if t.lx.cls != cTens {
		return 0, 0, false
	}
	n := int(t.lx.val)
	u := k + 1
	if p.isPunct(u, '-') && p.glued(u) && p.glued(u+1) {
		u++
	}
	if ut := p.tok(u); ut != nil && ut.lx.cls == cNumWord && ut.lx.val > 0 && ut.lx.val < 10 {
		return n + int(ut.lx.val), u + 1, true
	}
	return n, k + 1, true
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

// yearCore matches a four-digit year (2032, the 1990s, the 1988 period,
// fiscal 1989) when the number reads as one.
func (p *parser) yearCore(j int, c ctx) (expr, uint8, bool) {
	t := &p.toks[j]
	if t.has(fDecade) {
		if t.num < 1000 || t.num > 2990 {
			return expr{}, 0, false
		}
		return expr{j, j + 1, typeDate, strconv.Itoa(t.num / 10)}, aThe | aPos, true
	}
	if !p.yearLike(j, c) {
		return expr{}, 0, false
	}
	y := t.num
	k := j + 1
	// the 1988 second quarter, 2025 first half
	if q, end, unit, ok := p.ordinalPeriod(k); ok {
		return expr{j, end, typeDate, periodVal(y, q, unit)}, aThe | aPos, true
	}
	if p.wordIs(k, "period") || p.isUnit(k, uQuarter) {
		// "the 1988 period" in a quarterly report is that year's quarter
		if p.lastQuarterQ != 0 {
			return expr{j, k + 1, typeDate, quarterVal(y, p.lastQuarterQ)}, aThe | aPos, true
		}
		return expr{j, k + 1, typeDate, yearVal(y)}, aThe | aPos, true
	}
	if p.wordIs(k, "season") {
		return expr{j, k + 1, typeDate, yearVal(y)}, aThe | aPos, true
	}
	allow := aPos
	if p.isWord(j-1, wFiscal) || p.wordIs(j-1, "calendar") || p.wordIs(j-1, "model") {
		// "fiscal 1989": the qualifier belongs to the expression
		return expr{j - 1, k, typeDate, yearVal(y)}, aPos, true
	}
	return expr{j, k, typeDate, yearVal(y)}, allow, true
}

// yearLike decides whether the four-digit number at j is a year.
func (p *parser) yearLike(j int, c ctx) bool {
	t := &p.toks[j]
	if t.num < 1000 || t.num > 2199 {
		return false
	}
	if pr := p.tok(j - 1); pr != nil {
		if pr.kind == kPunct && !pr.has(fSpace) || pr.kind == kPunct && p.text[pr.s] == '$' {
			switch p.text[pr.s] {
			case '$', '#', '.', ':', '/', '+', '=', '*', 0xc2, 0xe2:
				return false
			}
		}
		if pr.kind == kNum {
			return false
		}
		if pr.kind == kWord && notYearBefore(p.text[pr.s:pr.e]) {
			return false
		}
	}
	if p.isPunct(j-1, '-') && p.glued(j) && p.tok(j-2) != nil && p.toks[j-2].kind == kNum && p.glued(j-1) {
		return false // 138-2010-2015
	}
	if p.isPunct(j+1, '-') && p.glued(j+1) && p.glued(j+2) && p.tok(j+2) != nil && p.toks[j+2].kind == kNum &&
		p.toks[j+2].nd != 2 {
		return false
	}
	if n := p.tok(j + 1); n != nil {
		switch {
		case n.kind == kPunct && (p.text[n.s] == '%' || (p.text[n.s] == ':' || p.text[n.s] == '.' || p.text[n.s] == '/') && p.glued(j+1) && p.tok(j+2) != nil && p.tok(j+2).kind == kNum && p.glued(j+2)):
			return false
		case n.kind == kWord && n.lx.cls == cNone && notYearAfter(p.text[n.s:n.e]):
			return false
		case n.kind == kWord && n.lx.cls == cUnit && n.lx.plural:
			return false
		}
	}
	if t.num < 1800 || t.num > 2100 {
		// old or far years need a context word: in 1066, since 1789
		pr := p.tok(j - 1)
		return pr != nil && (pr.is(wIn) || pr.is(wSince) || pr.is(wBy) || pr.is(wUntil) || pr.is(wFrom) ||
			pr.is(wOf) || pr.is(wBefore) || pr.is(wAfter) || pr.is(wTo))
	}
	return true
}

func notYearBefore(w string) bool {
	switch len(w) {
	case 2:
		return eqFold(w, "no") || eqFold(w, "nr")
	case 3:
		return eqFold(w, "nos") || eqFold(w, "rev") || eqFold(w, "vol")
	}
	for _, s := range [...]string{"number", "flight", "route", "room", "page", "pages", "model", "boeing",
		"airbus", "highway", "interstate", "suite", "box", "code", "article", "section", "rule", "form",
		"chapter", "volume", "issue", "item", "gate", "platform", "bus", "channel", "pier", "terminal",
		"level", "about", "some", "nearly", "almost", "approximately", "roughly", "over", "than", "only",
		"just", "exactly", "total"} {
		if eqFold(w, s) {
			return true
		}
	}
	return false
}

func notYearAfter(w string) bool {
	for _, s := range [...]string{"people", "persons", "shares", "jobs", "workers", "employees", "cars", "vehicles",
		"units", "homes", "houses", "troops", "soldiers", "dollars", "euros", "pounds", "yen", "barrels", "tons",
		"tonnes", "miles", "km", "kilometers", "kilometres", "feet", "ft", "meters", "metres", "acres", "points",
		"votes", "seats", "members", "students", "words", "pages", "cases", "deaths", "copies", "flights",
		"stores", "dealerships", "planes", "aircraft", "passengers", "customers", "users", "residents",
		"percent", "pct", "mph", "kg", "lb", "lbs", "hectares", "square", "sq", "staff", "positions", "branches",
		"offices", "plants", "locations", "times", "million", "billion", "trillion", "thousand", "rpm", "gb",
		"mb", "mw", "kw", "bpd", "degrees", "cents", "pence", "rubles", "yuan", "rupees", "francs", "marks",
		"lire", "pesos", "won", "patients", "children", "men", "women", "families", "companies", "firms",
		"banks", "sites", "hours", "minutes", "seconds"} {
		if eqFold(w, s) {
			return true
		}
	}
	return false
}

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

// apostropheYear matches '82 and the '90s.
func (p *parser) apostropheYear(i int, c ctx) (expr, bool) {
	t := &p.toks[i]
	w := t.e - t.s
	if !(w == 1 && p.text[t.s] == '\'') && !(w == 3 && p.text[t.s:t.e] == "\u2019") {
		return expr{}, false
	}
	nt := p.tok(i + 1)
	if nt == nil || !p.glued(i+1) || nt.kind != kNum || nt.nd != 2 {
		return expr{}, false
	}
	if nt.has(fDecade) {
		return expr{i, i + 2, typeDate, decadeOf2(nt.num, p.cal)}, true
	}
	if !nt.plainNum() || p.glued(i+2) && p.tok(i+2).kind != kPunct {
		return expr{}, false
	}
	if pt := p.tok(i - 1); pt != nil && !t.has(fSpace) && pt.kind == kWord {
		return expr{}, false // rock'n'roll, o'82 are not years
	}
	return expr{i, i + 2, typeDate, yearVal(centuryOf2(nt.num, p.cal))}, true
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
