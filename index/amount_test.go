package index

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"tidings/corpus"
)

// covers counts the ranges holding x's term at some precision.
func covers(ranges [][2][]byte, shifts []uint, x uint64) int {
	n := 0
	for _, shift := range shifts {
		t := prefixTerm(nil, x>>shift, shift)
		for _, r := range ranges {
			if bytes.Compare(r[0], t) <= 0 && bytes.Compare(t, r[1]) <= 0 {
				n++
			}
		}
	}
	return n
}

// The term ranges of [lo, hi] hold every value inside exactly once and no
// value outside, at every width from one value to the whole line, for the
// precisions of amounts and of times.
func TestTermRangesCoverExactly(t *testing.T) {
	for name, shifts := range map[string][]uint{"amounts": amountShifts, "times": timeShifts} {
		t.Run(name, func(t *testing.T) { checkTermRanges(t, shifts) })
	}
}

func checkTermRanges(t *testing.T, shifts []uint) {
	rng := rand.New(rand.NewPCG(1, 2))
	type bounds struct{ lo, hi uint64 }
	cases := []bounds{{0, 0}, {0, math.MaxUint64}, {255, 256}, {256, 511}, {1 << 40, 1<<40 + 1}, {math.MaxUint64, math.MaxUint64}}
	for range 300 {
		lo := rng.Uint64()
		width := rng.Uint64() >> rng.UintN(64) // widths of every magnitude
		hi := lo + width
		if hi < lo {
			hi = math.MaxUint64
		}
		cases = append(cases, bounds{lo, hi})
	}
	for _, c := range cases {
		ranges := termRanges(nil, shifts, c.lo, c.hi)
		if len(ranges) > 2*len(shifts)-1 {
			t.Errorf("[%d, %d]: %d ranges", c.lo, c.hi, len(ranges))
		}
		probes := []uint64{c.lo, c.hi, c.lo + (c.hi-c.lo)/2, c.lo | 255, c.hi &^ 255}
		for range 20 {
			off := rng.Uint64() // the whole line
			if span := c.hi - c.lo; span != math.MaxUint64 {
				off = rng.Uint64N(span + 1)
			}
			probes = append(probes, c.lo+off)
		}
		for _, x := range probes {
			if x < c.lo || x > c.hi {
				continue
			}
			if n := covers(ranges, shifts, x); n != 1 {
				t.Fatalf("[%d, %d]: %d inside is covered %d times", c.lo, c.hi, x, n)
			}
		}
		for _, x := range []uint64{c.lo - 1, c.hi + 1, c.lo - 1 - rng.Uint64N(1<<20), c.hi + 1 + rng.Uint64N(1<<20)} {
			outside := x < c.lo || x > c.hi
			if outside && covers(ranges, shifts, x) != 0 {
				t.Fatalf("[%d, %d]: %d outside is covered", c.lo, c.hi, x)
			}
		}
	}
}

func TestSortableKeepsOrder(t *testing.T) {
	vs := []float64{math.Inf(-1), -1e12, -2.5, -0.0, 0, 1e-9, 0.5, 1, 27, 1e9, 1.5e9, 5e10, math.MaxFloat64, math.Inf(1)}
	for i := 1; i < len(vs); i++ {
		if sortable(vs[i-1]) > sortable(vs[i]) {
			t.Errorf("sortable(%v) > sortable(%v)", vs[i-1], vs[i])
		}
	}
}

// Amount filters on a real index give exactly the documents a scan of the
// amounts gives, for money in and across currencies and for percentages,
// through Query fields and query strings.
func TestAmountRangeSearchMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	amounts := []float64{0, 0.01, 1, 12.99, 500, 1e6, 1e6 + 1, 999999.99, 1e9, 1.5e9, 6.6e9, 5e10, 157e9, 1e13}
	var entries []Entry
	usd := map[int64]float64{}
	eur := map[int64]float64{}
	pct := map[int64]float64{}
	for id := int64(1); id <= 300; id++ {
		a := amounts[rng.IntN(len(amounts))] * (1 + float64(rng.IntN(3))/7)
		facts := []corpus.Fact{money(a, "USD"), money(a*3, "EUR")}
		usd[id], eur[id] = a, a*3
		if id%3 == 0 {
			p := float64(rng.IntN(200)) / 4
			facts = append(facts, percent(p))
			pct[id] = p
		}
		entries = append(entries, Entry{Doc: &corpus.Document{ID: id, URL: fmt.Sprint("https://a.example/", id), Source: "s",
			Title: "t", Text: "amounts"}, Facts: facts})
	}
	ix := openTest(t, Config{}, entries)
	scan := func(vals map[int64]float64, keep func(float64) bool) []int64 {
		var out []int64
		for id, v := range vals {
			if keep(v) {
				out = append(out, id)
			}
		}
		slices.Sort(out)
		return out
	}
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		name string
		q    Query
		want []int64
	}{
		{"min", Query{MinAmount: f(1e9)}, scan(usd, func(v float64) bool { return v >= 1e9 })},
		{"max", Query{MaxAmount: f(1e6)}, scan(usd, func(v float64) bool { return v <= 1e6 })},
		{"between", Query{MinAmount: f(12.99), MaxAmount: f(1.5e9)}, scan(usd, func(v float64) bool { return v >= 12.99 && v <= 1.5e9 })},
		{"exact", Query{MinAmount: f(500), MaxAmount: f(500)}, scan(usd, func(v float64) bool { return v == 500 })},
		{"currency", Query{MinAmount: f(3e9), Currency: "EUR"}, scan(eur, func(v float64) bool { return v >= 3e9 })},
		{"query string greater", Query{Text: "money.EUR:>3000000"}, scan(eur, func(v float64) bool { return v > 3e6 })},
		{"query string at most", Query{Text: "money.USD:<=1000000"}, scan(usd, func(v float64) bool { return v <= 1e6 })},
		{"query string exact", Query{Text: "money.USD:500"}, scan(usd, func(v float64) bool { return v == 500 })},
		{"query string lower-case currency", Query{Text: "money.eur:>3000000"}, scan(eur, func(v float64) bool { return v > 3e6 })},
		{"percent range", Query{Text: "+percent:>=10 +percent:<20"}, scan(pct, func(v float64) bool { return v >= 10 && v < 20 })},
		{"percent exact", Query{Text: "percent:12.5"}, scan(pct, func(v float64) bool { return v == 12.5 })},
		{"percent not a number", Query{Text: "percent:many"}, nil},
		{"unknown currency", Query{Text: "money.XYZ:>0"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHits(t, ix, tt.q, tt.want) })
	}
}
