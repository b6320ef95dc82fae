package date

import (
	"time"

	"tidings/corpus"
)

// Options tune how ambiguous forms are read.
type Options struct {
	// DayFirst reads 10/11/2025 as 10 November (the locale's order);
	// by default the month comes first.
	DayFirst bool
}

// TIMEX3 types.
const (
	typeDate     = "DATE"
	typeTime     = "TIME"
	typeDuration = "DURATION"
	typeSet      = "SET"
)

// segmentTokens bounds the tokens held at once, so a 10 MB line without
// breaks is processed in pieces of bounded memory.
const segmentTokens = 1024

// Extract returns the date facts in text, in offset order, with values
// resolved against ref (the article's publication time; zero means
// unknown). It is pure and safe for concurrent use.
func Extract(text string, ref time.Time, opts Options) []corpus.Fact {
	p := parser{text: text, cal: newCal(ref), opts: opts}
	p.run()
	if len(p.facts) == 0 {
		return nil
	}
	out := make([]corpus.Fact, len(p.facts))
	for i, f := range p.facts {
		out[i] = corpus.Fact{Type: corpus.FactDate, Start: f.Start, End: f.End, Text: f.Text,
			TimexType: f.TimexType, Value: f.Value, RangeStart: f.RangeStart, RangeEnd: f.RangeEnd}
	}
	return out
}

// fact is the compact form of a date fact while the text is scanned; the
// full corpus.Fact is built once at the end, so growing the list copies
// little.
type fact struct {
	Start, End           int
	Text                 string
	TimexType, Value     string
	RangeStart, RangeEnd time.Time
}

// parser holds one call's state: the current segment's tokens and what the
// document has said so far (the last quarter named, for "a year earlier").
type parser struct {
	text string
	cal  cal
	opts Options
	toks []token
	base int // first token of the match being tried; it may start a line
	// anaphor marks a match resolved from the document's last quarter, which
	// must not become the new anchor.
	anaphor bool
	// zoneOffset is the zone of a clock time just matched, in minutes east
	// of UTC; it shifts the range, not the value.
	zoneOffset int
	// bareClock marks a clock time matched without a day; prevBare is the
	// same for the last fact emitted. Merging fills the day in.
	bareClock, prevBare bool
	dayFound            bool // set by clockDay: the day was written
	facts               []fact

	lastQuarterY, lastQuarterQ int    // last quarter named, 0 when none
	lastWasQuarter             bool   // the latest date fact is a quarter
	lastYear                   int    // year of the latest resolved date fact
	lastDay                    string // latest full date named, for "the same day"
}

// expr is a matched expression: tokens [start, end) and its TIMEX3 type
// and value.
type expr struct {
	start, end int
	typ, val   string
}

func (p *parser) run() {
	lx := lexer{text: p.text}
	p.toks = make([]token, 0, min(segmentTokens, len(p.text)/4+8))
	for {
		p.toks = p.toks[:0]
		for len(p.toks) < segmentTokens {
			t, ok := lx.next()
			if !ok {
				break
			}
			p.toks = append(p.toks, t)
		}
		if len(p.toks) == 0 {
			return
		}
		if len(p.toks) < segmentTokens {
			p.segment(len(p.toks))
			return
		}
		cut := p.cutPoint()
		p.segment(cut)
		lx.pos = p.toks[cut].s
	}
}

// cutPoint picks where a full segment ends: after the last line or sentence
// break in its second half, else a fixed distance before its end.
func (p *parser) cutPoint() int {
	n := len(p.toks)
	for i := n - 1; i > n/2; i-- {
		t := &p.toks[i]
		if t.has(fNewline) {
			return i
		}
		if t.kind == kPunct && (p.text[t.s] == '.' || p.text[t.s] == '!' || p.text[t.s] == '?') && i+1 < n &&
			p.toks[i+1].has(fSpace) {
			return i + 1
		}
	}
	return n - 32
}

// segment matches expressions in p.toks[:n].
func (p *parser) segment(n int) {
	toks := p.toks
	p.toks = toks[:n]
	for i := 0; i < n; {
		if e, ok := p.match(i); ok && e.end > e.start {
			p.emit(e)
			i = e.end
			continue
		}
		i++
	}
	p.toks = toks
}

