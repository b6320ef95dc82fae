package main

import (
	"bufio"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"tidings/corpus/embedded"
	"tidings/index"
)

// TestRunOnceThenSearchAndExport is the README's flow on the bundled
// sample: ingest once, search with facets, export money facts; a second
// run adds nothing.
func TestRunOnceThenSearchAndExport(t *testing.T) {
	cfg, dataDir := testConfig(t, "")
	code, out, errOut := runMain(t, "run", "--once", "--quiet", "--config", cfg)
	if code != 0 {
		t.Fatalf("run --once exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	if !strings.Contains(out, "60 new") {
		t.Errorf("summary does not report 60 new articles:\n%s", out)
	}

	code, out, errOut = runMain(t, "search", "--config", cfg, "--json", "Boeing tanker")
	if code != 0 {
		t.Fatalf("search exit %d: %s", code, errOut)
	}
	var res searchJSON
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json output is not JSON: %v\n%s", err, out)
	}
	if res.Total == 0 || len(res.Hits) == 0 {
		t.Fatalf("search Boeing tanker found nothing: %s", out)
	}
	if !strings.Contains(strings.ToLower(res.Hits[0].Title), "tanker") {
		t.Errorf("top hit %q is not about the tanker", res.Hits[0].Title)
	}
	if !strings.Contains(res.Hits[0].SnippetHTML, "<mark>") {
		t.Errorf("top hit snippet has no highlight: %q", res.Hits[0].SnippetHTML)
	}
	orgs := map[string]int{}
	for _, tc := range res.Facets.Organizations {
		orgs[tc.Term] = tc.Count
	}
	if orgs["Boeing"] == 0 {
		t.Errorf("organization facet lacks Boeing: %v", res.Facets.Organizations)
	}

	// Filters take names as users type them: an alias or another
	// spelling finds what the canonical name finds.
	total := func(args ...string) uint64 {
		t.Helper()
		code, out, errOut := runMain(t, append([]string{"search", "--config", cfg, "--json"}, args...)...)
		if code != 0 {
			t.Fatalf("search %v: exit %d: %s", args, code, errOut)
		}
		var res searchJSON
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("search %v: %v", args, err)
		}
		return res.Total
	}
	for _, pair := range [][2][]string{
		{{"--place", "United States"}, {"--place", "US"}},
		{{"--org", "Ford Motor"}, {"--org", "Ford Motor Co."}},
		{{"--org", "Apple"}, {"--org", "Apple Inc."}},
		{{"--org", "Ford Motor"}, {"--org", "ford motor company"}},
	} {
		want, got := total(pair[0]...), total(pair[1]...)
		if want == 0 || got != want {
			t.Errorf("search %v found %d articles, %v %d; want the same, more than 0", pair[1], got, pair[0], want)
		}
	}

	code, out, errOut = runMain(t, "search", "--config", cfg, "Boeing", "tanker")
	if code != 0 || !strings.Contains(out, "hits") || !strings.Contains(out, "Organizations:") {
		t.Errorf("plain search output lacks hits or facets (exit %d, %s):\n%s", code, errOut, out)
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("piped search output has terminal escapes")
	}

	code, out, errOut = runMain(t, "export", "--config", cfg, "--type", "money")
	if code != 0 {
		t.Fatalf("export exit %d: %s", code, errOut)
	}
	n := 0
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("export line is not JSON: %v: %s", err, sc.Text())
		}
		if rec["type"] != "money" || rec["currency"] == "" || rec["article_url"] == "" || rec["sentence"] == "" {
			t.Errorf("export record lacks money fields or its article: %v", rec)
		}
		n++
	}
	if n < 20 {
		t.Errorf("export --type money gave %d facts, want the sample's dozens", n)
	}

	// Run again: everything is already stored.
	code, out, _ = runMain(t, "run", "--once", "--quiet", "--config", cfg)
	if code != 0 || !strings.Contains(out, "0 new") || !strings.Contains(out, "60 unchanged") {
		t.Errorf("second run should add nothing (exit %d):\n%s", code, out)
	}
	assertConsistent(t, dataDir, 60)
}

// assertConsistent checks the data dir: store integrity, every document
// indexed once, index count equal to the store's.
func assertConsistent(t *testing.T, dataDir string, want int) {
	t.Helper()
	ctx := context.Background()
	s, err := embedded.Open(ctx, dataDir+"/tidings.db")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
	total, indexed, err := s.CountDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want >= 0 && total != want {
		t.Errorf("store has %d documents, want %d", total, want)
	}
	if indexed != total {
		t.Errorf("%d of %d documents marked indexed", indexed, total)
	}
	ix, err := index.Open(dataDir+"/index", index.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	n, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	if int(n) != total {
		t.Errorf("index has %d documents, store %d", n, total)
	}
}

func TestReindexRebuildsFromTheStore(t *testing.T) {
	cfg, dataDir := testConfig(t, "")
	if code, out, errOut := runMain(t, "run", "--once", "--quiet", "--config", cfg); code != 0 {
		t.Fatalf("run: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut := runMain(t, "reindex", "--quiet", "--config", cfg)
	if code != 0 || !strings.Contains(out, "reindexed 60 documents") {
		t.Fatalf("reindex: exit %d, %q %q", code, out, errOut)
	}
	assertConsistent(t, dataDir, 60)
	if code, out, _ := runMain(t, "search", "--config", cfg, "--json", "Boeing"); code != 0 || !strings.Contains(out, `"total"`) {
		t.Errorf("search after reindex: exit %d", code)
	}
}
