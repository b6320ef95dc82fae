package indexgen

import (
	"math"
	"math/rand/v2"
)

// zipf draws k in [0, n) with P(k) proportional to (v+k)^-s, as
// rand.Zipf does, from a table made once (Walker's alias method): one
// random number per draw instead of rand.Zipf's logarithm and
// exponential, which were a quarter of the generator's time and, in a
// 1M-article index build, took CPU from the indexing being measured.
type zipf struct {
	keep  []uint32 // draw k itself when the low 32 bits are below keep[k]
	alias []uint32 // else draw alias[k]
}

func newZipf(s, v float64, n int) *zipf {
	p := make([]float64, n)
	sum := 0.0
	for k := range p {
		p[k] = math.Pow(v+float64(k), -s)
		sum += p[k]
	}
	z := &zipf{keep: make([]uint32, n), alias: make([]uint32, n)}
	// Scale to a mean of 1, then pair each column under 1 with one over.
	var small, large []int
	for k := range p {
		p[k] *= float64(n) / sum
		if p[k] < 1 {
			small = append(small, k)
		} else {
			large = append(large, k)
		}
	}
	for len(small) > 0 && len(large) > 0 {
		lo, hi := small[len(small)-1], large[len(large)-1]
		small = small[:len(small)-1]
		z.keep[lo], z.alias[lo] = uint32(p[lo]*(1<<32)), uint32(hi)
		p[hi] -= 1 - p[lo]
		if p[hi] < 1 {
			large = large[:len(large)-1]
			small = append(small, hi)
		}
	}
	// What is left is 1 but for rounding: always kept.
	for _, k := range append(small, large...) {
		z.keep[k], z.alias[k] = math.MaxUint32, uint32(k)
	}
	return z
}

func (z *zipf) draw(r *rand.Rand) int {
	u := r.Uint64()
	k := int((u >> 32) * uint64(len(z.keep)) >> 32)
	if uint32(u) < z.keep[k] {
		return k
	}
	return int(z.alias[k])
}
