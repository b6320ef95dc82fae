package article

import (
	"regexp"

	"github.com/markusmobius/go-htmldate"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// minYear is the floor for dates the page does not state explicitly.
var minDate = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)

// publishedMetaKeys are <meta> names carrying the publication date, best first.
var publishedMetaKeys = []string{
	"article:published_time", "og:published_time", "og:article:published_time",
	"article:published", "published_time", "publishdate", "publish-date", "publish_date",
	"pubdate", "parsely-pub-date", "sailthru.date", "datepublished", "itemprop:datepublished",
	"dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
	"date", "article.published", "article_date_original", "cxenseparse:recs:publishtime",
	"originalpublicationdate", "og:pubdate", "pub_date", "publication_date", "date.available",
	"citation_publication_date", "citation_date", "rnews:datepublished", "bt:pubdate", "displaydate",
	"creation_date", "dc.created", "itemprop:datecreated", "datecreated", "article:post_date", "timestamp", "date_published", "last-modified",
}

var modifiedMetaKeys = []string{
	"article:modified_time", "og:updated_time", "og:modified_time", "article:modified",
	"dateModified", "itemprop:datemodified", "datemodified", "dcterms.modified", "dc.date.modified",
	"last-modified", "lastmod", "sailthru.lastmodified", "parsely-updated",
}

// urlDateRE matches /2020/10/09/ style paths (also 2020-10-09 and 20201009).
var (
	urlDateRE     = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)
	urlSlashYMDRE = regexp.MustCompile(`/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/`)
)

type dateBounds struct{ lo, hi time.Time }

func boundsFor(h Hints) dateBounds {
	b := dateBounds{lo: minDate}
	if !h.Fetched.IsZero() {
		b.hi = h.Fetched.Add(24 * time.Hour) // time zones
	}
	return b
}

// ok applies the bounds; explicit structured dates may predate 1995.
func (b dateBounds) ok(t time.Time, explicit bool) bool {
	if t.IsZero() || (!b.hi.IsZero() && t.After(b.hi)) {
		return false
	}
	return explicit && t.Year() >= 1900 || !t.Before(b.lo)
}

// pickPublished fuses the date signals, strongest first, and names the
// winner. A full date in the URL settles the day when a structured date is
// within a day of it (the structured one is often in UTC, the URL local).
func pickPublished(s *signals, doc *html.Node, pageURL, title string, h Hints) (time.Time, string) {
	t, src := pickPublishedRaw(s, doc, pageURL, title, h)
	t = localize(t, pageURL, s.language())
	if u, ok := urlDate(pageURL); ok && !t.IsZero() && src != "url" && src != "feed" {
		if d := t.Sub(u); d > -12*time.Hour && d < 36*time.Hour && !sameDay(t, u) && nearMidnight(t) {
			return time.Date(u.Year(), u.Month(), u.Day(), t.Hour(), t.Minute(), t.Second(), 0, t.Location()), src
		}
	}
	return t, src
}

