package article

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// signals is everything one walk over the page collects for the metadata
// pickers.
type signals struct {
	base        *url.URL
	metas       map[string][]string // lower-cased name/property/itemprop -> contents
	jsonld      []map[string]any    // every typed JSON-LD object, @graph flattened
	ldRaw       []string            // raw JSON-LD text, for a regex fallback on broken JSON
	titleTag    string
	h1          []string
	headings    []heading // h1, h2 and headline-classed elements, page order
	lang        string
	canonLink   string
	times       []timeSignal
	authors     []authorSignal // rel=author and itemprop=author
	bylines     []authorSignal // texts of author- and byline-classed elements
	textBylines []authorSignal // short lines that start with a byline word ("By", "Von", "Posted by")
	pendingBy   string         // walk state: a byline word ended the last text; the name comes next
	dateTexts   []string       // short texts of date-classed elements
	labelled    []string       // texts after a publication label ("Published on", "Erschienen am")

	pendingLabel bool   // walk state: the last text ended with a publication label
	recent       string // walk state: the end of the text seen so far

	inLink, inHeading int // walk state: inside <a>, inside a heading
	inComments        int // walk state: inside a comment section or a form
	inModified        int // walk state: inside a <time> marked as the update
}

type heading struct {
	node   *html.Node
	text   string
	level  int    // 1 for h1, 2 for headline-classed elements, 3 for h2
	follow int    // bytes of non-link text between this heading and the next
	after  string // the first of that text: where a dateline sits
	before string // the end of the text before the heading: a date line above it
	home   bool   // links to the site's front page: the site's name
}

// maxAfter bounds the text kept after each heading.
const maxAfter = 240

type timeSignal struct {
	node     *html.Node
	datetime string
	text     string
	pubdate  bool // pubdate attribute or itemprop=datePublished
	modified bool
	inHeader bool // inside <article>/<header>/main, not an aside or comment
}

func collect(doc *html.Node, base *url.URL) *signals {
	s := &signals{base: base, metas: map[string][]string{}}
	s.walk(doc, 0, false)
	return s
}

// maxWalkDepth stops pathological nesting from costing stack and time.
const maxWalkDepth = 2000

func (s *signals) walk(n *html.Node, depth int, inArticle bool) {
	if depth > maxWalkDepth {
		return
	}
	if n.Type == html.ElementNode {
		cls := classAndID(n)
		switch n.DataAtom {
		case atom.Html:
			if l := attr(n, "lang"); l != "" {
				s.lang = l
			} else if l := attr(n, "xml:lang"); l != "" {
				s.lang = l
			}
		case atom.Meta:
			s.addMeta(n)
		case atom.Title:
			if s.titleTag == "" && !inSVG(n) {
				s.titleTag = collapse(textOf(n))
			}
		case atom.H1:
			if t := collapse(textOf(n)); t != "" && len(s.h1) < 5 {
				s.h1 = append(s.h1, t)
			}
		case atom.Link:
			rel := strings.ToLower(attr(n, "rel"))
			if rel == "canonical" && s.canonLink == "" {
				s.canonLink = attr(n, "href")
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				s.addJSONLD(textOf(n))
			}
			return
		case atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Time:
			s.addTime(n, inArticle, cls)
		case atom.Article, atom.Main, atom.Header:
			inArticle = true
		case atom.Aside, atom.Footer, atom.Nav:
			inArticle = false
		}
		s.checkHeading(n, cls)
		if commentArea(n, cls) {
			s.inComments++
			defer func() { s.inComments-- }()
		}
		s.checkAuthor(n, cls)
		s.checkDateText(n, cls)
		if ip := attr(n, "itemprop"); ip != "" && n.DataAtom != atom.Meta {
			s.addItemprop(n, strings.ToLower(ip))
		}
	}
	if n.Type == html.TextNode {
		s.checkBylineText(n)
	}
	if n.Type == html.TextNode && s.inLink == 0 {
		s.checkPubLabel(n.Data)
		if t := strings.TrimSpace(n.Data); t != "" && s.inHeading == 0 {
			s.recent = lastBytes(s.recent+" "+t, maxBefore)
		}
	}
	if n.Type == html.TextNode && s.inLink == 0 && s.inHeading == 0 && len(s.headings) > 0 {
		h := &s.headings[len(s.headings)-1]
		t := strings.TrimSpace(n.Data)
		h.follow += len(t)
		if t != "" && len(h.after) < maxAfter && s.inModified == 0 {
			h.after += " " + t
			h.after = truncRunes(h.after, maxAfter)
		}
	}
	link := n.Type == html.ElementNode && n.DataAtom == atom.A
	head := n.Type == html.ElementNode && len(s.headings) > 0 && s.headings[len(s.headings)-1].node == n
	modTime := n.Type == html.ElementNode && n.DataAtom == atom.Time && len(s.times) > 0 && s.times[len(s.times)-1].node == n && s.times[len(s.times)-1].modified && !s.times[len(s.times)-1].pubdate
	if link {
		s.inLink++
	}
	if modTime {
		s.inModified++
	}
	if head {
		s.inHeading++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c, depth+1, inArticle)
	}
	if link {
		s.inLink--
	}
	if modTime {
		s.inModified--
	}
	if head {
		s.inHeading--
	}
}

