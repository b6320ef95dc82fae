package money

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"tidings/corpus"
)

// TestDump prints every fact with context for the file in TIDINGS_DUMP.
func TestDump(t *testing.T) {
	p := os.Getenv("TIDINGS_DUMP")
	if p == "" {
		t.Skip("set TIDINGS_DUMP to a JSONL file to print its facts")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		var d struct{ Text string }
		if json.Unmarshal([]byte(line), &d) != nil {
			continue
		}
		for _, f := range Extract(d.Text, Options{}) {
			a, b := max(0, f.Start-40), min(len(d.Text), f.End+30)
			ctx := strings.ReplaceAll(d.Text[a:f.Start]+"[["+f.Text+"]]"+d.Text[f.End:b], "\n", " ")
			fmt.Printf("%-60s %s\n", show([]corpus.Fact{f}), ctx)
		}
	}
}
