package article

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

var titleSepRE = regexp.MustCompile(`\s+[|–—·•»:/\\-]+\s+|\s*\|\s*`)

// pickTitle chooses the headline: structured metadata first, then the
// <title> stripped of the site name, then the first <h1>, then the feed
// hint. Arrows and bullets printed before it are not part of it.
func pickTitle(s *signals, hint string) string {
	return withoutLeadMarks(chooseTitle(s, hint))
}

func chooseTitle(s *signals, hint string) string {
	if h := headingTitle(s); h != "" {
		return stripSiteSuffix(h, s)
	}
	cands := []string{
		s.first("og:title"),
		s.ldString("headline", 1),
		s.first("twitter:title", "dc.title", "dcterms.title", "title", "sailthru.title", "parsely-title", "itemprop:headline"),
	}
	for _, c := range cands {
		if c = cleanTitle(c, s); c != "" {
			return c
		}
	}
	if t := cleanTitle(s.titleTag, s); t != "" {
		return t
	}
	if len(s.h1) > 0 {
		return s.h1[0]
	}
	return collapse(hint)
}

// headingTitle returns the visible headline when the metadata titles
// confirm it: it equals one of them or is contained in one.
func headingTitle(s *signals) string {
	matched := metaHeading(s)
	if matched < 0 || s.headings[matched].level > 1 {
		if t := extendedHeading(s); t != "" {
			return t
		}
	}
	if matched >= 0 && !looksLikeSiteHeading(s, s.headings[matched]) {
		if t := storyHeading(s, matched); t != "" {
			return t
		}
		return s.headings[matched].text
	}
	if matched < 0 {
		if t := kickerHeading(s); t != "" {
			return t
		}
		if t := similarHeading(s); t != "" {
			return t
		}
	}
	rest := s.headings[max(matched+1, 0):]
	if matched < 0 {
		if t := segmentHeading(s); t != "" {
			return t
		}
	}
	// Without a confirmed heading, a metadata title beats box headings.
	metaFirst := matched < 0 && metaTitle(s) != ""
	for level := 1; level <= 3; level++ {
		for _, h := range rest {
			if level > 1 && metaFirst && widgetHeading(h.text) {
				continue
			}
			if h.level == level && h.follow >= minFollow && len(h.text) > 3 && !junkHeading(h.text) && !siteHeading(s, h) {
				return h.text
			}
		}
		if level == 1 {
			if t := segmentHeading(s); t != "" {
				return t
			}
			if t := leadingH1(s); t != "" && matched < 0 {
				return t
			}
		}
	}
	if matched >= 0 {
		return s.headings[matched].text
	}
	return singleH1(s)
}

// metaTitles are the page's metadata titles as given: og:title, the
// JSON-LD headline, twitter:title and <title>.
func (s *signals) metaTitles() []string {
	return []string{s.first("og:title"), s.ldString("headline", 2), s.first("twitter:title"), s.titleTag}
}

// cleanMetaTitles returns the loose keys of the metadata titles without
// their site names, those long enough to identify a headline.
func cleanMetaTitles(s *signals) []string {
	var out []string
	for _, m := range s.metaTitles() {
		if k := looseKey(cleanTitle(m, s)); len(k) >= 12 && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// metaHeading returns the index of the first heading confirmed by a
// metadata title, or -1.
func metaHeading(s *signals) int {
	metas := append(s.metaTitles(), s.first("dc.title", "title"))
	var raw, clean []string
	for _, m := range metas {
		if k := looseKey(m); k != "" && !slices.Contains(raw, k) {
			raw = append(raw, k)
		}
	}
	for _, m := range metas {
		// The title without the site's name too: a short headline
		// ("Penny") is too small a part of "Penny - Some Wiki" to count
		// as contained in it.
		if k := looseKey(withoutSiteName(m, s)); k != "" && !slices.Contains(raw, k) && !slices.Contains(clean, k) {
			clean = append(clean, k)
		}
	}
	// On each level an exact match first, with the titles as given, then
	// without the site's name: a truncated teaser of the headline
	// ("Brothel catering to politicians, doctors,...") is contained in it
	// too.
	const (
		exactRaw = iota
		exactClean
		contained
	)
	for level := 1; level <= 3; level++ {
		for pass := exactRaw; pass <= contained; pass++ {
			for i, h := range s.headings {
				if h.level != level || h.home {
					continue
				}
				k := looseKey(h.text)
				if len(k) < 4 || (pass == contained && truncated(h.text)) {
					continue
				}
				switch pass {
				case exactRaw:
					if slices.Contains(raw, k) {
						return i
					}
				case exactClean:
					if slices.Contains(clean, k) {
						return i
					}
				case contained:
					for _, m := range raw {
						if strings.Contains(m, k) && len(k)*10 >= len(m)*4 {
							return i
						}
					}
				}
			}
		}
	}
	return -1
}

// looseKey lower-cases and reduces s to letters and digits for comparison.
func looseKey(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(r)
		} else if sb.Len() > 0 && !strings.HasSuffix(sb.String(), " ") {
			sb.WriteByte(' ')
		}
	}
	return strings.TrimSpace(sb.String())
}

// metaTitle returns the first metadata title without the site's name.
func metaTitle(s *signals) string {
	for _, m := range []string{s.first("og:title"), s.ldString("headline", 2), s.titleTag} {
		if c := cleanTitle(m, s); c != "" {
			return c
		}
	}
	return ""
}