// nearMidnight reports a time of day that a time-zone shift can move to
// another calendar day.
func nearMidnight(t time.Time) bool {
	return t.Hour() >= 18 || t.Hour() < 6
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

func pickPublishedRaw(s *signals, doc *html.Node, pageURL, title string, h Hints) (time.Time, string) {
	b := boundsFor(h)
	try := func(v string, explicit bool) (time.Time, bool) {
		t, ok := parseStructured(v)
		return t, ok && b.ok(t, explicit)
	}
	for _, o := range s.ldArticles() {
		if ldTypeRank(o) > 4 {
			break
		}
		for _, k := range []string{"datePublished", "dateCreated", "uploadDate"} {
			if t, ok := try(str(o[k]), true); ok {
				return t, "json-ld"
			}
		}
	}
	if t, ok := ldRegexDate(s, try); ok {
		return t, "json-ld"
	}
	for _, k := range publishedMetaKeys {
		for _, v := range s.metas[k] {
			if t, ok := try(v, true); ok {
				return t, "meta"
			}
		}
	}
	if t, ok := timeElemDate(s, b, true); ok {
		return t, "time"
	}
	if !h.Published.IsZero() && b.ok(h.Published, true) {
		return h.Published, "feed"
	}
	if t, ok := urlDate(pageURL); ok && b.ok(t, false) {
		return t, "url"
	}
	if t, ok := timeElemDate(s, b, false); ok {
		return t, "time"
	}
	if t, ok := labelledDate(s, b); ok {
		return t, "text"
	}
	if t, ok := headlineDateline(s, title); ok && b.ok(t, false) {
		return t, "text"
	}
	for _, txt := range s.dateTexts {
		if t, ok := parseText(txt); ok && b.ok(t, false) {
			return t, "text"
		}
	}
	if t, ok := htmlDate(doc, pageURL, b); ok {
		return t, "text"
	}
	return time.Time{}, ""
}

// htmlDate runs go-htmldate's extensive search (dates in visible text,
// in many languages) when no other signal gave a date. Measured on the dev
// sets it adds several points over the structured signals alone; running
// it last keeps its cost to the pages that need it.
func htmlDate(doc *html.Node, pageURL string, b dateBounds) (time.Time, bool) {
	opts := htmldate.Options{UseOriginalDate: true, URL: pageURL, MinDate: b.lo, MaxDate: b.hi}
	if opts.MaxDate.IsZero() {
		opts.MaxDate = time.Now().Add(24 * time.Hour)
	}
	r, err := htmldate.FromDocument(doc, opts)
	if err != nil || r.IsZero() || !b.ok(r.DateTime, false) {
		return time.Time{}, false
	}
	return r.DateTime, true
}

var ldDateRE = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{8,40})"`)

// ldRegexDate reads datePublished from JSON-LD that did not parse.
func ldRegexDate(s *signals, try func(string, bool) (time.Time, bool)) (time.Time, bool) {
	for _, raw := range s.ldRaw {
		if m := ldDateRE.FindStringSubmatch(raw); m != nil {
			if t, ok := try(m[1], true); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// timeElemDate reads <time> elements: strict takes only those marked as
// the publication date; otherwise the first in the article header.
func timeElemDate(s *signals, b dateBounds, strict bool) (time.Time, bool) {
	for _, ts := range s.times {
		if ts.modified || (strict && !ts.pubdate) || (!strict && !ts.inHeader) {
			continue
		}
		t, ok := parseStructured(ts.datetime)
		if !ok {
			t, ok = parseText(ts.text)
		}
		if ok && b.ok(t, false) {
			return t, true
		}
	}
	return time.Time{}, false
}

func urlDate(pageURL string) (time.Time, bool) {
	if m := urlDateRE.FindStringSubmatch(pageURL); m != nil {
		return mkDate(atoi(m[1]), atoi(m[2]), atoi(m[3]), 0, 0, 0, time.UTC)
	}
	if m := urlSlashYMDRE.FindStringSubmatch(pageURL); m != nil {
		return mkDate(atoi(m[1]), atoi(m[2]), atoi(m[3]), 0, 0, 0, time.UTC)
	}
	return time.Time{}, false
}

func pickModified(s *signals, h Hints) time.Time {
	b := boundsFor(h)
	for _, o := range s.ldArticles() {
		if t, ok := parseStructured(str(o["dateModified"])); ok && b.ok(t, true) {
			return t
		}
	}
	for _, k := range modifiedMetaKeys {
		for _, v := range s.metas[strings.ToLower(k)] {
			if t, ok := parseStructured(v); ok && b.ok(t, true) {
				return t
			}
		}
	}
	for _, ts := range s.times {
		if ts.modified {
			if t, ok := parseStructured(ts.datetime); ok && b.ok(t, true) {
				return t
			}
		}
	}
	return time.Time{}
}
