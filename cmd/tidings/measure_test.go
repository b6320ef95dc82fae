package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tidings/corpus"
)

func TestExtractCommandFollowsTheFactContract(t *testing.T) {
	in := `{"id": "doc-1", "text": "Amazon would invest up to $50 billion in OpenAI, Andy Jassy said on Tuesday. OpenAI's stake is 27%.", "published": "2026-02-12T00:00:00Z"}
{"id": 2, "text": "No facts here."}

{"id": "doc-3", "text": "The license runs until 2032."}
`
	code, out, errOut := runMainStdin(t, in, "extract")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d output lines, want 3 (one per input document, blank lines skipped):\n%s", len(lines), out)
	}
	var first struct {
		ID    string        `json:"id"`
		Facts []corpus.Fact `json:"facts"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first.ID != "doc-1" {
		t.Fatalf("first line: %v %s", err, lines[0])
	}
	text := "Amazon would invest up to $50 billion in OpenAI, Andy Jassy said on Tuesday. OpenAI's stake is 27%."
	got := map[corpus.FactType]string{}
	for _, f := range first.Facts {
		if text[f.Start:f.End] != f.Text {
			t.Errorf("fact %q does not match text[%d:%d]", f.Text, f.Start, f.End)
		}
		got[f.Type] += f.Text + "|"
		switch f.Type {
		case corpus.FactMoney:
			if f.Amount == nil || *f.Amount != 50e9 || f.Currency != "USD" {
				t.Errorf("money fact %+v", f)
			}
		case corpus.FactDate:
			if f.Value != "2026-02-10" {
				t.Errorf("Tuesday before Thursday 2026-02-12 resolved to %q, want 2026-02-10", f.Value)
			}
		}
	}
	for _, want := range []corpus.FactType{corpus.FactMoney, corpus.FactDate, corpus.FactPercent, corpus.FactPerson, corpus.FactOrganization} {
		if got[want] == "" {
			t.Errorf("no %s fact in %v", want, got)
		}
	}
	if !strings.HasPrefix(lines[1], `{"id":2,"facts":[]`) {
		t.Errorf("numeric id or empty facts not kept: %s", lines[1])
	}

	code, _, errOut = runMainStdin(t, "{\"id\": 1}\n", "extract")
	if code != 1 || !strings.Contains(errOut, "line 1") {
		t.Errorf("missing text: exit %d, %q", code, errOut)
	}
	code, _, errOut = runMainStdin(t, "not json\n", "extract")
	if code != 1 || !strings.Contains(errOut, "line 1: not a JSON object") {
		t.Errorf("bad JSON: exit %d, %q", code, errOut)
	}
}

func TestParseCommand(t *testing.T) {
	root := filepath.Join(repoRoot(t), "corpus", "sample")
	entries, _ := os.ReadDir(root)
	var in strings.Builder
	n := 0
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".html") && n < 5 {
			in.WriteString(`{"id": "` + e.Name() + `", "file": "` + e.Name() + `", "url": "https://news.example.org/meantime/` + e.Name() + `"}` + "\n")
			n++
		}
	}
	in.WriteString(`{"id": "missing", "file": "nope.html", "url": ""}` + "\n")
	code, out, errOut := runMainStdin(t, in.String(), "parse", "--jsonl", "--root", root)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	var got []parseOut
	for sc.Scan() {
		var p parseOut
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		got = append(got, p)
	}
	if len(got) != 6 {
		t.Fatalf("%d lines, want 6", len(got))
	}
	for _, p := range got[:5] {
		if p.Title == "" || len(p.Body) < 200 || len(p.Published) != 10 {
			t.Errorf("parsed %s: title %q, published %q, body %d bytes", p.ID, p.Title, p.Published, len(p.Body))
		}
	}
	if got[5].Error == "" || got[5].Body != "" {
		t.Errorf("missing file: %+v; want an empty prediction with its error", got[5])
	}
	if code, _, _ := runMainStdin(t, "", "parse"); code != 2 {
		t.Errorf("parse without --jsonl: exit %d, want 2", code)
	}
}

func TestNonFiniteAsNull(t *testing.T) {
	in := `{"id": "x", "published": NaN, "n": -Infinity, "s": "NaN \"Infinity\" stays", "m": Infinity}`
	want := `{"id": "x", "published": null, "n": null, "s": "NaN \"Infinity\" stays", "m": null}`
	if got := string(nonFiniteAsNull([]byte(in))); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
