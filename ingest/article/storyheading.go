package article

import "strings"

// storyHeading returns the heading that opens the story right after the
// metadata-confirmed heading i when that one has no text of its own: a
// page or section title, or a short SEO headline printed above the
// headline the reader sees. The next heading followed by the story text
// wins when it extends heading i ("Headline: the rest"), repeats it
// without its kicker ("Kicker: Headline" above "Headline"), or more
// metadata titles name it than name heading i.
func storyHeading(s *signals, i int) string {
	h := s.headings[i]
	if h.follow >= minFollow {
		return ""
	}
	hk := looseKey(h.text)
	for _, n := range s.headings[i+1:] {
		if n.follow < minFollow {
			continue
		}
		if n.home || junkHeading(n.text) {
			return ""
		}
		k := looseKey(n.text)
		if k == hk || len(k) < 12 {
			return ""
		}
		if strings.HasPrefix(k, hk+" ") || strings.HasSuffix(hk, " "+k) {
			return n.text
		}
		nv, hv := metaVotes(s, k), metaVotes(s, hk)
		if nv > hv || nv == 0 && hv == 0 && ogLeads(s, k) {
			return n.text
		}
		return ""
	}
	return ""
}

// ogLeads reports an og:title that starts with k as its first part
// ("Headline - Section headline"): titles put the headline first.
func ogLeads(s *signals, k string) bool {
	parts := titleSepRE.Split(collapse(s.first("og:title")), -1)
	return len(parts) > 1 && looseKey(parts[0]) == k
}

// metaVotes counts the metadata titles that are k, as given, without the
// site's name, or after a kicker ("Kicker: Headline").
func metaVotes(s *signals, k string) int {
	n := 0
	for _, m := range s.metaTitles() {
		if m == "" {
			continue
		}
		c := withoutSiteName(m, s)
		_, tail, kicker := strings.Cut(c, ": ")
		if looseKey(m) == k || looseKey(c) == k || kicker && looseKey(tail) == k {
			n++
		}
	}
	return n
}
