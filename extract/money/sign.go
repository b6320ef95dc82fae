package money

// Amounts written after a currency sign or code: "$5m", "US$6 billion".

// fromSymbol reads an amount after the currency sign s[i:i+l] ("$5m",
// "US$6 billion", "c $ 16.4 million", "€57 million").
func (sc *scanner) fromSymbol(i, l int, code string) (int, bool) {
	s := sc.s
	if code == "¢" {
		return 0, false
	}
	sign := s[i : i+l]
	start := i
	bare := code == dollarCode
	if p, st, ok := sc.signPrefix(i, l, sign); ok {
		code, start, bare = p, st, false
	} else if st < 0 {
		return 0, false
	}
	j := skipSpace(s, i+l)
	if j >= len(s) || !(isDigit(s[j]) || (s[j] == '.' && j+1 < len(s) && isDigit(s[j+1]))) {
		return 0, false
	}
	if j+1 < len(s) && s[j] == '0' && isDigit(s[j+1]) {
		return 0, false // "$01": code, not money
	}
	n, ok := parseDigits(s, j)
	if !ok {
		return 0, false
	}
	mult, e, _ := parseScale(s, n.end)
	if !boundaryAfter(s, e) || codeLike(s, e) {
		return 0, false
	}
	n.val, n.scale, n.end = n.times(mult), mult, e
	m := moneyFact{start: start, end: e, amount: n.val, code: code}
	sc.prefixTail(&m, n, sign, bare)
	return sc.finishMoney(m), true
}

// signPrefix reads the letters glued before a sign ("US$", "HK$", "GB£") or,
// in tokenised text, set off by spaces on both sides ("c $ 16.4"). It
// returns the currency and the new start; st < 0 means the sign is glued to
// something that is no currency prefix, so it is not money.
func (sc *scanner) signPrefix(i, l int, sign string) (code string, st int, ok bool) {
	s := sc.s
	if i == 0 {
		return "", i, false
	}
	tbl := letterPrefixes[sign]
	prev := s[i-1]
	if isLetter(prev) || prev == '.' {
		j := i
		for j > 0 && i-j < 5 && (isLetter(s[j-1]) || (s[j-1] == '.' && j < i)) {
			j--
		}
		if j > 0 && (isAlnum(s[j-1]) || j < sc.lastEnd) {
			return "", -1, false
		}
		p := s[j:i]
		c, found := lookup(tbl, p)
		if !found || (len(p) == 1 && !isUpper(p[0]) && p != singleLetterLower) {
			return "", -1, false
		}
		return c, j, true
	}
	if isDigit(prev) || prev == '$' || prev == '_' || prev == '\\' || prev == '{' {
		return "", -1, false
	}
	// A prefix set off by a space: tokenised "hk $ 10.05", "c $ 16.4" (a
	// space on both sides), or "US $5" (capitals, two letters or more).
	if spaceLenBefore(s, i) == 1 {
		tokenised := spaceLen(s, i+l) == 1
		k := i - 1
		j := k
		for j > 0 && k-j < 4 && (isLetter(s[j-1]) || s[j-1] == '.') {
			j--
		}
		if j < k && (j == 0 || !isAlnum(s[j-1])) && j >= sc.lastEnd {
			p := s[j:k]
			c, found := lookup(tbl, p)
			switch {
			case !found:
			case tokenised && (len(p) > 1 || p == singleLetterLower):
				return c, j, true
			case len(p) > 1 && isAllUpper(p):
				return c, j, true
			}
		}
	}
	return "", i, false
}

// prefixTail completes an amount that has its currency before it: a range
// ("$3-5 billion", "$3 billion to $5 billion"), a repeated currency word
// ("$9.99 US dollars"), a clarifying parenthesis ("$99 (USD)"), and a
// spelled cents part ("c $ 100 and fifty").
func (sc *scanner) prefixTail(m *moneyFact, n number, sign string, bare bool) {
	s := sc.s
	if lo, hi, e, ok := sc.rangeAfter(m.start, m.end, n, m.code); ok {
		m.amount, m.max, m.hasMax, m.end = lo, hi, true, e
	}
	if u, ok := parseUnit(s, m.end); ok && !u.symbol && u.factor == 1 {
		switch {
		case u.code == m.code:
			m.end = u.end
		case u.code == dollarCode && sign == "$":
			m.end = u.end
		case bare && sign == "$" && isDollarCode(u.code):
			m.code, m.end = u.code, u.end
		}
	}
	if bare {
		if code, e, ok := parenCurrencyAt(s, m.end); ok {
			m.code, m.end = code, e
		}
	}
	if !m.hasMax && n.scale == 1 && !n.frac {
		if v, e, ok := subunitAfter(s, m.end, true); ok {
			m.amount += v / 100
			m.end = e
		}
	}
}

// dollarCodes are the currencies written with "$".
var dollarCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, code := range letterPrefixes["$"] {
		m[code] = true
	}
	return m
}()

// isDollarCode reports whether code is a currency written with "$".
func isDollarCode(code string) bool { return dollarCodes[code] }

// parenCurrencyAt reads "(USD)", "(US)", "(Canadian)" after position i.
func parenCurrencyAt(s string, i int) (string, int, bool) {
	j := skipSpace(s, i)
	if j >= len(s) || s[j] != '(' {
		return "", 0, false
	}
	k := j + 1
	for k < len(s) && k-j < 24 && (isLetter(s[k]) || s[k] == ' ' || s[k] == '.') {
		k++
	}
	if k >= len(s) || s[k] != ')' || k == j+1 {
		return "", 0, false
	}
	inner := s[j+1 : k]
	if c, ok := lookup(parenCurrency, inner); ok {
		return c, k + 1, true
	}
	if c, _, ok := codeWord(inner); ok && isAllUpper(inner) {
		return c, k + 1, true
	}
	return "", 0, false
}

// codeLike reports whether the byte at e, right after a "$" amount, marks
// program text rather than prose: "$1$2", "$1_x", "$1}", "$1=", "$1/2".
func codeLike(s string, e int) bool {
	if e >= len(s) {
		return false
	}
	switch s[e] {
	case '$', '_', '{', '}', '[', ']', '=', '\\', '@', '#', '`':
		return true
	case '/':
		return e+1 < len(s) && !isLetter(s[e+1])
	}
	return false
}
