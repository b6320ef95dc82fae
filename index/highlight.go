package index

import (
	"context"
	"regexp"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Snippets are made here rather than by Bleve's highlighter, which needs
// the body stored with term vectors: the hit's text is analyzed again with
// the body's analyzer, the tokens the query matches are marked, and the
// window of snippetSize bytes with the most distinct matches is kept.

// snippetSize is the length of a snippet in bytes (about two lines).
const snippetSize = 160

// snippetLead is how much text a snippet shows before its first match.
const snippetLead = 40

// Texts supplies the text of indexed documents for snippets, which the
// index does not store. corpus.Store satisfies it.
type Texts interface {
	// DocumentText returns the text of the document with this ID, or an
	// error (wrapping corpus.ErrNotFound when it is gone). It must be safe
	// for concurrent use.
	DocumentText(ctx context.Context, id int64) (string, error)
}

// SetTexts makes searches with Query.Highlight take snippets from t's
// documents; without it (or when a document is missing) snippets come from
// matching titles only. It is safe to call while searches run.
func (ix *Index) SetTexts(t Texts) { ix.texts.Store(&t) }

func (ix *Index) textSource() Texts {
	if t := ix.texts.Load(); t != nil {
		return *t
	}
	return nil
}

// fillSnippets sets each hit's Snippet for the parsed query q.
func (ix *Index) fillSnippets(ctx context.Context, q query.Query, hits []Hit) {
	body, title := newMatcher(), newMatcher()
	collectMatchers(q, body, title)
	texts := ix.textSource()
	for i := range hits {
		h := &hits[i]
		var text string
		if texts != nil {
			if t, err := texts.DocumentText(ctx, h.ID); err == nil {
				text = t
			}
		}
		h.Snippet = pickSnippet(text, h.Title, body, title)
	}
}

// pickSnippet prefers a body window with a match, then a title with one,
// then the body's opening.
func pickSnippet(text, title string, body, titleM *matcher) string {
	s, ok := body.snippet(text)
	if ok {
		return s
	}
	if t, ok := titleM.snippet(title); ok {
		return t
	}
	return s // without a match, the body's opening
}

// matcher recognizes the analyzed terms a query matches in one field.
type matcher struct {
	terms   map[string]bool
	preds   []func(string) bool
	phrases [][]phraseTerm
}

type phraseTerm struct {
	term string
	gap  int // positions skipped before this term (stop words)
}

func newMatcher() *matcher { return &matcher{terms: map[string]bool{}} }

// collectMatchers adds the leaves of q that can match text to the body and
// title matchers; excluded (must-not) clauses mark nothing.
func collectMatchers(q query.Query, body, title *matcher) {
	switch x := q.(type) {
	case *query.BooleanQuery:
		for _, c := range []query.Query{x.Must, x.Should, x.Filter} {
			if c != nil {
				collectMatchers(c, body, title)
			}
		}
	case *query.ConjunctionQuery:
		for _, c := range x.Conjuncts {
			collectMatchers(c, body, title)
		}
	case *query.DisjunctionQuery:
		for _, c := range x.Disjuncts {
			collectMatchers(c, body, title)
		}
	case *bodyPhraseQuery:
		body.addPhrase(x.phrase)
	default:
		if f, ok := q.(query.FieldableQuery); ok {
			switch f.Field() {
			case fieldBody:
				body.addLeaf(q)
			case fieldTitle:
				title.addLeaf(q)
			}
		}
	}
}

func (m *matcher) addLeaf(q query.Query) {
	switch x := q.(type) {
	case *query.MatchQuery:
		for _, t := range englishAnalyzer().Analyze([]byte(x.Match)) {
			m.addTerm(string(t.Term), x.Fuzziness)
		}
	case *query.MatchPhraseQuery:
		if x.Fuzziness > 0 {
			for _, t := range englishAnalyzer().Analyze([]byte(x.MatchPhrase)) {
				m.addTerm(string(t.Term), x.Fuzziness)
			}
			return
		}
		m.addPhrase(x.MatchPhrase)
	case *query.TermQuery:
		m.terms[x.Term] = true
	case *query.FuzzyQuery:
		m.addTerm(x.Term, x.Fuzziness)
	case *query.PrefixQuery:
		p := x.Prefix
		m.preds = append(m.preds, func(t string) bool { return strings.HasPrefix(t, p) })
	case *query.WildcardQuery:
		m.addRegexp(wildcardRegexp(x.Wildcard))
	case *query.RegexpQuery:
		m.addRegexp(x.Regexp)
	}
}

func (m *matcher) addTerm(t string, fuzziness int) {
	if fuzziness == 0 {
		m.terms[t] = true
		return
	}
	m.preds = append(m.preds, func(s string) bool { return withinEdits(t, s, fuzziness) })
}

func (m *matcher) addRegexp(expr string) {
	if re, err := regexp.Compile(`^(?:` + expr + `)$`); err == nil {
		m.preds = append(m.preds, re.MatchString)
	}
}

// addPhrase records phrase's analyzed terms; one term is a plain term.
func (m *matcher) addPhrase(phrase string) {
	toks := englishAnalyzer().Analyze([]byte(phrase))
	switch len(toks) {
	case 0:
		return
	case 1:
		m.terms[string(toks[0].Term)] = true
		return
	}
	p := make([]phraseTerm, len(toks))
	for i, t := range toks {
		p[i].term = string(t.Term)
		if i > 0 {
			p[i].gap = t.Position - toks[i-1].Position - 1
		}
	}
	m.phrases = append(m.phrases, p)
}

func (m *matcher) empty() bool {
	return len(m.terms) == 0 && len(m.preds) == 0 && len(m.phrases) == 0
}

// snippet returns the best window of text with its matches marked; ok is
// false when nothing in text matches.
func (m *matcher) snippet(text string) (string, bool) {
	if text == "" {
		return "", false
	}
	var toks analysis.TokenStream
	var marked []bool
	if !m.empty() {
		toks = englishAnalyzer().Analyze([]byte(text))
		marked = m.mark(toks)
	}
	var hits []*analysis.Token
	for i, t := range toks {
		if marked[i] {
			hits = append(hits, t)
		}
	}
	start, end := bestWindow(text, hits)
	var b strings.Builder
	at := start
	for _, t := range hits {
		if t.Start < start || t.End > end {
			continue
		}
		b.WriteString(text[at:t.Start])
		b.WriteString(MarkStart)
		b.WriteString(text[t.Start:t.End])
		b.WriteString(MarkEnd)
		at = t.End
	}
	b.WriteString(text[at:end])
	return strings.TrimSpace(b.String()), len(hits) > 0
}

// mark flags the tokens that match a term, a predicate or a phrase.
func (m *matcher) mark(toks analysis.TokenStream) []bool {
	marked := make([]bool, len(toks))
	for i, t := range toks {
		term := string(t.Term)
		if m.terms[term] {
			marked[i] = true
			continue
		}
		for _, p := range m.preds {
			if p(term) {
				marked[i] = true
				break
			}
		}
	}
	for _, p := range m.phrases {
		for i := range toks {
			if phraseAt(toks, i, p) {
				for k := range p {
					marked[i+k] = true
				}
			}
		}
	}
	return marked
}

func phraseAt(toks analysis.TokenStream, i int, p []phraseTerm) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, pt := range p {
		t := toks[i+k]
		if string(t.Term) != pt.term || (k > 0 && t.Position-toks[i+k-1].Position-1 != pt.gap) {
			return false
		}
	}
	return true
}

