package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// ingestedSample runs the sample once into a fresh data dir, once per test
// binary, and returns its config path.
var ingestedSample = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "tidings-sample-*")
	if err != nil {
		return "", err
	}
	sample := filepath.Join(repoRootPath(), "corpus", "sample", "feed.xml")
	cfg := "data_dir: " + filepath.Join(dir, "data") + "\napi: {listen: ''}\nsources:\n  - {name: sample, kind: file, path: " + sample + ", schedule: 1h}\n"
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		return "", err
	}
	return path, nil
})

func sampleConfig(t *testing.T) string {
	path, err := ingestedSample()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), "data", "tidings.db")); err != nil {
		if code, out, errOut := runMain(t, "run", "--once", "--quiet", "--config", path); code != 0 {
			t.Fatalf("run --once: exit %d\n%s\n%s", code, out, errOut)
		}
	}
	return path
}

func TestExportValidatesAgainstSchema(t *testing.T) {
	cfg := sampleConfig(t)
	c := jsonschema.NewCompiler()
	schema, err := c.Compile(filepath.Join(repoRoot(t), "docs", "fact.schema.json"))
	if err != nil {
		t.Fatalf("compile docs/fact.schema.json: %v", err)
	}
	code, out, errOut := runMain(t, "export", "--config", cfg, "--articles")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	types := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 4<<20)
	lines := 0
	for sc.Scan() {
		lines++
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(sc.Text()))
		if err != nil {
			t.Fatalf("line %d: %v", lines, err)
		}
		if err := schema.Validate(v); err != nil {
			t.Fatalf("line %d does not match the schema: %v\n%s", lines, err, sc.Text())
		}
		var rec struct {
			Record string `json:"record"`
			Type   string `json:"type"`
			Text   string `json:"text"`
			Start  int    `json:"start"`
			End    int    `json:"end"`
		}
		json.Unmarshal(sc.Bytes(), &rec)
		if rec.Record == "article" {
			types["article"]++
			continue
		}
		types[rec.Type]++
		if rec.End-rec.Start != len(rec.Text) {
			t.Errorf("line %d: text %q does not span [%d,%d)", lines, rec.Text, rec.Start, rec.End)
		}
	}
	for _, want := range []string{"article", "person", "organization", "location", "money", "date", "percent"} {
		if types[want] == 0 {
			t.Errorf("export has no %s records: %v", want, types)
		}
	}
	if types["article"] != 60 {
		t.Errorf("export --articles has %d article records, want 60", types["article"])
	}
}

func TestExportFormats(t *testing.T) {
	cfg := sampleConfig(t)
	t.Run("json is one array", func(t *testing.T) {
		code, out, errOut := runMain(t, "export", "--config", cfg, "--type", "percent", "--format", "json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var recs []map[string]any
		if err := json.Unmarshal([]byte(out), &recs); err != nil {
			t.Fatalf("not a JSON array: %v", err)
		}
		if len(recs) == 0 || recs[0]["type"] != "percent" {
			t.Errorf("json export: %d records, first %v", len(recs), recs)
		}
	})
	t.Run("csv has a header and one row per fact", func(t *testing.T) {
		code, out, errOut := runMain(t, "export", "--config", cfg, "--type", "money", "--format", "csv")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) < 2 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
			t.Fatalf("csv header %v", rows[0])
		}
		for _, r := range rows[1:] {
			if r[5] != "money" || r[12] == "" {
				t.Errorf("csv row is not a money fact with currency: %v", r)
			}
		}
	})
	t.Run("to a file, atomically", func(t *testing.T) {
		dst := filepath.Join(t.TempDir(), "facts.jsonl")
		code, _, errOut := runMain(t, "export", "--config", cfg, "--type", "date", "-o", dst)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		b, err := os.ReadFile(dst)
		if err != nil || !strings.Contains(string(b), `"timex_type"`) {
			t.Errorf("export file: %v, %.200s", err, b)
		}
		entries, _ := os.ReadDir(filepath.Dir(dst))
		if len(entries) != 1 {
			t.Errorf("export left temporary files: %v", entries)
		}
	})
	t.Run("query filter narrows articles", func(t *testing.T) {
		_, all, _ := runMain(t, "export", "--config", cfg, "--type", "organization")
		code, some, errOut := runMain(t, "export", "--config", cfg, "--type", "organization", "--query", "tanker")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if n, m := strings.Count(some, "\n"), strings.Count(all, "\n"); n == 0 || n >= m {
			t.Errorf("--query tanker gave %d of %d organization facts", n, m)
		}
	})
	t.Run("bad flags are one-line errors", func(t *testing.T) {
		for _, args := range [][]string{
			{"--type", "nonsense"}, {"--format", "xml"}, {"--since", "yesterday-ish"}, {"--min-amount", "lots"},
		} {
			code, _, errOut := runMain(t, append([]string{"export", "--config", cfg}, args...)...)
			if code == 0 || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
				t.Errorf("export %v: exit %d, stderr %q; want one line and exit ≠ 0", args, code, errOut)
			}
		}
	})
}

func TestFactsMoneyOverABillion(t *testing.T) {
	cfg := sampleConfig(t)
	code, out, errOut := runMain(t, "facts", "--config", cfg, "--min-amount", "1bn", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res struct {
		Total int `json:"total"`
		Facts []struct {
			Amount   float64 `json:"amount"`
			Currency string  `json:"currency"`
		} `json:"facts"`
		Totals []orgTotal `json:"org_totals"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total == 0 {
		t.Fatal("no money facts over $1bn in the sample")
	}
	for i, f := range res.Facts {
		if f.Currency != "USD" {
			t.Errorf("fact %d currency %s, want USD (the default for --min-amount)", i, f.Currency)
		}
		if i > 0 && f.Amount > res.Facts[i-1].Amount {
			t.Errorf("facts not sorted by amount: %v after %v", f.Amount, res.Facts[i-1].Amount)
		}
	}
	for _, tot := range res.Totals {
		if tot.Currency != "USD" || tot.Total < 1e9 {
			t.Errorf("org total %+v mixes currencies or counts small amounts", tot)
		}
	}
}

func repoRootPath() string {
	wd, _ := os.Getwd()
	return filepath.Join(wd, "..", "..")
}
