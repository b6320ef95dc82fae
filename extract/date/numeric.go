package date

// numericDate matches 2025-10-28, 10/28/2025 and 28/10/2025 (DayFirst).
func (p *parser) numericDate(j int) (expr, bool) {
	a := &p.toks[j]
	if a.has(fDecimal) {
		return p.dottedDate(j)
	}
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
	isoTime := p.glued(j+5) && p.wordIs(j+5, "t") && a.nd == 4
	if p.glued(j+5) && p.tok(j+5).kind != kPunct && !isoTime {
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
	if isoTime {
		if clock, end, ok := p.isoClock(j + 6); ok {
			return expr{j, end, typeTime, dayVal(y, m, d) + clock}, true
		}
	}
	return expr{j, j + 5, typeDate, dayVal(y, m, d)}, true
}

// isoClock reads the hh:mm[:ss][Z] after the T of an ISO 8601 timestamp.
func (p *parser) isoClock(k int) (string, int, bool) {
	h, mi := p.tok(k), p.tok(k+2)
	if h == nil || mi == nil || !p.glued(k) || h.kind != kNum || h.nd != 2 || h.num > 24 ||
		!p.isPunct(k+1, ':') || !p.glued(k+1) || !p.glued(k+2) || mi.kind != kNum || mi.nd != 2 || mi.num > 59 {
		return "", 0, false
	}
	end := k + 3
	if p.isPunct(end, ':') && p.glued(end) && p.glued(end+1) && p.tok(end+1).kind == kNum {
		end += 2
	}
	zone := ""
	last := &p.toks[end-1]
	switch {
	case p.text[last.e-1]|0x20 == 'z': // the lexer glued the Z to the digits
		zone = "Z"
	case p.glued(end) && p.wordIs(end, "z"):
		zone, end = "Z", end+1
	}
	return "T" + pad(h.num, 2) + ":" + pad(mi.num, 2) + zone, end, true
}

// dottedDate matches 28.10.2025, the day-first form of much of Europe; the
// lexer has read "28.10" as one decimal token.
func (p *parser) dottedDate(j int) (expr, bool) {
	a := &p.toks[j]
	w := p.text[a.s:a.e]
	dot := len(w) - 3
	if len(w) < 4 || len(w) > 5 || w[dot] != '.' || !allDigits(w[:dot]) || !allDigits(w[dot+1:]) {
		return expr{}, false
	}
	if !p.isPunct(j+1, '.') || !p.glued(j+1) || !p.glued(j+2) {
		return expr{}, false
	}
	y := p.tok(j + 2)
	if y == nil || y.kind != kNum || y.nd != 4 || !y.plainNum() || p.glued(j+3) && p.tok(j+3).kind != kPunct {
		return expr{}, false
	}
	d, m := atoi(w[:dot]), atoi(w[dot+1:])
	if !validDay(y.num, m, d) {
		return expr{}, false
	}
	return expr{j, j + 3, typeDate, dayVal(y.num, m, d)}, true
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
