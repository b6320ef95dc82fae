package entity

import "tidings/corpus"

// BILOU tags over the four entity types. Tag 0 is outside; type k
// (0-based) has tags 1+4k+pos with pos begin, inside, last or unit.
const numTags = 17

const (
	posB = iota
	posI
	posL
	posU
)

var tagTypes = [4]corpus.FactType{corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc}

func typeIndex(t corpus.FactType) int {
	for k, tt := range tagTypes {
		if tt == t {
			return k
		}
	}
	return -1
}

func tagOf(k, pos int) int { return 1 + 4*k + pos }

func tagPos(tag int) int { return (tag - 1) % 4 }

func tagType(tag int) corpus.FactType { return tagTypes[(tag-1)/4] }

// open reports a tag that must be continued (B or I).
func open(tag int) bool { return tag > 0 && (tagPos(tag) == posB || tagPos(tag) == posI) }

// allowed reports whether tag may follow prev (-1: sentence start).
func allowed(prev, tag int) bool {
	if prev > 0 && open(prev) {
		return tag > 0 && (tag-1)/4 == (prev-1)/4 && (tagPos(tag) == posI || tagPos(tag) == posL)
	}
	return tag == 0 || tagPos(tag) == posB || tagPos(tag) == posU
}

// allowedEnd reports whether a sentence may end on tag.
func allowedEnd(tag int) bool { return !open(tag) }

// encodeSpan writes the BILOU tags of a name over tags[first:last+1].
func encodeSpan(tags []int, first, last int, t corpus.FactType) {
	k := typeIndex(t)
	if first == last {
		tags[first] = tagOf(k, posU)
		return
	}
	tags[first] = tagOf(k, posB)
	for i := first + 1; i < last; i++ {
		tags[i] = tagOf(k, posI)
	}
	tags[last] = tagOf(k, posL)
}

// repairEdges fixes tags cut by a sentence break: a name must start with
// B or U and end with L or U inside the slice.
func repairEdges(tags []int) {
	n := len(tags)
	if n == 0 {
		return
	}
	if t := tags[0]; t > 0 && (tagPos(t) == posI || tagPos(t) == posL) {
		base := t - tagPos(t)
		if tagPos(t) == posL {
			tags[0] = base + posU
		} else {
			tags[0] = base + posB
		}
	}
	if t := tags[n-1]; open(t) {
		base := t - tagPos(t)
		if tagPos(t) == posB {
			tags[n-1] = base + posU
		} else {
			tags[n-1] = base + posL
		}
	}
}

// tagSpan is a tagged token range [first, last] of one type.
type tagSpan struct {
	first, last int
	typ         corpus.FactType
}

// spansOf reads BILOU tags into token spans.
func spansOf(tags []int) []tagSpan {
	var out []tagSpan
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if t == 0 {
			continue
		}
		j := i
		for open(tags[j]) && j+1 < len(tags) && tags[j+1] > 0 && (tags[j+1]-1)/4 == (t-1)/4 &&
			(tagPos(tags[j+1]) == posI || tagPos(tags[j+1]) == posL) {
			j++
		}
		out = append(out, tagSpan{i, j, tagType(t)})
		i = j
	}
	return out
}

// predecessors lists, per tag, the tags allowed before it; Viterbi reads
// it instead of testing all pairs.
var predecessors = func() (out [numTags][]uint8) {
	for t := range numTags {
		for p := range numTags {
			if allowed(p, t) {
				out[t] = append(out[t], uint8(p))
			}
		}
	}
	return out
}()
