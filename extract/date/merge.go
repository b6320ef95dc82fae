package date

import (
	"strconv"
	"strings"
	"time"
)

// merge joins two adjacent expressions that name one time: a day and a
// clock time ("Friday at 4 p.m.", "9 a.m. on Tuesday"), a weekday and its
// week ("Monday of next week"), or a count of units and its anchor ("two
// days after today"). prevBare and curBare say whether a clock time took
// the reference day for want of one.
func (p *parser) merge(prev, cur *fact, prevBare, curBare bool) (string, string, bool) {
	raw := p.text[prev.End:cur.Start]
	if len(raw) > 10 || strings.IndexByte(raw, '\n') >= 0 {
		return "", "", false
	}
	gap := strings.TrimSpace(raw)
	is := func(words ...string) bool {
		for _, w := range words {
			if eqFold(gap, w) {
				return true
			}
		}
		return false
	}
	switch {
	case curBare && prev.TimexType != typeSet && isDay(prev.Value) && is("", ",", "at", "around", "by"):
		return typeTime, prev.Value + clockPart(cur.Value), true
	case prevBare && isDay(cur.Value) && is("", "on", ","):
		return typeTime, cur.Value + clockPart(prev.Value), true
	case isWeek(cur.Value) && is("of", "", ",") && weekdayOf(prev.Text) > 0,
		isWeek(prev.Value) && is("", "on", ",") && weekdayOf(cur.Text) > 0:
		return typeDate, p.weekdayOfWeek(prev, cur), true
	case prev.TimexType == typeDuration && is("after", "before", "from") && isDay(cur.Value):
		return typeDate, shiftDay(cur.Value, prev.Value, eqFold(gap, "before")), true
	case isDay(prev.Value) && partOfDayValue(cur.Value) && is("", "in"):
		return typeTime, prev.Value + cur.Value[len(cur.Value)-3:], true // Sunday early morning
	case prevBare && partOfDayValue(cur.Value) && is(""):
		return typeTime, cur.Value[:len(cur.Value)-3] + clockPart(prev.Value), true // 8am this morning
	case curBare && partOfDayValue(prev.Value) && is("at", ""):
		return typeTime, prev.Value[:len(prev.Value)-3] + clockPart(cur.Value), true // the evening at 8
	case curBare && prev.TimexType == typeSet && is("at", ""):
		if strings.HasPrefix(prev.Value, "XXXX") {
			return typeSet, prev.Value + clockPart(cur.Value), true // every Monday at 9 a.m.
		}
		return typeSet, "XXXX-XX-XX" + clockPart(cur.Value), true // every day at 9 a.m.
	}
	return "", "", false
}

// isDay reports whether v names one day, resolved or not.
func isDay(v string) bool {
	return len(v) == 10 && v[4] == '-' && v[7] == '-' || strings.HasPrefix(v, "XXXX-WXX-") && len(v) == 10
}

func isWeek(v string) bool { return len(v) == 8 && v[4] == '-' && v[5] == 'W' && v[6] != 'X' }

// weekdayOf returns the weekday (1 Monday .. 7 Sunday) a fact's text names
// on its own, 0 otherwise.
func weekdayOf(text string) int {
	text = strings.TrimSuffix(text, ".")
	if len(text) > maxWord || text == "" {
		return 0
	}
	var buf [maxWord]byte
	h := fnvOffset
	for i := 0; i < len(text); i++ {
		buf[i] = text[i] | 0x20
		h = (h ^ uint32(buf[i])) * fnvPrime
	}
	if lx := lexicon.lookup(buf[:len(text)], h); lx.cls == cWeekday && !lx.plural {
		return int(lx.val)
	}
	return 0
}

// partOfDayValue reports a day value with a part of day: 2025-10-28TMO.
func partOfDayValue(v string) bool {
	if len(v) != 13 || v[10] != 'T' {
		return false
	}
	_, _, ok := partOfDay(v[11:])
	return ok
}

// clockPart returns the T... part of a time value.
func clockPart(v string) string {
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		return v[i:]
	}
	return ""
}

// weekdayOfWeek names the weekday (from one fact) in the week (of the other).
func (p *parser) weekdayOfWeek(a, b *fact) string {
	day, week := a, b
	if weekdayOf(a.Text) == 0 {
		day, week = b, a
	}
	start, _, ok := rangeOf(week.Value)
	if !ok {
		return day.Value
	}
	return dateVal(start.AddDate(0, 0, weekdayOf(day.Text)-1))
}

// shiftDay moves day value v by duration d ("P3D", "P2W") forward, or back
// when before.
func shiftDay(v, d string, before bool) string {
	t, err := time.Parse("2006-01-02", v)
	if err != nil || len(d) < 3 || d[0] != 'P' || d[1] == 'T' {
		return "XXXX-XX-XX"
	}
	n, err := strconv.Atoi(d[1 : len(d)-1])
	if err != nil {
		return "XXXX-XX-XX"
	}
	if before {
		n = -n
	}
	switch d[len(d)-1] {
	case 'D':
		t = t.AddDate(0, 0, n)
	case 'W':
		t = t.AddDate(0, 0, 7*n)
	case 'M':
		t = t.AddDate(0, n, 0)
	case 'Y':
		t = t.AddDate(n, 0, 0)
	default:
		return "XXXX-XX-XX"
	}
	return dateVal(t)
}
