package token

import (
	"strings"
	"unicode/utf8"
)

// abbreviations are lower-cased words that keep their final period.
// Titles and month names never end a sentence in news text; the others
// (e.g. "Inc.", "Co.") may, and sentenceFinalOK lists those.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true,
	"adm": true, "maj": true, "rev": true, "hon": true, "pres": true, "supt": true, "insp": true,
	"st": true, "mt": true, "ft": true, "jr": true, "sr": true, "messrs": true, "mme": true, "mlle": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "llc": true, "plc": true, "dept": true, "univ": true, "assn": true,
	"no": true, "nos": true, "vol": true, "vs": true, "etc": true, "approx": true, "est": true, "fig": true, "ave": true, "blvd": true, "rd": true,
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true, "fla": true, "ga": true,
	"ill": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true, "md": true, "mass": true, "mich": true, "minn": true,
	"miss": true, "mo": true, "mont": true, "neb": true, "nev": true, "okla": true, "ore": true, "pa": true, "penn": true,
	"tenn": true, "tex": true, "va": true, "vt": true, "wash": true, "wis": true, "wyo": true,
	"e.g": true, "i.e": true, "a.m": true, "p.m": true, "cf": true, "al": true, "op": true, "pp": true,
}

// sentenceFinalOK are abbreviations that often end a sentence ("... Apple Inc. The ...").
var sentenceFinalOK = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "llc": true, "plc": true, "bros": true, "etc": true, "jr": true, "sr": true,
	"a.m": true, "p.m": true, "u.s": true, "u.k": true, "u.n": true,
}

// IsAbbreviation reports whether tok (with its final period) is a known
// abbreviation, an initial ("J.") or a dotted acronym ("U.S.").
func IsAbbreviation(tok string) bool {
	if !strings.HasSuffix(tok, ".") || len(tok) < 2 {
		return false
	}
	stem := tok[:len(tok)-1]
	if inLower(abbreviations, stem) {
		return true
	}
	return isInitial(stem) || isDottedAcronym(tok)
}

// isInitial reports a single ASCII upper-case letter.
func isInitial(s string) bool {
	return len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z'
}

// isDottedAcronym reports "U.S." or "e.g." shapes: letters each followed by a period.
func isDottedAcronym(s string) bool {
	if len(s) < 4 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if i+1 >= len(s) || !isASCIILetter(s[i]) || s[i+1] != '.' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// inLower reports whether set holds strings.ToLower(s), lower-casing
// short ASCII words on the stack instead of in a new string.
func inLower(set map[string]bool, s string) bool {
	var buf [16]byte
	if len(s) > len(buf) {
		return set[strings.ToLower(s)]
	}
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return set[string(b)]
}
