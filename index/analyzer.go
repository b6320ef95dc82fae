package index

import (
	"bytes"
	"hash/maphash"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/segment"
)

// fastEnglish gives exactly the token stream of Bleve's "en" analyzer
// (unicode tokenizer, then possessive_en, to_lower, stop_en and
// stemmer_porter), three or four times faster on news text:
//
//   - Text is cut at ASCII whitespace, which always ends a UAX#29 word
//     (no word rule lets a letter, digit or mid-word character join
//     across it). A chunk of ASCII, Latin letters and common punctuation
//     (’ “ ” — …) is segmented by simpleWords; any other chunk is handed
//     to Bleve's segmenter, started at the whitespace before the chunk
//     so it sees the same text as Bleve's.
//   - Words are filtered as they are made, so stop words take no token.
//   - Words are lower-cased into a scratch buffer, not through []rune.
//   - What the stop and stemmer filters make of a word is memoized
//     (stemMemo).
//
// Unlike Bleve's analyzer it never writes to its input. It is safe for
// concurrent use.
type fastEnglish struct {
	stop analysis.TokenMap
	stem analysis.TokenFilter // on memo misses
	memo stemMemo
}

var _ analysis.Analyzer = (*fastEnglish)(nil)

// newFastEnglish takes the stop words and stemmer from cache, so they are
// the very ones Bleve's "en" analyzer uses.
func newFastEnglish(cache *registry.Cache) (*fastEnglish, error) {
	stop, err := cache.TokenMapNamed(en.StopName)
	if err != nil {
		return nil, err
	}
	a := &fastEnglish{stop: stop}
	if a.stem, err = cache.TokenFilterNamed(porter.Name); err != nil {
		return nil, err
	}
	a.memo.seed = maphash.MakeSeed()
	return a, nil
}

// Analyze returns input's tokens, filtered and stemmed. Terms may share
// memory with other calls' terms: callers must not modify them.
func (a *fastEnglish) Analyze(input []byte) analysis.TokenStream {
	return tokenizeEnglish(input, a)
}

// filter applies the possessive, lower-case, stop and stemmer filters to
// a word of the input. It returns the term, or false for a stop word.
func (a *fastEnglish) filter(word, scratch []byte) ([]byte, bool) {
	term, simple := simpleLower(word, scratch)
	if !simple {
		term = unicodeLower(word, scratch)
	}
	e, h := a.memo.lookup(term)
	if e == nil {
		e = a.word(term)
		a.memo.store(term, e, h)
	}
	return e.stem, !e.stop
}

// word returns the memo entry of a lower-cased word: its stem, or that
// it is a stop word.
func (a *fastEnglish) word(term []byte) *memoEntry {
	e := &memoEntry{}
	e.n = uint8(copy(e.word[:], term))
	if _, e.stop = a.stop[string(term)]; !e.stop {
		t := analysis.Token{Term: term}
		a.stem.Filter(analysis.TokenStream{&t})
		e.stem = t.Term[:len(t.Term):len(t.Term)] // an append by a caller must copy
	}
	return e
}

// simpleLower returns term without an English possessive ('s or ’s) and
// in lower case, in scratch when it had upper-case letters; false if term
// has other characters than ASCII, ‘ and ’ (which lower-casing keeps).
func simpleLower(term, scratch []byte) ([]byte, bool) {
	upper := false
	for i := 0; i < len(term); i++ {
		c := term[i]
		if c >= 0x80 {
			if k, _ := simpleClass(term[i:]); k != wbMidBoth {
				return nil, false
			}
			i += 2
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if n := len(term); n >= 2 && term[n-1]|0x20 == 's' {
		if term[n-2] == '\'' {
			term = term[:n-2]
		} else if n >= 4 && string(term[n-4:n-1]) == "’" {
			term = term[:n-4]
		}
	}
	if !upper {
		return term, true
	}
	out := append(scratch, term...)
	for i, c := range out {
		if 'A' <= c && c <= 'Z' {
			out[i] = c + 'a' - 'A'
		}
	}
	return out, true
}

// unicodeLower returns what Bleve's possessive_en and to_lower filters
// make of word, in scratch (or a new slice). It copies word and then
// follows to_lower step by step, in place, quirks included: after a rune
// whose lower case is shorter (İ), the unchanged runes that follow are
// not moved back.
func unicodeLower(word, scratch []byte) []byte {
	s := append(scratch, word...)
	if r, n := utf8.DecodeLastRune(s); r == 's' || r == 'S' {
		switch q, m := utf8.DecodeLastRune(s[:len(s)-n]); q {
		case '’', '\'', '＇':
			s = s[:len(s)-n-m]
		}
	}
	j := 0
	for i := 0; i < len(s); {
		r, wid := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[i:])
		}
		l := unicode.ToLower(r)
		if l == r {
			i += wid
			j += wid
			continue
		}
		if l == 'σ' && i+2 == len(s) {
			l = 'ς'
		}
		lwid := utf8.RuneLen(l)
		if lwid > wid {
			// to_lower hands the rest to bytes.ToLower.
			return append(s[:j:j], bytes.ToLower(s[i:])...)
		}
		utf8.EncodeRune(s[j:], l)
		i += wid
		j += lwid
	}
	return s[:j]
}

