package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A miniature WordNet: the river and person classes, instances of each,
// and a lower-case lemma that makes "Reading" a common word.
const miniNouns = `  1 This software and database is being provided to you, the LICENSEE, by
09225146 17 n 02 body_of_water 0 water 0 000 | the part of the earth's surface covered with water
09411430 17 n 01 river 0 001 @ 09225146 n 0000 | a large natural stream of water
00007846 03 n 01 person 0 000 | a human being
09371360 17 n 02 Nile 0 Nile_River 0 001 @i 09411430 n 0000 | the world's longest river
09400000 17 n 01 Rhine 0 001 @i 09411430 n 0000 | a European river
11200000 18 n 01 Rhine 0 001 @i 00007846 n 0000 | a physicist
09500000 17 n 01 Reading 0 001 @i 09411430 n 0000 | a made-up river
05000000 04 n 01 reading 0 000 | the act of reading
`

func TestRunWritesPlacesOnly(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"data.noun": miniNouns, "data.verb": "", "data.adj": "", "data.adv": ""}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "natural.tsv")
	if err := run(dir, out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for line := range strings.Lines(string(b)) {
		if !strings.HasPrefix(line, "#") {
			got = append(got, strings.TrimSpace(line))
		}
	}
	want := []string{"Nile\triver", "Nile River\triver"} // not Rhine (a person too), not Reading (a common word)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("natural.tsv = %q, want %q", got, want)
	}
}

func TestReadSynsetsNamesTheBadLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "data.noun")
	if err := os.WriteFile(p, []byte("09371360 17 n 02 Nile 0 Nile_River 0 001 @i 09411430 n 0000 | ok\n09371361 17 n zz Nile\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := readSynsets(p)
	if err == nil || !strings.Contains(err.Error(), "data.noun:2") {
		t.Fatalf("err = %v, want one naming data.noun:2", err)
	}
	if _, err := readSynsets(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("a missing file read without error")
	}
}

func FuzzReadSynsets(f *testing.F) {
	f.Add(miniNouns)
	f.Add("1 2 n 05 a\n")
	f.Add("00000001 17 n 01 X 0 002 @i 1 n 0000\n")
	f.Fuzz(func(t *testing.T, text string) {
		p := filepath.Join(t.TempDir(), "data.noun")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		syns, err := readSynsets(p)
		if err == nil {
			naturalFeatures(syns, map[string]bool{})
		}
	})
}
