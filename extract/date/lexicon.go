package date

// class is the lexical class of a word; val in lex carries the detail
// (month number, weekday, unit, number value or word id).
type class uint8

const (
	cNone class = iota
	cMonth
	cWeekday
	cUnit
	cNumWord // one, two, twenty; val is the number
	cTens    // twenty..ninety, combined with a following cNumWord
	cOrdinal // first, second, third; val is the position
	cSeason  // spring, summer, fall, winter; val is a season index
	cPartDay // morning, afternoon, evening, night, tonight
	cZone    // EST, UTC; val indexes zoneOffsets
	cSetAdv  // daily, weekly, annually; val is a unit
	cQuant   // nearly, almost, about, over: duration qualifiers
	cWord    // a function word named by val (w* constants)
	cHoliday // christmas, thanksgiving; val indexes holidays
	cDecade  // twenties .. nineties; val is the tens digit
)

// Units, ordered by size.
const (
	uNone uint8 = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
)

// Word ids for cWord.
const (
	wNone uint8 = iota
	wThe
	wA
	wOf
	wAgo
	wEarlier
	wLater
	wLast
	wNext
	wThis
	wPast
	wPrevious
	wFollowing
	wComing
	wEarly
	wLate
	wMid
	wEnd
	wBeginning
	wStart
	wMiddle
	wToday
	wYesterday
	wTomorrow
	wTonight
	wNow
	wCurrently
	wCurrent
	wRecently
	wRecent
	wFuture
	wEvery
	wEach
	wPer
	wFiscal
	wAM
	wPM
	wNoon
	wMidnight
	wAnd
	wSame
	wLatest
	wYearAgo // the "ago" of year-ago is a wAgo; this marks "year-earlier" forms
	wFrom
	wHalfWord // "half" as in "a minute and a half"
	wFew
	wCouple
	wSeveral
	wMany
	wSome
	wQ // "q" of Q3 written apart is rare; Q3 is lexed as a word
	wWill
	wPastVerb // said, was, were, had
	wUntil
	wOn
	wIn
	wYear // the word year, for "fiscal year 2025"
	wTimes
	wMore
	wLess
	wThan
	wUp
	wTo
	wAt
	wLeast
	wNo
	wFinal
	wSince
	wBy
	wTheir
	wDecadeWord
	wOld
	wLong
	wStraight
	wFor
	wWithin
	wOur
	wBefore
	wAfter
	wTrading
	wBusiness
	wWhole
	wEntire
	wHistory
	wDuring
	wAll
	wThat
)

type lex struct {
	cls    class
	val    uint8
	plural bool // units: years, days
	abbr   bool // months and weekdays: Oct, Thurs
}

// maxWord is the longest word the lexicon holds; longer words skip lookup.
const maxWord = 14

// lexicon is built once at init and never changes.
var lexicon = newLexTable(buildLexicon())

// lexTable is an open-addressing hash table over the lexicon, probed with
// the FNV-1a hash the lexer computes while it scans a word; it avoids the
// cost of a general map lookup on every word of the text.
type lexTable struct {
	keys []string
	vals []lex
	mask uint32
}

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

