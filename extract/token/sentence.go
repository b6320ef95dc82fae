package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences returns the sentence spans of text, in order. A newline is a
// hard break; ".", "!" and "?" end a sentence unless the next word starts
// in lower case; abbreviations and initials ("Mr.", "Jan.", "J.") do not,
// except company suffixes and "U.S." before a typical sentence opener.
// Closing quotes and brackets stay with the sentence they close.
func Sentences(text string) []Span {
	return SentencesOf(text, Tokenize(text))
}

// SentencesOf is Sentences over tokens already computed by Tokenize(text).
func SentencesOf(text string, toks []Token) []Span {
	var out []Span
	first := 0
	for k := 0; k < len(toks); k++ {
		last := k
		brk := false
		switch {
		case k+1 == len(toks):
			brk = true
		case isTerminal(toks[k].Text):
			last = absorbClosers(text, toks, k)
			brk = last+1 == len(toks) || !startsLower(toks[last+1].Text)
		case IsAbbreviation(toks[k].Text):
			brk = abbreviationEnds(toks[k].Text, toks[k+1].Text)
		}
		if !brk && last+1 < len(toks) && hasNewline(text[toks[last].End:toks[last+1].Start]) {
			brk = true
		}
		if brk {
			out = append(out, Span{toks[first].Start, toks[last].End})
			first = last + 1
		}
		k = last
	}
	return out
}

// isTerminal reports a token of sentence-ending marks only: ".", "?!", "…".
func isTerminal(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r != '.' && r != '!' && r != '?' && r != '…' {
			return false
		}
	}
	return true
}

// absorbClosers extends a sentence ending at token k over closing quotes
// and brackets that touch it ("... said.\u201d").
func absorbClosers(text string, toks []Token, k int) int {
	for k+1 < len(toks) && toks[k+1].Start == toks[k].End && isCloser(toks[k+1].Text) {
		k++
	}
	return k
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "”", "’", ")", "]", "}", "»":
		return true
	}
	return false
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// hasNewline reports a line break in gap. Bytes are compared: no byte
// of a line break's encoding occurs inside another rune's.
func hasNewline(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n', '\r':
			return true
		case 0xe2:
			if strings.HasPrefix(gap[i:], "\u2028") || strings.HasPrefix(gap[i:], "\u2029") {
				return true
			}
		}
	}
	return false
}

// openers are capitalised words that start sentences far more often than
// they continue a name after "Inc." or "U.S.".
var openers = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "But": true,
	"In": true, "This": true, "That": true, "A": true, "An": true, "Its": true, "His": true, "Her": true,
	"Their": true, "There": true, "And": true, "As": true, "At": true, "On": true, "For": true, "If": true,
	"Some": true, "Many": true, "However": true, "Meanwhile": true, "Shares": true, "Last": true, "After": true,
}

// abbreviationEnds decides whether a sentence ends after abbreviation abbr
// followed by next.
func abbreviationEnds(abbr, next string) bool {
	if !inLower(sentenceFinalOK, strings.TrimSuffix(abbr, ".")) {
		return false
	}
	return openers[next]
}
