package entity

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"tidings/extract/token"
)

// widenOne is widen for one span, the reference widen's single pass
// must agree with.
func (d *doc) widenOne(first, last int) {
	kept := d.ms[:0]
	done := false
	for _, m := range d.ms {
		if m.first < first || m.last > last {
			kept = append(kept, m)
			continue
		}
		if !done {
			m.first, m.last = first, last
			d.set(&m)
			kept = append(kept, m)
			done = true
		}
	}
	d.ms = kept
}

func TestWidenMatchesOneSpanAtATime(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	toks := make([]token.Token, 40)
	for i := range toks {
		toks[i] = token.Token{Start: 2 * i, End: 2*i + 1, Text: "x"}
	}
	for range 3000 {
		var ms []mention
		for range rng.IntN(12) {
			a := rng.IntN(len(toks))
			b := min(len(toks)-1, a+rng.IntN(4))
			ms = append(ms, mention{first: a, last: b}) // unordered, may overlap
		}
		var spans [][2]int
		for k := rng.IntN(4); k < len(toks); k += 1 + rng.IntN(8) {
			end := min(len(toks)-1, k+rng.IntN(5))
			spans = append(spans, [2]int{k, end})
			k = end
		}
		want := &doc{toks: toks, ms: append([]mention(nil), ms...)}
		for _, s := range spans {
			want.widenOne(s[0], s[1])
		}
		got := &doc{toks: toks, ms: append([]mention(nil), ms...)}
		got.widen(spans)
		if !reflect.DeepEqual(got.ms, want.ms) {
			t.Fatalf("spans %v, mentions %v: got %v, want %v", spans, ms, got.ms, want.ms)
		}
	}
}
