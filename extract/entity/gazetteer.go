package entity

import (
	"strings"

	"tidings/extract/token"
)

// GazList names one gazetteer list. Each is a bit in a name's membership.
type GazList uint8

// The gazetteer lists the tagger knows.
const (
	GazCountry   GazList = iota // countries and their native names
	GazRegion                   // states, provinces, first-level regions
	GazCity                     // populated places
	GazCompany                  // company names without legal suffixes
	GazFirstName                // given names
	GazSurname                  // family names
	GazCommon                   // words mostly written in lower case
	NumGazLists
)

// maxGazTokens bounds multi-token matches.
const maxGazTokens = 6

// Gazetteer answers, for a lower-cased token sequence, which lists hold it.
// It is read-only after NewGazetteer and safe for concurrent use.
type Gazetteer struct {
	names flagTable             // hash of a key -> list bits and gazPrefix
	lists [NumGazLists][]string // normalised entries, kept to write the model
}

// NewGazetteer builds a gazetteer from raw names per list. Names are
// tokenized and lower-cased; names longer than maxGazTokens are dropped.
func NewGazetteer(lists [NumGazLists][]string) *Gazetteer {
	g := &Gazetteer{}
	flags := map[uint64]uint8{}
	for l, names := range lists {
		seen := make(map[string]bool, len(names))
		for _, n := range names {
			key, ok := gazKey(n)
			if !ok || seen[key] {
				continue
			}
			seen[key] = true
			g.lists[l] = append(g.lists[l], key)
			addGaz(flags, key, GazList(l))
		}
	}
	g.names = newFlagTable(flags)
	return g
}

// gazKey is the lower-cased, space-joined token form of a name.
func gazKey(name string) (string, bool) {
	toks := token.Tokenize(name)
	if len(toks) == 0 || len(toks) > maxGazTokens {
		return "", false
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = strings.ToLower(t.Text)
	}
	return strings.Join(parts, " "), true
}

// Len returns the number of entries in list l.
func (g *Gazetteer) Len(l GazList) int { return len(g.lists[l]) }

// gazMatch is, per token, the list memberships of the longest match
// covering it, with the token's place in the match.
type gazMatch struct {
	lists uint8
	pos   [NumGazLists]byte // 'B', 'I', 'L', 'U' or 0
}

// match marks, for each list independently, the longest matches scanning
// left to right over the lower-cased tokens; lh, when not nil, holds
// hashStr(fnvOffset, lower[i]) already computed.
func (g *Gazetteer) match(lower []string, lh []uint64, out []gazMatch) {
	for i := range out {
		out[i] = gazMatch{}
	}
	if g == nil {
		return
	}
	var covered [NumGazLists]int // first token not yet covered per list
	for i := range lower {
		var h uint64 = fnvOffset
		var found [maxGazTokens]uint8
		n := 0
		for k := i; k < len(lower) && k-i < maxGazTokens; k++ {
			switch {
			case k > i:
				h = hashStr(hashByte(h, ' '), lower[k])
			case lh != nil:
				h = lh[i]
			default:
				h = hashStr(h, lower[k])
			}
			found[k-i] = g.names.get(h)
			n++
			if found[k-i]&gazPrefix == 0 {
				break // no longer entry starts with these tokens
			}
		}
		for l := range NumGazLists {
			if covered[l] > i {
				continue
			}
			for L := n; L >= 1; L-- {
				if found[L-1]&(1<<l) == 0 {
					continue
				}
				markGaz(out[i:i+L], l)
				covered[l] = i + L
				break
			}
		}
	}
}

func markGaz(span []gazMatch, l GazList) {
	for k := range span {
		span[k].lists |= 1 << l
		switch {
		case len(span) == 1:
			span[k].pos[l] = 'U'
		case k == 0:
			span[k].pos[l] = 'B'
		case k == len(span)-1:
			span[k].pos[l] = 'L'
		default:
			span[k].pos[l] = 'I'
		}
	}
}

// newGazetteerFromKeys rebuilds a gazetteer from already normalised keys.
func newGazetteerFromKeys(lists [NumGazLists][]string) *Gazetteer {
	flags := make(map[uint64]uint8, len(lists[GazCity])+len(lists[GazFirstName]))
	for l, keys := range lists {
		for _, k := range keys {
			addGaz(flags, k, GazList(l))
		}
	}
	return &Gazetteer{names: newFlagTable(flags), lists: lists}
}

// gazPrefix marks a key that starts a longer entry: match extends a
// token sequence only while it is one.
const gazPrefix = 1 << 7

// addGaz enters key in list l and marks its proper token prefixes.
func addGaz(flags map[uint64]uint8, key string, l GazList) {
	flags[hashStr(fnvOffset, key)] |= 1 << l
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			flags[hashStr(fnvOffset, key[:i])] |= gazPrefix
		}
	}
}
