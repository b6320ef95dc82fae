package date

import (
	"strconv"
	"time"
)

// rangeOf returns the interval [start, end) a resolved DATE or TIME value
// covers, in UTC; ok is false for underspecified or non-calendar values.
func rangeOf(v string) (start, end time.Time, ok bool) {
	if len(v) < 2 || !allDigits(v[:2]) {
		return start, end, false
	}
	switch {
	case len(v) == 2: // century
		c := atoi(v)
		return ymd(c*100, 1, 1), ymd(c*100+100, 1, 1), true
	case len(v) == 3 && allDigits(v): // decade
		d := atoi(v)
		return ymd(d*10, 1, 1), ymd(d*10+10, 1, 1), true
	case len(v) < 4 || !allDigits(v[:4]):
		return start, end, false
	}
	y := atoi(v[:4])
	rest := v[4:]
	if rest == "" {
		return ymd(y, 1, 1), ymd(y+1, 1, 1), true
	}
	if rest[0] != '-' || len(rest) < 3 {
		return start, end, false
	}
	rest = rest[1:]
	switch {
	case rest[0] == 'Q' && len(rest) == 2 && rest[1] >= '1' && rest[1] <= '4':
		q := int(rest[1] - '0')
		return ymd(y, 3*q-2, 1), ymd(y, 3*q+1, 1), true
	case rest[0] == 'H' && len(rest) == 2 && (rest[1] == '1' || rest[1] == '2'):
		h := int(rest[1] - '0')
		return ymd(y, 6*h-5, 1), ymd(y, 6*h+1, 1), true
	case rest[0] == 'W' && len(rest) >= 3 && allDigits(rest[1:3]):
		s := isoWeekStart(y, atoi(rest[1:3]))
		if rest[3:] == "-WE" {
			return s.AddDate(0, 0, 5), s.AddDate(0, 0, 7), true
		}
		if rest[3:] != "" {
			return start, end, false
		}
		return s, s.AddDate(0, 0, 7), true
	case len(rest) == 2 && !allDigits(rest):
		return seasonRange(y, rest)
	case len(rest) >= 2 && allDigits(rest[:2]):
		return dayRange(y, atoi(rest[:2]), rest[2:])
	}
	return start, end, false
}

func dayRange(y, m int, rest string) (start, end time.Time, ok bool) {
	if m < 1 || m > 12 {
		return start, end, false
	}
	if rest == "" {
		return ymd(y, m, 1), ymd(y, m+1, 1), true
	}
	if len(rest) < 3 || rest[0] != '-' || !allDigits(rest[1:3]) {
		return start, end, false
	}
	d := atoi(rest[1:3])
	day := ymd(y, m, d)
	rest = rest[3:]
	if rest == "" {
		return day, day.AddDate(0, 0, 1), true
	}
	if rest[0] != 'T' {
		return start, end, false
	}
	return timeRange(day, rest[1:])
}

func timeRange(day time.Time, t string) (start, end time.Time, ok bool) {
	if from, to, found := partOfDay(t); found {
		return day.Add(time.Duration(from) * time.Hour), day.Add(time.Duration(to) * time.Hour), true
	}
	if len(t) < 2 || !allDigits(t[:2]) {
		return start, end, false
	}
	h, mi := atoi(t[:2]), 0
	t = t[2:]
	span := time.Hour
	if len(t) >= 3 && t[0] == ':' && allDigits(t[1:3]) {
		mi = atoi(t[1:3])
		t = t[3:]
		span = time.Minute
	}
	s := day.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
	switch {
	case t == "" || t == "Z":
	case len(t) == 6 && (t[0] == '+' || t[0] == '-') && t[3] == ':':
		off := time.Duration(atoi(t[1:3]))*time.Hour + time.Duration(atoi(t[4:6]))*time.Minute
		if t[0] == '+' {
			off = -off
		}
		s = s.Add(off)
	default:
		return start, end, false
	}
	return s, s.Add(span), true
}

func seasonRange(y int, s string) (start, end time.Time, ok bool) {
	switch s {
	case "SP":
		return ymd(y, 3, 1), ymd(y, 6, 1), true
	case "SU":
		return ymd(y, 6, 1), ymd(y, 9, 1), true
	case "FA":
		return ymd(y, 9, 1), ymd(y, 12, 1), true
	case "WI":
		return ymd(y, 12, 1), ymd(y+1, 3, 1), true
	}
	return start, end, false
}

func isoWeekStart(y, w int) time.Time {
	jan4 := ymd(y, 1, 4)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	return jan4.AddDate(0, 0, 1-wd+7*(w-1))
}

func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// partOfDay gives the hours TIMEX3's MO, AF, EV, NI and DT stand for.
func partOfDay(t string) (from, to int, ok bool) {
	switch t {
	case "MO":
		return 6, 12, true
	case "AF":
		return 12, 18, true
	case "EV":
		return 18, 22, true
	case "NI":
		return 20, 30, true
	case "DT":
		return 9, 17, true
	}
	return 0, 0, false
}
