package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cp1252 maps the Windows-1252 characters of 0x80..0x9F back to bytes,
// to undo UTF-8 that was decoded as Windows-1252 ("â€™" -> "’").
var cp1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// fixMojibake undoes one round of UTF-8 read as Latin-1/Windows-1252
// ("CafÃ©" -> "Café") and drops the stray "Â" such text leaves before
// spaces ("InnovationÂ" -> "Innovation").
func fixMojibake(s string) string {
	if !strings.ContainsAny(s, "ÂÃâ") {
		return s
	}
	if fixed, ok := redecode(s); ok {
		s = fixed
	}
	var b strings.Builder
	for i, r := range s {
		if r == 'Â' {
			next, _ := utf8.DecodeRuneInString(s[i+len("Â"):])
			if i+len("Â") == len(s) || unicode.IsSpace(next) || next == '\u00a0' || !unicode.IsLetter(next) {
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// redecode maps every rune back to its Windows-1252 byte and succeeds when
// the bytes form valid UTF-8 that differs from s.
func redecode(s string) (string, bool) {
	buf := make([]byte, 0, len(s))
	multi := false
	for _, r := range s {
		switch b, ok := cp1252[r]; {
		case ok:
			buf = append(buf, b)
		case r < 0x100:
			buf = append(buf, byte(r))
		default:
			return "", false
		}
		multi = multi || r >= 0x80
	}
	if !multi || !utf8.Valid(buf) {
		return "", false
	}
	return string(buf), true
}

// canonicalForm normalises a name's text: cleanForm, then an
// all-capitals phrase of several words title-cased ("JOHN SMITH" ->
// "John Smith").
func canonicalForm(s string) string { return capsForm(cleanForm(s)) }

// cleanForm repairs mojibake, collapses white space, trims outer quotes
// and punctuation and drops the spaces around a dash inside the name.
func cleanForm(s string) string {
	if plainName(s) {
		return s // most names: nothing to repair, collapse or trim
	}
	return repairForm(s)
}

// repairForm is cleanForm's work on a name that may need it.
func repairForm(s string) string {
	s = fixMojibake(s)
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\n\t\r\u00a0") {
		s = strings.Join(strings.Fields(s), " ")
	}
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"“”‘’'«»()[]{},;:!?`, r) || r == '\u00a0'
	})
	s = strings.TrimRight(s, "-–—/")
	for _, dash := range []string{" - ", " – "} { // "Wal - Mart" is Wal-Mart written loosely
		s = strings.ReplaceAll(s, dash, strings.TrimSpace(dash))
	}
	if strings.Contains(s, `" `) {
		s = tightQuotes(s)
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(strings.ToLower(s), "inc.") && strings.Count(s, ".") == 1 && !abbrevTail(s) {
		s = strings.TrimSpace(strings.TrimSuffix(s, "."))
	}
	return s
}

// plainName reports a name cleanForm leaves as it is: ASCII letters and
// digits, single spaces inside, and a hyphen, period, ampersand or
// apostrophe inside a word. Asked first, it spares the repairs' scans.
func plainName(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
		case c == ' ':
			if s[i-1] == ' ' {
				return false
			}
		case c == '-' || c == '.' || c == '&' || c == '\'':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' || s[i+1] == ' ' {
				return false // an outer mark, a trailing period, " - "
			}
		default:
			return false
		}
	}
	return true
}

// tightQuotes drops the spaces inside paired double quotes, as text
// tokenized word by word writes a nickname: `William Herbert " Buckshot
// " May` -> `William Herbert "Buckshot" May`.
func tightQuotes(s string) string {
	if strings.Count(s, `"`)%2 != 0 {
		return s
	}
	var b strings.Builder
	open := false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			open = !open
			b.WriteByte('"')
			if open {
				for i+1 < len(s) && s[i+1] == ' ' {
					i++
				}
			}
		case s[i] == ' ' && open && i+1 < len(s) && s[i+1] == '"':
			// the space before a closing quote
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// capsForm title-cases an all-capitals phrase of several words ("GOODY
// PRODUCTS" -> "Goody Products", "NEW YORK" -> "New York"), connectors in
// lower case after the first word ("BANK OF ENGLAND" -> "Bank of
// England"); other words of three letters or fewer stay as acronyms
// ("UNITED AUTO WORKERS UAW", "IBM CORP").
func capsForm(s string) string {
	if !isAllCaps(s) {
		return s // most names: no need to split them
	}
	words := strings.Fields(s)
	if len(words) < 2 {
		return s
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && capsConnectors[lw]:
			words[i] = lw
		case dottedLetters(w):
			// initials keep their capitals: "N.V.", "U.S."
		case utf8.RuneCountInString(w) > 3 || capsShortWords[lw]:
			words[i] = titleWord(w)
		}
	}
	return strings.Join(words, " ")
}

// dottedLetters reports a word of single letters each closed by a
// period: "N.V.", "U.S.A.".
func dottedLetters(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i+1] != '.' || w[i] == '.' {
			return false
		}
	}
	return true
}

// capsConnectors are lower case inside a name ("Bank of England", "Rio de
// Janeiro"); capsShortWords are short words of names, not acronyms.
var (
	capsConnectors = map[string]bool{"of": true, "and": true, "the": true, "de": true, "del": true, "da": true, "do": true, "du": true, "des": true, "la": true, "le": true, "y": true, "von": true, "van": true, "on": true, "upon": true}
	capsShortWords = map[string]bool{
		"new": true, "old": true, "the": true, "san": true, "los": true, "las": true, "el": true, "al": true, "la": true, "le": true,
		"bay": true, "sea": true, "red": true, "air": true, "big": true, "top": true, "cup": true, "war": true, "day": true, "sun": true,
		"oil": true, "gas": true, "car": true, "art": true, "law": true, "one": true, "two": true, "ten": true, "fox": true, "key": true,
		"ham": true, "lee": true, "kim": true, "sri": true,
	}
)

// abbrevTail reports a last word such as "Jr." or "St." that keeps its period.
func abbrevTail(s string) bool {
	k := strings.LastIndexByte(s, ' ')
	w := strings.ToLower(s[k+1:])
	return w == "jr." || w == "sr." || w == "co." || w == "corp." || w == "ltd." || w == "st."
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// capitalizeLower capitalises the words of a name written wholly in lower
// case ("san francisco" -> "San Francisco"), particles after the first
// word left ("abu bakr al baghdadi" -> "Abu Bakr al Baghdadi"); a name
// with any capital ("eBay", "az-Zaman") is left as written.
func capitalizeLower(s string) string {
	if strings.ContainsFunc(s, unicode.IsUpper) || !strings.ContainsFunc(s, unicode.IsLetter) {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		if i == 0 || !particles[w] {
			r, n := utf8.DecodeRuneInString(w)
			words[i] = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	return strings.Join(words, " ")
}

// partyState returns the state of a lawmaker's party and state ("R-Ohio"
// -> "Ohio"), spelt out when abbreviated ("D-N.Y." -> "New York",
// "R-Calif" -> "California").
func partyState(s string) string {
	s = stripParty(s)
	if full, ok := usStateAbbreviations[aliasKey(s)]; ok {
		return full
	}
	return strings.TrimSuffix(s, ".")
}

// stripParty drops a lawmaker's party glued before a state: "R-Ohio" ->
// "Ohio", "D-N.Y." -> "N.Y.".
func stripParty(s string) string {
	if len(s) > 3 && (s[0] == 'D' || s[0] == 'R' || s[0] == 'I') && s[1] == '-' && s[2] >= 'A' && s[2] <= 'Z' {
		return s[2:]
	}
	return s
}

func titleWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}
