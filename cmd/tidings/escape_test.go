package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"tidings/index"
)

// Text from fetched pages is shown, never interpreted: no terminal
// escapes on screen, HTML escaped in snippet_html, formulas defused in CSV.
func TestPageTextIsNeverInterpreted(t *testing.T) {
	evil := "Title\x1b]0;pwned\x07 \x1b[31mred\x1b[0m <script>alert(1)</script>"
	if got := clean(evil); strings.ContainsAny(got, "\x1b\x07") {
		t.Errorf("clean left control characters: %q", got)
	}
	res := &index.Result{Total: 1, Hits: []index.Hit{{ID: 1, Title: evil, URL: "https://x.example/a", Source: "s",
		Snippet: "<img src=x onerror=alert(1)> " + index.MarkStart + "match" + index.MarkEnd}}}
	var plain bytes.Buffer
	printResult(&plain, index.Query{Page: 1, Size: 10}, res, ansiStyle)
	if strings.Contains(plain.String(), "\x1b]0;") || strings.Contains(plain.String(), "\x1b[31m") {
		t.Errorf("page escapes reached the terminal: %q", plain.String())
	}
	var js bytes.Buffer
	if err := writeSearchJSON(&js, index.Query{Page: 1, Size: 10}, res); err != nil {
		t.Fatal(err)
	}
	var out searchJSON
	if err := json.Unmarshal(js.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if h := out.Hits[0].SnippetHTML; strings.Contains(h, "<img") || !strings.Contains(h, "&lt;img") || !strings.Contains(h, "<mark>match</mark>") {
		t.Errorf("snippet_html = %q; want page markup escaped and matches marked", h)
	}
	for _, s := range []string{"=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)"} {
		if got := csvSafe(s); !strings.HasPrefix(got, "'") {
			t.Errorf("csvSafe(%q) = %q, want it defused", s, got)
		}
	}
	if got := csvSafe("Boeing"); got != "Boeing" {
		t.Errorf("csvSafe changed plain text: %q", got)
	}
}
