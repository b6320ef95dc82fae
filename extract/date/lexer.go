package date

import (
	"unicode"
	"unicode/utf8"
)

// token kinds.
const (
	kWord uint8 = iota
	kNum
	kPunct
)

// token flags.
const (
	fCap     uint16 = 1 << iota // word starts with an upper-case letter
	fComma                      // number written with thousands separators (1,500)
	fDecimal                    // number with a decimal part (3.5)
	fOrdinal                    // number with an ordinal suffix (28th)
	fAlnum                      // digits glued to other letters (737s, 3G): not a plain number
	fDecade                     // 1990s, 90s
	fSpace                      // whitespace before the token
	fNewline                    // a line break before the token
	fUpper                      // word in capitals (EST, UTC)
	fAM                         // digits glued to am (10am)
	fPM                         // digits glued to pm (3pm)
	fUnitSfx                    // digits glued to a unit (3h, 5years): lx holds the unit
)

type token struct {
	s, e  int
	num   int // value of a number token
	flags uint16
	kind  uint8
	nd    uint8 // digits in a number token
	lx    lex
}

func (t *token) has(f uint16) bool { return t.flags&f != 0 }

// is reports whether t is the function word w.
func (t *token) is(w uint8) bool { return t.lx.cls == cWord && t.lx.val == w }

// punct reports whether t is the single punctuation byte c.
func (t *token) punct(text string, c byte) bool {
	return t.kind == kPunct && t.e-t.s == 1 && text[t.s] == c
}

// plainNum reports whether t is a number written with digits only.
func (t *token) plainNum() bool {
	return t.kind == kNum && t.flags&(fComma|fDecimal|fOrdinal|fAlnum|fDecade|fAM|fPM) == 0
}

// lexer splits text into tokens. It never allocates per token: tokens go
// into a caller-owned slice and words are looked up through a fixed buffer.
type lexer struct {
	text string
	pos  int
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// next returns the next token; ok is false at the end of text.
func (l *lexer) next() (t token, ok bool) {
	text := l.text
	i := l.pos
	var fl uint16
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' {
			fl |= fSpace
			i++
			continue
		}
		if c == '\n' {
			fl |= fSpace | fNewline
			i++
			continue
		}
		if c == 0xc2 && i+1 < len(text) && text[i+1] == 0xa0 { // no-break space
			fl |= fSpace
			i += 2
			continue
		}
		break
	}
	if i >= len(text) {
		l.pos = i
		return t, false
	}
	t.s, t.flags = i, fl
	c := text[i]
	switch {
	case isDigit(c):
		i = l.number(&t, i)
	case isLetter(c):
		i = l.word(&t, i)
	case c < utf8.RuneSelf:
		t.kind = kPunct
		i++
	default:
		// A non-ASCII rune: letters of other scripts glue into one word,
		// anything else stands alone. Invalid bytes are one-byte tokens.
		t.kind = kPunct
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
		for i < len(text) && text[i] >= utf8.RuneSelf {
			_, n = utf8.DecodeRuneInString(text[i:])
			i += n
		}
	}
	t.e = i
	l.pos = i
	return t, true
}

func (l *lexer) word(t *token, i int) int {
	text := l.text
	start := i
	var buf [maxWord]byte
	n := 0
	upper := true
	h := fnvOffset
	for i < len(text) && isLetter(text[i]) {
		c := text[i]
		if c >= 'a' {
			upper = false
		}
		if n < maxWord {
			buf[n] = c | 0x20
			h = (h ^ uint32(c|0x20)) * fnvPrime
		}
		n++
		i++
	}
	t.kind = kWord
	if text[start] < 'a' {
		t.flags |= fCap
		if upper {
			t.flags |= fUpper
		}
	}
	if i < len(text) && (isDigit(text[i]) || letterRune(text, i)) {
		// Q3, H1, FY2025 are handled by the grammar; mixed words are skipped.
		if n == 1 && isDigit(text[i]) {
			return i
		}
		for i < len(text) && (isDigit(text[i]) || isLetter(text[i]) || letterRune(text, i)) {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
		return i
	}
	if n <= maxWord {
		t.lx = lexicon.lookup(buf[:n], h)
	}
	return i
}

func (l *lexer) number(t *token, i int) int {
	text := l.text
	t.kind = kNum
	v, nd := 0, 0
	for i < len(text) && isDigit(text[i]) {
		if nd < 9 {
			v = v*10 + int(text[i]-'0')
		}
		nd++
		i++
	}
	// thousands separators: 1,500 and 12,000,000
	for i+3 < len(text) && text[i] == ',' && isDigit(text[i+1]) && isDigit(text[i+2]) && isDigit(text[i+3]) &&
		(i+4 >= len(text) || !isDigit(text[i+4])) {
		t.flags |= fComma
		i += 4
	}
	if i+1 < len(text) && text[i] == '.' && isDigit(text[i+1]) && t.flags&fComma == 0 && nd <= 4 {
		// 3.5 is a decimal; 18.30 could be a time, still not a plain number.
		t.flags |= fDecimal
		i++
		for i < len(text) && isDigit(text[i]) {
			i++
		}
	}
	t.num, t.nd = v, uint8(min(nd, 255))
	if i+1 < len(text) && text[i]|0x20 == 't' && isDigit(text[i+1]) {
		return i // 2025-10-28T15:04: the T starts the clock
	}
	if i < len(text) && isLetter(text[i]) {
		j := i
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		suf := text[i:j]
		switch {
		case eqFold(suf, "st") || eqFold(suf, "nd") || eqFold(suf, "rd") || eqFold(suf, "th"):
			t.flags |= fOrdinal
		case eqFold(suf, "s") && (nd == 4 || nd == 2) && v%10 == 0:
			t.flags |= fDecade
		case eqFold(suf, "am"):
			t.flags |= fAM
		case eqFold(suf, "pm"):
			t.flags |= fPM
		case (eqFold(suf, "a") || eqFold(suf, "p")) && j+1 < len(text) && text[j] == '.' && text[j+1]|0x20 == 'm':
			// 8p.m.
			if eqFold(suf, "a") {
				t.flags |= fAM
			} else {
				t.flags |= fPM
			}
			j += 2
			if j < len(text) && text[j] == '.' {
				j++
			}
		default:
			t.flags |= fAlnum
			if j-i <= maxWord && !(j < len(text) && isDigit(text[j])) {
				var buf [maxWord]byte
				h := fnvOffset
				for k := i; k < j; k++ {
					buf[k-i] = text[k] | 0x20
					h = (h ^ uint32(text[k]|0x20)) * fnvPrime
				}
				if lx := lexicon.lookup(buf[:j-i], h); lx.cls == cUnit && (j-i > 1 || buf[0] == 'h') {
					t.flags = t.flags&^fAlnum | fUnitSfx
					t.lx = lx
				}
			}
		}
		i = j
		for i < len(text) && (isDigit(text[i]) || isLetter(text[i])) {
			t.flags |= fAlnum
			i++
		}
	}
	return i
}

// letterRune reports whether a non-ASCII letter starts at i (é, not ’).
func letterRune(text string, i int) bool {
	if text[i] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// eqFold compares an ASCII string with a lower-case literal, ignoring case.
func eqFold(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}
