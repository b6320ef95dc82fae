package date

import (
	"strconv"
	"time"
)

// tense of the sentence around an expression, used to pick which Tuesday or
// which October is meant.
type tense uint8

const (
	tenseNone tense = iota
	tensePast
	tenseFuture
)

// cal resolves relative expressions against the reference time. With an
// unknown reference every resolver returns an underspecified value.
type cal struct {
	ref   time.Time // UTC midnight of the reference day
	known bool
}

func newCal(ref time.Time) cal {
	if ref.IsZero() {
		return cal{}
	}
	r := ref.UTC()
	return cal{ref: time.Date(r.Year(), r.Month(), r.Day(), 0, 0, 0, 0, time.UTC), known: true}
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func yearVal(y int) string     { return pad(y, 4) }
func monthVal(y, m int) string { return dayVal(y, m, 1)[:7] }

// dayVal writes YYYY-MM-DD with one allocation; it is on the path of every
// resolved day.
func dayVal(y, m, d int) string {
	if y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99 {
		return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}
func quarterVal(y, q int) string { return pad(y, 4) + "-Q" + strconv.Itoa(q) }
func dateVal(t time.Time) string { return dayVal(t.Year(), int(t.Month()), t.Day()) }
func weekVal(t time.Time) string {
	y, w := t.ISOWeek()
	return pad(y, 4) + "-W" + pad(w, 2)
}

// validDay reports whether y-m-d is a real calendar day (any year when y is 0).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y == 0 {
		y = 2000 // leap year: allow February 29
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// day returns the reference day moved by n days.
func (c cal) day(n int) string {
	if !c.known {
		return "XXXX-XX-XX"
	}
	return dateVal(c.ref.AddDate(0, 0, n))
}

func (c cal) year(n int) string {
	if !c.known {
		return "XXXX"
	}
	return yearVal(c.ref.Year() + n)
}

func (c cal) month(n int) string {
	if !c.known {
		return "XXXX-XX"
	}
	t := time.Date(c.ref.Year(), c.ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	return monthVal(t.Year(), int(t.Month()))
}

func (c cal) week(n int) string {
	if !c.known {
		return "XXXX-WXX"
	}
	return weekVal(c.ref.AddDate(0, 0, 7*n))
}

func (c cal) quarter(n int) string {
	if !c.known {
		return "XXXX-QX"
	}
	q := (int(c.ref.Month())-1)/3 + n
	y := c.ref.Year() + floorDiv(q, 4)
	return quarterVal(y, q-4*floorDiv(q, 4)+1)
}

func (c cal) decade(n int) string {
	if !c.known {
		return "XXX"
	}
	return pad(c.ref.Year()/10+n, 3)
}

func (c cal) century(n int) string {
	if !c.known {
		return "XX"
	}
	return pad(c.ref.Year()/100+n, 2)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// shift returns the value for the reference moved by n units, written at
// the unit's granularity ("two years ago" -> 2023).
func (c cal) shift(unit uint8, n int) string {
	switch unit {
	case uSecond, uMinute, uHour, uDay:
		if unit != uDay && c.known {
			return c.day(0) // within the day: the day itself
		}
		return c.day(n)
	case uWeek, uWeekend:
		return c.week(n)
	case uMonth:
		return c.month(n)
	case uQuarter:
		return c.quarter(n)
	case uHalf:
		if !c.known {
			return "XXXX-HX"
		}
		h := (int(c.ref.Month())-1)/6 + n
		return pad(c.ref.Year()+floorDiv(h, 2), 4) + "-H" + strconv.Itoa(h-2*floorDiv(h, 2)+1)
	case uDecade:
		return c.decade(n)
	case uCentury:
		return c.century(n)
	}
	return c.year(n)
}

// weekday resolves a weekday (1 Monday .. 7 Sunday) in the given tense:
// the past reading is the latest such day on or before the reference, the
// future one the earliest on or after it.
func (c cal) weekday(wd int, t tense) string {
	if !c.known {
		return "XXXX-WXX-" + strconv.Itoa(wd)
	}
	return dateVal(c.weekdayTime(wd, t))
}

func (c cal) weekdayTime(wd int, t tense) time.Time {
	cur := int(c.ref.Weekday())
	if cur == 0 {
		cur = 7
	}
	if t == tenseFuture {
		return c.ref.AddDate(0, 0, (wd-cur+7)%7)
	}
	return c.ref.AddDate(0, 0, -((cur - wd + 7) % 7))
}

// monthYear picks the year of a month named without one: in the past
// tense the latest such month not after two months ahead, in the future
// tense the earliest not before two months back, otherwise the one within
// seven months back and four ahead (news reports more past than future).
func (c cal) monthYear(m int, t tense) int {
	lo, hi := -7, 4
	switch t {
	case tensePast:
		lo, hi = -9, 2
	case tenseFuture:
		lo, hi = -2, 9
	}
	ref := c.ref.Year()*12 + int(c.ref.Month()) - 1
	for y := c.ref.Year() - 1; y <= c.ref.Year()+1; y++ {
		if d := y*12 + m - 1 - ref; d >= lo && d <= hi {
			return y
		}
	}
	return c.ref.Year()
}

// dayYear picks the year of a month and day named without one.
func (c cal) dayYear(m, d int, t tense) int {
	y := c.ref.Year()
	cand := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	switch t {
	case tenseFuture:
		if cand.Before(c.ref.AddDate(0, -2, 0)) {
			return y + 1
		}
	case tensePast:
		if cand.After(c.ref.AddDate(0, 2, 0)) {
			return y - 1
		}
	default: // the nearest such day
		if cand.Before(c.ref.AddDate(0, -6, 0)) {
			return y + 1
		}
		if cand.After(c.ref.AddDate(0, 6, 0)) {
			return y - 1
		}
	}
	return y
}

// quarterYear picks the year of "the third quarter": the latest such
// quarter not after the reference's.
func (c cal) quarterYear(q int, t tense) int {
	rq := (int(c.ref.Month())-1)/3 + 1
	if q > rq+1 || q > rq && t == tensePast {
		return c.ref.Year() - 1
	}
	if q < rq && t == tenseFuture && rq-q > 1 {
		return c.ref.Year() + 1
	}
	return c.ref.Year()
}