// stemMemo caches what the stop and stemmer filters make of short words:
// news text repeats a few thousand words. It is a 4-way set-associative
// table of immutable entries replaced atomically, so it is safe for
// concurrent use and never grows. A set is one cache line: a tag of each
// way's hash spares reading entries that cannot match.
type stemMemo struct {
	seed maphash.Seed
	sets [1 << 14]memoSet
}

type memoSet struct {
	tags [4]atomic.Uint32 // 0: empty; may disagree with ents for a moment
	ents [4]atomic.Pointer[memoEntry]
	_    [16]byte
}

// memoEntry holds its word inline: a hit reads one more cache line.
type memoEntry struct {
	word [maxMemoWord]byte
	n    uint8
	stop bool
	stem []byte // shared by every token of word: never modified
}

// maxMemoWord bounds the words worth memoizing.
const maxMemoWord = 30

func (e *memoEntry) is(word []byte) bool {
	return e != nil && int(e.n) == len(word) && string(e.word[:e.n]) == string(word)
}

// lookup returns word's entry, or nil and the hash to store it with.
func (m *stemMemo) lookup(word []byte) (*memoEntry, uint64) {
	if len(word) > maxMemoWord {
		return nil, 0
	}
	h := maphash.Bytes(m.seed, word)
	set, tag := m.set(h)
	for i := range set.tags {
		if set.tags[i].Load() == tag {
			if e := set.ents[i].Load(); e.is(word) {
				return e, h
			}
		}
	}
	return nil, h
}

// store keeps e for word, of hash h, in a free way of its set or else in
// the one its hash picks.
func (m *stemMemo) store(word []byte, e *memoEntry, h uint64) {
	if len(word) > maxMemoWord {
		return
	}
	set, tag := m.set(h)
	way := int(h>>62) & 3
	for i := range set.tags {
		if set.tags[i].Load() == 0 {
			way = i
			break
		}
	}
	set.ents[way].Store(e)
	set.tags[way].Store(tag)
}

func (m *stemMemo) set(h uint64) (*memoSet, uint32) {
	return &m.sets[h&(uint64(len(m.sets))-1)], uint32(h>>32) | 1
}

// isSpace reports ASCII whitespace: tab, LF, VT, FF, CR and space.
func isSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// tokenizeEnglish gives the tokens of Bleve's unicode tokenizer, filtered
// by a as they are made; with a nil, unfiltered, Term still pointing into
// input.
func tokenizeEnglish(input []byte, a *fastEnglish) analysis.TokenStream {
	// About one word in ten bytes of English is kept.
	tb := tokenBuilder{pos: 1, a: a, n: len(input)}
	tb.slab = make([]analysis.Token, 0, min(len(input)/10+1, slabTokens))
	tb.out = make(analysis.TokenStream, 0, len(input)/10+1)
	p, floor := 0, 0 // floor: the end of the last segmented chunk
	for p < len(input) {
		if isSpace(input[p]) {
			p++
			continue
		}
		q, simple := p, true
		for q < len(input) && !isSpace(input[q]) {
			k, w := simpleClass(input[q:])
			simple = simple && k != wbNone
			q += w
		}
		if simple {
			simpleWords(input, p, q, &tb)
			p, floor = q, q
			continue
		}
		// Bleve's segmenter from the start of the whitespace run: a
		// space may take the combining marks after it.
		w := p
		for w > floor && isSpace(input[w-1]) {
			w--
		}
		end, ok := segmentWords(input, w, q, &tb)
		if !ok {
			break // Bleve's segmenter stops here too (invalid UTF-8)
		}
		p, floor = end, end
	}
	return tb.out
}

// segmentWords runs Bleve's segmenter on input from w, a segment
// boundary, until a segment ends at or after q. It returns that end, or
// false when the segmenter stopped first.
func segmentWords(input []byte, w, q int, tb *tokenBuilder) (int, bool) {
	s := segment.NewWordSegmenterDirect(input[w:])
	off := w
	for s.Segment() {
		end := off + len(s.Bytes())
		if typ := s.Type(); typ != segment.None {
			tb.add(input[off:end], off, segmentType(typ))
		}
		off = end
		if off >= q {
			return off, true
		}
	}
	return off, false
}

// segmentType is Bleve's unicode tokenizer's token type for a segment type.
func segmentType(typ int) analysis.TokenType {
	switch typ {
	case segment.Ideo, segment.Kana:
		return analysis.Ideographic
	case segment.Number:
		return analysis.Numeric
	}
	return analysis.AlphaNumeric
}

