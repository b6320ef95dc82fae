package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one token of a text: Text == text[Start:End], byte offsets.
type Token struct {
	Start, End int
	Text       string
}

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Tokenize splits text into tokens, skipping white space. It never fails:
// an invalid UTF-8 byte becomes a one-byte token of its own.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		if text[i] == ' ' {
			i++ // the common case, without decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpace(r, size):
			i += size
		case isURLStart(text[i:]):
			end := urlEnd(text, i)
			toks = append(toks, Token{i, end, text[i:end]})
			i = end
		case isWordRune(r) || (r == '@' || r == '#') && nextIsLetter(text, i+size):
			toks = appendWord(toks, text, i)
			i = toks[len(toks)-1].End
		default:
			end := punctEnd(text, i, r, size)
			toks = append(toks, Token{i, end, text[i:end]})
			i = end
		}
	}
	return toks
}

func isSpace(r rune, size int) bool {
	if r == utf8.RuneError && size == 1 {
		return false
	}
	return unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

func nextIsLetter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isURLStart(s string) bool {
	if len(s) < 8 {
		return false
	}
	return hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") ||
		hasPrefixFold(s, "www.") && nextIsLetter(s, 4)
}

// hasPrefixFold reports whether s starts with the lower-case ASCII
// prefix in any case. Only ASCII letters lower-case to ASCII letters
// other than i and k, so it agrees with lower-casing s first, without
// the copy.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// urlEnd returns the end of a URL starting at i: up to white space, minus
// trailing punctuation that belongs to the sentence.
func urlEnd(text string, i int) int {
	end := i
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if unicode.IsSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' || r == utf8.RuneError && size == 1 {
			break
		}
		end += size
	}
	for end > i+1 && strings.ContainsRune(".,;:!?)]}'’", rune(text[end-1])) {
		end--
	}
	return end
}

// appendWord scans a word starting at i: letters, digits and marks joined
// by internal periods, commas between digits, apostrophes and ampersands.
// It then attaches an abbreviation's final period and splits clitics.
func appendWord(toks []Token, text string, i int) []Token {
	start := i
	_, size := utf8.DecodeRuneInString(text[i:])
	i += size // a letter, digit, '@' or '#'
	for i < len(text) {
		c := text[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			i++ // the common case, without decoding
			continue
		}
		if c < utf8.RuneSelf && c != '.' && c != ',' && c != '\'' && c != '&' {
			break // other ASCII neither continues nor joins a word
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		if joins(text, i, r, size) {
			i += size
			continue
		}
		break
	}
	if i < len(text) && text[i] == '.' && IsAbbreviation(text[start:i+1]) {
		i++
	}
	return appendClitic(toks, text, start, i)
}

// joins reports whether the connector r at i sits inside a word: "U.S",
// "1,234.5", "O'Brien", "AT&T".
func joins(text string, i int, r rune, size int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	switch r {
	case '.':
		return isWordRune(next) && (unicode.IsLetter(prev) && unicode.IsLetter(next) || unicode.IsDigit(prev) && unicode.IsDigit(next))
	case ',':
		return unicode.IsDigit(prev) && isDigits3(text[i+1:])
	case '\'', '’':
		return unicode.IsLetter(prev) && unicode.IsLetter(next)
	case '&':
		return unicode.IsUpper(prev) && unicode.IsUpper(next)
	}
	return false
}

// isDigits3 reports exactly three digits followed by a non-digit: the group
// of a thousands separator.
func isDigits3(s string) bool {
	if len(s) < 3 {
		return false
	}
	for k := range 3 {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

var clitics = map[string]bool{"s": true, "re": true, "ve": true, "ll": true, "d": true, "m": true}

// appendClitic appends text[start:end], split before "'s", "'re", "n't" and
// the like.
func appendClitic(toks []Token, text string, start, end int) []Token {
	w := text[start:end]
	if !hasApostrophe(w) {
		return append(toks, Token{start, end, w}) // no clitic without an apostrophe
	}
	lw := strings.ToLower(w)
	cut := -1
	switch {
	case len(w) > 3 && (strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t")):
		cut = strings.LastIndex(lw, "n") // "can't" -> "ca" + "n't", as the Penn Treebank does
	default:
		if k := strings.LastIndexAny(w, "'’"); k > 0 {
			_, asize := utf8.DecodeRuneInString(w[k:])
			if clitics[lw[k+asize:]] {
				cut = k
			}
		}
	}
	if cut <= 0 {
		return append(toks, Token{start, end, w})
	}
	return append(toks, Token{start, start + cut, w[:cut]}, Token{start + cut, end, w[cut:]})
}

// hasApostrophe reports a straight or curly apostrophe in w.
func hasApostrophe(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '\'' || w[i] == 0xe2 && strings.HasPrefix(w[i:], "’") {
			return true
		}
	}
	return false
}

// punctEnd returns the end of a punctuation token at i: runs of the same
// character ("...", "--", "!!") stay together; everything else is one rune.
func punctEnd(text string, i int, r rune, size int) int {
	end := i + size
	if r == utf8.RuneError && size == 1 {
		return end
	}
	if r == '.' || r == '-' || r == '!' || r == '?' || r == '*' || r == '=' {
		for end < len(text) && rune(text[end]) == r {
			end++
		}
	}
	return end
}
