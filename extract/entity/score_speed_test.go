package entity

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestScoreWordsMatchesRows checks the word-wise scorer against the
// row-wise one, including extreme weights and long feature lists.
func TestScoreWordsMatchesRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const rows = 64
	q := make([]int16, rows*qCols)
	for i := range q {
		switch rng.IntN(4) {
		case 0:
			q[i] = math.MinInt16
		case 1:
			q[i] = math.MaxInt16
		default:
			q[i] = int16(rng.IntN(1 << 16))
		}
	}
	m := &Model{q: q, qScale: 0.001}
	qw := rowWords(q)
	if qw == nil {
		t.Skip("no word view on this machine")
	}
	for _, tc := range []struct {
		name string
		n    int
	}{{"no rows", 0}, {"one row", 1}, {"a token's rows", 40}, {"many rows", 5000}} {
		t.Run(tc.name, func(t *testing.T) {
			feats := make([]uint32, tc.n)
			for i := range feats {
				feats[i] = uint32(rng.IntN(rows))
			}
			var want, got [numTags]float32
			m.score(feats, &want)
			scoreWords(qw, m.qScale, feats, &got)
			if got != want {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}
