package money

// Amounts that start with a number: percentages, and amounts with the
// currency after them ("5 million euros", "26 cents").

// fromDigits reads a fact that starts with digits at i: a percentage, an
// amount with its currency after it, or a range of either. It returns where
// scanning resumes.
func (sc *scanner) fromDigits(i int) int {
	s := sc.s
	n, ok := parseDigits(s, i)
	if !ok {
		return skipToken(s, n.end)
	}
	start, neg := i, false
	if d := signBefore(s, i); d > 0 && i-d >= sc.lastEnd {
		start, neg = i-d, s[i-d] != '+'
	}
	mult, e, short := parseScale(s, n.end)
	n.val, n.scale, n.end, n.short = n.times(mult), mult, e, short
	if end, ok := sc.numberTail(n, start, neg); ok {
		return end
	}
	return skipToken(s, i)
}

// signBefore returns the length of a +, - or − sign right before i that
// stands alone (after a space, a bracket or the start), or 0.
func signBefore(s string, i int) int {
	d := 0
	switch {
	case i >= 1 && (s[i-1] == '-' || s[i-1] == '+'):
		d = 1
	case i >= 3 && s[i-3] == 0xE2 && s[i-2] == 0x88 && s[i-1] == 0x92:
		d = 3
	default:
		return 0
	}
	if p := i - d; p == 0 || s[p-1] == ' ' || s[p-1] == '(' || s[p-1] == '\n' || s[p-1] == '\t' {
		return d
	}
	return 0
}

// numberTail finishes a fact that starts with the number n (scale applied):
// percent unit, currency after the amount, or a range.
func (sc *scanner) numberTail(n number, start int, neg bool) (int, bool) {
	s := sc.s
	if unitName, e, ok := parsePercentUnit(s, n.end); ok && !n.short {
		v := n.val
		if neg {
			v = -v
		}
		qual, qs := qualifierBefore(s, start, sc.lastEnd)
		if qual != "" && qual != "between" && qual != "from" && !neg {
			start = qs
		}
		if _, _, re, ok := sc.rangeAfter(start, e, n, "%"); ok && qual != "from" {
			if qual == "between" {
				start = qs
			}
			e = re
		}
		return sc.emitPercent(start, e, v, unitName), true
	}
	if neg {
		return 0, false
	}
	if u, ok := parseUnit(s, n.end); ok {
		m, ok := sc.suffixMoney(n, start, u)
		if !ok {
			return 0, false
		}
		if m.end == u.end && !u.symbol {
			sc.suffixRange(&m, n, u)
		}
		return sc.finishMoney(m), true
	}
	if n.short || (n.digits == 0 && !n.spelled) {
		return 0, false
	}
	// "12 and 20 million euros", "20 to 25 percent", "15-20%".
	return sc.bareRange(n, start)
}

// suffixMoney builds the money fact for n followed by the currency u.
func (sc *scanner) suffixMoney(n number, start int, u unitMatch) (moneyFact, bool) {
	s := sc.s
	if u.weak && ((n.scale == 1 && !n.frac) || followedByOf(s, u.end)) {
		return moneyFact{}, false // "20 pounds", "2.5 pounds of beef": weights
	}
	if u.scaled && n.scale == 1 {
		return moneyFact{}, false
	}
	if u.symbol && !sc.suffixSignOK(n, u) {
		return moneyFact{}, false
	}
	m := moneyFact{start: start, end: u.end, amount: applyFactor(n.val, u.factor), code: u.code}
	if u.isCode && n.scale == 1 {
		// "75 USD million"
		if mult, e, short := parseScale(s, u.end); mult > 1 && !short {
			m.amount *= mult
			m.end = e
			n.scale = mult
		}
	}
	if u.factor == 1 && n.scale == 1 && !n.frac {
		if v, e, ok := subunitAfter(s, m.end, false); ok {
			m.amount += v / 100
			m.end = e
		}
	}
	return m, true
}

