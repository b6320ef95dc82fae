package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tidings/extract/token"
)

// sentence holds one sentence's tokens and the per-token views the
// feature templates read.
type sentence struct {
	toks    []token.Token
	lower   []string
	shape   []string // "Xxxx", "dd.d": one class per rune, runs cut at 4
	short   []string // "Xx", "d.d": runs collapsed
	gaz     []gazMatch
	clus    [][4]int32 // coarse and fine cluster of the text, then of the embeddings; -1 when unknown
	hasEmb  bool       // the model has embedding clusters
	masked  []bool     // training only: hide the word itself, as if unseen
	allCaps bool       // a headline in capitals: case says nothing
	// lowerCaseless reads a sentence wholly in lower case as allCaps:
	// set when tagging, not when training (the model learnt its
	// capitals features from capitals lines; with the tweets typed in
	// lower case among them it tags lower-case text worse)
	lowerCaseless bool
	lh            []uint64 // hashStr(fnvOffset, lower[i])
	sink          uint64   // keeps the touched slots' loads
}

func newSentence(toks []token.Token, g *Gazetteer, clusters wordClusters, lowerCaseless bool) *sentence {
	s := &sentence{lowerCaseless: lowerCaseless}
	s.reset(toks, g, clusters, nil)
	return s
}

// reset fills s for toks, reusing its slices; interned, when not nil,
// shares shape strings between sentences of one call.
func (s *sentence) reset(toks []token.Token, g *Gazetteer, clusters wordClusters, interned map[string]string) {
	n := len(toks)
	s.toks = toks
	s.lower = grow(s.lower, n)
	s.shape = grow(s.shape, n)
	s.short = grow(s.short, n)
	s.gaz = grow(s.gaz, n)
	s.clus = grow(s.clus, n)
	s.masked = nil
	upper, letters, cased := 0, 0, 0
	var lb, sb [32]byte
	for i, t := range toks {
		s.lower[i] = strings.ToLower(t.Text)
		long, short := shapeBytes(t.Text, lb[:0], sb[:0])
		s.shape[i], s.short[i] = intern(interned, long), intern(interned, short)
		if s.short[i] == "X" || s.short[i] == "X.X." || s.short[i] == "X'X" {
			upper++
		}
		if s.short[i] != "" && (s.short[i][0] == 'X' || s.short[i][0] == 'x') {
			letters++
		}
		if strings.IndexByte(s.short[i], 'X') >= 0 {
			cased++
		}
	}
	// a sentence in capitals, or wholly in lower case, says nothing by case
	s.allCaps = letters >= 3 && (upper*10 >= letters*8 || s.lowerCaseless && cased == 0)
	s.hasEmb = clusters.emb != nil
	// hash each lower-cased word once and read the home slots of the
	// embedding clusters and the gazetteer for the whole sentence before
	// any lookup, so that their cache misses overlap
	s.lh = grow(s.lh, n)
	var sink uint64
	for i := range n {
		h := hashStr(fnvOffset, s.lower[i])
		s.lh[i] = h
		sink ^= clusters.emb.touch(h)
		if g != nil {
			sink ^= g.names.touch(h)
		}
	}
	s.sink = sink
	for i, t := range toks {
		s.clus[i] = [4]int32{-1, -1, -1, -1}
		c, ok := clusters.text.get(t.Text)
		if !ok && s.lower[i] != t.Text {
			c, ok = clusters.text.get(s.lower[i])
		}
		if ok {
			s.clus[i][0], s.clus[i][1] = int32(c[0]), int32(c[1])
		}
		if c, ok := clusters.emb.getHash(s.lh[i]); ok {
			s.clus[i][2], s.clus[i][3] = int32(c[0]), int32(c[1])
		}
	}
	g.match(s.lower, s.lh, s.gaz)
}

