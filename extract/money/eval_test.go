package money

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tidings/corpus"
)

// evalDir finds shared/eval next to the repository (…/main/../shared/eval)
// by walking up from the package directory.
func evalDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		p := filepath.Join(dir, "..", "shared", "eval")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("shared/eval not found next to the repository; skipping evaluation")
		}
		dir = parent
	}
}

type goldDoc struct {
	ID    string        `json:"id"`
	Text  string        `json:"text"`
	Facts []corpus.Fact `json:"facts"`
}

func readGold(t testing.TB, path string) []goldDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("gold %s absent: %v", path, err)
	}
	defer f.Close()
	var docs []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var d goldDoc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return docs
}

// counts are the scorer's figures for one fact type (score_facts.py).
type counts struct{ gold, pred, tp, valueOK int }

func (c counts) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	p, r := float64(c.tp)/float64(c.pred), float64(c.tp)/float64(c.gold)
	return 2 * p * r / (p + r)
}

func (c counts) valueAcc() float64 {
	if c.tp == 0 {
		return 0
	}
	return float64(c.valueOK) / float64(c.tp)
}

// matchRelaxed pairs overlapping facts one to one, exact spans first, then
// the largest overlap, as score_facts.py does.
func matchRelaxed(gold, pred []corpus.Fact) [][2]int {
	type cand struct{ kind, negOverlap, dist, i, j int }
	var cands []cand
	for i, g := range gold {
		for j, p := range pred {
			switch {
			case g.Start == p.Start && g.End == p.End:
				cands = append(cands, cand{0, 0, 0, i, j})
			case p.Start < g.End && g.Start < p.End:
				ov := min(g.End, p.End) - max(g.Start, p.Start)
				cands = append(cands, cand{1, -ov, abs(g.Start - p.Start), i, j})
			}
		}
	}
	less := func(a, b cand) bool {
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		if a.negOverlap != b.negOverlap {
			return a.negOverlap < b.negOverlap
		}
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		if a.i != b.i {
			return a.i < b.i
		}
		return a.j < b.j
	}
	for x := 1; x < len(cands); x++ {
		for y := x; y > 0 && less(cands[y], cands[y-1]); y-- {
			cands[y], cands[y-1] = cands[y-1], cands[y]
		}
	}
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if usedG[c.i] || usedP[c.j] {
			continue
		}
		usedG[c.i], usedP[c.j] = true, true
		pairs = append(pairs, [2]int{c.i, c.j})
	}
	return pairs
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func moneyValueOK(g, p corpus.Fact) bool {
	if g.Vague && g.Amount == nil {
		return p.Amount == nil || p.Vague
	}
	if g.Amount == nil || p.Amount == nil || !strings.EqualFold(g.Currency, p.Currency) {
		return false
	}
	ga, pa := *g.Amount, *p.Amount
	if ga == 0 {
		return pa == 0
	}
	d := pa - ga
	if d < 0 {
		d = -d
	}
	return d <= 0.005*max(ga, -ga)
}

func ofType(facts []corpus.Fact, t corpus.FactType) []corpus.Fact {
	var out []corpus.Fact
	for _, f := range facts {
		if f.Type == t && f.Start < f.End {
			out = append(out, f)
		}
	}
	return out
}

// evaluate runs Extract over a gold file, writes predictions to
// $TIDINGS_PRED_DIR/<name>.jsonl when set, and returns counts per type.
// With -v it logs every miss.
func evaluate(t *testing.T, file, name string, types ...corpus.FactType) map[corpus.FactType]*counts {
	docs := readGold(t, file)
	var out *bufio.Writer
	if dir := os.Getenv("TIDINGS_PRED_DIR"); dir != "" {
		f, err := os.Create(filepath.Join(dir, name+".jsonl"))
		if err != nil {
			t.Fatalf("create predictions: %v", err)
		}
		defer f.Close()
		out = bufio.NewWriter(f)
		defer out.Flush()
	}
	res := map[corpus.FactType]*counts{}
	for _, typ := range types {
		res[typ] = &counts{}
	}
	for _, d := range docs {
		pred := Extract(d.Text, Options{})
		if out != nil {
			line, err := json.Marshal(struct {
				ID    string        `json:"id"`
				Facts []corpus.Fact `json:"facts"`
			}{d.ID, pred})
			if err != nil {
				t.Fatalf("marshal: %v", err)
			}
			out.Write(append(line, '\n'))
		}
		for typ, c := range res {
			g, p := ofType(d.Facts, typ), ofType(pred, typ)
			c.gold += len(g)
			c.pred += len(p)
			usedG, usedP := map[int]bool{}, map[int]bool{}
			for _, pr := range matchRelaxed(g, p) {
				usedG[pr[0]], usedP[pr[1]] = true, true
				c.tp++
				if typ != corpus.FactMoney || moneyValueOK(g[pr[0]], p[pr[1]]) {
					c.valueOK++
				} else if testing.Verbose() {
					t.Logf("%s %s value: gold %s pred %s", name, d.ID, describe(g[pr[0]]), describe(p[pr[1]]))
				}
			}
			if testing.Verbose() {
				for i, f := range g {
					if !usedG[i] {
						t.Logf("%s %s missed %s", name, d.ID, describe(f))
					}
				}
				for j, f := range p {
					if !usedP[j] {
						t.Logf("%s %s spurious %s", name, d.ID, describe(f))
					}
				}
			}
		}
	}
	return res
}

func describe(f corpus.Fact) string {
	s := fmt.Sprintf("%s %q", f.Type, f.Text)
	if f.Amount != nil {
		s += fmt.Sprintf(" %g", *f.Amount)
	}
	if f.AmountMax != nil {
		s += fmt.Sprintf("-%g", *f.AmountMax)
	}
	if f.Currency != "" {
		s += " " + f.Currency
	}
	return s
}

// TestEvalMeantime scores money and percent on MEANTIME dev-lead and fails
// below floors a little under the measured figures, so regressions show.
func TestEvalMeantime(t *testing.T) {
	res := evaluate(t, filepath.Join(evalDir(t), "meantime", "dev-lead.jsonl"), "meantime", corpus.FactMoney, corpus.FactPercent)
	check(t, "meantime money", res[corpus.FactMoney], 0.95, 0.95)
	check(t, "meantime percent", res[corpus.FactPercent], 0.95, 0)
}

// TestEvalRecognizers scores money on the Recognizers-Text currency specs.
func TestEvalRecognizers(t *testing.T) {
	res := evaluate(t, filepath.Join(evalDir(t), "recognizers", "currency.jsonl"), "currency", corpus.FactMoney)
	check(t, "recognizers money", res[corpus.FactMoney], 0.98, 0.98)
}

func check(t *testing.T, what string, c *counts, minF1, minValue float64) {
	t.Helper()
	t.Logf("%s: gold %d pred %d tp %d relaxed F1 %.4f value acc %.4f", what, c.gold, c.pred, c.tp, c.f1(), c.valueAcc())
	if c.f1() < minF1 {
		t.Errorf("%s relaxed F1 %.4f < floor %.2f", what, c.f1(), minF1)
	}
	if c.valueAcc() < minValue {
		t.Errorf("%s value accuracy %.4f < floor %.2f", what, c.valueAcc(), minValue)
	}
}