// suffixSignOK rejects a sign after a number that rather belongs to the
// next number ("in 1989 $ 5 million"), unless that number is itself
// followed by cents or a sign ("10 $ 30 cent", "10 $ 30 $").
func (sc *scanner) suffixSignOK(n number, u unitMatch) bool {
	s := sc.s
	if n.digits == 4 && !n.frac && n.scale == 1 && n.val >= 1800 && n.val <= 2100 {
		return false
	}
	k := skipSpace(s, u.end)
	if k >= len(s) || !isDigit(s[k]) {
		return true
	}
	if k == u.end {
		return false
	}
	n2, ok := parseDigits(s, k)
	if !ok {
		return false
	}
	u2, ok := parseUnit(s, n2.end)
	return ok && (u2.symbol || u2.factor == 0.01)
}

// suffixRange extends an amount with its currency after it to a range
// that repeats the currency: "15 cents to 20 cents", "5 million euros to
// 6 million euros".
func (sc *scanner) suffixRange(m *moneyFact, n number, u unitMatch) {
	s := sc.s
	k, isTo, ok := sc.connector(m.start, m.end, false)
	if !ok {
		return
	}
	n2, ok := secondValue(s, k, n.spelled)
	if !ok {
		return
	}
	u2, ok := parseUnit(s, n2.end)
	if !ok || u2.symbol || u2.code != u.code || u2.factor != u.factor {
		return
	}
	lo, hi, ok := bounds(n, n2)
	if !ok || (isTo && hi > maxToRatio*lo) {
		return
	}
	m.amount, m.max, m.hasMax, m.end = applyFactor(lo, u.factor), applyFactor(hi, u.factor), true, u2.end
}

// subunitAfter reads the cents part after a whole amount ending at i:
// "3 dollars 50 cents", "thirteen dollars and forty-five cents",
// "15 dollars 50". afterSign is true when the currency came before the
// amount ("c $ 100 and fifty"): then only "and" with a spelled number counts.
func subunitAfter(s string, i int, afterSign bool) (float64, int, bool) {
	j := skipSpace(s, i)
	if j == i || j >= len(s) {
		return 0, 0, false
	}
	hasAnd := false
	if w, e := wordAt(s, j); eqFold(w, "and") {
		k, ok := nextWordAfter(s, e, false)
		if !ok {
			k = skipSpace(s, e)
			if k == e {
				return 0, 0, false
			}
		}
		j, hasAnd = k, true
	}
	if j >= len(s) {
		return 0, 0, false
	}
	var n number
	var ok bool
	switch {
	case isDigit(s[j]) && !afterSign:
		n, ok = parseDigits(s, j)
		ok = ok && !n.frac && n.digits <= 2
	case isLetter(s[j]):
		n, ok = parseCardinal(s, j, false)
		ok = ok && n.scale == 1
	}
	if !ok || n.val >= 100 || (afterSign && !hasAnd) {
		return 0, 0, false
	}
	if u, ok := parseUnit(s, n.end); ok {
		if u.factor == 0.01 && !u.symbol {
			return n.val, u.end, true
		}
		return 0, 0, false
	}
	// Without "cents" the number must end the phrase.
	k := skipSpace(s, n.end)
	if k >= len(s) {
		return n.val, n.end, true
	}
	c := s[k]
	if isLetter(c) {
		w, _ := wordAt(s, k)
		if eqFold(w, "and") || eqFold(w, "more") {
			return n.val, n.end, true
		}
		return 0, 0, false
	}
	if isDigit(c) || c == '$' || c >= 0x80 || c == '%' || c == '-' {
		return 0, 0, false
	}
	return n.val, n.end, true
}

// followedByOf reports whether the word "of" follows position e.
func followedByOf(s string, e int) bool {
	k, ok := nextWordAfter(s, e, false)
	return ok && eqFold(s[k:wordEnd(s, k)], "of")
}