func (s *signals) addMeta(n *html.Node) {
	content := attr(n, "content")
	if content == "" {
		content = attr(n, "value")
	}
	content = strings.TrimSpace(content)
	if content == "" {
		return
	}
	for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
		if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
			s.metas[key] = append(s.metas[key], content)
		}
	}
}

// addItemprop records microdata on ordinary elements (itemprop="datePublished"
// on a span, itemprop="author" on a link...).
func (s *signals) addItemprop(n *html.Node, prop string) {
	val := attr(n, "content")
	if val == "" {
		val = attr(n, "datetime")
	}
	switch prop {
	case "datepublished", "datecreated", "datemodified", "headline":
		if val == "" {
			val = collapse(textOf(n))
		}
	case "author", "creator":
		if val == "" {
			val = authorText(n)
		}
		if val != "" && s.inComments == 0 {
			s.authors = append(s.authors, authorSignal{val, n})
		}
		return
	default:
		return
	}
	if val != "" && len(val) < 300 {
		s.metas["itemprop:"+prop] = append(s.metas["itemprop:"+prop], val)
	}
}

func (s *signals) addTime(n *html.Node, inArticle bool, cls string) {
	ts := timeSignal{
		node:     n,
		datetime: strings.TrimSpace(attr(n, "datetime")),
		text:     collapse(textOf(n)),
		inHeader: inArticle,
	}
	if len(ts.text) > 200 {
		ts.text = ts.text[:200]
	}
	ip := strings.ToLower(attr(n, "itemprop"))
	ts.pubdate = hasAttr(n, "pubdate") || ip == "datepublished" || strings.Contains(cls, "publish") || strings.Contains(cls, "pubdate")
	ts.modified = ip == "datemodified" || strings.Contains(cls, "modif") || strings.Contains(cls, "update")
	if len(s.times) < 50 {
		s.times = append(s.times, ts)
	}
}

var headlineClasses = map[string]bool{
	"entry-title": true, "post-title": true, "article-title": true, "headline": true, "page-title": true,
	"article__title": true, "story-title": true, "news-title": true, "title": true, "post__title": true,
	"article-headline": true, "story-headline": true, "entry-header": false, "content-title": true,
}

// mayBeHeadlineClass is a cheap test before splitting the class: every
// headline class names a title or a headline.
func mayBeHeadlineClass(cls string) bool {
	return strings.Contains(cls, "title") || strings.Contains(cls, "headline")
}

// checkHeading records headline candidates; cls is classAndID(n).
func (s *signals) checkHeading(n *html.Node, cls string) {
	if len(s.headings) >= 60 {
		return
	}
	level := 0
	switch n.DataAtom {
	case atom.H1:
		level = 1
	case atom.H2:
		level = 3
	default:
		if strings.EqualFold(attr(n, "itemprop"), "headline") {
			level = 2
		} else if mayBeHeadlineClass(cls) {
			for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
				if headlineClasses[c] {
					level = 2
					break
				}
			}
		}
		if level == 0 || n.DataAtom == atom.Meta || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			return
		}
	}
	t := collapse(headingText(n))
	if level > 1 && prose(t) {
		return // a lead or caption set in a heading tag
	}
	if t != "" && len(t) < 400 {
		s.headings = append(s.headings, heading{node: n, text: t, level: level, home: s.linksHome(n), before: s.recent})
	}
}

// linksHome reports a heading inside or around a link to the front page.
func (s *signals) linksHome(n *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < 4; p, i = p.Parent, i+1 {
		if p.Type == html.ElementNode && p.DataAtom == atom.A {
			return s.isHome(attr(p, "href"))
		}
	}
	found := false
	var rec func(*html.Node, int)
	rec = func(c *html.Node, depth int) {
		for k := c.FirstChild; k != nil && !found && depth < 6; k = k.NextSibling {
			if k.Type == html.ElementNode && k.DataAtom == atom.A {
				found = s.isHome(attr(k, "href"))
				return // the first link decides
			}
			rec(k, depth+1)
		}
	}
	rec(n, 0)
	return found
}

