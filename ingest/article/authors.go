package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// authorSignal is a byline found in the page: its text and element.
type authorSignal struct {
	text string
	node *html.Node
}

// pickAuthors returns the byline names, de-duplicated, in page order:
// JSON-LD, then <meta>, then rel/itemprop=author, then the first
// byline-classed element that names someone. An organisation or the
// site's own name given as the author is used only when no person is
// named anywhere.
func pickAuthors(s *signals) []string {
	var weak []string
	if names, org := s.ldAuthors(); len(names) > 0 {
		if out := s.cleanAuthors(names); len(out) > 0 {
			if !org && !s.allSite(out) {
				return s.preferVisible(out)
			}
			weak = out
		}
	}
	if out := s.cleanAuthors(s.metaAuthors()); len(out) > 0 {
		if !s.allSite(out) {
			return s.preferVisible(out)
		}
		if weak == nil {
			weak = out
		}
	}
	if out := s.visibleAuthors(); len(out) > 0 {
		if weak != nil && prefixesOf(out, weak) {
			return weak // "By Pamela" on Pamela Roe's own site
		}
		return out
	}
	return weak
}

// prefixesOf reports whether every name in short begins some name in long,
// word by word.
func prefixesOf(short, long []string) bool {
	for _, st := range short {
		k := looseKey(st) + " "
		found := false
		for _, l := range long {
			found = found || strings.HasPrefix(looseKey(l)+" ", k)
		}
		if !found {
			return false
		}
	}
	return true
}

// visibleAuthors returns the names of the page's byline: rel/itemprop=author
// links, else the first byline-classed element that names someone.
func (s *signals) visibleAuthors() []string {
	if out := s.markedAuthors(); len(out) > 0 {
		return out
	}
	for _, b := range s.textBylines {
		if out := s.cleanAuthors([]string{b.text}); len(out) > 0 {
			return out
		}
	}
	return nil
}

// markedAuthors returns the names the page marks up as its byline:
// rel/itemprop=author links, else the first byline-classed element that
// names someone.
func (s *signals) markedAuthors() []string {
	if out := s.cleanAuthors(nearFirst(s.authors)); len(out) > 0 {
		return out
	}
	for _, b := range s.bylines {
		if out := s.cleanAuthors([]string{b.text}); len(out) > 0 {
			return out
		}
	}
	return nil
}

// bylineWordRE matches a line that starts with a byline word.
var bylineWordRE = regexp.MustCompile(`(?i)^(?:(?:posted|written|published|veröffentlicht|eingestellt|erstellt|geschrieben|verfasst|gespeichert|beitrag|blog beitrag|text|publicado|escrito|publié|écrit|rédigé|scritto)\s+(?:by|von|par|por|da)|by|von|par|por|door|autor(?:in|en)?|authors?|auteurs?|autores|text|texto|责任编辑|编辑|作者|记者)\s*[:：]?(?:\s*|$)`)

// maxTextBylines bounds the byline lines kept from one page.
const maxTextBylines = 4

// checkBylineText records a short text that starts with a byline word:
// "By Jane Roe" in one text, or "By" followed by the name in an element
// of its own ("By <a>Jane Roe</a>"). Outside comment sections, links
// and headings only.
func (s *signals) checkBylineText(n *html.Node) {
	if len(s.textBylines) >= maxTextBylines || s.inComments > 0 || s.inHeading > 0 || len(n.Data) > 200 {
		return
	}
	t := strings.TrimLeft(strings.TrimSpace(n.Data), "|•·–—- ")
	if s.pendingBy != "" {
		if t == "" {
			return
		}
		if t = collapse(t); len(t) <= 60 {
			s.textBylines = append(s.textBylines, authorSignal{s.pendingBy + " " + t, n})
		}
		s.pendingBy = ""
		return
	}
	if t == "" || len(t) > 80 || !isBylineFirstWord(firstWord(t)) {
		return
	}
	t = collapse(t)
	m := bylineWordRE.FindStringIndex(t)
	if m == nil {
		return
	}
	if m[1] < len(t) {
		// The name in the same text must look like one: "Von Montag
		// an" is a sentence.
		if parts := splitNames(bylineStart(t)); nameShaped(cleanName(parts[0])) {
			s.textBylines = append(s.textBylines, authorSignal{t, n})
		}
		return
	}
	// The word alone: the line it starts ("By <a>Jane</a> and
	// <a>John</a>"), else the next text.
	for p, i := n.Parent, 0; p != nil && i < 3; p, i = p.Parent, i+1 {
		pt := strings.TrimLeft(collapse(textOf(p)), "|•·–—- ")
		if len(pt) > 100 {
			break
		}
		if len(pt) > len(t) {
			if strings.HasPrefix(pt, t) {
				s.textBylines = append(s.textBylines, authorSignal{pt, p})
				return
			}
			break
		}
	}
	s.pendingBy = t
}

