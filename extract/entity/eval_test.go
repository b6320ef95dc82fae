package entity

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"tidings/corpus"
	"tidings/internal/evaltest"
)

type goldDoc struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Facts []struct {
		Type  string `json:"type"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	} `json:"facts"`
}

func readGold(t testing.TB, path string) []goldDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("evaluation data absent: %v", err)
	}
	defer f.Close()
	var out []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d goldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, d)
	}
	return out
}

func (d goldDoc) facts() []corpus.Fact {
	var out []corpus.Fact
	for _, f := range d.Facts {
		if ft, err := corpus.ParseFactType(f.Type); err == nil && ft.IsEntity() {
			out = append(out, corpus.Fact{Type: ft, Start: f.Start, End: f.End})
		}
	}
	return out
}

// TestEval scores the embedded model on the NER test sets. Floors sit a
// little under the measured figures (MODEL.md). With TIDINGS_PRED_DIR set
// it also writes {"id","facts"} lines per set for score_ner.py.
func TestEval(t *testing.T) {
	dir := evaltest.Dir(t)
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path            string
		strictMin, relaxedMin float64
	}{
		{"uner-en-pud-test", "ner/uner-en/uner-en-pud-test.jsonl", 0.70, 0.73},
		{"wikigold-test", "ner/wikigold/wikigold-test.jsonl", 0.67, 0.71},
		{"meantime-dev-lead", "meantime/dev-lead.jsonl", 0.62, 0.75}, // spans are whole noun phrases: read relaxed
		{"uner-en-ewt-dev", "ner/uner-en/uner-en-ewt-dev.jsonl", 0.73, 0.76},
	}
	predDir := os.Getenv("TIDINGS_PRED_DIR")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := readGold(t, filepath.Join(dir, tc.path))
			var s Score
			var lines []byte
			for _, d := range docs {
				pred := tg.Extract(d.Text)
				s.Add(d.facts(), pred)
				if predDir != "" {
					b, err := json.Marshal(struct {
						ID    string        `json:"id"`
						Facts []corpus.Fact `json:"facts"`
					}{d.ID, pred})
					if err != nil {
						t.Fatal(err)
					}
					lines = append(append(lines, b...), '\n')
				}
			}
			strict, relaxed := s.F1()
			t.Logf("%s: strict F1 %.4f, relaxed F1 %.4f (gold %d, pred %d)", tc.name, strict, relaxed, s.Gold, s.Pred)
			if predDir != "" {
				if err := os.WriteFile(filepath.Join(predDir, tc.name+".jsonl"), lines, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if strict < tc.strictMin || relaxed < tc.relaxedMin {
				t.Errorf("%s: strict %.4f (floor %.2f), relaxed %.4f (floor %.2f)", tc.name, strict, tc.strictMin, relaxed, tc.relaxedMin)
			}
		})
	}
}