// isHome reports an href that points to the site's front page.
func (s *signals) isHome(href string) bool {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return false
	}
	u, err := url.Parse(href)
	if err != nil || u.RawQuery != "" {
		return false
	}
	if u.Host != "" && s.base != nil && !strings.EqualFold(strings.TrimPrefix(u.Hostname(), "www."), strings.TrimPrefix(s.base.Hostname(), "www.")) {
		return false
	}
	if u.Host == "" && u.Path == "" {
		return false
	}
	switch strings.ToLower(strings.TrimPrefix(u.Path, ".")) {
	case "", "/", "/index.html", "/index.htm", "/index.php", "index.html", "index.php":
		return true
	}
	return false
}

// sentenceBreakRE finds a sentence end followed by another sentence (a
// word of three lower-case letters before the stop, not "St. Thomas").
var sentenceBreakRE = regexp.MustCompile(`\p{Ll}{3}[.!?]["'”“»]?\s+["'„“«]?\p{Lu}`)

// prose reports text that reads as sentences rather than a headline: two
// sentences and more than a headline's length.
func prose(t string) bool {
	return len(t) > 100 && sentenceBreakRE.MatchString(t)
}

// kickerClassRE names the parts of a headline element that are not the
// headline: kickers ("Dachzeile"), topic labels and screen-reader prefixes.
var kickerClassRE = regexp.MustCompile(`(?i)kicker|dachzeile|overline|topline|eyebrow|roofline|supertitle|sr-only|visually-hidden|screen-reader|hidden|invisible|label|category|rubrik|ressort|topic|date|time`)

// leadKickerClassRE names kickers that only count as such at the start of
// the heading: a "subtitle" after the headline is part of it.
var leadKickerClassRE = regexp.MustCompile(`(?i)sub-?(title|headline|line)|top-?title|pre-?title|over-?title|spitzmarke|h1-?small|small|fake-h[1-6]`)

// leadKicker reports whether k, the first content of a heading, is a
// kicker: a <small> or kicker-classed element followed by more text.
func leadKicker(k *html.Node) bool {
	if k.DataAtom != atom.Small && !leadKickerClassRE.MatchString(attr(k, "class")) {
		return false
	}
	var rest strings.Builder
	for n := k.NextSibling; n != nil; n = n.NextSibling {
		rest.WriteString(textOf(n))
	}
	return len(strings.Fields(rest.String())) >= 2
}

// headingText is textOf without kicker and hidden-label descendants.
func headingText(n *html.Node) string {
	var sb strings.Builder
	var rec func(*html.Node, int)
	rec = func(c *html.Node, depth int) {
		if depth > 50 {
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			switch k.Type {
			case html.TextNode:
				sb.WriteString(k.Data)
			case html.ElementNode:
				if k.DataAtom == atom.Script || k.DataAtom == atom.Style || k.DataAtom == atom.Rt || k.DataAtom == atom.Rp {
					continue
				}
				if cls := attr(k, "class"); cls != "" && kickerClassRE.MatchString(cls) {
					sb.WriteString(" ") // keep the words on either side apart
					continue
				}
				if strings.TrimSpace(sb.String()) == "" && leadKicker(k) {
					continue
				}
				if k.DataAtom == atom.Small && strings.TrimSpace(sb.String()) != "" {
					continue // a dateline or byline under the headline
				}
				if k.DataAtom == atom.Br {
					sb.WriteString(" ")
				}
				rec(k, depth+1)
			}
		}
	}
	rec(n, 0)
	if t := strings.Trim(sb.String(), headingTrim); strings.TrimSpace(t) != "" {
		return t
	}
	return textOf(n)
}

// headingTrim is what a heading left by a removed kicker or dateline may
// start or end with: white space and separators.
const headingTrim = " \t\n\r\u00a0:|•·/–—-"

// classAndID is an element's class and id, lower-cased and joined by a
// space ("" when it has neither): what the signal checks look into. No
// word they look for holds a space, so none matches across the join, and
// a lone class or id needs no copy.
func classAndID(n *html.Node) string {
	class, id := attr(n, "class"), attr(n, "id")
	switch {
	case id == "":
		return strings.ToLower(class)
	case class == "":
		return strings.ToLower(id)
	}
	return strings.ToLower(class + " " + id)
}

