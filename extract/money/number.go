package money

// number is a parsed amount before its unit: "1,234.5", "7.5 billion",
// "twenty-five million", "$5m" (without the sign).
type number struct {
	start, end int
	val        float64
	scale      float64 // 1 when no scale word applies
	short      bool    // the scale is a glued one-letter k/m/b
	frac       bool    // written with decimals
	spelled    bool
	digits     int     // integer digits written, for the year test
	mant, div  float64 // val = mant / div for digits with decimals
}

// times returns n.val*mult without the rounding noise of a decimal times a
// scale: 16.379 billion is 16379 * 1e6 exactly.
func (n number) times(mult float64) float64 {
	if n.div > 1 && mult >= n.div {
		return n.mant * (mult / n.div)
	}
	return n.val * mult
}

// applyFactor scales an amount to whole units: 70 pence is 70/100 GBP.
func applyFactor(v, factor float64) float64 {
	if factor == 0.01 {
		return v / 100
	}
	return v * factor
}

// maxDigits bounds the significant digits of an amount; longer runs are
// identifiers, not money.
const maxDigits = 15

// parseDigits reads "1234", "1,234,567.89", "0.5" or ".5" at i. The end is
// returned even when ok is false, so the caller can skip the whole run.
func parseDigits(s string, i int) (n number, ok bool) {
	n.start, n.scale = i, 1
	j := i
	var v float64
	sig := 0
	for j < len(s) && isDigit(s[j]) {
		v = v*10 + float64(s[j]-'0')
		if v > 0 {
			sig++
		}
		j++
	}
	n.digits = j - i
	// Thousands groups: a comma then exactly three digits; or the Indian
	// "6,00,000": groups of two, the last of three.
	if n.digits >= 1 && n.digits <= 3 {
		for group(s, j, 3) {
			v = v*1000 + float64(s[j+1]-'0')*100 + float64(s[j+2]-'0')*10 + float64(s[j+3]-'0')
			sig += 3
			n.digits += 3
			j += 4
		}
		if j == i+n.digits && n.digits <= 2 && group(s, j, 2) {
			k := j
			for group(s, k, 2) {
				k += 3
			}
			if group(s, k, 3) {
				for ; j < k+4; j++ {
					if isDigit(s[j]) {
						v = v*10 + float64(s[j]-'0')
						sig++
						n.digits++
					}
				}
			}
		}
	}
	if j+1 < len(s) && s[j] == ',' && isDigit(s[j+1]) && !(j+2 < len(s) && s[j+2] == ' ') {
		// "1,2" or "1,0000": grouping we cannot read; better no amount than a wrong one.
		n.end = skipToken(s, j)
		return n, false
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		div := 1.0
		for j < len(s) && isDigit(s[j]) {
			if div < 1e15 {
				v = v*10 + float64(s[j]-'0')
				div *= 10
			}
			sig++
			j++
		}
		n.mant, n.div = v, div
		v /= div
		n.frac = true
		// "1.2.3" is a version or an address, not an amount.
		if j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigit(s[j+1]) {
			for j < len(s) && (isDigit(s[j]) || s[j] == '.' || s[j] == ',') {
				j++
			}
			n.end = j
			return n, false
		}
	}
	n.end, n.val = j, v
	if j == i || sig > maxDigits || (n.digits == 0 && !n.frac) {
		return n, false
	}
	if !n.frac {
		if f, e, ok := fractionAfter(s, j); ok {
			n.val += f
			n.end = e
		}
	}
	return n, true
}

// fractionAfter reads the proper fraction of a mixed number after a space:
// "6 3/8%", "12 1/2 cents".
func fractionAfter(s string, j int) (float64, int, bool) {
	k := j
	if k >= len(s) || s[k] != ' ' {
		return 0, 0, false
	}
	k++
	num, den := 0, 0
	st := k
	for k < len(s) && isDigit(s[k]) && k-st < 2 {
		num = num*10 + int(s[k]-'0')
		k++
	}
	if k == st || k >= len(s) || s[k] != '/' {
		return 0, 0, false
	}
	k++
	st = k
	for k < len(s) && isDigit(s[k]) && k-st < 2 {
		den = den*10 + int(s[k]-'0')
		k++
	}
	if k == st || (k < len(s) && (isAlnum(s[k]) || s[k] == '/')) || num == 0 || num >= den {
		return 0, 0, false
	}
	switch den {
	case 2, 3, 4, 8, 16, 32:
		return float64(num) / float64(den), k, true
	}
	return 0, 0, false
}

