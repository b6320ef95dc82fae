package date

import (
	"strconv"
	"strings"
	"time"

	"tidings/corpus"
)

// merge joins two adjacent expressions that name one time: a day and a
// clock time ("Friday at 4 p.m.", "9 a.m. on Tuesday"), a weekday and its
// week ("Monday of next week"), or a count of units and its anchor ("two
// days after today"). prevBare and curBare say whether a clock time took
// the reference day for want of one.
func (p *parser) merge(prev, cur *corpus.Fact, prevBare, curBare bool) (string, string, bool) {
	gap := strings.ToLower(strings.TrimSpace(p.text[prev.End:cur.Start]))
	if strings.ContainsAny(p.text[prev.End:cur.Start], "\n") || len(gap) > 8 {
		return "", "", false
	}
	switch {
	case curBare && isDay(prev.Value) && (gap == "" || gap == "," || gap == "at" || gap == "around" || gap == "by"):
		return typeTime, prev.Value + clockPart(cur.Value), true
	case prevBare && isDay(cur.Value) && (gap == "" || gap == "on" || gap == ","):
		return typeTime, cur.Value + clockPart(prev.Value), true
	case isWeekday(prev) && isWeek(cur.Value) && (gap == "of" || gap == "" || gap == ","),
		isWeekday(cur) && isWeek(prev.Value) && (gap == "" || gap == "on" || gap == ","):
		return typeDate, p.weekdayOfWeek(prev, cur), true
	case prev.TimexType == typeDuration && (gap == "after" || gap == "before" || gap == "from") && isDay(cur.Value):
		return typeDate, shiftDay(cur.Value, prev.Value, gap == "before"), true
	}
	return "", "", false
}

// isDay reports whether v names one day, resolved or not.
func isDay(v string) bool {
	return len(v) == 10 && v[4] == '-' && v[7] == '-' || strings.HasPrefix(v, "XXXX-WXX-") && len(v) == 10
}

func isWeek(v string) bool { return len(v) == 8 && v[4] == '-' && v[5] == 'W' && v[6] != 'X' }

func isWeekday(f *corpus.Fact) bool {
	t := strings.TrimSuffix(strings.ToLower(f.Text), ".")
	for _, d := range [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if t == d || len(t) >= 3 && strings.HasPrefix(d, t) {
			return true
		}
	}
	return false
}

// clockPart returns the T... part of a time value.
func clockPart(v string) string {
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		return v[i:]
	}
	return ""
}

// weekdayOfWeek names the weekday (from one fact) in the week (of the other).
func (p *parser) weekdayOfWeek(a, b *corpus.Fact) string {
	day, week := a, b
	if !isWeekday(a) {
		day, week = b, a
	}
	wd := 0
	t := strings.ToLower(day.Text)
	for i, d := range [...]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		if strings.HasPrefix(t, d) {
			wd = i + 1
		}
	}
	start, _, ok := rangeOf(week.Value)
	if !ok || wd == 0 {
		return day.Value
	}
	return dateVal(start.AddDate(0, 0, wd-1))
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