// bylineFirstWords are the first words bylineWordRE can match: a map
// lookup spares the regular expression on almost every text.
var bylineFirstWords = map[string]bool{
	"by": true, "von": true, "par": true, "por": true, "door": true, "autor": true, "autorin": true, "author": true, "autoren": true, "authors": true, "auteurs": true, "autores": true,
	"auteur": true, "text": true, "texto": true, "posted": true, "written": true, "published": true,
	"veröffentlicht": true, "eingestellt": true, "erstellt": true, "geschrieben": true, "verfasst": true,
	"gespeichert": true, "beitrag": true, "blog": true, "publicado": true, "escrito": true, "publié": true,
	"écrit": true, "rédigé": true, "scritto": true, "责任编辑": true, "编辑": true, "作者": true, "记者": true,
}

// isBylineFirstWord looks w up in bylineFirstWords, lower-cased. It runs
// on almost every short text: an ASCII word is lower-cased on the stack.
func isBylineFirstWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return bylineFirstWords[strings.ToLower(w)]
		}
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return false // longer than any of the words
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return bylineFirstWords[string(buf[:len(w)])]
}

// firstWord returns t up to its first space or colon.
func firstWord(t string) string {
	if i := strings.IndexAny(t, " \t\n\r\u00a0:："); i >= 0 {
		return t[:i]
	}
	return t
}

func allNameShaped(names []string) bool {
	for _, n := range names {
		if !nameShaped(n) {
			return false
		}
	}
	return true
}

// nameParticles are the lower-case words names contain.
var nameParticles = map[string]bool{"von": true, "van": true, "de": true, "der": true, "den": true, "la": true, "le": true, "da": true, "di": true, "del": true, "du": true, "dos": true, "bin": true, "al": true, "y": true, "zu": true, "ten": true, "ter": true}

// nameShaped reports a name of one to five words, each capitalised (or
// in a script without case) or a particle.
func nameShaped(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		r := []rune(w)[0]
		// Capitalised, or a script without case (Chinese).
		if (unicode.IsLower(r) || !unicode.IsLetter(r)) && !nameParticles[w] {
			return false
		}
	}
	return true
}

// preferVisible returns the visible byline instead of the structured
// names when it writes the same names better ("Edilson La Rosa" for
// "edilson.la.rosa") or extends them: metadata often keeps only the
// first of several authors, or a first name.
func (s *signals) preferVisible(structured []string) []string {
	vis := s.markedAuthors()
	if len(vis) == 0 {
		// A plain byline line only respells or completes the names:
		// its commas may list affiliations.
		if vis = s.visibleAuthors(); len(vis) != len(structured) || !allNameShaped(vis) {
			return structured
		}
	}
	if squash(strings.Join(vis, " ")) == squash(strings.Join(structured, " ")) {
		return vis
	}
	extends := len(vis) > len(structured)
	for _, st := range structured {
		k := looseKey(st) + " "
		found := false
		for _, v := range vis {
			if vk := looseKey(v) + " "; strings.HasPrefix(vk, k) {
				found = true
				extends = extends || len(vk) > len(k)
			}
		}
		if !found {
			return structured
		}
	}
	if extends {
		return vis
	}
	return structured
}

// squash reduces a name to its lower-case letters and digits.
func squash(s string) string {
	return strings.ReplaceAll(looseKey(s), " ", "")
}

// metaAuthors returns the first <meta> author field that names someone
// (profile URLs and handles are not names).
func (s *signals) metaAuthors() []string {
	var raw []string
	for _, k := range []string{"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "twitter:creator"} {
		for _, v := range s.metas[k] {
			if !strings.HasPrefix(v, "http") && !strings.HasPrefix(v, "@") {
				raw = append(raw, v)
			}
		}
		if len(raw) > 0 {
			return raw
		}
	}
	return nil
}

