package article

import (
	"regexp"
	"slices"
	"strings"
)

// extendedHeading returns the <h1> leading the story that starts with a
// metadata title and goes on: the SEO title is a shortened headline
// ("Plant expands capacity" for "Plant expands capacity in Tennessee").
// When the rest is an element of its own (a subtitle), the part equal to
// the metadata title is the headline.
func extendedHeading(s *signals) string {
	metas := cleanMetaTitles(s)
	for _, h := range s.headings {
		if h.level != 1 || h.home || h.follow < minFollow {
			continue
		}
		k := looseKey(h.text)
		for _, m := range metas {
			if !strings.HasPrefix(k, m+" ") {
				continue
			}
			if t := matchingDescendant(h.node, m); t != "" {
				return t
			}
			if len(m)*10 >= len(k)*4 {
				return h.text
			}
		}
	}
	return ""
}

// similarHeading returns the first <h1> worded much like a metadata
// title: an edited headline ("X pretends to do Y and Z") keeps most words
// of the SEO title ("X pretends Y and Z").
func similarHeading(s *signals) string {
	metas := cleanMetaTitles(s)
	for _, h := range s.headings {
		if h.level != 1 || siteHeading(s, h) || junkHeading(h.text) {
			continue
		}
		hw := strings.Fields(looseKey(h.text))
		if len(hw) < 4 {
			continue
		}
		for _, m := range metas {
			if wordOverlap(hw, strings.Fields(m)) >= 0.5 {
				return h.text
			}
		}
	}
	return ""
}

// wordOverlap is the share of the longer word list's words that the
// other list has too: a long heading that merely names the site or
// topic of a short title shares little of itself with it.
func wordOverlap(a, b []string) float64 {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// singleH1 returns the page's only <h1> when it reads like a headline: the
// visible headline beats a differently worded SEO title.
func singleH1(s *signals) string {
	var only string
	for _, h := range s.headings {
		if h.level != 1 || siteHeading(s, h) {
			continue
		}
		if only != "" && only != h.text {
			return ""
		}
		only = h.text
	}
	site := looseKey(s.first("og:site_name"))
	if len(strings.Fields(only)) < 3 || junkHeading(only) || (site != "" && looseKey(only) == site) {
		return ""
	}
	return only
}

// minFollow is how much plain text must follow a heading for it to be the
// headline of the main content rather than a site name or a widget title.
const minFollow = 150

var junkHeadingRE = regexp.MustCompile(`(?i)^(comments?|kommentare?|related|navigation|menu|menü|search|suche|share|teilen|newsletter|archiv(e|es)?|categories|kategorien|tags|recent posts|neueste beiträge|leave a reply|schreibe einen kommentar|about|contact|kontakt)\b`)

// junkHeading reports headings of page furniture: comment counts, widget
// titles and bare dates (a blog's date heading above the post).
func junkHeading(t string) bool {
	if junkHeadingRE.MatchString(t) || countHeadingRE.MatchString(t) {
		return true
	}
	return len(t) <= 40 && dateOnlyHeading(t)
}

// countHeadingRE matches "2 Kommentare", "12 comments", "3 Antworten".
var countHeadingRE = regexp.MustCompile(`(?i)^\d+\s+(comments?|kommentare?|antworten|responses|replies|réponses?|comentarios?)\b`)

// dateOnlyHeading reports a heading that is a date and little else.
func dateOnlyHeading(t string) bool {
	_, pos, ok := parseTextPos(t)
	if !ok {
		return false
	}
	return len(strings.Fields(looseKey(t))) <= 5 && pos <= 12
}

// truncated reports a teaser cut with an ellipsis.
func truncated(t string) bool {
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
}

// widgetHeading reports a heading that an unconfirmed guess should not
// prefer to a metadata title: a single word ("Kalender", "Reviews") names
// a box of links, and a heading cut with an ellipsis is a teaser (a
// writer's "...." is not a cut).
func widgetHeading(t string) bool {
	return len(strings.Fields(t)) < 2 || truncated(t) && !strings.HasSuffix(t, "....")
}

// leadingH1 returns the page's only headline-like <h1>: the page's title
// above its sections, which a second-level heading with more text under
// it does not replace. A page with an <h1> linking to its front page (a
// blog's name) uses its other <h1>s for anything, so it has none.
func leadingH1(s *signals) string {
	t := singleH1(s)
	if t == "" {
		t = firstShortH1(s)
	}
	if t == "" {
		return ""
	}
	for _, h := range s.headings {
		if h.level == 1 && h.home {
			return ""
		}
	}
	return t
}

// firstShortH1 returns a short <h1> ("Chorgeschichte") that is the page's
// first heading and its only <h1>, unless it names the site.
func firstShortH1(s *signals) string {
	if len(s.headings) == 0 {
		return ""
	}
	h := s.headings[0]
	if h.level != 1 || siteHeading(s, h) || junkHeading(h.text) || len(h.text) < 4 {
		return ""
	}
	site, host := s.siteAndHost()
	if isSiteName(h.text, site, host) {
		return ""
	}
	for _, o := range s.headings[1:] {
		if o.level == 1 && o.text != h.text {
			return ""
		}
	}
	return h.text
}
