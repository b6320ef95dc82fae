package money

// Byte-level helpers. Everything here works on ASCII bytes or on whole UTF-8
// sequences matched exactly, so every offset they return is a rune boundary.

const maxWordLen = 24

// Byte classes for the scanner's inner loop.
const (
	clOther = iota
	clDigit
	clLetter
	clSign // may start a currency sign
)

var class = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = clDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = clLetter, clLetter
	}
	for _, c := range []byte{'$', 0xC2, 0xE2, 0xE0, 0xE5, 0xEF} {
		t[c] = clSign
	}
	return t
}()

func isDigit(c byte) bool  { return class[c] == clDigit }
func isLetter(c byte) bool { return class[c] == clLetter }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }
func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }

// spaceLen returns the byte length of the horizontal space character that
// starts at s[i] (space, tab, no-break, thin, hair, figure, narrow no-break),
// or 0.
func spaceLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ' ', '\t':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x87, 0x89, 0x8A, 0xAF:
				return 3
			}
		}
	}
	return 0
}

// spaceLenBefore is spaceLen for the character that ends at s[i-1].
func spaceLenBefore(s string, i int) int {
	if i <= 0 {
		return 0
	}
	switch s[i-1] {
	case ' ', '\t':
		return 1
	case 0xA0:
		if i >= 2 && s[i-2] == 0xC2 {
			return 2
		}
	case 0x87, 0x89, 0x8A, 0xAF:
		if i >= 3 && s[i-3] == 0xE2 && s[i-2] == 0x80 {
			return 3
		}
	}
	return 0
}

// skipSpace skips at most three space characters from i; runs longer than
// that are not treated as joining two tokens.
func skipSpace(s string, i int) int {
	for n := 0; n < 3; n++ {
		l := spaceLen(s, i)
		if l == 0 {
			break
		}
		i += l
	}
	return i
}

// skipSpaceBack is skipSpace going backwards from i.
func skipSpaceBack(s string, i int) int {
	for n := 0; n < 3; n++ {
		l := spaceLenBefore(s, i)
		if l == 0 {
			break
		}
		i -= l
	}
	return i
}

// wordEnd returns the end of the run of ASCII letters that starts at i.
func wordEnd(s string, i int) int {
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return i
}

// wordStartBack returns the start of the run of ASCII letters ending at i,
// looking back at most maxWordLen bytes; ok is false for a longer run.
func wordStartBack(s string, i int) (int, bool) {
	j := i
	for j > 0 && isLetter(s[j-1]) {
		j--
		if i-j > maxWordLen {
			return j, false
		}
	}
	return j, true
}

// lookup finds w, lowercased, in m without allocating.
func lookup[T any](m map[string]T, w string) (T, bool) {
	var zero T
	if len(w) == 0 || len(w) > maxWordLen {
		return zero, false
	}
	var buf [maxWordLen]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// isAllUpper reports whether w has no lowercase ASCII letter.
func isAllUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// eqFold reports whether w equals the lowercase ASCII word lw, ignoring case.
func eqFold(w, lw string) bool {
	if len(w) != len(lw) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != lw[i] {
			return false
		}
	}
	return true
}

// wordAt returns the letter word starting at i (empty when s[i] is no letter).
func wordAt(s string, i int) (string, int) {
	j := wordEnd(s, i)
	return s[i:j], j
}

// boundaryAfter reports whether no letter or digit follows position i.
func boundaryAfter(s string, i int) bool {
	return i >= len(s) || !isAlnum(s[i])
}

// dashLen returns the length of a hyphen, en dash or minus sign at s[i], or 0.
func dashLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] == '-' {
		return 1
	}
	if s[i] == 0xE2 && i+2 < len(s) && ((s[i+1] == 0x80 && s[i+2] == 0x93) || (s[i+1] == 0x88 && s[i+2] == 0x92)) {
		return 3
	}
	return 0
}
