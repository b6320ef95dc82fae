package article

import "strings"

// promoWords are the cues of subscription prompts, share bars, copyright
// lines and ad labels, lower-case. A leading or trailing space stands for
// an ASCII word boundary there (as regexp's \b). A keyword scan is several
// times faster than one case-insensitive alternation over every paragraph.
var promoWords = []string{
	" subscri", "newsletter", " sign up ", " sign-up ", " log in ",
	"download the", "download our", "follow us", "follow the", "join us", "join our",
	"telegram", "whatsapp", " cookie ", " cookies ", " abonnier", " abonnement",
	" jetzt anmelden", " jetzt registrieren", " jetzt abonnieren", " jetzt lesen",
	" jetzt testen", " jetzt bestellen", "folgen sie uns",
	"suscrib", "suscríb", "suscripci", "únete", "siguenos", "síguenos",
	"nicht eingeloggt", "hazte miembro", " inscrivez", " inscribete", " inscription",
	" assine ", "all rights reserved", "alle rechte vorbehalten", "todos los derechos",
	"tous droits", " copyright ", "©", "written permission", "comments are moderated",
	"email addresses will not be published", " advertisement ", " anzeige ",
	" werbung ", " publicidad ", "share this", "share on", " teilen:", " teilen mit:",
	" compartir ", " partager ", "subskrypcj",
	"share your thoughts", "be part of the conversation", "letter to the editor", "we want to hear",
	"keine kommentare", "click here", "hier klicken", "klicken sie auf",
}

// noticeWords are the cues of notices that follow a story at any length:
// copyright lines, comment rules, membership and subscription boxes. Words
// a story itself may use ("subscribers", "newsletter") are not among them.
var noticeWords = []string{
	"all rights reserved", "alle rechte vorbehalten", "todos los derechos", "tous droits",
	" copyright ", "©", "written permission", "comments are moderated", "email addresses will not be published",
	"hazte miembro", "suscríbete", " jetzt abonnieren", "subscribe now", "subscribe to our", "sign up for our",
	"anzeige -", "publish comments", "letter to the editor",
}

// isPromo reports whether p carries one of promoWords.
func isPromo(p string) bool {
	return hasWord(p, promoWords)
}

// hasWord reports whether p carries one of words (see promoWords for the
// boundary convention).
func hasWord(p string, words []string) bool {
	lp := strings.ToLower(p)
	for _, w := range words {
		left := w[0] == ' '
		right := w[len(w)-1] == ' '
		core := strings.TrimSpace(w)
		if containsWord(lp, core, left, right) {
			return true
		}
	}
	return false
}

// containsWord finds core in s, requiring ASCII word boundaries on the
// sides asked for.
func containsWord(s, core string, left, right bool) bool {
	for from := 0; from <= len(s)-len(core); {
		i := strings.Index(s[from:], core)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(core)
		if (!left || i == 0 || !isASCIIWord(s[i-1])) && (!right || end == len(s) || !isASCIIWord(s[end])) {
			return true
		}
		from = i + 1
	}
	return false
}

func isASCIIWord(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