func fnv(s string) uint32 {
	h := fnvOffset
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func newLexTable(m map[string]lex) *lexTable {
	size := 1
	for size < 4*len(m) {
		size <<= 1
	}
	t := &lexTable{keys: make([]string, size), vals: make([]lex, size), mask: uint32(size - 1)}
	for k, v := range m {
		i := fnv(k) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

// lookup returns the entry for the lower-case word w with hash h.
func (t *lexTable) lookup(w []byte, h uint32) lex {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if k == "" {
			return lex{}
		}
		if len(k) == len(w) && k == string(w) {
			return t.vals[i]
		}
	}
}

func buildLexicon() map[string]lex {
	m := make(map[string]lex, 512)
	addCalendar(m)
	addNumbers(m)
	addTimeWords(m)
	addFunctionWords(m)
	return m
}

// addCalendar adds month and weekday names, with abbreviations and common
// misspellings, and the units.
func addCalendar(m map[string]lex) {
	months := [][]string{
		{"january", "jan", "janurary", "janaury"},
		{"february", "feb", "febuary", "feburary", "febr"},
		{"march", "mar"},
		{"april", "apr", "aprl"},
		{"may"},
		{"june", "jun"},
		{"july", "jul"},
		{"august", "aug", "agust"},
		{"september", "sep", "sept", "septmber", "setpember", "septemper"},
		{"october", "oct", "ocotber", "octobre"},
		{"november", "nov", "novmber", "novemeber"},
		{"december", "dec", "decmber", "decemeber"},
	}
	for i, names := range months {
		for j, n := range names {
			m[n] = lex{cls: cMonth, val: uint8(i + 1), abbr: j > 0 && len(n) <= 4}
		}
	}
	days := [][]string{
		{"monday", "mon", "mondays"},
		{"tuesday", "tue", "tues", "tuesdays"},
		{"wednesday", "wed", "weds", "wednesdays", "wensday"},
		{"thursday", "thu", "thur", "thurs", "thursdays"},
		{"friday", "fri", "fridays"},
		{"saturday", "sat", "saturdays"},
		{"sunday", "sun", "sundays"},
	}
	for i, names := range days {
		for j, n := range names {
			m[n] = lex{cls: cWeekday, val: uint8(i + 1), abbr: j > 0 && len(n) <= 5, plural: n[len(n)-1] == 's' && len(n) > 6}
		}
	}
	units := map[string]uint8{
		"second": uSecond, "sec": uSecond, "minute": uMinute, "min": uMinute, "hour": uHour, "hr": uHour,
		"day": uDay, "weekend": uWeekend, "week": uWeek, "month": uMonth, "quarter": uQuarter,
		"half": uHalf, "year": uYear, "yr": uYear, "decade": uDecade, "century": uCentury,
	}
	for n, u := range units {
		m[n] = lex{cls: cUnit, val: u}
		pl := n + "s"
		if n == "century" {
			pl = "centuries"
		}
		if n == "half" {
			pl = "halves"
		}
		m[pl] = lex{cls: cUnit, val: u, plural: true}
	}
	m["mins"] = lex{cls: cUnit, val: uMinute, plural: true}
	m["h"] = lex{cls: cUnit, val: uHour, plural: true}
	m["hrs"] = lex{cls: cUnit, val: uHour, plural: true}
	m["yrs"] = lex{cls: cUnit, val: uYear, plural: true}
}

// addNumbers adds number words and ordinals.
func addNumbers(m map[string]lex) {
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, n := range nums {
		m[n] = lex{cls: cNumWord, val: uint8(i)}
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, n := range tens {
		m[n] = lex{cls: cTens, val: uint8(20 + 10*i)}
	}
	m["fourty"] = lex{cls: cTens, val: 40}
	for i, n := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
		"nineties"} {
		m[n] = lex{cls: cDecade, val: uint8(i + 2)}
	}
	m["hundred"] = lex{cls: cNumWord, val: 100}
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth"}
	for i, n := range ords {
		if n != "" && n != "second" {
			m[n] = lex{cls: cOrdinal, val: uint8(i)}
		}
	}
	m["1st"] = lex{cls: cOrdinal, val: 1}
	m["2nd"] = lex{cls: cOrdinal, val: 2}
	m["3rd"] = lex{cls: cOrdinal, val: 3}
	m["4th"] = lex{cls: cOrdinal, val: 4}
}

// addTimeWords adds seasons, parts of day, holidays, zones, frequency
// adverbs and duration qualifiers.
func addTimeWords(m map[string]lex) {
	seasons := map[string]uint8{"spring": 1, "summer": 2, "fall": 3, "autumn": 3, "winter": 4}
	for n, v := range seasons {
		m[n] = lex{cls: cSeason, val: v}
	}
	parts := map[string]uint8{"morning": 1, "afternoon": 2, "evening": 3, "night": 4, "overnight": 4}
	for i, h := range holidays {
		m[h.word] = lex{cls: cHoliday, val: uint8(i)}
	}
	for n, v := range parts {
		m[n] = lex{cls: cPartDay, val: v}
	}
	for i, z := range zones {
		m[z.name] = lex{cls: cZone, val: uint8(i)}
	}
	sets := map[string]uint8{"daily": uDay, "weekly": uWeek, "monthly": uMonth, "quarterly": uQuarter,
		"annually": uYear, "yearly": uYear, "hourly": uHour, "nightly": uDay, "everyday": uDay}
	for n, v := range sets {
		m[n] = lex{cls: cSetAdv, val: v}
	}
	for _, q := range []string{"nearly", "almost", "about", "over", "around", "roughly", "approximately",
		"some", "just", "only", "barely", "nearby", "least", "under", "upwards", "fully", "full"} {
		m[q] = lex{cls: cQuant}
	}
}

// addFunctionWords adds the words the grammar names one by one, and the
// past-tense verbs that mark a sentence as past.
func addFunctionWords(m map[string]lex) {
	words := map[string]uint8{
		"the": wThe, "a": wA, "an": wA, "of": wOf, "ago": wAgo, "earlier": wEarlier, "later": wLater,
		"last": wLast, "next": wNext, "this": wThis, "past": wPast, "previous": wPrevious,
		"prior": wPrevious, "preceding": wPrevious, "following": wFollowing, "coming": wComing,
		"early": wEarly, "late": wLate, "mid": wMid, "end": wEnd, "beginning": wBeginning,
		"start": wStart, "middle": wMiddle, "today": wToday, "yesterday": wYesterday,
		"tomorrow": wTomorrow, "tonight": wTonight, "tonite": wTonight, "now": wNow, "currently": wCurrently,
		"current": wCurrent, "recently": wRecently, "recent": wRecent, "future": wFuture,
		"every": wEvery, "each": wEach, "per": wPer, "fiscal": wFiscal, "noon": wNoon,
		"midnight": wMidnight, "and": wAnd, "same": wSame, "corresponding": wSame, "comparable": wSame, "latest": wLatest, "from": wFrom,
		"few": wFew, "couple": wCouple, "several": wSeveral, "many": wMany,
		"will": wWill, "ll": wWill, "expected": wWill, "scheduled": wWill, "planned": wWill, "plans": wWill,
		"expects": wWill, "would": wWill, "might": wWill, "could": wWill, "should": wWill,
		"planning": wWill, "intends": wWill, "resume": wWill, "soon": wWill, "shall": wWill, "wo": wWill, "until": wUntil, "till": wUntil,
		"on": wOn, "in": wIn, "times": wTimes, "once": wTimes, "twice": wTimes, "more": wMore,
		"less": wLess, "fewer": wLess, "than": wThan, "up": wUp, "to": wTo, "at": wAt,
		"no": wNo, "final": wFinal, "since": wSince, "by": wBy, "their": wTheir, "its": wTheir,
		"his": wTheir, "her": wTheir, "old": wOld, "long": wLong, "straight": wStraight,
		"consecutive": wStraight, "successive": wStraight, "for": wFor, "within": wWithin, "our": wOur,
		"before": wBefore, "after": wAfter, "trading": wTrading, "business": wBusiness,
		"whole": wWhole, "entire": wEntire, "history": wHistory, "during": wDuring, "all": wAll, "that": wThat,
	}
	for n, v := range words {
		if _, ok := m[n]; !ok {
			m[n] = lex{cls: cWord, val: v}
		}
	}
	// Past-tense markers used to pick the past reading of "Tuesday".
	for _, v := range []string{"said", "was", "were", "had", "did", "told", "made", "met", "left", "rose", "fell",
		"took", "came", "went", "gave", "saw", "won", "lost", "began", "paid", "sold", "bought", "held", "ended",
		"closed", "announced", "reported", "named", "agreed", "filed", "posted", "declined", "dropped", "added"} {
		if _, ok := m[v]; !ok {
			m[v] = lex{cls: cWord, val: wPastVerb}
		}
	}
}

// zone is a time zone abbreviation and its offset from UTC in minutes.
type zone struct {
	name   string
	offset int
	utc    bool // written as Z in values
}

var zones = []zone{
	{"utc", 0, true}, {"gmt", 0, true}, {"z", 0, true},
	{"est", -300, false}, {"edt", -240, false}, {"et", -300, false},
	{"cst", -360, false}, {"cdt", -300, false}, {"ct", -360, false},
	{"mst", -420, false}, {"mdt", -360, false},
	{"pst", -480, false}, {"pdt", -420, false}, {"pt", -480, false},
	{"bst", 60, false}, {"cet", 60, false}, {"cest", 120, false},
	{"jst", 540, false}, {"ist", 330, false}, {"aest", 600, false},
}
