package article

import (
	"slices"
	"strings"
)

// segments are the loose keys of the parts of <title> ("Headline : Blog
// name | Motto") that are not the site's name and are long enough to be a
// headline. The first part is where titles put the headline; a heading
// equal to another part is only the headline when story text follows it,
// since the other parts name sections and sites.
type segments struct {
	first string
	rest  []string
}

// segmentHeading returns the heading equal to a segment of <title>:
// first one followed by story text, the first segment before the others,
// then one equal to the first segment whatever follows it.
func segmentHeading(s *signals) string {
	segs := titleSegments(s)
	if segs.first == "" && len(segs.rest) == 0 {
		return ""
	}
	var firstAny string
	var firstLong, restLong string
	for _, h := range s.headings {
		if h.home {
			continue
		}
		k := looseKey(h.text)
		switch {
		case k == segs.first && h.follow >= minFollow && firstLong == "":
			firstLong = h.text
		case k == segs.first && firstAny == "":
			firstAny = h.text
		case h.follow >= minFollow && restLong == "" && slices.Contains(segs.rest, k):
			restLong = h.text
		}
	}
	for _, t := range []string{firstLong, restLong, firstAny} {
		if t != "" {
			return t
		}
	}
	return ""
}

// titleSegments splits <title> into segments: a heading equal to one is
// confirmed however long the whole title is.
func titleSegments(s *signals) segments {
	site, host := s.siteAndHost()
	var out segments
	parts := titleSepRE.Split(collapse(s.titleTag), -1)
	if len(parts) < 2 {
		return out
	}
	for i, p := range parts {
		k := looseKey(p)
		if len(strings.Fields(k)) < 2 || len(k) < 8 || isSiteName(p, site, host) || s.isSiteHeadingText(k) {
			continue
		}
		if i == 0 {
			out.first = k
		} else {
			out.rest = append(out.rest, k)
		}
	}
	return out
}
