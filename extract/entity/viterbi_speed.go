package entity

import "math"

// Under BILOU a tag either follows exactly the closed tags (outside,
// last, unit: those a name may end on) or, for inside and last, exactly
// the begin and inside tags of its own type. viterbiEm walks the two
// groups with fixed-size, unrolled code instead of a list per tag.
var (
	closedTags  = [9]uint8{0, 3, 4, 7, 8, 11, 12, 15, 16} // ascending
	afterClosed = [9]uint8{0, 1, 4, 5, 8, 9, 12, 13, 16}  // outside, begin and unit tags
)

// transTable holds the transition scores in the order viterbiEm reads
// them.
type transTable struct {
	start  [numTags]float32
	closed [9][9]float32    // [i][j]: from closedTags[j] to afterClosed[i]
	open   [4][2][2]float32 // [type][to inside, to last][from begin, from inside]
}

// fill sets tt from trans ((numTags+1) rows of numTags, the last one
// the start).
func (tt *transTable) fill(trans []float32) {
	copy(tt.start[:], trans[numTags*numTags:])
	for i, t := range afterClosed {
		for j, p := range closedTags {
			tt.closed[i][j] = trans[int(p)*numTags+int(t)]
		}
	}
	for k := range 4 {
		for to := range 2 {
			for from := range 2 {
				tt.open[k][to][from] = trans[(tagOf(k, posB)+from)*numTags+tagOf(k, posI)+to]
			}
		}
	}
}

// viterbiEm returns the best tag sequence under emission scores em and
// transitions tt. Among equal scores the lower previous tag wins, as a
// scan over the allowed previous tags in order keeps the first maximum.
func viterbiEm(vs *viterbiScratch, tt *transTable, em [][numTags]float32, tags []int) []int {
	n := len(em)
	tags = tags[:0]
	if n <= 0 {
		return tags
	}
	vs.back = grow(vs.back, n)
	back := vs.back
	var prev, cur [numTags]float32
	negInf := float32(math.Inf(-1))
	for t := range numTags {
		prev[t] = negInf
		if allowed(-1, t) {
			prev[t] = em[0][t] + tt.start[t]
		}
	}
	for k := 1; k < n; k++ {
		e, bk := &em[k], &back[k]
		// the nine closed tags' scores, in closedTags order
		p0, p1, p2, p3, p4, p5, p6, p7, p8 := prev[0], prev[3], prev[4], prev[7], prev[8], prev[11], prev[12], prev[15], prev[16]
		for i, t := range afterClosed {
			r := &tt.closed[i]
			a, ia := pick(p0+r[0], 0, p1+r[1], 3)
			b, ib := pick(p2+r[2], 4, p3+r[3], 7)
			c, ic := pick(p4+r[4], 8, p5+r[5], 11)
			d, id := pick(p6+r[6], 12, p7+r[7], 15)
			a, ia = pick(a, ia, b, ib)
			c, ic = pick(c, ic, d, id)
			a, ia = pick(a, ia, c, ic)
			a, ia = pick(a, ia, p8+r[8], 16)
			cur[t], bk[t] = a+e[t], ia
		}
		for ty := range 4 {
			b := 1 + 4*ty // begin; b+1 inside, b+2 last
			o := &tt.open[ty]
			v, a := pick(prev[b]+o[0][0], uint8(b), prev[b+1]+o[0][1], uint8(b+1))
			cur[b+1], bk[b+1] = v+e[b+1], a
			v, a = pick(prev[b]+o[1][0], uint8(b), prev[b+1]+o[1][1], uint8(b+1))
			cur[b+2], bk[b+2] = v+e[b+2], a
		}
		prev = cur
	}
	best := 0
	for t := range numTags {
		if allowedEnd(t) && prev[t] > prev[best] {
			best = t
		}
	}
	tags = grow(tags, n)
	for k := n - 1; k >= 0; k-- {
		tags[k] = best
		best = int(back[k][best])
	}
	return tags
}

// pick returns the greater score with its tag, a's on a tie: a comes
// from the lower tag.
func pick(a float32, ia uint8, b float32, ib uint8) (float32, uint8) {
	if b > a {
		return b, ib
	}
	return a, ia
}