// group reports whether s[j:] is a comma and exactly size digits.
func group(s string, j, size int) bool {
	if j+size >= len(s) || s[j] != ',' {
		return false
	}
	for k := 1; k <= size; k++ {
		if !isDigit(s[j+k]) {
			return false
		}
	}
	return j+size+1 >= len(s) || !isDigit(s[j+size+1])
}

// parseScale reads a scale after a number ending at i: glued ("5bn", "$5m")
// or after a space or hyphen ("5 million", "$50-billion").
func parseScale(s string, i int) (mult float64, end int, short bool) {
	if i < len(s) && isLetter(s[i]) {
		w, j := wordAt(s, i)
		if !boundaryAfter(s, j) {
			return 1, i, false
		}
		if !scaleInitial(w[0]) {
			return 1, i, false
		}
		if m, ok := lookup(scales, w); ok {
			m, j = croreAfter(s, m, j)
			return m, j, false
		}
		if m, ok := lookup(shortScales, w); ok {
			return m, j, true
		}
		return 1, i, false
	}
	j := skipSpace(s, i)
	if j == i {
		if l := dashLen(s, i); l == 1 {
			j = i + 1
		}
	}
	if j == i || j >= len(s) || !isLetter(s[j]) {
		return 1, i, false
	}
	if !scaleInitial(s[j]) {
		return 1, i, false
	}
	w, k := wordAt(s, j)
	if !boundaryAfter(s, k) {
		return 1, i, false
	}
	if m, ok := lookup(scales, w); ok {
		m, k = croreAfter(s, m, k)
		return m, k, false
	}
	return 1, i, false
}

// croreAfter folds the Indian compound "lakh crore" / "thousand crore"
// (a scale below a crore, then "crore") into one multiplier.
func croreAfter(s string, m float64, e int) (float64, int) {
	if m >= 1e7 {
		return m, e
	}
	k, ok := nextWordAfter(s, e, false)
	if !ok {
		return m, e
	}
	w, ke := wordAt(s, k)
	if (eqFold(w, "crore") || eqFold(w, "crores")) && boundaryAfter(s, ke) {
		return m * 1e7, ke
	}
	return m, e
}

// scaleInitial reports whether c can start a scale word (thousand, million,
// mn, bn, tn, crore, lakh, k, b): a cheap test before the map.
func scaleInitial(c byte) bool {
	switch c | 0x20 {
	case 't', 'm', 'b', 'c', 'l', 'k':
		return true
	}
	return false
}

// parseSpelled reads a spelled number at i: "five", "twenty-five",
// "one hundred and fifty", "a million", "half a billion", "three quarters",
// "four billion". Scale words are folded into the value.
func parseSpelled(s string, i int) (n number, ok bool) {
	n.start, n.scale, n.spelled = i, 1, true
	w, j := wordAt(s, i)
	first, found := lookup(numWords, w)
	if !found {
		return n, false
	}
	switch first.kind {
	case nkHalf, nkQuarter:
		return parseFraction(s, i, 1)
	case nkArticle:
		return parseArticle(s, i, j)
	case nkUnit:
		if k, ok := nextWordAfter(s, j, false); ok {
			if nw, _ := lookup(numWords, s[k:wordEnd(s, k)]); nw.kind == nkQuarter {
				n, ok := parseFraction(s, k, first.val)
				n.start = i
				return n, ok
			}
		}
	}
	return parseCardinal(s, i, false)
}

// nextWordAfter returns the start of the letter word after one space (or a
// hyphen when hyphen is true) following position j.
func nextWordAfter(s string, j int, hyphen bool) (int, bool) {
	k := j
	if hyphen && k < len(s) && s[k] == '-' {
		k++
	} else {
		k = skipSpace(s, j)
	}
	if k == j || k >= len(s) || !isLetter(s[k]) {
		return 0, false
	}
	return k, true
}

