package article

import (
	"regexp"
	"strings"
	"time"
)

// pubLabelRE finds a label that names the date after it as the
// publication date, in the languages of the news sources.
var pubLabelRE = regexp.MustCompile(pubLabels + `\s*$`)

// pubLabels are the publication labels, with their optional colon.
const pubLabels = `(?i)(veröffentlicht( am)?|erschienen( am)?|publiziert( am)?|date published|published( on)?|publication date|publié le|publicado( el)?|pubblicato( il)?|data publikacji)\s*:?`

// maxLabelled bounds the labelled texts kept from one page.
const maxLabelled = 8

// checkPubLabel records the text that follows a publication label, in the
// same text node ("Erschienen am: 01.11.2023") or the next one
// ("<b>Published:</b> March 3, 2026").
func (s *signals) checkPubLabel(text string) {
	t := strings.TrimSpace(text)
	if t == "" || len(s.labelled) >= maxLabelled {
		return
	}
	if s.pendingLabel {
		s.pendingLabel = false
		s.labelled = append(s.labelled, truncRunes(t, 40))
		return
	}
	if len(t) > 300 || !mayHaveLabel(t) {
		return
	}
	// The label ends the text, or a date follows it within the text.
	if pubLabelRE.MatchString(t) {
		s.pendingLabel = true
		return
	}
	if i := labelEnd(t); i >= 0 {
		s.labelled = append(s.labelled, truncRunes(t[i:], 40))
	}
}

// labelCores are parts of every label pubLabelRE knows, in the two cases
// labels are written in: a cheap test before the regular expressions.
var labelCores = []string{"ubli", "UBLI", "ffentlich", "FFENTLICH", "rschienen", "RSCHIENEN"}

func mayHaveLabel(t string) bool {
	for _, c := range labelCores {
		if strings.Contains(t, c) {
			return true
		}
	}
	return false
}

// inlineLabelRE finds a publication label followed by more text.
var inlineLabelRE = regexp.MustCompile(pubLabels + `\s+`)

// labelEnd returns where the text after the first publication label in t
// starts, or -1.
func labelEnd(t string) int {
	if m := inlineLabelRE.FindStringIndex(t); m != nil {
		return m[1]
	}
	return -1
}

// labelledDate returns the first date written right after a publication
// label.
func labelledDate(s *signals, b dateBounds) (time.Time, bool) {
	for _, txt := range s.labelled {
		if t, pos, ok := parseTextPos(txt); ok && pos <= 4 && b.ok(t, false) {
			return t, true
		}
	}
	return time.Time{}, false
}