// ldAuthors returns the author names of the best article-like JSON-LD
// object that has any, and whether they are all organisations.
func (s *signals) ldAuthors() (names []string, org bool) {
	for _, o := range s.ldArticles() {
		if ldTypeRank(o) > 4 {
			break
		}
		org = true
		if names = s.ldPeople(o["author"], 0, &org); len(names) > 0 {
			return names, org
		}
	}
	return nil, false
}

// ldPeople extracts names from an author value: strings, lists, Person
// or Organization objects, and references by @id to objects elsewhere in
// the page's graph (as Yoast writes them). org stays true while every
// name found is an organisation's.
func (s *signals) ldPeople(v any, depth int, org *bool) []string {
	if depth > 3 {
		return nil
	}
	switch x := v.(type) {
	case string:
		x = strings.TrimSpace(x)
		if strings.HasPrefix(x, "http") {
			if ref := s.ldByID(x); ref != nil {
				return s.ldPeople(ref, depth+1, org)
			}
			return nil
		}
		if x != "" {
			*org = false
			return []string{x}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, s.ldPeople(e, depth+1, org)...)
		}
		return out
	case map[string]any:
		name := ldNames(x["name"])
		if len(name) == 0 {
			if g, f := str(x["givenName"]), str(x["familyName"]); g != "" || f != "" {
				name = []string{strings.TrimSpace(g + " " + f)}
			}
		}
		if len(name) == 0 {
			if id, ok := x["@id"].(string); ok {
				if ref := s.ldByID(id); ref != nil && !sameMap(ref, x) {
					return s.ldPeople(ref, depth+1, org)
				}
			}
			return nil
		}
		if !ldOrganization(x) {
			*org = false
		}
		return name
	}
	return nil
}

// ldByID returns the typed JSON-LD object whose @id is id.
func (s *signals) ldByID(id string) map[string]any {
	for _, o := range s.jsonld {
		if oid, ok := o["@id"].(string); ok && oid == id {
			if _, named := o["name"]; named {
				return o
			}
		}
	}
	return nil
}

func sameMap(a, b map[string]any) bool {
	return len(a) == len(b) && a["@id"] == b["@id"] && a["name"] == b["name"]
}

// ldOrganization reports an object typed as an organisation, not a person.
func ldOrganization(o map[string]any) bool {
	for _, t := range strSlice(o["@type"]) {
		t = strings.ToLower(t)
		if strings.Contains(t, "organization") || strings.Contains(t, "corporation") {
			return true
		}
	}
	return false
}

// orgNameRE matches the legal form that ends an organisation's name.
var orgNameRE = regexp.MustCompile(`(?i)(?:\s|^)(?:e\.\s?v|gmbh|ag|se|inc|ltd|llc|plc|corp|s\.a|s\.l|sarl|bv|nv|ab|oy)\.?$`)

// allSite reports names that are all the site's own name or host, or
// organisations by their legal form.
func (s *signals) allSite(names []string) bool {
	for _, n := range names {
		if !s.isSiteAuthor(n) && !orgNameRE.MatchString(n) {
			return false
		}
	}
	return len(names) > 0
}

// isSiteAuthor reports a name that is the site's name or its host
// ("finanztreff.de", "ORF.at" on wien.orf.at).
func (s *signals) isSiteAuthor(name string) bool {
	k := looseKey(name)
	if k == "" {
		return false
	}
	site, host := s.siteAndHost()
	if site != "" && k == looseKey(site) {
		return true
	}
	squashed := strings.ReplaceAll(strings.ToLower(name), " ", "")
	if host == "" || len(squashed) < 3 {
		return false
	}
	label := strings.Split(host, ".")[0]
	return squashed == label || strings.HasSuffix(host, squashed)
}

// junkNameRE rejects link texts that sit where names do.
var junkNameRE = regexp.MustCompile(`(?i)(\b(?:profil|profile|weiter|more|mehr|artikel|articles|posts|beiträge|view|alle|all)\b|redaktion:|http|www\.|@|\b\d+\b)`)

