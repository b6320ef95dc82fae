package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"tidings/corpus"
)

// doc is one line of a fact-contract JSON Lines file.
type doc struct {
	ID    string        `json:"id"`
	Text  string        `json:"text"`
	Facts []corpus.Fact `json:"-"`
	Raw   []rawFact     `json:"facts"`
}

type rawFact struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// readDocs reads a JSON Lines file, gzip'd when its name ends in .gz.
func readDocs(path string) ([]doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("gunzip %s: %w", path, err)
		}
		r = zr
	}
	var out []doc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		for _, rf := range d.Raw {
			t, err := corpus.ParseFactType(rf.Type)
			if err != nil || !t.IsEntity() {
				continue
			}
			d.Facts = append(d.Facts, corpus.Fact{Type: t, Start: rf.Start, End: rf.End})
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}
