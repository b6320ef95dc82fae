package date

import (
	"testing"

	"tidings/corpus"
	"tidings/internal/evaltest"
)

// TestEval scores Extract on the shared gold sets and fails below floors
// set a little under the figures reached, so regressions show. With
// TIDINGS_PRED_DIR set it also writes predictions for score_facts.py.
func TestEval(t *testing.T) {
	evaltest.Dir(t)
	sets := []struct {
		name, path    string
		minF1, minVal float64
		checkValues   bool
	}{
		// floors sit a little under the figures reached (relaxed F1 /
		// value accuracy 0.943/0.936, 0.942/0.854, 0.862) so that
		// regressions fail
		{"dev-lead", "meantime/dev-lead.jsonl", 0.93, 0.92, true},
		{"tbaq", "timex/tbaq.jsonl", 0.93, 0.845, true},
		{"datetime", "recognizers/datetime.jsonl", 0.85, 0, false},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			docs := evaltest.ReadDocs(t, set.path)
			preds := evaltest.NewPredWriter(t, set.name)
			defer preds.Close()
			var total evaltest.Counts
			for _, d := range docs {
				pred := Extract(d.Text, d.Ref(), Options{})
				preds.Write(t, d.ID, pred)
				total.Add(evaltest.OfType(d.Facts, corpus.FactDate), pred,
					func(g, p corpus.Fact) bool { return g.Value == p.Value })
			}
			t.Logf("%s: gold %d pred %d relaxed F1 %.4f value accuracy %.4f", set.name, total.Gold, total.Pred,
				total.F1(), total.ValueAcc())
			if total.F1() < set.minF1 {
				t.Errorf("relaxed F1 %.4f below floor %.2f", total.F1(), set.minF1)
			}
			if set.checkValues && total.ValueAcc() < set.minVal {
				t.Errorf("value accuracy %.4f below floor %.2f", total.ValueAcc(), set.minVal)
			}
		})
	}
}