// bylinePrefixRE matches the words that introduce a name in a byline, in
// the languages of the news sources ("By", "Von", "Posted by", "Auteur :").
var bylinePrefixRE = regexp.MustCompile(`(?i)^(?:(?:post(?:ed)?|published|written|veröffentlicht|eingestellt|erstellt|geschrieben|verfasst|gespeichert|beitrag|blog beitrag|publicado|escrito|publié|écrit|posté|pubblicato|scritto|story|reported|text(?: und \p{L}+)?)\s*(?:by|von|par|por|da|door)\b|view all posts by|all posts by|more from|zeige alle beiträge von|alle beiträge von|mehr von|plus par|post author(?: by)?|by|von|vom|par|di|da|por|door|av|autor(?:in|en)?|authors?(?:\(s\))?|auteurs?|autores|autore|escribe|text|interview|redaktion:)(?:\s*:\s*|\s+)|^(?:责任编辑|编辑|作者|记者)\s*[:：]?\s*`)

// gluedPrefixRE finds a label glued to the name ("AuthorJane Roe",
// "Veröffentlicht vonJane Roe").
var gluedPrefixRE = regexp.MustCompile(`^(?i:author|autor|auteur|by|von|veröffentlicht von|eingestellt von|geschrieben von|beitrag ?von|escrito por|publicado por)(\p{Lu})`)

// nameMonths names the months (and their abbreviations) that start a date
// after the name.
const nameMonths = `january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre`

// weekdays names the days that start a date line after the name.
const weekdays = `monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo`

// midBylineRE finds the byline word inside a line ("Posted on March 3,
// 2020 by Jane Roe"): the name follows it.
var midBylineRE = regexp.MustCompile(`(?i)^(?:\S+\s+){1,6}(?:by|par|por|door)\s+`)

// nameEndRE finds where a name ends and a date, place or separator
// begins ("Jane Roe 1. November 2023", "Jane Roe am 26.10.", "Jane Roe —
// veröffentlicht …", "Jane Roe » 21.01.2009").
var nameEndRE = regexp.MustCompile(`(?i)(?:\s+(?:am|on|le|el|il|den|the|vor|před|hace|stand|updated|aktualisiert|published|veröffentlicht|publié|publicado|actualizado)?:?\s+\d|\s+\d|\s[—–|»·•@]|\s-\s|\s+(?:alle|all|view|zum profil)\b|(?:^|,?\s+)(?:on\s+|am\s+|le\s+|el\s+)?(?:` + weekdays + `)\b|(?:^|\s+|\s*/\s*)(?:` + nameMonths + `)\.?(?:\s+\d|$)|\s*/\s*\d|\s+(?:am|on|le|el)$|\s+(?:illustrations?|fotos?|photos?|bilder?)\b|(?:^|\s+)(?:last\s+)?(?:updated|published|aktualisiert|veröffentlicht|publié|mis à jour|actualizado)\b)`)

// roleRE finds a job title after the name ("Jane Roe Chefredakteurin").
var roleRE = regexp.MustCompile(`(?i)\s+(?:(?:chef|senior |staff )?(?:redakteur(?:in)?|reporter(?:in)?|editor|korrespondent(?:in)?|correspondent|writer|contributor|journalist(?:in)?|rédacteur|rédactrice|redactor(?:a)?|periodista)|(?:\S+\s+)?staff(?:\s+writer)?|(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?|follow|folgen)$`)

// midRoleRE finds a desk named after the name.
var midRoleRE = regexp.MustCompile(`(?i)\s+(?:redaktion|editorial team|newsroom)\b`)

// gluedDateRE finds a date glued to the name ("Jane Roe20. November").
var gluedDateRE = regexp.MustCompile(`\p{Ll}(?:\d{1,2}\.|\d{1,2}\s+(?i:de\s|` + nameMonths + `)|(?:Staff|Updated|Actualizado|Aktualisiert|Published|Publicado|Veröffentlicht|Hace|Vor|Follow|Folgen)(?:\b|\p{Lu}))`)

// commenterRE finds a commenter's line ("Jane says:", "Jane sagt:").
var commenterRE = regexp.MustCompile(`(?i)\s(says|sagt|said|schreibt|dit|dice|wrote|meint)\s*:?\s*$`)

// bylineStart drops what comes before the name in a byline: a label
// glued to it, or a date line ending in "by".
func bylineStart(r string) string {
	r = collapse(r)
	if m := gluedPrefixRE.FindStringSubmatchIndex(r); m != nil {
		r = r[m[2]:]
	}
	if m := midBylineRE.FindStringIndex(r); m != nil {
		r = r[m[1]:]
	}
	return r
}

