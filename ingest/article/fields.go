package article

import (
	"net/url"
	"strings"
)

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
	img = s.resolve(img)
	if c, err := CanonicalURL(img); err == nil {
		return c
	}
	return img
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
