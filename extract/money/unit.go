package money

// unitMatch is a currency read after an amount.
type unitMatch struct {
	unit
	end    int
	symbol bool // a sign ("10 €"), not a word
	isCode bool // an ISO code word ("500 USD")
}

// parseUnit reads the currency after an amount ending at i: a sign, a code
// ("USD", "MUSD"), or a currency phrase ("dollars", "US dollars", "pounds
// sterling"), after a space, a hyphen ("12-cent") or nothing ("115USD").
func parseUnit(s string, i int) (unitMatch, bool) {
	j := skipSpace(s, i)
	if j == i && i+1 < len(s) && s[i] == '-' && isLetter(s[i+1]) {
		j = i + 1
	}
	if j >= len(s) {
		return unitMatch{}, false
	}
	if code, l := symbolAt(s, j); l > 0 {
		u := unitMatch{unit: unit{code: code, factor: 1}, end: j + l, symbol: true}
		if code == "¢" {
			u.code, u.factor = dollarCode, 0.01
		}
		return u, true
	}
	if !isLetter(s[j]) {
		return unitMatch{}, false
	}
	w, e := wordAt(s, j)
	if !boundaryAfter(s, e) {
		return unitMatch{}, false
	}
	if j == i && (w == "p" || w == "P") && !(e+1 < len(s) && s[e] == '.' && isLetter(s[e+1])) {
		return unitMatch{unit: unit{code: "GBP", factor: 0.01}, end: e}, true
	}
	if u, ok := parseUnitPhrase(s, j); ok {
		return u, true
	}
	if code, mult, ok := codeWord(w); ok {
		return unitMatch{unit: unit{code: code, factor: mult}, end: e, isCode: true}, true
	}
	return unitMatch{}, false
}

// parseUnitPhrase matches the longest phrase of unitPhrases (up to three
// words) starting at j.
func parseUnitPhrase(s string, j int) (unitMatch, bool) {
	var buf [3*maxWordLen + 2]byte
	n := 0
	best := unitMatch{}
	found := false
	pos := j
	for words := 0; words < 3; words++ {
		var e int
		if words == 0 && (s[pos] == 'u' || s[pos] == 'U') && hasUSDots(s, pos) {
			e = pos + 4
			n += copy(buf[n:], "u.s.")
		} else {
			w, we := wordAt(s, pos)
			if len(w) == 0 || len(w) > maxWordLen || !boundaryAfter(s, we) {
				break
			}
			for k := 0; k < len(w); k++ {
				c := w[k]
				if isUpper(c) {
					c += 'a' - 'A'
				}
				buf[n] = c
				n++
			}
			e = we
		}
		if words == 0 {
			if _, ok := unitFirst[string(buf[:n])]; !ok {
				break
			}
		}
		if u, ok := unitPhrases[string(buf[:n])]; ok {
			best, found = unitMatch{unit: u, end: e}, true
		}
		if words == 0 && !unitFirst[string(buf[:n])] {
			break
		}
		next := skipSpace(s, e)
		if next == e || next >= len(s) || !isLetter(s[next]) {
			break
		}
		buf[n] = ' '
		n++
		pos = next
	}
	return best, found
}

// hasUSDots reports whether "U.S." (any case) starts at i.
func hasUSDots(s string, i int) bool {
	return i+4 <= len(s) && s[i+1] == '.' && (s[i+2] == 's' || s[i+2] == 'S') && s[i+3] == '.'
}

// parsePercentUnit reads "%", "percent", "per cent", "pct", a glued "pc",
// or "percentage point(s)" after a number ending at i.
func parsePercentUnit(s string, i int) (unitName string, end int, ok bool) {
	j := skipSpace(s, i)
	if j == i && i+1 < len(s) && s[i] == '-' && isLetter(s[i+1]) {
		j = i + 1
	}
	if j >= len(s) {
		return "", 0, false
	}
	if s[j] == '%' {
		return "percent", j + 1, true
	}
	if j+3 <= len(s) && s[j:j+3] == "％" {
		return "percent", j + 3, true
	}
	if !isLetter(s[j]) {
		return "", 0, false
	}
	w, e := wordAt(s, j)
	if !boundaryAfter(s, e) {
		return "", 0, false
	}
	switch {
	case eqFold(w, "percent") || eqFold(w, "pct"):
		return "percent", e, true
	case eqFold(w, "pc") && j == i:
		return "percent", e, true
	case eqFold(w, "per"):
		if k, ok := nextWordAfter(s, e, true); ok {
			if w2, e2 := wordAt(s, k); eqFold(w2, "cent") && boundaryAfter(s, e2) {
				return "percent", e2, true
			}
		}
	case eqFold(w, "percentage"):
		if k, ok := nextWordAfter(s, e, true); ok {
			if w2, e2 := wordAt(s, k); (eqFold(w2, "points") || eqFold(w2, "point")) && boundaryAfter(s, e2) {
				return "points", e2, true
			}
		}
	}
	return "", 0, false
}
