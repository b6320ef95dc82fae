package article

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// looksLikeSiteHeading reports a heading that is the site's name (a blog's
// <h1> linking to its front page, or naming its host) with no article text
// of its own. A heading that merely equals <title> is not one: many pages
// title themselves with their headline alone.
func looksLikeSiteHeading(s *signals, h heading) bool {
	return h.follow < minFollow && siteHeading(s, h)
}

// siteHeading reports a heading that names the site: it links to the
// front page, or it is the og:site_name or the host name.
func siteHeading(s *signals, h heading) bool {
	if h.home {
		return true
	}
	k := looseKey(h.text)
	if site := looseKey(s.first("og:site_name")); site != "" && k == site {
		return true
	}
	if s.base != nil && k == looseKey(strings.TrimPrefix(s.siteHost(), "www.")) {
		return true
	}
	return siteMotto(s, h.text)
}

// siteMotto reports a heading "Site – what the site is" ("idw –
// Informationsdienst Wissenschaft"): the site's name before a separator
// and a few words after it that the page's titles do not have (a headline
// after the site's name would be in them).
func siteMotto(s *signals, t string) bool {
	if len(t) > 80 || !strings.ContainsAny(t, "|–—·•»:/\\-") || len(strings.Fields(t)) > 6 {
		return false
	}
	parts := titleSepRE.Split(t, -1)
	if len(parts) != 2 {
		return false
	}
	site, host := s.siteAndHost()
	if !isSiteName(parts[0], site, host) {
		return false
	}
	motto := looseKey(parts[1])
	for _, m := range []string{s.titleTag, s.first("og:title")} {
		if strings.Contains(looseKey(m), motto) {
			return false
		}
	}
	return true
}

// isSiteHeadingText reports whether a heading linking to the front page
// has the loose key k.
func (s *signals) isSiteHeadingText(k string) bool {
	for _, h := range s.headings {
		if h.home && looseKey(h.text) == k {
			return true
		}
	}
	return false
}

// siteAndHost returns the lower-cased site name and host used to
// recognise the site's part of a title.
func (s *signals) siteAndHost() (site, host string) {
	site = strings.ToLower(s.first("og:site_name", "application-name", "apple-mobile-web-app-title"))
	if s.base != nil {
		host = strings.TrimPrefix(strings.ToLower(s.siteHost()), "www.")
	}
	return site, host
}

// cleanTitle removes a site name glued to the headline ("Headline | Site").
func cleanTitle(t string, s *signals) string {
	t = collapse(t)
	if t == "" {
		return ""
	}
	parts := titleSepRE.Split(t, -1)
	if len(parts) < 2 {
		return withoutCJKSuffix(t)
	}
	for _, h := range s.headings {
		if h.level != 1 || h.home {
			continue // a blog's name is in its <title> too
		}
		for _, p := range parts {
			if strings.EqualFold(p, h.text) {
				return p
			}
		}
	}
	site, host := s.siteAndHost()
	first, last := parts[0], parts[len(parts)-1]
	switch {
	case isSiteName(last, site, host):
		return strings.TrimSpace(strings.Join(parts[:len(parts)-1], " - "))
	case isSiteName(first, site, host):
		// "Site - Headline - Section - News": the section names that
		// follow the headline are a word or two each.
		rest := parts[1:]
		for len(rest) > 1 && len(strings.Fields(rest[len(rest)-1])) <= 2 {
			rest = rest[:len(rest)-1]
		}
		return strings.TrimSpace(strings.Join(rest, " - "))
	}
	return t
}

// withoutSiteName removes a first or last part of a title that is the
// site's name (og:site_name or the host), and nothing else.
func withoutSiteName(t string, s *signals) string {
	parts := titleSepRE.Split(collapse(t), -1)
	if len(parts) < 2 {
		return t
	}
	site, host := s.siteAndHost()
	// A site's name is a few words; a longer part that merely starts
	// with the host's name is a headline about the site's product.
	name := func(p string) bool { return len(strings.Fields(p)) <= 4 && isSiteName(p, site, host) }
	switch {
	case name(parts[len(parts)-1]):
		return strings.Join(parts[:len(parts)-1], " - ")
	case name(parts[0]):
		return strings.Join(parts[1:], " - ")
	}
	return t
}

// withoutCJKSuffix removes the site's name that Chinese, Japanese and
// Korean titles append without spaces ("标题-新华网", "标题_新浪网"): a
// short last part after the last separator.
func withoutCJKSuffix(t string) string {
	i := strings.LastIndexAny(t, "-_|｜")
	if i <= 0 {
		return t
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	head, tail := t[:i], t[i+size:]
	if !hasCJK(tail) || utf8.RuneCountInString(tail) > 6 || utf8.RuneCountInString(head) < 4 || !hasCJK(head) {
		return t
	}
	return strings.TrimSpace(head)
}

func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

// stripSiteSuffix removes a site name printed after a visible headline
// (a screen-reader <h1> "Headline | Site").
func stripSiteSuffix(t string, s *signals) string {
	parts := titleSepRE.Split(t, -1)
	if len(parts) < 2 {
		return t
	}
	site, host := s.siteAndHost()
	if last := parts[len(parts)-1]; len(strings.Fields(last)) <= 4 && isSiteName(last, site, host) {
		if i := strings.LastIndex(t, last); i > 0 {
			return strings.Trim(t[:i], headingTrim)
		}
	}
	return t
}

func isSiteName(p, site, host string) bool {
	lp := strings.ToLower(strings.TrimSpace(p))
	if lp == "" {
		return false
	}
	if site != "" && (lp == site || strings.Contains(site, lp) || strings.Contains(lp, site)) {
		return true
	}
	squashed := strings.ReplaceAll(lp, " ", "")
	if host == "" {
		return false
	}
	label := strings.Split(host, ".")[0]
	if strings.Contains(host, squashed) {
		return true
	}
	// "Example News" on example.com; a longer part that starts with the
	// host's name is a headline about the site's product.
	if strings.HasPrefix(squashed, label) && len(strings.Fields(lp)) <= 4 {
		return true
	}
	// "EFC Bayrische Bembel Regensburg" on bayrische-bembel.de: the part
	// names the host's words.
	words := strings.ReplaceAll(label, "-", "")
	return strings.Contains(label, "-") && len(words) >= 6 && strings.Contains(strings.ReplaceAll(squashed, "-", ""), words)
}

// siteHost is the host of the page's site: for a page kept by the Wayback
// Machine (web.archive.org/web/<time>/<url>), the archived URL's host.
func (s *signals) siteHost() string {
	h := s.base.Hostname()
	if !strings.EqualFold(h, "web.archive.org") {
		return h
	}
	rest, ok := strings.CutPrefix(s.base.Path, "/web/")
	if !ok {
		return h
	}
	_, orig, ok := strings.Cut(rest, "/")
	if !ok {
		return h
	}
	if u, err := url.Parse(orig); err == nil && u.Hostname() != "" {
		return u.Hostname()
	}
	return h
}