// notNameRE rejects what is left of a byline that names nobody: a bare
// label, a generic account, a photo credit, an academic degree.
var notNameRE = regexp.MustCompile(`(?i)^(?:by|von|por|par|posted|text|autor|autorin|author|auteur|datum|date|stand|follow|folgen|share|teilen|rezept von|quelle|source|fuente|zuletzt geändert|letzte aktualisierung|dernière mise à jour|última actualización|last updated|last modified|admin|administrator|webmaster|no author|unknown|anonymous|phd|ph\.d|md|m\.d|mba|ma|msc|bsc|mph|rn|(?:foto|fotos|photo|photos|bild|bilder|image|credit)s?\s*:.*)$`)

// cleanName reduces one byline part to the name: labels, dates and
// separators around it removed.
func cleanName(name string) string {
	name = collapse(name)
	if commenterRE.MatchString(name) {
		return ""
	}
	for i := 0; i < 2; i++ {
		name = bylinePrefixRE.ReplaceAllString(name, "")
	}
	if m := gluedDateRE.FindStringIndex(name); m != nil {
		_, size := utf8.DecodeRuneInString(name[m[0]:])
		name = name[:m[0]+size]
	}
	if m := nameEndRE.FindStringIndex(name); m != nil {
		name = name[:m[0]] // nothing left when the part is a date
	}
	name = strings.Trim(name, " ,;|.:~—–-")
	if m := midRoleRE.FindStringIndex(name); m != nil && len(strings.Fields(name[:m[0]])) >= 2 {
		name = name[:m[0]] // "Jane Roe Redaktion Example.com"
	}
	if m := roleRE.FindStringIndex(name); m != nil && len(strings.Fields(name[:m[0]])) >= 2 {
		name = name[:m[0]] // "Staff Writer" stays a name
	}
	name = strings.TrimSpace(strings.TrimPrefix(name, "©"))
	if pubLabelRE.MatchString(name) || notNameRE.MatchString(name) {
		return ""
	}
	return name
}

// deskRE matches a newsroom desk named after a person's name ("Jane Roe,
// Online-Redaktion"): the person wrote it.
var deskRE = regexp.MustCompile(`(?i)(redaktion|newsroom|staff|desk|team)$`)

// jobTitleRE finds a job title among the parts of a byline.
var jobTitleRE = regexp.MustCompile(`(?i)\b(?:technologist|editor|reporter|correspondent|columnist|analyst|director|professor|producer|fellow|researcher|scientist|president|manager|officer|chefredakteur(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|rédacteur|rédactrice|corresponsal|periodista|redactor(?:a)?)\b`)

// cleanAuthors splits bylines into names and keeps those that read as
// one: not too long, not a link label, not the site's name trailing a
// person's ("Jane Roe, CNN").
func (s *signals) cleanAuthors(raw []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range raw {
		if strings.Contains(r, "&") {
			r = html.UnescapeString(r) // escaped twice in the page
		}
		parts := splitNames(bylineStart(r))
		for i, part := range parts {
			name := cleanName(part)
			key := strings.ToLower(name)
			if len(parts) == 1 && utf8.RuneCountInString(name) == 1 {
				continue // "von Y": a letter alone is no name, "Mac & i" is
			}
			if name == "" || len(name) > 60 || seen[key] || !hasLetter(name) || len(strings.Fields(name)) > 5 || junkNameRE.MatchString(name) {
				continue
			}
			if i > 0 && len(out) > 0 && (s.isSiteAuthor(name) || deskRE.MatchString(name)) {
				continue
			}
			if i > 0 && len(out) > 0 && jobTitleRE.MatchString(name) {
				break // "Jane Roe, Senior Technologist, Example Project": the rest is her affiliation
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

var nameSplitRE = regexp.MustCompile(`\s*(?:[,;|]|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+&\s+)\s*`)

func splitNames(s string) []string {
	return nameSplitRE.Split(s, -1)
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// nearFirst keeps the first author signal and those close to it in the
// page (the same byline); the names further on head other stories.
func nearFirst(sigs []authorSignal) []string {
	if len(sigs) == 0 {
		return nil
	}
	anc := sigs[0].node
	for i := 0; i < 2 && anc != nil && anc.Parent != nil; i++ {
		anc = anc.Parent
	}
	var out []string
	for _, a := range sigs {
		if a.node == nil || anc == nil || contains(anc, a.node) {
			out = append(out, a.text)
		}
	}
	return out
}

// contains reports whether n is anc or below it.
func contains(anc, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == anc {
			return true
		}
	}
	return false
}
