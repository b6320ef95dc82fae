package article

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// isoLayouts are tried on structured values (JSON-LD, <meta>, datetime=).
var isoLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04:05",
	"Mon Jan 2 15:04:05 MST 2006",
	"20060102T150405Z0700",
	"20060102",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"2006.01.02",
}

var isoPrefixRE = regexp.MustCompile(`(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?`)

// parseStructured reads a machine-readable date value.
func parseStructured(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 80 {
		return time.Time{}, false
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t, true
		}
	}
	if m := isoPrefixRE.FindStringSubmatch(v); m != nil {
		return fromParts(m)
	}
	if t, ok := parseEpoch(v); ok {
		return t, true
	}
	// Machine-written slash dates follow the US convention (.NET and
	// JavaScript date strings): 11/01/2023 is the first of November.
	if m := usSlashRE.FindStringSubmatch(v); m != nil {
		if t, ok := mkDate(atoi(m[3]), atoi(m[1]), atoi(m[2]), atoi(m[4]), atoi(m[5]), atoi(m[6]), time.UTC); ok {
			return t, true
		}
	}
	return parseText(v)
}

var usSlashRE = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?`)

// fromParts builds a time from isoPrefixRE's groups.
func fromParts(m []string) (time.Time, bool) {
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	hh, _ := strconv.Atoi(m[4])
	mm, _ := strconv.Atoi(m[5])
	ss, _ := strconv.Atoi(m[6])
	loc := time.UTC
	if z := m[7]; z != "" && z != "Z" {
		z = strings.Replace(z, ":", "", 1)
		h, _ := strconv.Atoi(z[1:3])
		mi, _ := strconv.Atoi(z[3:])
		off := h*3600 + mi*60
		if z[0] == '-' {
			off = -off
		}
		loc = time.FixedZone("", off)
	}
	return mkDate(y, mo, d, hh, mm, ss, loc)
}

func mkDate(y, mo, d, hh, mm, ss int, loc *time.Location) (time.Time, bool) {
	if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2100 || hh > 23 || mm > 59 || ss > 60 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, hh, mm, ss, 0, loc)
	if t.Day() != d { // 31 February and the like
		return time.Time{}, false
	}
	return t, true
}

func parseEpoch(v string) (time.Time, bool) {
	if len(v) != 10 && len(v) != 13 {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	if len(v) == 13 {
		n /= 1000
	}
	t := time.Unix(n, 0).UTC()
	return t, t.Year() >= 1995 && t.Year() < 2100
}

// months maps month names and abbreviations in the languages the news
// sources use most to their number.
var months = func() map[string]int {
	m := map[string]int{}
	add := func(n int, names ...string) {
		for _, s := range names {
			m[s] = n
		}
	}
	add(1, "january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro", "stycznia", "styczeń", "января", "leden", "ledna", "tammikuuta")
	add(2, "february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari", "fevereiro", "fev", "lutego", "luty", "февраля", "února", "helmikuuta")
	add(3, "march", "mar", "märz", "maerz", "mars", "marzo", "maart", "março", "marca", "marzec", "марта", "března", "mär", "maaliskuuta")
	add(4, "april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "апреля", "dubna", "huhtikuuta")
	add(5, "may", "mai", "mayo", "maggio", "mag", "mei", "maio", "maja", "maj", "мая", "května", "toukokuuta")
	add(6, "june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "июня", "června", "kesäkuuta")
	add(7, "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "июля", "července", "heinäkuuta")
	add(8, "august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień", "августа", "srpna", "elokuuta")
	add(9, "september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "września", "wrzesień", "сентября", "září", "syyskuuta")
	add(10, "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "października", "październik", "октября", "října", "lokakuuta")
	add(11, "november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "ноября", "listopadu", "marraskuuta")
	add(12, "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudnia", "grudzień", "декабря", "prosince", "joulukuuta")
	return m
}()

var (
	// 12 October 2020, 12. Oktober 2020, 12 de octubre de 2020
	dmyTextRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:\.|st|nd|rd|th|er)?\s*(?:de\s+)?([\p{L}]{3,12})\.?,?\s+(?:de\s+)?(\d{4})\b`)
	// October 12, 2020; Oct. 12th 2020
	mdyTextRE = regexp.MustCompile(`(?i)\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// 12.10.2020, 12/10/2020, 2020-10-12, 2020/10/12
	ymdNumRE = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	dmyNumRE = regexp.MustCompile(`\b(\d{1,2})([./-])(\d{1,2})[./-](\d{4})\b`)
	// 4. 2. 2022, with spaces (often thin or no-break) after the dots
	dmySpacedRE = regexp.MustCompile(`\b(\d{1,2})\.[\s\x{00a0}\x{2009}\x{202f}]+(\d{1,2})\.[\s\x{00a0}\x{2009}\x{202f}]*(\d{4})\b`)
)

// parseText finds the first date written for people in s.
func parseText(s string) (time.Time, bool) {
	t, _, ok := parseTextPos(s)
	return t, ok
}

// parseTextPos is parseText that also returns where the date starts.
func parseTextPos(s string) (time.Time, int, bool) {
	if len(s) > 400 {
		s = s[:400]
	}
	type hit struct {
		pos int
		t   time.Time
	}
	var best *hit
	consider := func(pos int, t time.Time, ok bool) {
		if ok && (best == nil || pos < best.pos) {
			best = &hit{pos, t}
		}
	}
	if m := ymdNumRE.FindStringSubmatchIndex(s); m != nil {
		y, mo, d := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])
		t, ok := mkDate(y, mo, d, 0, 0, 0, time.UTC)
		consider(m[0], t, ok)
	}
	if m := dmyTextRE.FindStringSubmatchIndex(s); m != nil {
		if mo, ok := months[strings.ToLower(s[m[4]:m[5]])]; ok {
			t, ok := mkDate(atoi(s[m[6]:m[7]]), mo, atoi(s[m[2]:m[3]]), 0, 0, 0, time.UTC)
			consider(m[0], t, ok)
		}
	}
	if m := mdyTextRE.FindStringSubmatchIndex(s); m != nil {
		if mo, ok := months[strings.ToLower(s[m[2]:m[3]])]; ok {
			t, ok := mkDate(atoi(s[m[6]:m[7]]), mo, atoi(s[m[4]:m[5]]), 0, 0, 0, time.UTC)
			consider(m[0], t, ok)
		}
	}
	if m := dmyNumRE.FindStringSubmatchIndex(s); m != nil {
		a, b, y := atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]]), atoi(s[m[8]:m[9]])
		d, mo := a, b
		if s[m[4]:m[5]] == "/" && b > 12 { // US month/day/year
			d, mo = b, a
		}
		t, ok := mkDate(y, mo, d, 0, 0, 0, time.UTC)
		consider(m[0], t, ok)
	}
	if m := dmySpacedRE.FindStringSubmatchIndex(s); m != nil {
		t, ok := mkDate(atoi(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]), 0, 0, 0, time.UTC)
		consider(m[0], t, ok)
	}
	if best == nil {
		return time.Time{}, 0, false
	}
	return best.t, best.pos, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