// checkAuthor picks up byline-like elements; cls is classAndID(n).
func (s *signals) checkAuthor(n *html.Node, cls string) {
	if len(s.authors) > 20 {
		return
	}
	if s.inComments > 0 {
		return
	}
	if strings.EqualFold(attr(n, "rel"), "author") {
		if t := collapse(textOf(n)); t != "" {
			s.authors = append(s.authors, authorSignal{t, n})
		}
		return
	}
	if len(s.bylines) > 10 {
		return
	}
	if !(strings.Contains(cls, "author") || strings.Contains(cls, "autor") || strings.Contains(cls, "byline")) || strings.Contains(cls, "bio") || strings.Contains(cls, "authority") ||
		strings.Contains(cls, "avatar") || strings.Contains(cls, "image") || strings.Contains(cls, "desc") {
		return
	}
	t := collapse(textOf(n))
	if t != "" && len(t) <= 80 {
		s.bylines = append(s.bylines, authorSignal{t, n})
		return
	}
	// A long author box: its first part, when it is shaped like a name
	// and set off by punctuation ("Jane Roe, 21. Jan. 2015 …", not "Jane
	// Roe ist Redakteurin …" or "Yellow Vests and I …").
	head := bylineStart(truncRunes(t, 80))
	if m := nameSplitRE.FindStringIndex(head); m != nil && strings.ContainsAny(head[m[0]:m[1]], ",;|") && nameShaped(cleanName(head[:m[0]])) {
		s.bylines = append(s.bylines, authorSignal{head[:m[0]], n})
	}
}

// commentArea reports the start of a comment section or a form: the
// names there are readers', not the article's authors. cls is
// classAndID(n); no word looked for holds a space, so none matches across
// the join.
func commentArea(n *html.Node, cls string) bool {
	return n.DataAtom == atom.Form ||
		strings.Contains(cls, "comment") || strings.Contains(cls, "respond") || strings.Contains(cls, "kommentar")
}

// checkDateText keeps the text of small elements whose class says "date";
// cls is classAndID(n).
func (s *signals) checkDateText(n *html.Node, cls string) {
	if len(s.dateTexts) > 20 {
		return
	}
	if cls == "" || !(strings.Contains(cls, "date") || strings.Contains(cls, "time") || strings.Contains(cls, "publish") || strings.Contains(cls, "byline") || strings.Contains(cls, "meta")) {
		return
	}
	if strings.Contains(cls, "update") || strings.Contains(cls, "comment") {
		return
	}
	t := collapse(textOf(n))
	if t != "" && len(t) < 160 {
		s.dateTexts = append(s.dateTexts, t)
	}
}

func authorText(n *html.Node) string {
	// itemprop=author often wraps itemprop=name; prefer it.
	var name string
	var find func(*html.Node)
	find = func(c *html.Node) {
		for ; c != nil && name == ""; c = c.NextSibling {
			if c.Type == html.ElementNode && strings.EqualFold(attr(c, "itemprop"), "name") {
				name = attr(c, "content")
				if name == "" {
					name = collapse(textOf(c))
				}
				return
			}
			find(c.FirstChild)
		}
	}
	find(n.FirstChild)
	if name != "" {
		return name
	}
	t := collapse(textOf(n))
	if len(t) > 100 {
		return ""
	}
	return t
}

// first returns the first non-empty meta content among keys, in key order.
func (s *signals) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range s.metas[k] {
			if v = strings.TrimSpace(v); v != "" {
				return v
			}
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func inSVG(n *html.Node) bool {
	return n.Namespace == "svg"
}

// textOf concatenates the text below n (script and style excluded).
func textOf(n *html.Node) string {
	var sb strings.Builder
	var rec func(*html.Node, int)
	rec = func(c *html.Node, depth int) {
		if depth > maxWalkDepth || sb.Len() > 1<<16 {
			return
		}
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
			return
		}
		if c.Type == html.ElementNode && n != c && (c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Rt || c.DataAtom == atom.Rp) {
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k, depth+1)
		}
	}
	rec(n, 0)
	return sb.String()
}

// maxBefore bounds the text kept before each heading.
const maxBefore = 96

// lastBytes returns at most the last n bytes of s, cut on a rune boundary.
func lastBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// truncRunes cuts s to at most n bytes on a rune boundary.
func truncRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// collapse trims and collapses all whitespace runs to one space and drops
// soft hyphens, which split words for every tokenizer downstream.
func collapse(s string) string {
	if strings.Contains(s, "\u00ad") {
		s = strings.ReplaceAll(s, "\u00ad", "")
	}
	return strings.Join(strings.Fields(s), " ")
}
