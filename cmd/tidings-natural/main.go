// Command tidings-natural writes the list of natural features (rivers,
// seas, ranges, islands, deserts, historic lands) that the entity
// package embeds as extract/entity/natural.tsv. The names are WordNet
// 3.0's proper-noun instances of these kinds; GeoNames, which the model's
// gazetteers come from, lists towns and administrative regions but no
// rivers or seas.
//
//	apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wn
//	go run ./cmd/tidings-natural -wordnet /tmp/wn/usr/share/wordnet -out extract/entity/natural.tsv
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "folder holding WordNet 3.0's data.noun, data.verb, data.adj and data.adv")
	out := flag.String("out", "extract/entity/natural.tsv", "list to write")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		slog.Error("tidings-natural", "err", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	nouns, err := readSynsets(filepath.Join(dir, "data.noun"))
	if err != nil {
		return err
	}
	common := map[string]bool{} // lower-case lemmas: "nice", "man", "orange"
	for _, s := range nouns {
		addLower(common, s.lemmas)
	}
	for _, pos := range []string{"verb", "adj", "adv"} {
		syns, err := readSynsets(filepath.Join(dir, "data."+pos))
		if err != nil {
			return err
		}
		for _, s := range syns {
			addLower(common, s.lemmas)
		}
	}
	features := naturalFeatures(nouns, common)
	names := make([]string, 0, len(features))
	for n := range features {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# Natural features from WordNet 3.0 (Princeton University; licence in LICENSE-WordNet.txt),\n")
	b.WriteString("# written by go run ./cmd/tidings-natural: name<TAB>kind\n")
	for _, n := range names {
		fmt.Fprintf(&b, "%s\t%s\n", n, features[n])
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	slog.Info("wrote natural features", "names", len(names), "file", out)
	return nil
}

// Synsets of WordNet 3.0 by offset.
const (
	location      = "00027167" // location.n.01: cities, countries, regions
	person        = "00007846"
	organization  = "08008335"
	bodyOfWater   = "09225146"
	geoFormation  = "09287968" // mountains, ranges, valleys
	land          = "09334396" // islands, peninsulas
	continentNoun = "09254614"
)

// featureKinds are the kinds (the first lemma of an instance's class)
// whose instances the list keeps: natural features and historic lands,
// not the towns and countries GeoNames already holds.
var featureKinds = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`river island range archipelago lake desert peninsula sea volcano bay gulf
		waterfall strait cape hill promontory tableland isthmus ocean valley inlet estuary plain channel sound
		badlands atoll mountain massif mountain_peak geographical_area region Aegean_island`) {
		featureKinds[k] = true
	}
}

type synset struct {
	lemmas    []string
	hypernyms []string // @ and @i pointers
	classes   []string // @i pointers: the synset is an instance of these
}

// readSynsets parses a WordNet data file: offset, lexicographer file,
// part of speech, lemma count (hex), lemmas with their lex ids, pointer
// count, pointers, then the gloss after "|".
func readSynsets(path string) (map[string]*synset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read WordNet: %w", err)
	}
	defer f.Close()
	syns := map[string]*synset{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.HasPrefix(text, "  ") {
			continue // licence header
		}
		head, _, _ := strings.Cut(text, "|")
		p := strings.Fields(head)
		if len(p) < 5 {
			return nil, fmt.Errorf("%s:%d: %d fields, want a synset", path, line, len(p))
		}
		n, err := strconv.ParseUint(p[3], 16, 8)
		if err != nil || n == 0 || 4+2*int(n) >= len(p) {
			return nil, fmt.Errorf("%s:%d: bad lemma count %q", path, line, p[3])
		}
		s := &synset{}
		for i := range int(n) {
			s.lemmas = append(s.lemmas, p[4+2*i])
		}
		i := 4 + 2*int(n)
		ptrs, err := strconv.Atoi(p[i])
		if err != nil || i+1+4*ptrs > len(p) {
			return nil, fmt.Errorf("%s:%d: bad pointer count %q", path, line, p[i])
		}
		for j := range ptrs {
			sym, off := p[i+1+4*j], p[i+2+4*j]
			switch sym {
			case "@":
				s.hypernyms = append(s.hypernyms, off)
			case "@i":
				s.hypernyms = append(s.hypernyms, off)
				s.classes = append(s.classes, off)
			}
		}
		syns[p[0]] = s
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return syns, nil
}

// addLower adds the lemmas written in lower case: a name that is also a
// common word ("Nice", "Man", "Reading") is left out of the list.
func addLower(common map[string]bool, lemmas []string) {
	for _, l := range lemmas {
		l = lemmaText(l)
		if l == strings.ToLower(l) {
			common[l] = true
		}
	}
}

// lemmaText strips an adjective's syntactic marker and the underscores.
func lemmaText(l string) string {
	if i := strings.IndexByte(l, '('); i > 0 {
		l = l[:i]
	}
	return strings.ReplaceAll(l, "_", " ")
}

// naturalFeatures maps each name of a natural feature to its kind. A
// name is kept when every instance it names is a place and one of them
// is of a kept kind ("Nile" a river; not "Rhine", also a physicist, nor
// "Clyde", a given name in the name lists the tagger reads).
func naturalFeatures(nouns map[string]*synset, common map[string]bool) map[string]string {
	placeOnly := map[string]bool{}
	kind := map[string]string{}
	offsets := make([]string, 0, len(nouns))
	for o := range nouns {
		offsets = append(offsets, o)
	}
	sort.Strings(offsets) // a name of two kinds takes the first synset's: the same list every run
	for _, o := range offsets {
		s := nouns[o]
		if len(s.classes) == 0 {
			continue
		}
		up := ancestors(nouns, s)
		isPlace := up[location] || up[bodyOfWater] || up[geoFormation] || up[land] || up[continentNoun]
		var k string
		for _, c := range s.classes {
			if cl := nouns[c]; cl != nil && featureKinds[cl.lemmas[0]] {
				k = cl.lemmas[0]
			}
		}
		for _, l := range s.lemmas {
			name := lemmaText(l)
			if common[strings.ToLower(name)] || name == strings.ToLower(name) {
				continue
			}
			prev, seen := placeOnly[name]
			placeOnly[name] = isPlace && !up[person] && !up[organization] && (!seen || prev)
			if k != "" && kind[name] == "" {
				kind[name] = k
			}
		}
	}
	out := map[string]string{}
	for name, k := range kind {
		if placeOnly[name] {
			out[name] = k
		}
	}
	return out
}

func ancestors(nouns map[string]*synset, s *synset) map[string]bool {
	seen := map[string]bool{}
	stack := append([]string(nil), s.hypernyms...)
	for len(stack) > 0 {
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[o] {
			continue
		}
		seen[o] = true
		if h := nouns[o]; h != nil {
			stack = append(stack, h.hypernyms...)
		}
	}
	return seen
}
