package article

import (
	"regexp"
	"time"
)

// updateLabelRE finds a label saying the date after it is an update
// ("Last updated: …", "Aktualisiert am …"), not the publication.
var updateLabelRE = regexp.MustCompile(`(?i)(updated|update:|modified|aktualisiert|mis à jour|actualizado|aggiornato)\P{L}{0,12}$`)

// headlineDateline returns the date printed in the text right after the
// headline (the dateline "Berlin, 28.10.2021" or "By Jane Roe | 12 March
// 2021"), which is the date readers are shown for the story.
func headlineDateline(s *signals, title string) (time.Time, bool) {
	return datelineNear(s, title, false)
}

// datelineNear is headlineDateline that, with above set, also reads a
// date line ending right above the headline. That position is shared with
// the "today is" date of site headers, so it only ever confirms a date the
// page states in its metadata.
func datelineNear(s *signals, title string, above bool) (time.Time, bool) {
	k := looseKey(title)
	if k == "" {
		return time.Time{}, false
	}
	for _, h := range s.headings {
		if looseKey(h.text) != k {
			continue
		}
		// A page may repeat its headline (a hidden or mobile copy); the
		// first copy followed by a date counts.
		t, pos, ok := parseTextPos(h.after)
		if !ok || pos > maxDatelineOffset {
			// A date line set above the headline, ending right before it.
			if above {
				if bt, bpos, bok := parseTextPos(h.before); bok && len(h.before)-bpos <= 32 {
					return bt, true
				}
			}
			continue
		}
		if updateLabelRE.MatchString(h.after[:pos]) {
			return time.Time{}, false
		}
		return t, true
	}
	return time.Time{}, false
}

// maxDatelineOffset is how far into the text after the headline a date may
// start and still be its dateline (a place, a section or a byline may come
// first); later dates are in the story.
const maxDatelineOffset = 64

// dateCandidate is one structured statement of the publication date.
type dateCandidate struct {
	t   time.Time
	src string
}

// structuredDates lists every parsable structured publication date on the
// page, strongest first, then the modification date.
func structuredDates(s *signals, b dateBounds, mod time.Time) []dateCandidate {
	var out []dateCandidate
	add := func(v, src string) {
		if t, ok := parseStructured(v); ok && b.ok(t, true) {
			out = append(out, dateCandidate{t, src})
		}
	}
	for _, o := range s.ldArticles() {
		if ldTypeRank(o) > 4 {
			break
		}
		for _, k := range []string{"datePublished", "dateCreated"} {
			add(str(o[k]), "json-ld")
		}
	}
	for _, k := range publishedMetaKeys {
		for _, v := range s.metas[k] {
			add(v, "meta")
		}
	}
	for _, ts := range s.times {
		if ts.pubdate {
			add(ts.datetime, "time")
		}
	}
	if !mod.IsZero() {
		out = append(out, dateCandidate{mod, "modified"})
	}
	return out
}

// datelineDate settles a disagreement between structured dates with the
// headline's dateline: when the chosen date is not the day the page shows
// under its headline but another structured date is, that one wins.
func datelineDate(s *signals, title string, pub time.Time, b dateBounds, mod time.Time, loc func(time.Time) time.Time) (time.Time, string, bool) {
	d, ok := datelineNear(s, title, true)
	if !ok || pub.IsZero() || sameDay(pub, d) {
		return pub, "", false
	}
	// Only now, when the dateline disagrees, are the candidates worth reading.
	cands := structuredDates(s, b, mod)
	for _, c := range cands {
		if t := loc(c.t); sameDay(t, d) {
			return t, c.src, true
		}
	}
	// The site may show the day in the zone its timestamps are written
	// in rather than the one guessed for it.
	for _, c := range cands {
		if sameDay(c.t, d) {
			return c.t, c.src, true
		}
	}
	return pub, "", false
}

func structuredSource(src string) bool {
	return src == "json-ld" || src == "meta" || src == "time" || src == "modified"
}
