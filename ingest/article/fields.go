package article

import (
	"net/url"
	"slices"

	"golang.org/x/net/html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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
	for level := 1; level <= 3; level++ {
		for _, h := range rest {
			if level > 1 && matched < 0 && widgetHeading(h.text) && metaTitle(s) != "" {
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

// cleanMetaTitles returns the loose keys of the metadata titles without
// their site names, those long enough to identify a headline.
func cleanMetaTitles(s *signals) []string {
	var out []string
	for _, m := range []string{s.first("og:title"), s.ldString("headline", 2), s.first("twitter:title"), s.titleTag} {
		if k := looseKey(cleanTitle(m, s)); len(k) >= 12 && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
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

// metaHeading returns the index of the first heading confirmed by a
// metadata title, or -1.
func metaHeading(s *signals) int {
	metas := []string{s.first("og:title"), s.ldString("headline", 2), s.first("twitter:title"), s.titleTag, s.first("dc.title", "title")}
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

// kickerHeading handles a headline printed with a kicker ("Tunesien Große
// Aufgaben für die neue Regierung") whose metadata title lacks it: the part
// of the heading that matches the metadata wins.
func kickerHeading(s *signals) string {
	type meta struct {
		key   string
		words int
	}
	var metas []meta
	for _, m := range []string{s.first("og:title"), s.ldString("headline", 2), s.first("twitter:title"), s.titleTag} {
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
	if n >= len(f) {
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

// metaTitle returns the first metadata title without the site's name.
func metaTitle(s *signals) string {
	for _, m := range []string{s.first("og:title"), s.ldString("headline", 2), s.titleTag} {
		if c := cleanTitle(m, s); c != "" {
			return c
		}
	}
	return ""
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
