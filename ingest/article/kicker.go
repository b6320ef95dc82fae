package article

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// kickerHeading handles a headline printed with a kicker ("Tunesien Große
// Aufgaben für die neue Regierung") whose metadata title lacks it: the part
// of the heading that matches the metadata wins.
func kickerHeading(s *signals) string {
	type meta struct {
		key   string
		words int
	}
	var metas []meta
	for _, m := range s.metaTitles() {
		c := cleanTitle(m, s)
		if k := looseKey(c); len(k) >= 12 {
			metas = append(metas, meta{k, len(strings.Fields(c))})
		}
	}
	for _, h := range s.headings {
		if h.level > 2 || h.home {
			continue
		}
		k := looseKey(h.text)
		for _, m := range metas {
			if len(m.key)*10 < len(k)*5 && !labelBefore(h.text, m.words) {
				continue
			}
			// A subtitle printed after the headline: only an element of
			// its own is trusted.
			if strings.HasPrefix(k, m.key) && k != m.key {
				if t := matchingDescendant(h.node, m.key); t != "" {
					return t
				}
			}
			if !strings.HasSuffix(k, m.key) {
				continue
			}
			if t := matchingDescendant(h.node, m.key); t != "" {
				return t
			}
			tail := suffixWords(h.text, m.words)
			if quoteLead(strings.TrimSuffix(h.text, tail)) {
				return h.text
			}
			return strings.Trim(tail, headingTrim)
		}
	}
	return ""
}

// labelBefore reports a heading whose last n words follow a separator
// ("Press release of the health department: Headline"): a long label,
// not part of the headline.
func labelBefore(t string, n int) bool {
	f := strings.Fields(t)
	if n <= 0 || n >= len(f) {
		return false
	}
	before, first := f[len(f)-n-1], f[len(f)-n]
	return strings.ContainsAny(before[len(before)-1:], ":|") || strings.ContainsAny(first[:1], ":|")
}

// matchingDescendant returns the text of the element below n whose loose
// key is key.
func matchingDescendant(n *html.Node, key string) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		t := collapse(textOf(c))
		if looseKey(t) == key {
			return t
		}
		if r := matchingDescendant(c, key); r != "" {
			return r
		}
	}
	return ""
}

// suffixWords returns the last n words of s.
func suffixWords(s string, n int) string {
	f := strings.Fields(s)
	if n >= len(f) {
		return s
	}
	return strings.Join(f[len(f)-n:], " ")
}

// quoteLead reports a heading's lead that is a quotation ("„Pure
// emptiness“:"): a quoted word leading a headline is part of it, unlike a
// topic kicker.
func quoteLead(lead string) bool {
	lead = strings.TrimSpace(lead)
	lead = strings.TrimSpace(strings.TrimSuffix(lead, ":"))
	if lead == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(lead)
	last, _ := utf8.DecodeLastRuneInString(lead)
	return strings.ContainsRune(`"„“«»‚‘'`, first) && strings.ContainsRune(`"“”«»‘’'`, last)
}
