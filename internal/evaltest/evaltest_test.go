package evaltest

import (
	"testing"

	"tidings/corpus"
)

func TestMatchIsOneToOneExactFirst(t *testing.T) {
	gold := []corpus.Fact{{Start: 0, End: 10}, {Start: 20, End: 25}}
	pred := []corpus.Fact{{Start: 2, End: 12}, {Start: 0, End: 10}, {Start: 30, End: 31}}
	pairs := Match(gold, pred)
	if len(pairs) != 1 || pairs[0] != [2]int{0, 1} {
		t.Errorf("Match = %v, want the exact pair only ([0 1]); gold 0 is used once", pairs)
	}
	var c Counts
	c.Add(gold, pred, nil)
	if c.TP != 1 || c.Gold != 2 || c.Pred != 3 || c.F1() < 0.39 || c.F1() > 0.41 {
		t.Errorf("counts %+v F1 %.3f, want TP 1 of 2 gold and 3 pred (F1 0.4)", c, c.F1())
	}
}