// slabTokens is the most tokens allocated at once, 16 KB: a small object
// for the allocator.
const slabTokens = 256

// tokenBuilder appends tokens, numbering their positions.
type tokenBuilder struct {
	a       *fastEnglish // filters tokens when not nil
	scratch [64]byte
	slab    []analysis.Token
	out     analysis.TokenStream
	pos     int
	n       int // the input's length
}

// add makes the word input[start:start+len(word)] a token, unless a
// filters it out; its position is counted either way.
func (tb *tokenBuilder) add(word []byte, start int, typ analysis.TokenType) {
	pos, term := tb.pos, word
	tb.pos++
	if tb.a != nil {
		var keep bool
		if term, keep = tb.a.filter(word, tb.scratch[:0]); !keep {
			return
		}
	}
	if len(tb.slab) == cap(tb.slab) {
		// As many tokens as the rest of the input would make at the
		// rate so far.
		rest := len(tb.out)*(tb.n-start)/max(start, 1) + 8
		tb.slab = make([]analysis.Token, 0, min(rest, slabTokens))
	}
	tb.slab = append(tb.slab, analysis.Token{Term: term, Start: start, End: start + len(word), Position: pos, Type: typ})
	tb.out = append(tb.out, &tb.slab[len(tb.slab)-1])
}

// Word-break classes of ASCII (UAX#29 as Bleve's segmenter implements it).
const (
	wbOther    = iota
	wbLetter   // ALetter: A-Z a-z
	wbDigit    // Numeric: 0-9
	wbExtend   // ExtendNumLet: _
	wbMidBoth  // MidNumLet . and Single_Quote ': join letters or digits
	wbMidAlpha // MidLetter : joins letters
	wbMidNum   // MidNum , ; join digits
	wbNone     // not a simple character (simpleClass)
)

var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = wbLetter, wbLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = wbDigit
	}
	t['_'] = wbExtend
	t['.'], t['\''] = wbMidBoth, wbMidBoth
	t[':'] = wbMidAlpha
	t[','], t[';'] = wbMidNum, wbMidNum
	return t
}()

// simpleClass returns the class and width of the character b starts
// with, among those simpleWords handles besides ASCII: Latin letters
// U+00C0-U+027F but × and ÷ (ALetter, like a-z), ‘ and ’ (MidNumLet,
// like '.') and – — “ ” … (Other). None is Extend or Format, so none
// joins what follows. Any other character is wbNone.
func simpleClass(b []byte) (uint8, int) {
	c := b[0]
	switch {
	case c < 0x80:
		return asciiClass[c], 1
	case 0xc3 <= c && c <= 0xc9:
		if len(b) < 2 || b[1]&0xc0 != 0x80 || c == 0xc3 && (b[1] == 0x97 || b[1] == 0xb7) {
			return wbNone, 1
		}
		return wbLetter, 2
	case c == 0xe2:
		if len(b) < 3 || b[1] != 0x80 {
			return wbNone, 1
		}
		switch b[2] {
		case 0x98, 0x99: // ‘ ’
			return wbMidBoth, 3
		case 0x93, 0x94, 0x9c, 0x9d, 0xa6: // – — “ ” …
			return wbOther, 3
		}
	}
	return wbNone, 1
}

// simpleWords adds the words of input[p:q], which holds only characters
// simpleClass knows, and is followed by whitespace or the end. A word is
// a run of letters, digits and '_', where a mid character joins when both
// its neighbours are letters (for . ' : ‘ ’) or digits (for . ' , ; ‘ ’).
// It is numeric when it has a digit and no letter.
func simpleWords(input []byte, p, q int, tb *tokenBuilder) {
	for i := p; i < q; {
		if k, w := simpleClass(input[i:q]); k != wbLetter && k != wbDigit && k != wbExtend {
			i += w
			continue
		}
		j, letters, digits := i, false, false
		prev := uint8(wbOther) // the class before j
	word:
		for j < q {
			k, w := simpleClass(input[j:q])
			switch k {
			case wbLetter:
				letters = true
			case wbDigit:
				digits = true
			case wbExtend:
			case wbMidBoth, wbMidAlpha, wbMidNum:
				next := uint8(wbOther)
				if j+w < q {
					next, _ = simpleClass(input[j+w : q])
				}
				if prev != next || !midJoins(k, next) {
					break word
				}
			default:
				break word
			}
			prev = k
			j += w
		}
		typ := analysis.AlphaNumeric
		if digits && !letters {
			typ = analysis.Numeric
		}
		tb.add(input[i:j], i, typ)
		i = j
	}
}

// midJoins reports whether a mid character of class mid joins two
// characters of class k.
func midJoins(mid, k uint8) bool {
	switch k {
	case wbLetter:
		return mid == wbMidBoth || mid == wbMidAlpha
	case wbDigit:
		return mid == wbMidBoth || mid == wbMidNum
	}
	return false
}
