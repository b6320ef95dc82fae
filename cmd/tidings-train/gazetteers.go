package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"tidings/extract/entity"
	"tidings/extract/token"
)

// column reads column col of a TSV file (header skipped), keeping rows
// for which keep(fields) is true.
func column(path string, col int, keep func([]string) bool) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if col < len(fs) && fs[col] != "" && (keep == nil || keep(fs)) {
			out = append(out, fs[col])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// legalSuffixes are dropped from SEC names ("NVIDIA CORP" -> "NVIDIA").
var legalSuffixes = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "corporation": true, "co": true, "co.": true,
	"ltd": true, "ltd.": true, "limited": true, "plc": true, "llc": true, "lp": true, "l.p.": true, "sa": true,
	"s.a.": true, "ag": true, "nv": true, "n.v.": true, "se": true, "/de/": true, "/md/": true, "/new/": true,
	"holdings": true, "trust": true, "company": true, "&": true, ",": true, ".": true, "de": true, "/": true,
}

func stripLegal(name string) string {
	toks := token.Tokenize(name)
	end := len(toks)
	for end > 1 && (legalSuffixes[strings.ToLower(toks[end-1].Text)] || strings.HasPrefix(toks[end-1].Text, "/")) {
		end--
	}
	if end == 0 {
		return ""
	}
	return name[toks[0].Start:toks[end-1].End]
}

// loadGazetteers reads the gazetteer lists, dropping single words that
// the training text mostly uses in lower case ("may", "will", "bush" is
// kept as long as "Bush" outnumbers it).
func loadGazetteers(dir string, commonWord func(string) bool) ([entity.NumGazLists][]string, error) {
	var lists [entity.NumGazLists][]string
	type src struct {
		file string
		col  int
		list entity.GazList
		keep func([]string) bool
	}
	births := func(min int) func([]string) bool {
		return func(fs []string) bool { n, _ := strconv.Atoi(fs[len(fs)-1]); return n >= min }
	}
	srcs := []src{
		{"countries.tsv", 0, entity.GazCountry, nil},
		{"countries.tsv", 2, entity.GazCountry, nil},
		{"countries.tsv", 3, entity.GazCity, nil},
		{"us-states.tsv", 0, entity.GazRegion, nil},
		{"regions-geonames.tsv", 0, entity.GazRegion, nil},
		{"cities-geonames.tsv", 0, entity.GazCity, nil},
		{"companies-sec.tsv", 0, entity.GazCompany, nil},
		{"companies-cspell.txt", 0, entity.GazCompany, nil},
		{"given-names-ssa.tsv", 0, entity.GazFirstName, births(500)},
		{"surnames-census2010-top.tsv", 0, entity.GazSurname, nil},
		{"people-names-cspell.txt", 0, entity.GazSurname, nil},
	}
	for _, s := range srcs {
		names, err := column(filepath.Join(dir, s.file), s.col, s.keep)
		if err != nil {
			return lists, err
		}
		for _, n := range names {
			if s.list == entity.GazCompany {
				n = stripLegal(n)
			}
			if n == "" || s.list != entity.GazCountry && !strings.Contains(n, " ") && commonWord(strings.ToLower(n)) {
				continue
			}
			lists[s.list] = append(lists[s.list], n)
		}
	}
	return lists, nil
}
