package entity

import (
	"sort"

	"tidings/extract/token"
)

// A stacked second stage (Krishnan & Manning 2006; Ratinov & Roth 2009):
// a second perceptron reads the first stage's features plus what the
// first stage predicted over the whole document, so that one mention's
// context can type the others ("Sandoz" tagged a company where its shares
// rose makes the other "Sandoz" companies too).

// Stacked feature template ids (stage 2 has its own weight table, so they
// need only differ from each other).
const (
	fStackTag byte = iota + 64
	fStackTri
	fStackPrev
	fStackNext
	fStackTok
	fStackTokName
	fStackTokOwn
	fStackSuper
	fStackEarlier
)

// numVoteTypes counts outside and the four name types.
const numVoteTypes = 5

// voteType is 0 for outside, 1+k for name type k.
func voteType(tag int) int {
	if tag == 0 {
		return 0
	}
	return 1 + (tag-1)/4
}

// superName is the longest first-stage name holding a word.
type superName struct {
	start, n int32 // token index and length; n == 0: none
	typ, pos uint8 // vote type and the word's BILOU place in it
}

// docVotes holds the first stage's predictions over one document, by
// token text.
type docVotes struct {
	idx     map[string]int32 // token text -> distinct word index
	word    []int32          // per token: distinct word index
	counts  [][numVoteTypes]int32
	super   []superName
	earlier []uint8 // per token: 1+type of the last earlier occurrence tagged a name; 0 none
	last    []uint8 // per distinct word, while filling earlier
}

// reset fills v from the document's token texts and first-stage tags.
func (v *docVotes) reset(words []string, tags []int) {
	if v.idx == nil {
		v.idx = map[string]int32{}
	}
	clear(v.idx)
	v.word = grow(v.word, len(words))
	v.counts = v.counts[:0]
	v.super = v.super[:0]
	v.earlier = grow(v.earlier, len(words))
	v.last = v.last[:0]
	for i, w := range words {
		k, ok := v.idx[w]
		if !ok {
			k = int32(len(v.counts))
			v.idx[w] = k
			v.counts = append(v.counts, [numVoteTypes]int32{})
			v.super = append(v.super, superName{})
			v.last = append(v.last, 0)
		}
		v.word[i] = k
		vt := voteType(tags[i])
		v.counts[k][vt]++
		v.earlier[i] = v.last[k]
		if vt > 0 {
			v.last[k] = uint8(vt)
		}
	}
	for _, sp := range spansOf(tags) {
		n := int32(sp.last - sp.first + 1)
		for j := sp.first; j <= sp.last; j++ {
			k := v.word[j]
			if n > v.super[k].n {
				pos := posI
				switch {
				case n == 1:
					pos = posU
				case j == sp.first:
					pos = posB
				case j == sp.last:
					pos = posL
				}
				v.super[k] = superName{start: int32(sp.first), n: n, typ: uint8(1 + typeIndex(sp.typ)), pos: uint8(pos)}
			}
		}
	}
}

