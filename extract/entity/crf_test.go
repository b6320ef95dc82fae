package entity

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestForwardBackward checks the CRF's marginals against a sum over
// every allowed tag sequence of short sentences.
func TestForwardBackward(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	trans := make([]float32, (numTags+1)*numTags)
	for i := range trans {
		trans[i] = float32(rng.NormFloat64())
	}
	var fb forwardBackward
	for n := 1; n <= 3; n++ {
		em := make([][numTags]float32, n)
		for k := range em {
			for j := range em[k] {
				em[k][j] = float32(2 * rng.NormFloat64())
			}
		}
		fb.run(trans, em)
		var z float64
		node := make([][numTags]float64, n)
		var edge [(numTags + 1) * numTags]float64
		seq := make([]int, n)
		var walk func(k int, score float64)
		walk = func(k int, score float64) {
			if k == n {
				if !allowedEnd(seq[n-1]) {
					return
				}
				p := math.Exp(score)
				z += p
				prev := numTags
				for i, tag := range seq {
					node[i][tag] += p
					edge[prev*numTags+tag] += p
					prev = tag
				}
				return
			}
			prev, row := -1, numTags
			if k > 0 {
				prev, row = seq[k-1], seq[k-1]
			}
			for tag := range numTags {
				if !allowed(prev, tag) {
					continue
				}
				seq[k] = tag
				walk(k+1, score+float64(trans[row*numTags+tag])+float64(em[k][tag]))
			}
		}
		walk(0, 0)
		for k := range n {
			for tag := range numTags {
				if want := node[k][tag] / z; math.Abs(fb.node[k][tag]-want) > 1e-9 {
					t.Fatalf("n=%d: P(tag %d at %d) = %g, want %g", n, tag, k, fb.node[k][tag], want)
				}
			}
		}
		for i := range edge {
			if want := edge[i] / z; math.Abs(fb.edge[i]-want) > 1e-9 {
				t.Fatalf("n=%d: expected transitions %d = %g, want %g", n, i, fb.edge[i], want)
			}
		}
	}
}