// bestWindow picks [start, end) of at most snippetSize bytes holding the
// most distinct matched terms (then the most matches), cut at spaces.
func bestWindow(text string, hits []*analysis.Token) (int, int) {
	if len(text) <= snippetSize {
		return 0, len(text)
	}
	best, bestScore := 0, -1
	for i, h := range hits {
		from := max(0, h.Start-snippetLead)
		distinct := map[string]bool{}
		n := 0
		for _, g := range hits[i:] {
			if g.End > from+snippetSize {
				break
			}
			distinct[string(g.Term)] = true
			n++
		}
		if score := 100*len(distinct) + n; score > bestScore {
			best, bestScore = from, score
		}
	}
	start, end := best, min(len(text), best+snippetSize)
	if start > 0 {
		limit := start + snippetLead
		if len(hits) == 0 {
			limit = end
		}
		if sp := strings.IndexByte(text[start:min(limit, end)], ' '); sp >= 0 {
			start += sp + 1
		}
	}
	if end < len(text) {
		if sp := strings.LastIndexByte(text[start:end], ' '); sp > 0 {
			end = start + sp
		}
	}
	for start < end && !utf8Start(text[start]) {
		start++
	}
	for end > start && end < len(text) && !utf8Start(text[end]) {
		end--
	}
	return start, end
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// wildcardRegexp turns a Bleve wildcard (* and ?) into a regular
// expression.
func wildcardRegexp(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return b.String()
}

// withinEdits reports whether a and b are at most k edits apart
// (Levenshtein, on runes).
func withinEdits(a, b string, k int) bool {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > k || -d > k {
		return false
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)] <= k
}