// asciiQuotes returns toks with typographic apostrophes, quotes and
// dashes written as the ASCII the training text mostly has ("Zidane’s"
// read as "Zidane's": the tagger had made "Zinedine Zidane" an
// organization before the curly "’s" it had hardly seen). Offsets are
// kept; toks itself is returned when it has none, else a copy in *buf.
// Tagging only: the model was trained on the text as written, and a
// model trained on it made ASCII scored no better (PUD 0.7680 against
// 0.7708, wikigold 0.8197 against 0.8231, EWT dev 0.8100 against
// 0.8060).
func asciiQuotes(toks []token.Token, buf *[]token.Token) []token.Token {
	i := 0
	for i < len(toks) && !strings.Contains(toks[i].Text, "\xe2\x80") {
		i++
	}
	if i == len(toks) {
		return toks
	}
	out := append((*buf)[:0], toks...)
	for k := i; k < len(out); k++ {
		if strings.Contains(out[k].Text, "\xe2\x80") {
			out[k].Text = typographic.Replace(out[k].Text)
		}
	}
	*buf = out
	return out
}

var typographic = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-")

func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

func intern(m map[string]string, b []byte) string {
	if m == nil {
		return string(b)
	}
	if s, ok := m[string(b)]; ok {
		return s
	}
	s := string(b)
	m[s] = s
	return s
}

// shapes returns the long and short word shapes of w.
func shapes(w string) (string, string) {
	long, short := shapeBytes(w, nil, nil)
	return string(long), string(short)
}

// shapeBytes appends the long and short shapes of w to long and short.
func shapeBytes(w string, long, short []byte) ([]byte, []byte) {
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r) || unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '~'
		}
		if c == last {
			run++
		} else {
			run = 1
			short = append(short, c)
		}
		if run <= 4 {
			long = append(long, c)
		}
		last = c
	}
	return long, short
}

// Feature template ids; changing them invalidates trained models.
const (
	fBias byte = iota + 1
	fWord
	fLower
	fShape
	fShort
	fPrefix
	fSuffix
	fPrev1
	fNext1
	fPrev2
	fNext2
	fPrevShape
	fNextShape
	fShapeTri
	fPrevBigram
	fNextBigram
	fFirst
	fCapsLower
	fGaz
	fGazPrev
	fGazNext
	fPrevWordNextShape
	fLen
	fClusCoarse
	fClusFine
	fClusPrev
	fClusNext
	fClusPrevCur
	fPrevPair
	fNextPair
	fEmbCoarse
	fEmbFine
)