// stackFeatures appends the stacked rows of token i, whose sentence
// spans tokens [lo, hi) of the document.
func (v *docVotes) stackFeatures(i, lo, hi int, tags []int, bits uint8, dst []uint32) []uint32 {
	add := func(h uint64) { dst = append(dst, bucket(h, bits)) }
	own := byte(tags[i])
	prev, next := byte(numTags), byte(numTags+1)
	if i > lo {
		prev = byte(tags[i-1])
	}
	if i+1 < hi {
		next = byte(tags[i+1])
	}
	add(hashByte(template(fStackTag), own))
	add(hashByte(hashByte(hashByte(template(fStackTri), prev), own), next))
	add(hashByte(template(fStackPrev), prev))
	add(hashByte(template(fStackNext), next))
	k := v.word[i]
	c := v.counts[k]
	ownType := voteType(tags[i])
	c[ownType]--
	maj, names, nameMaj := 0, int32(0), 0
	for t := 1; t < numVoteTypes; t++ {
		if c[t] > c[maj] {
			maj = t
		}
		names += c[t]
		if c[t] > c[nameMaj] || nameMaj == 0 && c[t] > 0 {
			nameMaj = t
		}
	}
	if names+c[0] == 0 {
		maj = numVoteTypes // no other occurrence
	}
	add(hashByte(template(fStackTok), byte(maj)))
	add(hashByte(hashByte(template(fStackTokOwn), byte(maj)), byte(ownType)))
	if names > 0 {
		share := byte(0) // some of the other occurrences are names
		switch {
		case c[nameMaj] == names+c[0]:
			share = 2 // all, one type
		case c[nameMaj]*2 > names+c[0]:
			share = 1 // most
		}
		add(hashByte(hashByte(template(fStackTokName), byte(nameMaj)), share))
	}
	if s := v.super[k]; s.n > 0 && (int32(i) < s.start || int32(i) >= s.start+s.n) {
		add(hashByte(hashByte(hashByte(template(fStackSuper), s.typ), s.pos), byte(min(s.n, 4))))
	}
	add(hashByte(template(fStackEarlier), v.earlier[i]))
	return dst
}

// stackScratch holds a document's first-stage rows and tags while the
// second stage reads them.
type stackScratch struct {
	feats []uint32 // first-stage rows of every sentence
	offs  []int32  // per sentence, its token offsets into feats
	tags  []int    // first-stage tags by document token
	sents []stackSent
	words []string
	votes docVotes
	row   []uint32 // one sentence's rows with the stacked ones
	rowOf []int32
}

// stackSent is one sentence: tokens [first, last), offsets from offs[o].
type stackSent struct{ first, last, o int }

// tagStacked tags text with the first stage, then each sentence again
// with the second.
func (t *Tagger) tagStacked(text string, toks []token.Token, sc *tagScratch) []mention {
	st := &sc.st
	st.feats, st.offs, st.sents = st.feats[:0], st.offs[:0], st.sents[:0]
	st.tags = grow(st.tags, len(toks))
	clear(st.tags)
	for _, sp := range token.SentencesOf(text, toks) {
		first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.Start })
		last := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.End })
		if first >= last {
			continue
		}
		sc.s.reset(toks[first:last], t.m.gaz, t.m.clusTab, sc.interned)
		st.feats, sc.offs = sc.s.features(t.m.bits, st.feats, sc.offs)
		sc.tags = t.m.viterbiInto(&sc.vs, st.feats, sc.offs, sc.tags)
		copy(st.tags[first:last], sc.tags)
		st.sents = append(st.sents, stackSent{first, last, len(st.offs)})
		st.offs = append(st.offs, sc.offs...)
	}
	st.words = grow(st.words, len(toks))
	for i, tk := range toks {
		st.words[i] = tk.Text
	}
	st.votes.reset(st.words, st.tags)
	var out []mention
	for _, ss := range st.sents {
		offs := st.offs[ss.o : ss.o+ss.last-ss.first+1]
		st.row, st.rowOf = st.row[:0], append(st.rowOf[:0], 0)
		for k := range ss.last - ss.first {
			st.row = append(st.row, st.feats[offs[k]:offs[k+1]]...)
			st.row = st.votes.stackFeatures(ss.first+k, ss.first, ss.last, st.tags, t.m.bits, st.row)
			st.rowOf = append(st.rowOf, int32(len(st.row)))
		}
		sc.tags = t.m.stage2.viterbiInto(&sc.vs, st.row, st.rowOf, sc.tags)
		for _, ts := range spansOf(sc.tags) {
			a, b := ss.first+ts.first, ss.first+ts.last
			out = append(out, mention{start: toks[a].Start, end: toks[b].End, first: a, last: b, typ: ts.typ})
		}
	}
	clear(st.words) // hold no part of text while pooled
	clear(st.votes.idx)
	return out
}
