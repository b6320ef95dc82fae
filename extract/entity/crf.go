package entity

import "math"

// crfSteps returns the step of a linear-chain CRF over the same features
// and tags as the perceptron, for averaged stochastic gradient ascent on
// the conditional log-likelihood: every tag of every token moves by how
// far the model's marginal probability is from the gold tag (times lr and
// the sentence's weight), where the perceptron moves only the tags of the
// tokens it got wrong. The model decodes exactly like a perceptron's.
func crfSteps(lr float64) func(p *averager, in *instance) bool {
	var em [][numTags]float32
	var fb forwardBackward
	return func(p *averager, in *instance) bool {
		em = p.m.emissions(in.feats, in.offs, em[:0])
		fb.run(p.m.trans, em)
		rate := float32(lr) * in.weight
		miss := false
		for k, g := range in.gold {
			node := &fb.node[k]
			best := 0
			for t := range numTags {
				if node[t] > node[best] {
					best = t
				}
			}
			miss = miss || best != g
			for t := range numTags {
				d := -node[t]
				if t == g {
					d += 1
				}
				if d > -crfSkip && d < crfSkip {
					continue // a negligible step: skipping it saves most of the work
				}
				step := rate * float32(d)
				for _, f := range in.feats[in.offs[k]:in.offs[k+1]] {
					p.bump(int(f)*numTags+t, step)
				}
			}
			prev := numTags
			if k > 0 {
				prev = in.gold[k-1]
			}
			p.bumpTrans(prev*numTags+g, rate)
		}
		for i, e := range fb.edge {
			if e != 0 {
				p.bumpTrans(i, -rate*float32(e))
			}
		}
		return miss
	}
}

// crfSkip is the smallest probability gap a CRF step is taken for.
const crfSkip = 1e-3

// forwardBackward computes a sentence's tag marginals under the BILOU
// constraints: node[k][t] is the probability of tag t at token k, and
// edge[a*numTags+b] the expected number of transitions from a to b (row
// numTags is the sentence start), summed over the sentence.
type forwardBackward struct {
	alpha, beta, psi [][numTags]float64
	scale            []float64
	node             [][numTags]float64
	edge             [(numTags + 1) * numTags]float64
	a                [(numTags + 1) * numTags]float64
	pair             [numTags * numTags]float64 // scratch: one token's transition weights
}

func (fb *forwardBackward) run(trans []float32, em [][numTags]float32) {
	n := len(em)
	fb.alpha = grow(fb.alpha, n)
	fb.beta = grow(fb.beta, n)
	fb.psi = grow(fb.psi, n)
	fb.node = grow(fb.node, n)
	fb.scale = grow(fb.scale, n)
	for prev := -1; prev < numTags; prev++ {
		row := prev
		if prev < 0 {
			row = numTags
		}
		for t := range numTags {
			v := 0.0
			if allowed(prev, t) {
				v = math.Exp(float64(trans[row*numTags+t]))
			}
			fb.a[row*numTags+t] = v
		}
	}
	for k := range em {
		mx := float32(math.Inf(-1))
		for _, v := range em[k] {
			mx = max(mx, v)
		}
		for t, v := range em[k] {
			fb.psi[k][t] = math.Exp(max(float64(v)-float64(mx), -50)) // floored: a sentence keeps a path
		}
	}
	for k := range n {
		var s float64
		for b := range numTags {
			var v float64
			if k == 0 {
				v = fb.a[numTags*numTags+b]
			} else {
				for a := range numTags {
					v += fb.alpha[k-1][a] * fb.a[a*numTags+b]
				}
			}
			v *= fb.psi[k][b]
			fb.alpha[k][b] = v
			s += v
		}
		for b := range numTags {
			fb.alpha[k][b] /= s
		}
		fb.scale[k] = s
	}
	for t := range numTags {
		fb.beta[n-1][t] = 0
		if allowedEnd(t) {
			fb.beta[n-1][t] = 1
		}
	}
	for k := n - 2; k >= 0; k-- {
		for a := range numTags {
			var v float64
			for b := range numTags {
				v += fb.a[a*numTags+b] * fb.psi[k+1][b] * fb.beta[k+1][b]
			}
			fb.beta[k][a] = v / fb.scale[k+1]
		}
	}
	for k := range n {
		var s float64
		for t := range numTags {
			fb.node[k][t] = fb.alpha[k][t] * fb.beta[k][t]
			s += fb.node[k][t]
		}
		for t := range numTags {
			fb.node[k][t] /= s
		}
	}
	clear(fb.edge[:])
	for t := range numTags {
		fb.edge[numTags*numTags+t] = fb.node[0][t]
	}
	for k := 1; k < n; k++ {
		// The joint weight of each transition into token k, then the
		// same weights normalised: each product is computed once.
		var s float64
		for a := range numTags {
			for b := range numTags {
				v := 0.0
				if fb.alpha[k-1][a] != 0 {
					v = fb.alpha[k-1][a] * fb.a[a*numTags+b] * fb.psi[k][b] * fb.beta[k][b]
				}
				fb.pair[a*numTags+b] = v
				s += v
			}
		}
		for i, v := range fb.pair {
			fb.edge[i] += v / s
		}
	}
}