// features appends the hashed feature rows of every token of s to dst and
// returns it with offs[i]:offs[i+1] delimiting token i's rows.
func (s *sentence) features(bits uint8, dst []uint32, offs []int32) ([]uint32, []int32) {
	n := len(s.toks)
	offs = append(offs[:0], int32(len(dst)))
	add := func(h uint64) { dst = append(dst, bucket(h, bits)) }
	for i := range n {
		lw, sh := s.lower[i], s.shape[i]
		lex := s.masked == nil || !s.masked[i]
		add(template(fBias))
		if !s.allCaps {
			if lex {
				add(hashStr(template(fWord), s.toks[i].Text))
			}
			add(hashStr(template(fShape), sh))
			add(hashStr(template(fShort), s.short[i]))
		} else if lex {
			add(hashStr(template(fCapsLower), lw))
		}
		if lex {
			add(hashStr(template(fLower), lw))
			add(hashStr(hashByte(hashStr(template(fPrevBigram), s.word(i-1)), 0), lw))
			add(hashStr(hashByte(hashStr(template(fNextBigram), lw), 0), s.word(i+1)))
		}
		for k := 1; k <= 3 && k < len(lw); k++ {
			add(hashStr(hashByte(template(fPrefix), byte(k)), lw[:k]))
		}
		for k := 1; k <= 4 && k < len(lw); k++ {
			add(hashStr(hashByte(template(fSuffix), byte(k)), lw[len(lw)-k:]))
		}
		add(hashStr(template(fPrev1), s.word(i-1)))
		add(hashStr(template(fNext1), s.word(i+1)))
		add(hashStr(template(fPrev2), s.word(i-2)))
		add(hashStr(template(fNext2), s.word(i+2)))
		add(hashStr(template(fPrevShape), s.shapeAt(i-1)))
		add(hashStr(template(fNextShape), s.shapeAt(i+1)))
		add(hashStr(hashByte(hashStr(hashByte(hashStr(template(fShapeTri), s.shortAt(i-1)), 0), s.short[i]), 0), s.shortAt(i+1)))
		add(hashStr(hashByte(hashStr(template(fPrevWordNextShape), s.word(i-1)), 0), s.shapeAt(i+1)))
		if i == 0 {
			add(hashStr(template(fFirst), sh))
		}
		add(hashByte(template(fLen), byte(min(len(lw), 12))))
		add(hashU32(template(fClusCoarse), s.clusAt(i, 0)))
		add(hashU32(template(fClusFine), s.clusAt(i, 1)))
		add(hashU32(template(fClusPrev), s.clusAt(i-1, 1)))
		add(hashU32(template(fClusNext), s.clusAt(i+1, 1)))
		add(hashU32(hashU32(template(fClusPrevCur), s.clusAt(i-1, 0)), s.clusAt(i, 0)))
		if s.hasEmb {
			add(hashU32(template(fEmbCoarse), s.clusAt(i, 2)))
			add(hashU32(template(fEmbFine), s.clusAt(i, 3)))
		}
		add(hashStr(hashByte(hashStr(template(fPrevPair), s.word(i-2)), 0), s.word(i-1)))
		add(hashStr(hashByte(hashStr(template(fNextPair), s.word(i+1)), 0), s.word(i+2)))
		dst = s.gazFeatures(i, bits, dst)
		offs = append(offs, int32(len(dst)))
	}
	return dst, offs
}

func (s *sentence) gazFeatures(i int, bits uint8, dst []uint32) []uint32 {
	g := s.gaz[i]
	for l := range NumGazLists {
		if g.lists&(1<<l) != 0 {
			h := hashByte(hashByte(template(fGaz), byte(l)), g.pos[l])
			dst = append(dst, bucket(h, bits))
			dst = append(dst, bucket(hashStr(h, s.short[i]), bits))
		}
	}
	if i > 0 && s.gaz[i-1].lists != 0 {
		dst = append(dst, bucket(hashByte(template(fGazPrev), s.gaz[i-1].lists), bits))
	}
	if i+1 < len(s.gaz) && s.gaz[i+1].lists != 0 {
		dst = append(dst, bucket(hashByte(template(fGazNext), s.gaz[i+1].lists), bits))
	}
	return dst
}

func (s *sentence) word(i int) string    { return s.at(i, s.lower, false) }
func (s *sentence) shapeAt(i int) string { return s.at(i, s.shape, true) }
func (s *sentence) shortAt(i int) string { return s.at(i, s.short, true) }

// at returns vals[i] with sentinels outside the sentence; capsAs says
// whether an all-caps sentence reads "caps" instead (its shapes say nothing).
func (s *sentence) at(i int, vals []string, capsAs bool) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s.toks):
		return "</s>"
	case capsAs && s.allCaps:
		return "caps"
	}
	return vals[i]
}

// clusAt returns token i's cluster g (0 and 1 the coarse and fine
// clusters of the text, 2 and 3 those of the embeddings), with sentinels
// outside the sentence.
func (s *sentence) clusAt(i, g int) uint32 {
	switch {
	case i < 0:
		return 1 << 20
	case i >= len(s.toks):
		return 1<<20 + 1
	}
	return uint32(s.clus[i][g])
}

func hashU32(h uint64, v uint32) uint64 {
	for range 4 {
		h = hashByte(h, byte(v))
		v >>= 8
	}
	return h
}
