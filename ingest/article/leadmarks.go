package article

import (
	"strings"
	"unicode"
)

// withoutLeadMarks removes the arrows, bullets and stray brackets a page
// prints before a headline ("» Headline", "[> Headline"). A mark that
// opens a quote or a tag closed later ("»Zitat«", "[Review] Title") is
// part of the headline.
func withoutLeadMarks(t string) string {
	i := 0
	for j, r := range t {
		if unicode.IsSpace(r) {
			continue
		}
		if !leadMark(r, t[j:]) {
			break
		}
		i = j + len(string(r))
	}
	if i == 0 {
		return t
	}
	rest := strings.TrimSpace(t[i:])
	if rest == "" {
		return t
	}
	return rest
}

// leadMark reports whether r, starting rest, is a decoration rather than
// an opening quote or bracket.
func leadMark(r rune, rest string) bool {
	switch r {
	case '>', '→', '•', '▶', '►', '▸', '■', '□':
		return true
	case '[':
		return !strings.ContainsRune(rest, ']')
	case '»':
		return !strings.ContainsRune(rest, '«')
	case '›':
		return !strings.ContainsRune(rest, '‹')
	}
	return false
}
