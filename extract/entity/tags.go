package entity

import "tidings/corpus"

// BIO tags over the four entity types. Tag 0 is outside; for type k
// (0-based) B is 1+2k and I is 2+2k.
const numTags = 9

var tagTypes = [4]corpus.FactType{corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc}

func beginTag(t corpus.FactType) int {
	for k, tt := range tagTypes {
		if tt == t {
			return 1 + 2*k
		}
	}
	return 0
}

func isInside(tag int) bool { return tag > 0 && tag%2 == 0 }

func tagType(tag int) corpus.FactType { return tagTypes[(tag-1)/2] }

// allowed reports whether tag may follow prev (-1: sentence start): an I
// tag continues only its own type.
func allowed(prev, tag int) bool {
	if !isInside(tag) {
		return true
	}
	return prev == tag || prev == tag-1
}

// tagSpan is a tagged token range [first, last] of one type.
type tagSpan struct {
	first, last int
	typ         corpus.FactType
}

// spansOf reads BIO tags into token spans.
func spansOf(tags []int) []tagSpan {
	var out []tagSpan
	for i := 0; i < len(tags); i++ {
		if tags[i] == 0 {
			continue
		}
		b := tags[i]
		if isInside(b) {
			b-- // a stray I starts a span
		}
		j := i
		for j+1 < len(tags) && tags[j+1] == b+1 {
			j++
		}
		out = append(out, tagSpan{i, j, tagType(b)})
		i = j
	}
	return out
}
