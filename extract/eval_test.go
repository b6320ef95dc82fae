package extract

import (
	"testing"

	"tidings/extract/entity"
	"tidings/internal/evaltest"
)

// TestEvalNames scores the names of the whole pipeline, as `tidings
// extract` writes them and the project is measured: money and dates
// outrank names they overlap, so a name the tagger finds can be lost
// here ("30 Seconds to Mars" against the duration "30 Seconds"). Floors
// sit a little under the figures reached (PER/ORG/LOC micro F1, strict /
// relaxed: PUD 0.766 / 0.801, wikigold 0.811 / 0.839, MEANTIME 0.744 /
// 0.849), and the pipeline must keep within 0.005 of the tagger alone.
func TestEvalNames(t *testing.T) {
	evaltest.Dir(t)
	ex := extractor(t)
	tg, err := entity.Load()
	if err != nil {
		t.Fatal(err)
	}
	sets := []struct {
		name, path            string
		strictMin, relaxedMin float64
	}{
		{"uner-en-pud-test", "ner/uner-en/uner-en-pud-test.jsonl", 0.75, 0.785},
		{"wikigold-test", "ner/wikigold/wikigold-test.jsonl", 0.78, 0.81},
		{"meantime-dev-lead", "meantime/dev-lead.jsonl", 0.72, 0.83},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			var pipeline, alone entity.Score
			for _, d := range evaltest.ReadDocs(t, set.path) {
				// Score counts persons, organizations and places only
				pipeline.Add(d.Facts, ex.Extract(d.Text, d.Ref(), Options{}))
				alone.Add(d.Facts, tg.Extract(d.Text))
			}
			strict, relaxed := pipeline.F1()
			taggerStrict, _ := alone.F1()
			t.Logf("%s: pipeline strict F1 %.4f, relaxed F1 %.4f; tagger alone strict %.4f", set.name, strict, relaxed, taggerStrict)
			if strict < set.strictMin || relaxed < set.relaxedMin {
				t.Errorf("%s: strict %.4f (floor %.2f), relaxed %.4f (floor %.2f)", set.name, strict, set.strictMin, relaxed, set.relaxedMin)
			}
			if strict < taggerStrict-0.005 {
				t.Errorf("%s: the pipeline loses names the tagger found: strict %.4f against %.4f alone", set.name, strict, taggerStrict)
			}
		})
	}
}
