package date

import "time"

// holiday is a named day: fixed (month and day) or computed per year.
type holiday struct {
	word   string // the lexicon word that starts the name
	next   string // a second word that must follow ("day"), "" for none
	month  int
	day    int
	nth    int          // nth weekday of month (-1 last), with weekday
	wd     time.Weekday // for nth
	easter bool
}

var holidays = []holiday{
	{word: "christmas", month: 12, day: 25},
	{word: "thanksgiving", month: 11, nth: 4, wd: time.Thursday},
	{word: "easter", easter: true},
	{word: "halloween", month: 10, day: 31},
	{word: "valentine", next: "day", month: 2, day: 14},
	{word: "independence", next: "day", month: 7, day: 4},
	{word: "labor", next: "day", month: 9, nth: 1, wd: time.Monday},
	{word: "memorial", next: "day", month: 5, nth: -1, wd: time.Monday},
	{word: "election", next: "day", month: 11, nth: 0, wd: time.Tuesday},
	{word: "juneteenth", month: 6, day: 19},
}

// holidayDate returns the holiday's date in year y.
func (h holiday) date(y int) time.Time {
	switch {
	case h.easter:
		return easter(y)
	case h.day > 0:
		return ymd(y, h.month, h.day)
	case h.nth == 0: // US election day: the Tuesday after the first Monday
		first := ymd(y, h.month, 1)
		mon := first.AddDate(0, 0, (int(time.Monday)-int(first.Weekday())+7)%7)
		return mon.AddDate(0, 0, 1)
	case h.nth < 0:
		last := ymd(y, h.month+1, 0)
		return last.AddDate(0, 0, -((int(last.Weekday()) - int(h.wd) + 7) % 7))
	}
	first := ymd(y, h.month, 1)
	return first.AddDate(0, 0, (int(h.wd)-int(first.Weekday())+7)%7+7*(h.nth-1))
}

// easter computes Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return ymd(y, month, day)
}

// holidayCore matches Christmas, Thanksgiving Day, last Easter, Labor Day.
func (p *parser) holidayCore(j int, rel int) (expr, uint8, bool) {
	t := &p.toks[j]
	h := holidays[t.lx.val]
	end := j + 1
	if p.isPunct(end, '\'') && p.wordIs(end+1, "s") && p.glued(end) {
		end += 2 // Valentine's Day
	}
	switch {
	case h.next != "":
		if !p.wordIs(end, h.next) {
			return expr{}, 0, false
		}
		end++
	case p.wordIs(end, "day") || p.wordIs(end, "eve") && h.word == "christmas":
		if p.wordIs(end, "eve") {
			h.day = 24
		}
		end++
	}
	if !t.has(fCap) && h.next != "" || p.tok(end) != nil && p.toks[end].lx.cls == cUnit {
		return expr{}, 0, false // Easter week, Christmas season
	}
	if y, yend, ok := p.yearAfter(end); ok && !p.isPunct(end, ',') {
		return expr{j, yend, typeDate, dateVal(h.date(y))}, aThe, true
	}
	if !p.cal.known {
		if h.day > 0 {
			return expr{j, end, typeDate, "XXXX-" + pad(h.month, 2) + "-" + pad(h.day, 2)}, aThe, true
		}
		return expr{j, end, typeDate, "XXXX-XX-XX"}, aThe, true
	}
	ref := p.cal.ref
	y := ref.Year()
	switch {
	case rel < 0:
		if !h.date(y).Before(ref) {
			y--
		}
	case rel > 0:
		if !h.date(y).After(ref) {
			y++
		}
	default:
		switch p.tenseAt(j) {
		case tensePast:
			if h.date(y).After(ref) {
				y--
			}
		case tenseFuture:
			if h.date(y).Before(ref) {
				y++
			}
		default:
			if h.date(y).Before(ref.AddDate(0, -6, 0)) {
				y++
			} else if h.date(y).After(ref.AddDate(0, 6, 0)) {
				y--
			}
		}
	}
	return expr{j, end, typeDate, dateVal(h.date(y))}, aThe, true
}
