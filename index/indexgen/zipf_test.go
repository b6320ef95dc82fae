package indexgen

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestZipfDistribution checks draws against P(k) ∝ (v+k)^-s: the head
// ranks one by one and the tail in buckets, each within four standard
// errors.
func TestZipfDistribution(t *testing.T) {
	const s, v, n, draws = 1.07, 2.0, 20000, 2_000_000
	z := newZipf(s, v, n)
	r := rand.New(rand.NewPCG(1, 2))
	counts := make([]int, n)
	for range draws {
		counts[z.draw(r)]++
	}
	sum := 0.0
	for k := range n {
		sum += math.Pow(v+float64(k), -s)
	}
	check := func(name string, lo, hi int) {
		p, got := 0.0, 0
		for k := lo; k < hi; k++ {
			p += math.Pow(v+float64(k), -s) / sum
			got += counts[k]
		}
		want := p * draws
		if se := math.Sqrt(want * (1 - p)); math.Abs(float64(got)-want) > 4*se {
			t.Errorf("%s [%d,%d): %d draws, want %.0f ± %.0f", name, lo, hi, got, want, 4*se)
		}
	}
	for k := range 20 {
		check("rank", k, k+1)
	}
	for lo := 20; lo < n; lo *= 3 {
		check("ranks", lo, min(3*lo, n))
	}
}

func BenchmarkZipf(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	b.Run("alias", func(b *testing.B) {
		z := newZipf(1.07, 2, 20000)
		for b.Loop() {
			z.draw(r)
		}
	})
	b.Run("rand.Zipf", func(b *testing.B) {
		z := rand.NewZipf(r, 1.07, 2, 19999)
		for b.Loop() {
			z.Uint64()
		}
	})
}
