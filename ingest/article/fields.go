package article

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
)

var titleSepRE = regexp.MustCompile(`\s+[|–—·•»:/\\-]+\s+|\s*\|\s*`)

// pickTitle chooses the headline: structured metadata first, then the
// <title> stripped of the site name, then the first <h1>, then the feed hint.
func pickTitle(s *signals, hint string) string {
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

// cleanTitle removes a site name glued to the headline ("Headline | Site").
func cleanTitle(t string, s *signals) string {
	t = collapse(t)
	if t == "" {
		return ""
	}
	parts := titleSepRE.Split(t, -1)
	if len(parts) < 2 {
		return t
	}
	for _, h := range s.h1 {
		for _, p := range parts {
			if strings.EqualFold(p, h) {
				return p
			}
		}
	}
	site := strings.ToLower(s.first("og:site_name", "application-name", "apple-mobile-web-app-title"))
	host := ""
	if s.base != nil {
		host = strings.TrimPrefix(strings.ToLower(s.base.Hostname()), "www.")
	}
	first, last := parts[0], parts[len(parts)-1]
	switch {
	case isSiteName(last, site, host):
		return strings.TrimSpace(strings.Join(parts[:len(parts)-1], " - "))
	case isSiteName(first, site, host):
		return strings.TrimSpace(strings.Join(parts[1:], " - "))
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
	return host != "" && (strings.Contains(host, squashed) || strings.HasPrefix(squashed, strings.Split(host, ".")[0]))
}

// pickAuthors returns the byline names, de-duplicated, in page order.
func pickAuthors(s *signals) []string {
	var raw []string
	for _, o := range s.ldArticles() {
		if ldTypeRank(o) > 2 {
			break
		}
		if n := ldNames(o["author"]); len(n) > 0 {
			raw = n
			break
		}
	}
	if len(raw) == 0 {
		for _, k := range []string{"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "twitter:creator"} {
			if vs := s.metas[k]; len(vs) > 0 {
				for _, v := range vs {
					if !strings.HasPrefix(v, "http") && !strings.HasPrefix(v, "@") {
						raw = append(raw, v)
					}
				}
				if len(raw) > 0 {
					break
				}
			}
		}
	}
	if len(raw) == 0 {
		raw = s.authors
	}
	return cleanAuthors(raw)
}

var bylinePrefixRE = regexp.MustCompile(`(?i)^(by|von|par|di|por|door|av|autor(?:in)?|author|written by|text|von der)\s*:?\s+`)

func cleanAuthors(raw []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range raw {
		for _, name := range splitNames(r) {
			name = bylinePrefixRE.ReplaceAllString(collapse(name), "")
			name = strings.Trim(name, " ,;|.")
			key := strings.ToLower(name)
			if name == "" || len(name) > 80 || seen[key] || !hasLetter(name) {
				continue
			}
			seen[key] = true
			out = append(out, name)
			if len(out) == 10 {
				return out
			}
		}
	}
	return out
}

var nameSplitRE = regexp.MustCompile(`\s*(?:[,;|]|\s+and\s+|\s+und\s+|\s+et\s+|\s+&\s+)\s*`)

func splitNames(s string) []string {
	return nameSplitRE.Split(s, -1)
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

func (s *signals) language() string {
	l := s.lang
	if l == "" {
		l = s.first("og:locale", "content-language", "language", "dc.language", "inlanguage")
	}
	if l == "" {
		l = s.ldString("inLanguage", 4)
	}
	l = strings.ReplaceAll(strings.TrimSpace(l), "_", "-")
	if i := strings.IndexAny(l, ",; "); i > 0 {
		l = l[:i]
	}
	return strings.ToLower(l)
}

func (s *signals) siteName() string {
	if v := s.first("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site"); v != "" {
		return strings.TrimPrefix(v, "@")
	}
	for _, o := range s.ldArticles() {
		if n := ldNames(o["publisher"]); len(n) > 0 {
			return n[0]
		}
	}
	return ""
}

func (s *signals) image() string {
	img := s.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnail")
	if img == "" {
		img = s.ldString("image", 4)
	}
	return s.resolve(img)
}

// canonical prefers rel=canonical, then og:url, then the page URL itself.
func (s *signals) canonical(pageURL string) string {
	for _, c := range []string{s.canonLink, s.first("og:url"), pageURL} {
		if c = s.resolve(c); c == "" {
			continue
		}
		if out, err := CanonicalURL(c); err == nil {
			return out
		}
	}
	return ""
}

// resolve makes ref absolute against the page URL; it returns "" when that
// is impossible.
func (s *signals) resolve(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if s.base != nil {
		u = s.base.ResolveReference(u)
	}
	if !u.IsAbs() {
		return ""
	}
	return u.String()
}
