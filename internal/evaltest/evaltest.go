// Package evaltest reads the shared evaluation data (../shared/eval beside
// the repository) for accuracy tests and scores facts the way
// ../shared/eval/score_facts.py does. Tests skip with a clear message
// where the data is absent.
package evaltest

import (
	"bufio"
	"cmp"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tidings/corpus"
)

// Dir returns the shared eval folder, found by walking up from the
// working directory; it skips t when there is none.
func Dir(t testing.TB) string {
	t.Helper()
	dir := Find()
	if dir == "" {
		t.Skip("../shared/eval not found beside the repository; skipping evaluation")
	}
	return dir
}

// Doc is one gold document of the fact contract.
type Doc struct {
	ID        string        `json:"id"`
	Text      string        `json:"text"`
	Published string        `json:"published"`
	Facts     []corpus.Fact `json:"facts"`
}

// Ref is the document's publication time, zero when absent or malformed.
func (d Doc) Ref() time.Time {
	t, _ := time.Parse(time.RFC3339, d.Published)
	return t
}

// ReadDocs reads a gold JSON Lines file under Dir; it skips t when the
// file is absent.
func ReadDocs(t testing.TB, rel string) []Doc {
	t.Helper()
	path := filepath.Join(Dir(t), rel)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("gold %s absent: %v", rel, err)
	}
	defer f.Close()
	var docs []Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var d Doc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", rel, err)
	}
	return docs
}

// OfType returns the non-empty facts of type typ.
func OfType(facts []corpus.Fact, typ corpus.FactType) []corpus.Fact {
	var out []corpus.Fact
	for _, f := range facts {
		if f.Type == typ && f.Start < f.End {
			out = append(out, f)
		}
	}
	return out
}

// Match pairs overlapping gold and predicted facts one to one: exact spans
// first, then the largest overlap, then the nearest start, as
// score_facts.py does. Each pair is [gold index, pred index].
func Match(gold, pred []corpus.Fact) [][2]int {
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
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.negOverlap, b.negOverlap),
			cmp.Compare(a.dist, b.dist), cmp.Compare(a.i, b.i), cmp.Compare(a.j, b.j))
	})
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

// Counts are score_facts.py's figures for one fact type: relaxed matches
// (TP) and, of those, matches whose value is right.
type Counts struct{ Gold, Pred, TP, ValueOK int }

// Add counts one document's gold and predicted facts; valueOK judges a
// matched pair's value (nil: every match counts).
func (c *Counts) Add(gold, pred []corpus.Fact, valueOK func(g, p corpus.Fact) bool) [][2]int {
	pairs := Match(gold, pred)
	c.Gold += len(gold)
	c.Pred += len(pred)
	c.TP += len(pairs)
	for _, pr := range pairs {
		if valueOK == nil || valueOK(gold[pr[0]], pred[pr[1]]) {
			c.ValueOK++
		}
	}
	return pairs
}

// F1 is the relaxed F1.
func (c Counts) F1() float64 {
	if c.TP == 0 {
		return 0
	}
	p, r := float64(c.TP)/float64(c.Pred), float64(c.TP)/float64(c.Gold)
	return 2 * p * r / (p + r)
}

// ValueAcc is the value accuracy over relaxed matches.
func (c Counts) ValueAcc() float64 {
	if c.TP == 0 {
		return 0
	}
	return float64(c.ValueOK) / float64(c.TP)
}

// PredWriter writes {"id","facts"} lines to $TIDINGS_PRED_DIR/<name>.jsonl
// for the Python scorers; it does nothing when the variable is unset.
type PredWriter struct {
	f *os.File
	w *bufio.Writer
}

// NewPredWriter opens the prediction file for name; Close it when done.
func NewPredWriter(t testing.TB, name string) *PredWriter {
	dir := os.Getenv("TIDINGS_PRED_DIR")
	if dir == "" {
		return &PredWriter{}
	}
	f, err := os.Create(filepath.Join(dir, name+".jsonl"))
	if err != nil {
		t.Fatalf("create predictions: %v", err)
	}
	return &PredWriter{f: f, w: bufio.NewWriter(f)}
}

// Write writes one document's predictions.
func (p *PredWriter) Write(t testing.TB, id string, facts []corpus.Fact) {
	if p.w == nil {
		return
	}
	if facts == nil {
		facts = []corpus.Fact{}
	}
	line, err := json.Marshal(struct {
		ID    string        `json:"id"`
		Facts []corpus.Fact `json:"facts"`
	}{id, facts})
	if err != nil {
		t.Fatalf("marshal predictions: %v", err)
	}
	p.w.Write(append(line, '\n'))
}

// Close flushes and closes the file.
func (p *PredWriter) Close() error {
	if p.f == nil {
		return nil
	}
	if err := p.w.Flush(); err != nil {
		p.f.Close()
		return err
	}
	return p.f.Close()
}

// Find returns the shared eval folder, or "" when there is none (for
// optional uses such as fuzz seeds).
func Find() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "..", "shared", "eval")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// NewsText returns realistic news for benchmarks: the MEANTIME article
// texts joined when the shared data is present, else fallback repeated.
func NewsText(fallback string) string {
	if docs := NewsDocs(); len(docs) > 0 {
		return strings.Join(docs, "\n")
	}
	return strings.Repeat(fallback, 200)
}

// NewsDocs returns the MEANTIME article texts, one per article; none when
// the shared data is absent.
func NewsDocs() []string {
	dir := Find()
	if dir == "" {
		return nil
	}
	f, err := os.Open(filepath.Join(dir, "meantime", "dev.jsonl"))
	if err != nil {
		return nil
	}
	defer f.Close()
	var docs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &d) == nil && d.Text != "" {
			docs = append(docs, d.Text)
		}
	}
	return docs
}
