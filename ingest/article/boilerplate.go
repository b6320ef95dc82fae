package article

import (
	"regexp"
	"strings"
)

// Paragraph-level news boilerplate that body extractors let through: links
// to other stories, subscription and newsletter prompts, share bars,
// comment rules, copyright lines and cookie notices.
var (
	teaserRE = regexp.MustCompile(`(?i)^[¡¿»›>•*]?\s*(read (more|also|next)|see also|siehe auch|related( stories| articles)?|more on this|also read|recommended|lea (también|más|además)|lee (también|más)|le puede interesar|te puede interesar|vea (también|más)|mira|ver también|más información|lesen sie (auch|mehr)|auch interessant|schon gelesen|mehr zum thema|das könnte sie auch interessieren|weiterlesen|zum thema|à lire aussi|lire aussi|voir aussi|à voir aussi|sur le même sujet|leia (também|mais)|veja também|czytaj (też|także|więcej)|zobacz (też|także)|leggi anche|potrebbe interessarti|auch lesen|mehr themen|das (thema )?könnte (dich|sie) (auch )?interessieren|empfohlene (beiträge|artikel)|entdecke weitere|más sobre|lesen sie hier|dowiedz się więcej)([^\p{L}\p{N}_]|$)`)
	// teaserColonRE matches "Read: <headline>" links.
	teaserColonRE = regexp.MustCompile(`(?i)^[¡¿»›>•*]?\s*(lea|lee|read|lire|leia|leggi|lies)\s*:\s`)
	// sectionRE matches the short headings of lists of other stories.
	sectionRE = regexp.MustCompile(`(?i)^(lo más (leído|visto)|most viewed|weitere aktuelle|neueste (artikel|beiträge|kommentare|nachrichten)|weitere (artikel|themen|beiträge|nachrichten|meldungen)|mehr (kolumnen|artikel|nachrichten|zum thema|dazu|aus)|videos? zum thema|zum weiterlesen|wird geladen|kategorien?:|beitragsbild|kontakt:?|temas|tags?:|schlagw(ö|o)rte|categor(y|ies):|filed under|posted in|related (posts|articles|stories)|latest (news|posts|stories|articles)|most (read|popular)|meistgelesen|top stories|you may also like|more (stories|news|from)|noticias relacionadas|contenido relacionado|articles? similaires|dans la même rubrique|loading|advertisement|anzeige|werbung|publicidad|kategorien|kommentieren|pressemitteilungen|community|alle angaben ohne gewähr)(\b|$)`)
	// storyListRE matches the headings that lead lists of other stories,
	// run into one paragraph with the list.
	storyListRE = regexp.MustCompile(`(?i)^(lo más (leído|visto)|most (viewed|read|popular)|meistgelesen|top stories|you may also like|more stories|related (posts|articles|stories)|latest (news|posts|stories|articles)|noticias relacionadas|contenido relacionado|articles? similaires|dans la même rubrique|weitere (artikel|beiträge|nachrichten|meldungen)|mehr (artikel|nachrichten|zum thema))\b`)
	dateOnlyRE  = regexp.MustCompile(`^[\d\s:./,-]*(am|pm|uhr)?$`)
	// stampRE matches the page's own update stamps and change notes.
	stampRE = regexp.MustCompile(`(?i)^(letzte (änderung|aktualisierung)|aktualisiert am|zuletzt aktualisiert|last (updated|modified)|mis à jour le|actualizado)\b`)
	// creditRE matches photo credits and source lines under images.
	creditRE = regexp.MustCompile(`(?i)^(fotos?|bild(er|quelle)?|photos?|image|credits?|crédits? photos?|quelle|source|titelbild|beitragsbild|telefon|tel\.|fax|e-mail)\s*:`)
)

// maxPromoLen bounds the paragraphs isPromo may remove: a real paragraph
// that mentions a newsletter is longer than a prompt.
const maxPromoLen = 220

// maxTrailingPromoLen bounds them among the trailing paragraphs, where
// comment rules, copyright notices and subscription boxes follow the
// story and run longer.
const maxTrailingPromoLen = 1000

// dropBoilerplate removes boilerplate paragraphs from the body.
func dropBoilerplate(text string) string {
	paras := strings.Split(text, "\n\n")
	kept := paras[:0]
	for i, p := range paras {
		if isBoilerplate(p, i, len(paras)) {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "\n\n")
}

func isBoilerplate(p string, i, n int) bool {
	p = strings.TrimSpace(p)
	if p == "" {
		return true
	}
	if len(p) < 300 && (teaserRE.MatchString(p) || teaserColonRE.MatchString(p)) {
		return true
	}
	if len(p) < maxPromoLen && isPromo(p) {
		return true
	}
	if trailing(i, n) && len(p) < maxTrailingPromoLen && hasWord(p, noticeWords) {
		return true
	}
	if len(p) < 60 && sectionRE.MatchString(p) {
		return true
	}
	if trailing(i, n) && storyListRE.MatchString(p) {
		return true // a list of other stories under its heading, after the story
	}
	if len(p) < 160 && stampRE.MatchString(p) {
		return true
	}
	if len(p) < 120 && creditRE.MatchString(p) {
		return true
	}
	return len(p) < 12 && dateOnlyRE.MatchString(strings.ToLower(p))
}

// trailing reports one of the last two paragraphs of a body long enough
// (four paragraphs and more) for them to follow the story rather than be it.
func trailing(i, n int) bool {
	return n >= 4 && i >= n-2
}