// parseArticle reads "a million", "a hundred", "a half", "a quarter
// billion", "a few" is left to the vague reader.
func parseArticle(s string, i, j int) (number, bool) {
	k, ok := nextWordAfter(s, j, false)
	if !ok {
		return number{}, false
	}
	switch s[k] | 0x20 {
	case 'm', 'b', 't', 'h', 'q':
	default:
		return number{}, false // cheap test: no million, billion, thousand, hundred, quarter
	}
	nw, _ := lookup(numWords, s[k:wordEnd(s, k)])
	switch nw.kind {
	case nkScale, nkHundred:
		n, ok := parseCardinal(s, k, true)
		n.start = i
		return n, ok
	case nkQuarter:
		n, ok := parseFraction(s, k, 1)
		n.start = i
		return n, ok
	}
	return number{}, false
}

// parseFraction reads "half a billion", "half million", "quarter million",
// "three quarters billion" (k points at half/quarter(s), mult is the count
// before it) and "half a" alone (for "half a percent").
func parseFraction(s string, k int, mult float64) (n number, ok bool) {
	w, j := wordAt(s, k)
	nw, _ := lookup(numWords, w)
	n.start, n.scale, n.spelled, n.frac = k, 1, true, true
	n.val, n.end = nw.val*mult, j
	if p, ok := nextWordAfter(s, j, false); ok {
		w2, e2 := wordAt(s, p)
		next := func() {
			if p2, ok := nextWordAfter(s, e2, false); ok {
				w2, e2 = wordAt(s, p2)
			}
		}
		if eqFold(w2, "of") {
			next()
		}
		if eqFold(w2, "a") || eqFold(w2, "an") {
			n.end = e2
			next()
		}
		if sw, _ := lookup(numWords, w2); sw.kind == nkScale {
			n.val *= sw.val
			n.scale = sw.val
			n.end = e2
			return n, true
		}
	}
	// Without a scale only "half" makes sense ("half a percent").
	return n, nw.kind == nkHalf
}

// parseCardinal reads number words: units, teens, tens (with a hyphen or a
// space before the unit), hundreds and decreasing scales. article is true
// when an "a"/"an" before i stands for one ("a million").
func parseCardinal(s string, i int, article bool) (n number, ok bool) {
	n.start, n.scale, n.spelled = i, 1, true
	var total, cur float64
	last := 0
	if article {
		last, cur = nkArticle, 1
	}
	lastScale := 1e18
	pos, end := i, i
	for steps := 0; steps < 16; steps++ {
		w, j := wordAt(s, pos)
		if !boundaryAfter(s, j) {
			break
		}
		nw, found := lookup(numWords, w)
		if !found {
			if eqFold(w, "and") && (last == nkHundred || last == nkScale) {
				if k, ok := nextWordAfter(s, j, false); ok {
					if nx, _ := lookup(numWords, s[k:wordEnd(s, k)]); nx.kind == nkUnit || nx.kind == nkTeen || nx.kind == nkTens {
						pos = k
						continue
					}
				}
			}
			break
		}
		if !cardinalFollows(last, nw.kind) || (nw.kind == nkScale && nw.val >= lastScale) {
			break
		}
		switch nw.kind {
		case nkUnit, nkTeen, nkTens:
			cur += nw.val
		case nkHundred:
			cur *= 100
		case nkScale:
			total += cur * nw.val
			cur = 0
			lastScale = nw.val
			n.scale = nw.val
		}
		last = nw.kind
		end = j
		next, ok := nextWordAfter(s, j, nw.kind == nkTens)
		if !ok {
			break
		}
		pos = next
	}
	if end == i {
		return n, false
	}
	n.val, n.end = total+cur, end
	return n, true
}

// cardinalFollows reports whether a number word of kind next may follow one
// of kind last (0 at the start).
func cardinalFollows(last, next int) bool {
	switch next {
	case nkUnit:
		return last == 0 || last == nkTens || last == nkHundred || last == nkScale
	case nkTeen, nkTens:
		return last == 0 || last == nkHundred || last == nkScale
	case nkHundred:
		return last == nkUnit || last == nkTeen || last == nkArticle
	case nkScale:
		return last == nkUnit || last == nkTeen || last == nkTens || last == nkHundred || last == nkArticle
	}
	return false
}