func (p *parser) emit(e expr) {
	s, en := p.toks[e.start].s, p.toks[e.end-1].e
	f := fact{Start: s, End: en, Text: p.text[s:en], TimexType: e.typ, Value: e.val}
	bare := p.bareClock
	if n := len(p.facts); n > 0 && p.facts[n-1].End <= s {
		if typ, val, ok := p.merge(&p.facts[n-1], &f, p.prevBare, bare); ok {
			s = p.facts[n-1].Start
			p.facts = p.facts[:n-1]
			f = fact{Start: s, End: en, Text: p.text[s:en], TimexType: typ, Value: val}
			e.typ, e.val, bare = typ, val, false
		}
	}
	p.prevBare = bare
	if e.typ == typeDate || e.typ == typeTime {
		if rs, re, ok := rangeOf(e.val); ok {
			shift := -time.Duration(p.zoneOffset) * time.Minute
			f.RangeStart, f.RangeEnd = rs.Add(shift), re.Add(shift)
		}
		p.remember(e.val)
	}
	p.facts = append(p.facts, f)
}

// remember keeps what later anaphoric expressions refer to.
func (p *parser) remember(v string) {
	if len(v) < 4 || !allDigits(v[:4]) {
		return
	}
	p.lastYear = atoi(v[:4])
	if len(v) == 10 {
		p.lastDay = v
	}
	p.lastWasQuarter = len(v) == 7 && v[5] == 'Q' && isDigit(v[6])
	if p.lastWasQuarter && !p.anaphor {
		p.lastQuarterY, p.lastQuarterQ = p.lastYear, int(v[6]-'0')
	}
}

// tenseAt guesses the tense of the sentence around token i from the
// nearest auxiliary or past-tense verb; news defaults to the past.
func (p *parser) tenseAt(i int) tense {
	// "until Friday", "starting March 30": the coming one
	if pr := p.tok(i - 1); pr != nil && (pr.is(wUntil) || pr.kind == kWord &&
		(eqFold(p.text[pr.s:pr.e], "starting") || eqFold(p.text[pr.s:pr.e], "effective"))) {
		return tenseFuture
	}
	if p.wordIs(i-1, "as") && (p.wordIs(i-2, "early") || p.wordIs(i-2, "soon")) && p.wordIs(i-3, "as") {
		return tenseFuture // as early as Tuesday
	}
	best, bestDist := tenseNone, 1<<30
	for j := i - 1; j >= 0 && i-j < 12; j-- {
		t := &p.toks[j]
		if p.sentenceEnd(j) {
			break
		}
		if tn := p.tenseOf(j); tn != tenseNone {
			best, bestDist = tn, i-j
			break
		}
		if t.has(fNewline) {
			break
		}
	}
	for j := i + 1; j < len(p.toks) && j-i < bestDist && j-i < 25; j++ {
		if p.toks[j].has(fNewline) || p.sentenceEnd(j-1) {
			break
		}
		if tn := p.tenseOf(j); tn != tenseNone {
			return tn
		}
	}
	return best
}

func (p *parser) sentenceEnd(j int) bool {
	t := &p.toks[j]
	if t.kind != kPunct {
		return false
	}
	c := p.text[t.s]
	return (c == '.' || c == '!' || c == '?' || c == ';') && (j+1 >= len(p.toks) || p.toks[j+1].has(fSpace))
}

// tenseOf reads token j as a tense marker.
func (p *parser) tenseOf(j int) tense {
	t := &p.toks[j]
	if t.kind != kWord {
		return tenseNone
	}
	switch {
	case t.is(wWill), t.lx.cls == cMonth && t.lx.val == 5 && !t.has(fCap):
		return tenseFuture
	case t.is(wPastVerb):
		return tensePast
	case t.lx.cls == cNone && t.e-t.s > 3 && eqFold(p.text[t.e-2:t.e], "ed"):
		if pr := p.tok(j - 1); pr != nil && (pr.is(wThe) || pr.is(wA) || pr.is(wTheir)) {
			return tenseNone // "the reduced dividend": an adjective
		}
		return tensePast
	case t.lx.cls == cNone && t.e-t.s == 5 && eqFold(p.text[t.s:t.e], "going") && j+1 < len(p.toks) &&
		p.toks[j+1].is(wTo):
		return tenseFuture
	}
	return tenseNone
}
