package money

// fromWord reads a fact that starts with the trigger word s[i:j].
func (sc *scanner) fromWord(i, j int, flags uint8) (int, bool) {
	if flags&trigCode != 0 {
		if end, ok := sc.fromCode(i, j); ok {
			return end, true
		}
	}
	if flags&trigVague != 0 {
		if end, ok := sc.fromVague(i, j); ok {
			return end, true
		}
	}
	if flags&trigNumber != 0 {
		s := sc.s
		if isArticle(s[i:j]) {
			if k, ok := nextWordAfter(s, j, false); ok && eqFold(s[k:wordEnd(s, k)], "few") {
				return sc.vagueScale(i, wordEnd(s, k))
			}
			n, ok := parseArticle(s, i, j)
			if !ok {
				return 0, false
			}
			return sc.numberTail(n, i, false)
		}
		n, ok := parseSpelled(s, i)
		if !ok {
			return 0, false
		}
		return sc.numberTail(n, i, false)
	}
	return 0, false
}

// fromCode reads an amount after a currency code or abbreviation: "USD 5
// million", "USD115", "MAUD 60", "Rs. 500", "CHF 12m".
func (sc *scanner) fromCode(i, j int) (int, bool) {
	s := sc.s
	w := s[i:j]
	code, mult := "", 1.0
	abbrev := false
	if c, m, ok := codeWord(w); ok && isAllUpper(w) {
		if wordy, _ := lookup(wordyCodes, w); wordy {
			return 0, false
		}
		code, mult = c, m
	} else if c, ok := lookup(prefixWords, w); ok && isUpper(w[0]) {
		code, abbrev = c, true
	} else {
		return 0, false
	}
	k := j
	if abbrev && k < len(s) && s[k] == '.' {
		k++
	}
	if k < len(s) && s[k] == '$' {
		return 0, false // "USD$23": the sign reads it
	}
	k = skipSpace(s, k)
	if k >= len(s) || !isDigit(s[k]) {
		return 0, false
	}
	n, ok := parseDigits(s, k)
	if !ok {
		return 0, false
	}
	scale, e, _ := parseScale(s, n.end)
	if !boundaryAfter(s, e) {
		return 0, false
	}
	n.val, n.scale, n.end = n.times(mult*scale), scale*mult, e
	m := moneyFact{start: i, end: e, amount: n.val, code: code}
	sc.prefixTail(&m, n, w, false)
	return sc.finishMoney(m), true
}

// fromVague reads an open amount: "billions of dollars", "tens of millions
// of euros", "several billion dollars", "multi-billion-dollar".
func (sc *scanner) fromVague(i, j int) (int, bool) {
	s := sc.s
	w := s[i:j]
	switch {
	case eqFold(w, "tens") || eqFold(w, "hundreds") || eqFold(w, "dozens"):
		k, ok := ofAfter(s, j)
		if !ok {
			return 0, false
		}
		e := wordEnd(s, k)
		if !isPluralScale(s[k:e]) {
			return 0, false
		}
		return sc.vagueOf(i, e)
	case isPluralScale(w):
		return sc.vagueOf(i, j)
	case eqFold(w, "several"):
		return sc.vagueScale(i, j)
	case eqFold(w, "multi") && j < len(s) && s[j] == '-':
		k := j + 1
		e := wordEnd(s, k)
		if nw, _ := lookup(numWords, s[k:e]); nw.kind != nkScale {
			return 0, false
		}
		return sc.vagueUnit(i, e, true)
	case eqFold(w, "multimillion") || eqFold(w, "multibillion"):
		return sc.vagueUnit(i, j, true)
	}
	return 0, false
}

func isPluralScale(w string) bool {
	return eqFold(w, "thousands") || eqFold(w, "millions") || eqFold(w, "billions") || eqFold(w, "trillions")
}

// ofAfter returns the start of the word after " of " following j.
func ofAfter(s string, j int) (int, bool) {
	k, ok := nextWordAfter(s, j, false)
	if !ok {
		return 0, false
	}
	e := wordEnd(s, k)
	if !eqFold(s[k:e], "of") {
		return 0, false
	}
	return nextWordAfter(s, e, false)
}

// vagueOf reads " of dollars" after a plural scale ending at e.
func (sc *scanner) vagueOf(start, e int) (int, bool) {
	k, ok := ofAfter(sc.s, e)
	if !ok {
		return 0, false
	}
	return sc.vagueUnit(start, k, false)
}

// vagueScale reads "several billion dollars" / "a few million euros": the
// word before ends at e.
func (sc *scanner) vagueScale(start, e int) (int, bool) {
	s := sc.s
	k, ok := nextWordAfter(s, e, false)
	if !ok {
		return 0, false
	}
	ke := wordEnd(s, k)
	if nw, _ := lookup(numWords, s[k:ke]); nw.kind != nkScale && nw.kind != nkHundred {
		return 0, false
	}
	return sc.vagueUnit(start, ke, true)
}

// vagueUnit reads the currency word at or after k (after a space or a
// hyphen when sep is true) and emits the open amount from start.
func (sc *scanner) vagueUnit(start, k int, sep bool) (int, bool) {
	s := sc.s
	if sep {
		if k < len(s) && s[k] == '-' {
			k++
		} else if k2 := skipSpace(s, k); k2 > k {
			k = k2
		} else {
			return 0, false
		}
	}
	if k >= len(s) || !isLetter(s[k]) {
		return 0, false
	}
	u, ok := parseUnitPhrase(s, k)
	if !ok || u.factor != 1 {
		return 0, false
	}
	if u.weak && followedByOf(s, u.end) {
		return 0, false // "millions of pounds of steel": weight
	}
	return sc.finishMoney(moneyFact{start: start, end: u.end, code: u.code, vague: true}), true
}

// isArticle reports whether w is "a" or "an" in any case.
func isArticle(w string) bool {
	return (len(w) == 1 && w[0]|0x20 == 'a') || (len(w) == 2 && w[0]|0x20 == 'a' && w[1]|0x20 == 'n')
}
