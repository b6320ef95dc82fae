package date

import (
	"strconv"
)

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
