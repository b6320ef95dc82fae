package money

// connectorAfter reads the joint of a range after position e: a dash, "to",
// or "and" when "between" stands before start. It returns where the second
// value starts. withFrom is false when the first value has its own unit and
// "from" stands before it: "from $5 to $10" is a change, not a range.
func (sc *scanner) connectorAfter(start, e int, withFrom bool) (int, bool) {
	s := sc.s
	j := skipSpace(s, e)
	if j >= len(s) {
		return 0, false
	}
	if d := dashLen(s, j); d > 0 {
		if j+d < len(s) && s[j+d] == '-' {
			return 0, false // "--"
		}
		return skipSpace(s, j+d), true
	}
	if j == e || !isLetter(s[j]) {
		return 0, false
	}
	w, we := wordAt(s, j)
	k := skipSpace(s, we)
	if k == we {
		return 0, false
	}
	switch {
	case eqFold(w, "to"):
		if !withFrom {
			if q, _ := qualifierBefore(s, start, sc.lastEnd); q == "from" {
				return 0, false
			}
		}
		return k, true
	case eqFold(w, "and"):
		if q, _ := qualifierBefore(s, start, sc.lastEnd); q == "between" {
			return k, true
		}
	}
	return 0, false
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
		n.val, n.scale, n.end, n.short = n.val*mult, mult, e, short
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
	if n1.scale == 1 && n2.scale > 1 && lo*n2.scale < hi {
		lo *= n2.scale
	}
	return lo, hi, lo < hi
}

// rangeAfter reads the second half of a range whose first value n (ending
// at e) has its unit: code is "%" for a percentage, else the currency
// written before the first amount, which the second may repeat.
func (sc *scanner) rangeAfter(start, e int, n number, code string, _ bool) (lo, hi float64, end int, ok bool) {
	s := sc.s
	k, ok := sc.connectorAfter(start, e, false)
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
	} else if n2.short && n.short == false && n2.scale == 1 {
		return 0, 0, 0, false
	}
	lo, hi, ok = bounds(n, n2)
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
	code, l := symbolAt(s, j)
	if l == 0 {
		return "", 0, false
	}
	sign := s[j : j+l]
	if c, ok := lookup(letterPrefixes[sign], s[k:j]); ok {
		return c, j + l, true
	}
	_ = code
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
	m.amount, m.max, m.hasMax = lo*u.factor, hi*u.factor, true
	if u.isCode && m.end > u.end {
		return 0, false // "5 to 7 USD million": too odd to trust
	}
	return sc.finishMoney(m), true
}
