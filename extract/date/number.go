package date

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
