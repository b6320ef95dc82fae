package entity

import (
	"os"
	"strings"
	"testing"

	"tidings/corpus"
	"tidings/internal/evaltest"
)

// entityFacts keeps the gold facts the tagger predicts.
func entityFacts(facts []corpus.Fact) []corpus.Fact {
	var out []corpus.Fact
	for _, f := range facts {
		if f.Type.IsEntity() {
			out = append(out, corpus.Fact{Type: f.Type, Start: f.Start, End: f.End})
		}
	}
	return out
}

// evalTagger loads the embedded model, or with TIDINGS_MODEL set the
// model file it names (to score a trained variant with the rules;
// the floors then need not hold).
func evalTagger(t *testing.T) *Tagger {
	tg, err := loadModelFile()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// loadModelFile loads the model TIDINGS_MODEL names, or the embedded one
// when it is unset (benchmarks compare models this way too).
func loadModelFile() (*Tagger, error) {
	path := os.Getenv("TIDINGS_MODEL")
	if path == "" {
		return Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ReadModel(f)
	if err != nil {
		return nil, err
	}
	return NewTagger(m), nil
}

// TestEval scores the embedded model on the NER test sets. Floors sit a
// little under the measured figures (MODEL.md). With TIDINGS_PRED_DIR set
// it also writes {"id","facts"} lines per set for score_ner.py.
func TestEval(t *testing.T) {
	tg := evalTagger(t)
	// Floors every seed of this model's recipe passes (seeds 1, 4, 7;
	// MODEL.md), so a retrain fails only on a real loss.
	tests := []struct {
		name, path            string
		strictMin, relaxedMin float64
	}{
		{"uner-en-pud-test", "ner/uner-en/uner-en-pud-test.jsonl", 0.75, 0.785},
		{"wikigold-test", "ner/wikigold/wikigold-test.jsonl", 0.78, 0.81},
		{"meantime-dev-lead", "meantime/dev-lead.jsonl", 0.71, 0.82}, // spans are whole noun phrases: read relaxed
		{"uner-en-ewt-dev", "ner/uner-en/uner-en-ewt-dev.jsonl", 0.78, 0.80},
		// The whole MEANTIME articles tagged, scored on their lead (the
		// part annotated in full): the document-level rules see the rest
		// of the article, as in the pipeline.
		{"meantime-dev-full", "meantime/dev-lead.jsonl", 0.72, 0.83},
		// Wikipedia passages of five domains, never trained on: the dev
		// set for encyclopaedic text, as wikigold is its test set.
		{"crossner-test", "ner/train/crossner/crossner-test.jsonl", 0.785, 0.825},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := evaltest.ReadDocs(t, tc.path)
			full := map[string]string{}
			if tc.name == "meantime-dev-full" {
				for _, d := range evaltest.ReadDocs(t, "meantime/dev.jsonl") {
					full[d.ID] = d.Text
				}
			}
			pw := evaltest.NewPredWriter(t, tc.name)
			var s Score
			for _, d := range docs {
				var pred []corpus.Fact
				if text, ok := full[d.ID]; ok && strings.HasPrefix(text, d.Text) {
					for _, f := range tg.Extract(text) {
						if f.End <= len(d.Text) {
							pred = append(pred, f)
						}
					}
				} else {
					pred = tg.Extract(d.Text)
				}
				s.Add(entityFacts(d.Facts), pred)
				pw.Write(t, d.ID, pred)
			}
			if err := pw.Close(); err != nil {
				t.Fatal(err)
			}
			strict, relaxed := s.F1()
			t.Logf("%s: strict F1 %.4f, relaxed F1 %.4f (gold %d, pred %d)", tc.name, strict, relaxed, s.Gold, s.Pred)
			if strict < tc.strictMin || relaxed < tc.relaxedMin {
				t.Errorf("%s: strict %.4f (floor %.2f), relaxed %.4f (floor %.2f)", tc.name, strict, tc.strictMin, relaxed, tc.relaxedMin)
			}
		})
	}
}

// TestEvalCaseless scores the embedded model on test sets written wholly
// in capitals and wholly in lower case (documents whose length the change
// of case keeps): text without case information must still give names.
// Measured (MODEL.md): PUD 0.468 in capitals, 0.517 in lower case;
// wikigold 0.568 and 0.573.
func TestEvalCaseless(t *testing.T) {
	tg := evalTagger(t)
	tests := []struct {
		name, path string
		upper      bool
		strictMin  float64
	}{
		{"uner-en-pud-test upper", "ner/uner-en/uner-en-pud-test.jsonl", true, 0.40},
		{"uner-en-pud-test lower", "ner/uner-en/uner-en-pud-test.jsonl", false, 0.45},
		{"wikigold-test upper", "ner/wikigold/wikigold-test.jsonl", true, 0.45},
		{"wikigold-test lower", "ner/wikigold/wikigold-test.jsonl", false, 0.50},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s Score
			for _, d := range evaltest.ReadDocs(t, tc.path) {
				text := strings.ToLower(d.Text)
				if tc.upper {
					text = strings.ToUpper(d.Text)
				}
				if len(text) != len(d.Text) {
					continue // "ß" and others change length: offsets would move
				}
				s.Add(entityFacts(d.Facts), tg.Extract(text))
			}
			strict, relaxed := s.F1()
			t.Logf("%s: strict F1 %.4f, relaxed F1 %.4f (gold %d, pred %d)", tc.name, strict, relaxed, s.Gold, s.Pred)
			if strict < tc.strictMin {
				t.Errorf("%s: strict %.4f, floor %.2f", tc.name, strict, tc.strictMin)
			}
		})
	}
}
