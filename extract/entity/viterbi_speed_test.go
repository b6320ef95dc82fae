package entity

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestViterbiTagGroups checks the fixed groups viterbiEm walks against
// the BILOU rules: every allowed pair is in exactly one group.
func TestViterbiTagGroups(t *testing.T) {
	for p := range numTags {
		for tag := range numTags {
			closed := slices.Contains(closedTags[:], uint8(p)) && slices.Contains(afterClosed[:], uint8(tag))
			open := p > 0 && tag > 0 && (p-1)/4 == (tag-1)/4 && (tagPos(p) == posB || tagPos(p) == posI) &&
				(tagPos(tag) == posI || tagPos(tag) == posL)
			if allowed(p, tag) != (closed || open) {
				t.Errorf("%d -> %d: allowed %v, closed group %v, open group %v", p, tag, allowed(p, tag), closed, open)
			}
		}
	}
	for i, c := range closedTags {
		if !allowedEnd(int(c)) || i > 0 && c <= closedTags[i-1] {
			t.Errorf("closedTags[%d] = %d: not a closed tag or out of order", i, c)
		}
	}
}

// referenceViterbi is the plain decoder: every allowed previous tag in
// order, the first maximum kept.
func referenceViterbi(trans []float32, em [][numTags]float32) []int {
	n := len(em)
	if n == 0 {
		return nil
	}
	back := make([][numTags]uint8, n)
	var prev, cur [numTags]float32
	negInf := float32(math.Inf(-1))
	for t := range numTags {
		prev[t] = negInf
		if allowed(-1, t) {
			prev[t] = em[0][t] + trans[numTags*numTags+t]
		}
	}
	for k := 1; k < n; k++ {
		for t := range numTags {
			best, arg := negInf, 0
			for p := range numTags {
				if !allowed(p, t) {
					continue
				}
				if v := prev[p] + trans[p*numTags+t]; v > best {
					best, arg = v, p
				}
			}
			cur[t] = best + em[k][t]
			back[k][t] = uint8(arg)
		}
		prev = cur
	}
	best := 0
	for t := range numTags {
		if allowedEnd(t) && prev[t] > prev[best] {
			best = t
		}
	}
	tags := make([]int, n)
	for k := n - 1; k >= 0; k-- {
		tags[k] = best
		best = int(back[k][best])
	}
	return tags
}

func TestViterbiMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name   string
		levels int // distinct score values: few make ties common
	}{
		{"continuous scores", 0},
		{"many ties", 3},
		{"some ties", 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			val := func() float32 {
				if tc.levels == 0 {
					return float32(rng.NormFloat64())
				}
				return float32(rng.IntN(tc.levels))
			}
			var vs viterbiScratch
			var tags []int
			for range 2000 {
				trans := make([]float32, (numTags+1)*numTags)
				for i := range trans {
					trans[i] = val()
				}
				em := make([][numTags]float32, rng.IntN(30))
				for k := range em {
					for tag := range numTags {
						em[k][tag] = val()
					}
				}
				var tt transTable
				tt.fill(trans)
				tags = viterbiEm(&vs, &tt, em, tags)
				if want := referenceViterbi(trans, em); !slices.Equal(tags, want) && len(want) > 0 {
					t.Fatalf("got %v, want %v", tags, want)
				}
			}
		})
	}
}
