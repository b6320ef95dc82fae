package charset

import (
	"strings"
	"unicode/utf8"
)

// cp1252High maps the Windows-1252 characters of bytes 0x80-0x9F back to
// their byte; Latin-1 runes (U+0000-U+00FF) map to themselves.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// toByte returns the Windows-1252 (or Latin-1) byte that r was decoded from.
func toByte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// FixMojibake repairs UTF-8 text that was decoded as Windows-1252/Latin-1
// ("Â ", "â€™", "Ã©", "InnovationÂ") and leaves correct text alone: a
// character is only rewritten when its bytes form a complete, plausible
// UTF-8 sequence, so a real "Ã" or "São" stays.
func FixMojibake(s string) string {
	if !hasLeadCandidate(s) {
		return s
	}
	for range 2 { // text mangled twice needs two passes
		fixed := fixOnce(s)
		if fixed == s {
			break
		}
		s = fixed
	}
	return s
}

// hasLeadCandidate is the fast path: mojibake always contains a rune in
// U+00C2-U+00F4, the Latin-1 view of a UTF-8 lead byte.
func hasLeadCandidate(s string) bool {
	for _, r := range s {
		if r >= 0xC2 && r <= 0xF4 {
			return true
		}
	}
	return false
}

func fixOnce(s string) string {
	var sb strings.Builder
	changed := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0xC2 && r <= 0xF4 {
			if rep, n, ok := repairAt(s[i:]); ok {
				if !changed {
					sb.Grow(len(s))
					sb.WriteString(s[:i])
					changed = true
				}
				sb.WriteString(rep)
				i += n
				continue
			}
		}
		if changed {
			sb.WriteString(s[i : i+size])
		}
		i += size
	}
	if !changed {
		return s
	}
	return sb.String()
}

// repairAt tries to read a mojibake sequence at the start of s. It returns
// the repaired text and how many bytes of s it replaces.
func repairAt(s string) (string, int, bool) {
	lead, size := utf8.DecodeRuneInString(s)
	need := 1
	switch {
	case lead >= 0xE0 && lead <= 0xEF:
		need = 2
	case lead >= 0xF0:
		need = 3
	}
	var buf [4]byte
	buf[0] = byte(lead)
	n := size
	for k := 1; k <= need; k++ {
		r, sz := utf8.DecodeRuneInString(s[n:])
		b, ok := toByte(r)
		if sz == 0 || !ok || b < 0x80 || b > 0xBF {
			return nbspRemnant(lead, s, size, k)
		}
		buf[k] = b
		n += sz
	}
	r, sz := utf8.DecodeRune(buf[:need+1])
	if r == utf8.RuneError || sz != need+1 || !plausible(r) {
		return "", 0, false
	}
	return string(r), n, true
}

// nbspRemnant handles "Â" left over from a no-break space whose second byte
// was lost or turned into a plain space ("InnovationÂ", "fooÂ bar").
func nbspRemnant(lead rune, s string, size, k int) (string, int, bool) {
	if lead != 0xC2 || k != 1 {
		return "", 0, false
	}
	rest := s[size:]
	if rest == "" || rest[0] == ' ' || rest[0] == '\n' || rest[0] == '\t' || rest[0] == '\r' {
		return "", size, true
	}
	return "", 0, false
}

// plausible rejects repairs that would produce characters real text rarely
// holds, such as French "à" + no-break space + "»" reading as Samaritan.
func plausible(r rune) bool {
	switch {
	case r >= 0x0800 && r < 0x0900:
		return false
	case r >= 0x80 && r < 0xA0: // C1 controls
		return false
	case r >= 0xD800 && r < 0xE000, r >= 0xE000 && r < 0xF900: // surrogates, private use
		return false
	}
	return true
}
