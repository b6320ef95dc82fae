package money

import "strings"

// connectorAfter reads the joint of a range after position e: a dash, "to",
// or "and" when "between" stands before start. It returns where the second
// value starts. withFrom is false when the first value has its own unit and
// "from" stands before it: "from $5 to $10" is a change, not a range.
func (sc *scanner) connectorAfter(start, e int, withFrom bool) (int, bool) {
	k, _, ok := sc.connector(start, e, withFrom)
	return k, ok
}

// maxToRatio bounds hi/lo for "X to Y" when both values carry their unit:
// "rose 6 pence to 388 pence" is a change, "15 cents to 20 cents" a range.
const maxToRatio = 10

// connector is connectorAfter that also tells whether the joint was "to".
func (sc *scanner) connector(start, e int, withFrom bool) (int, bool, bool) {
	s := sc.s
	j := skipSpace(s, e)
	if j >= len(s) {
		return 0, false, false
	}
	if d := dashLen(s, j); d > 0 {
		if j+d < len(s) && s[j+d] == '-' {
			return 0, false, false // "--"
		}
		return skipSpace(s, j+d), false, true
	}
	if j == e || !isLetter(s[j]) {
		return 0, false, false
	}
	w, we := wordAt(s, j)
	k := skipSpace(s, we)
	if k == we {
		return 0, false, false
	}
	switch {
	case eqFold(w, "to"):
		if !withFrom {
			if q, _ := qualifierBefore(s, start, sc.lastEnd); q == "from" || sc.movedBefore(start) {
				return 0, false, false
			}
		}
		return k, true, true
	case eqFold(w, "and"):
		if q, _ := qualifierBefore(s, start, sc.lastEnd); q == "between" {
			return k, false, true
		}
	}
	return 0, false, false
}

// secondValue reads the upper value of a range at k: digits with a scale,
// or spelled words when the first value was spelled.
func secondValue(s string, k int, spelled bool) (number, bool) {
	if k >= len(s) {
		return number{}, false
	}
	if isDigit(s[k]) {
		n, ok := parseDigits(s, k)
		if !ok {
			return n, false
		}
		mult, e, short := parseScale(s, n.end)
		n.val, n.scale, n.end, n.short = n.times(mult), mult, e, short
		return n, true
	}
	if spelled && isLetter(s[k]) {
		return parseSpelled(s, k)
	}
	return number{}, false
}

// bounds applies the scale of the upper value to a bare lower one ("$3-5
// billion", "12 and 20 million") and checks that lo < hi.
func bounds(n1, n2 number) (lo, hi float64, ok bool) {
	lo, hi = n1.val, n2.val
	if n1.scale == 1 && n2.scale > 1 && n1.times(n2.scale) < hi {
		lo = n1.times(n2.scale)
	}
	return lo, hi, lo < hi
}

// rangeAfter reads the second half of a range whose first value n (ending
// at e) has its unit: code is "%" for a percentage, else the currency
// written before the first amount, which the second may repeat.
func (sc *scanner) rangeAfter(start, e int, n number, code string) (lo, hi float64, end int, ok bool) {
	s := sc.s
	k, isTo, ok := sc.connector(start, e, false)
	if !ok {
		return 0, 0, 0, false
	}
	if code != "%" {
		if c, pe, found := forwardPrefix(s, k); found {
			if c != code && c != dollarCode && code != dollarCode {
				return 0, 0, 0, false
			}
			k = skipSpace(s, pe)
		}
	}
	n2, ok := secondValue(s, k, n.spelled)
	if !ok || !boundaryAfter(s, n2.end) {
		return 0, 0, 0, false
	}
	end = n2.end
	if code == "%" {
		_, ue, ok := parsePercentUnit(s, n2.end)
		if !ok {
			return 0, 0, 0, false
		}
		end = ue
	}
	lo, hi, ok = bounds(n, n2)
	if isTo && n2.scale == n.scale && hi > maxToRatio*lo {
		return 0, 0, 0, false
	}
	return lo, hi, end, ok
}

// forwardPrefix reads a currency sign at k, with glued letters before it
// ("US$", "€").
func forwardPrefix(s string, k int) (string, int, bool) {
	if code, l := symbolAt(s, k); l > 0 && code != "¢" {
		return code, k + l, true
	}
	j := k
	for j < len(s) && j-k < 4 && (isLetter(s[j]) || (s[j] == '.' && j > k)) {
		j++
	}
	if j == k {
		return "", 0, false
	}
	_, l := symbolAt(s, j)
	if l == 0 {
		return "", 0, false
	}
	if c, ok := lookup(letterPrefixes[s[j:j+l]], s[k:j]); ok {
		return c, j + l, true
	}
	return "", 0, false
}

// bareRange reads a range whose first value n has no unit of its own:
// "12 and 20 million euros", "20 to 25 percent", "15-20%".
func (sc *scanner) bareRange(n number, start int) (int, bool) {
	s := sc.s
	k, ok := sc.connectorAfter(start, n.end, true)
	if !ok {
		return 0, false
	}
	n2, ok := secondValue(s, k, n.spelled)
	if !ok {
		return 0, false
	}
	if unitName, e, ok := parsePercentUnit(s, n2.end); ok && !n2.short {
		if _, _, ok := bounds(n, n2); !ok {
			return 0, false
		}
		if q, qs := qualifierBefore(s, start, sc.lastEnd); q != "" && q != "from" {
			start = qs
		}
		return sc.emitPercent(start, e, n.val, unitName), true
	}
	u, ok := parseUnit(s, n2.end)
	if !ok || u.symbol {
		return 0, false
	}
	m, ok := sc.suffixMoney(n2, start, u)
	if !ok {
		return 0, false
	}
	lo, hi, ok := bounds(n, n2)
	if !ok {
		return 0, false
	}
	m.amount, m.max, m.hasMax = applyFactor(lo, u.factor), applyFactor(hi, u.factor), true
	if u.isCode && m.end > u.end {
		return 0, false // "5 to 7 USD million": too odd to trust
	}
	return sc.finishMoney(m), true
}

// movementVerbs say a value changed: "shares fell $2 to $15" gives the
// change and the new price, not a range.
var movementVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`rose fell gained lost dropped climbed jumped slipped declined advanced
		eased tumbled plunged soared surged up down slid sank edged rising falling rallied retreated
		added shed dipped increased decreased grew`) {
		m[w] = true
	}
	return m
}()

// movedBefore reports whether a movement verb stands right before start.
func (sc *scanner) movedBefore(start int) bool {
	ws, n := wordsBefore(sc.s, start, sc.lastEnd)
	if n == 0 {
		return false
	}
	_, ok := lookup(movementVerbs, sc.s[ws[0][0]:ws[0][1]])
	return ok
}
