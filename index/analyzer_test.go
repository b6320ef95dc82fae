package index

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	"tidings/index/indexgen"
	"tidings/internal/cputime"
)

// bleveEnglish is Bleve's own "en" analyzer, the reference.
var bleveEnglish = sync.OnceValue(func() analysis.Analyzer {
	a, err := registry.NewCache().AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		panic(err)
	}
	return a
})

// testFastEnglish is a fastEnglish of its own, so tests see a cold memo.
func testFastEnglish(t testing.TB) *fastEnglish {
	a, err := newFastEnglish(registry.NewCache())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// tokenDiff describes the first difference between the two analyzers'
// streams for text, or returns "". Each analyzer gets its own copy:
// Bleve's writes to its input.
func tokenDiff(a analysis.Analyzer, text []byte) string {
	want := bleveEnglish().Analyze(append([]byte(nil), text...))
	in := append([]byte(nil), text...)
	got := a.Analyze(in)
	if string(in) != string(text) {
		return "the analyzer modified its input"
	}
	for i := range max(len(got), len(want)) {
		if i >= len(got) || i >= len(want) || !sameToken(got[i], want[i]) {
			return fmt.Sprintf("token %d: got %s, want %s (%d vs %d tokens)",
				i, tokenAt(got, i), tokenAt(want, i), len(got), len(want))
		}
	}
	return ""
}

func sameToken(a, b *analysis.Token) bool {
	return string(a.Term) == string(b.Term) && a.Start == b.Start && a.End == b.End &&
		a.Position == b.Position && a.Type == b.Type && a.KeyWord == b.KeyWord
}

func tokenAt(ts analysis.TokenStream, i int) string {
	if i >= len(ts) {
		return "none"
	}
	t := ts[i]
	return fmt.Sprintf("{%q %d-%d pos %d type %d}", t.Term, t.Start, t.End, t.Position, t.Type)
}

var analyzerEdgeCases = map[string]string{
	"empty":              "",
	"spaces":             " \t\r\n\v\f ",
	"abbreviation":       "The U.S. and U.K. economies, e.g. Japan's.",
	"numbers":            "1,000.50 3.14 1;2 1:2 1'2 12,345,678 -5 +3 1e10 0x1F 3rd 2nd-quarter 1.a a.1 a1.b",
	"apostrophes":        "can't won't John's JOHNS' it’s Mary’s rock ’n’ roll ‘quoted’ o'clock Ross'S",
	"fullwidth apos":     "Ｊｏｈｎ＇ｓ car's",
	"mid letters":        "a:b a::b a.b.c. ..a a..b a'b' 'a' a_b __ _ _1 1_ a_.b",
	"hyphens":            "e-mail well-known state-of-the-art – — ‐",
	"urls":               "See https://www.example.com/path?q=1&x=y#frag or http://t.co/AbC.",
	"emails":             "mail john.doe+news@example.co.uk now",
	"quotes":             `He said "no" and “yes” and «oui» and 'maybe'`,
	"emoji":              "Great 😀 news 👍🏽 flags 🇺🇸🇬🇧 zwj 👩‍👩‍👧 x😀y",
	"cjk":                "東京 is 日本の首都です。カタカナ ひらがな 한국어 text",
	"arabic":             "قال الرئيس 123 مرحبا and Hebrew שלום ע\"ה x",
	"combining":          "cafe\u0301 na\u0308ive \u0301start x \u0301y \t\u0300\u0301z \u00ad a\u00adb \r\n\u0301q",
	"greek sigma":        "ΟΔΥΣΣΕΥΣ Σ ΣΑΣ",
	"wide lower":         "ȺȾ ȺBC İstanbul KELVIN K İa aİbc ǅx ẞ Ω xȺyz ΑΣ’S ΣΣ’s",
	"controls":           "a\x00b\x01c\x7fd",
	"crlf":               "line one\r\nline two\rthree\nfour\v\ffive",
	"invalid utf8":       "a\xffb \xe2 x ab\xe2\x80 cd",
	"invalid after stop": "x. \xffy",
	"invalid after dot":  "a.\xffb",
	"invalid alone":      "\xff",
	"truncated rune end": "word \xe2\x80",
	"nbsp":               "10\u00a0000 a\u00a0b",
	"stop words":         "The and A an OF it is",
	"possessive only":    "'s 's's s's",
	"long word":          strings.Repeat("Supercalifragilistic", 4),
	"many tokens":        strings.Repeat("The quick brown fox jumps. ", 20),
	"ideographic space":  "a\u3000b",
	"zwsp":               "a\u200bb a\u200db",
	"regional":           "🇺🇸 x",
	"dollar amounts":     "$1.5 billion €2,000 £3.2m 45% 1/2 5'10\"",
}

// tokenizerDiff compares tokenizeEnglish, unfiltered, with Bleve's
// unicode tokenizer.
func tokenizerDiff(text []byte) string {
	want := unicode.NewUnicodeTokenizer().Tokenize(text)
	got := tokenizeEnglish(text, nil)
	for i := range max(len(got), len(want)) {
		if i >= len(got) || i >= len(want) || !sameToken(got[i], want[i]) {
			return fmt.Sprintf("tokenizer: token %d: got %s, want %s (%d vs %d tokens)",
				i, tokenAt(got, i), tokenAt(want, i), len(got), len(want))
		}
	}
	return ""
}

func TestFastEnglishMatchesBleveEdgeCases(t *testing.T) {
	a := testFastEnglish(t)
	for name, text := range analyzerEdgeCases {
		t.Run(name, func(t *testing.T) {
			if d := tokenDiff(a, []byte(text)); d != "" {
				t.Errorf("%q: %s", text, d)
			}
			if d := tokenizerDiff([]byte(text)); d != "" {
				t.Errorf("%q: %s", text, d)
			}
		})
	}
}

// TestFastEnglishMatchesBleveASCII tries every ASCII string of up to two
// bytes, and every string of up to four characters of one of each
// word-break class, with the Latin letters and punctuation simpleWords
// knows and some it does not.
func TestFastEnglishMatchesBleveASCII(t *testing.T) {
	a := testFastEnglish(t)
	fails := 0
	check := func(s []byte) {
		if d := tokenDiff(a, s); d != "" && fails < 10 {
			fails++
			t.Errorf("%q: %s", s, d)
		}
	}
	for c := range 128 {
		check([]byte{byte(c)})
		for d := range 128 {
			check([]byte{byte(c), byte(d)})
		}
	}
	pieces := []string{"a", "S", "0", "_", ".", "'", ":", ",", ";", "-", " ", "\n", "\"", "’", "‘", "“", "—", "…", "é", "×", "ɏ", "ʀ", "\u0301"}
	var rec func(s []byte, n int)
	rec = func(s []byte, n int) {
		check(s)
		if n == 4 {
			return
		}
		for _, p := range pieces {
			rec(append(s, p...), n+1)
		}
	}
	rec(nil, 0)
}

// mixPieces are the characters TestFastEnglishMatchesBleveRandomMix
// strings are made of: every ASCII word-break class, whitespace, and
// non-ASCII ones where the segmenter takes over (mid-word marks,
// combining and format characters, scripts, emoji, invalid UTF-8).
var mixPieces = []string{
	"a", "Z", "s", "S", "7", "_", ".", "'", ":", ",", ";", "-", "\"", "/", "@",
	" ", " ", "\t", "\r", "\n", "\v", "\f",
	"’", "‘", "“", "”", "—", "–", "…", "\u2028", "é", "É", "ß", "×", "÷", "Ā", "ɏ", "ʀ", "ª", "\u0301", "\u200d", "\u00ad", "\u200b", "\u00a0",
	"東", "カ", "ひ", "한", "ש", "ע", "\u05f4", "ا", "٣", "😀", "🇺", "🏽", "＇", "Σ", "Ⱥ", "İ",
	"\xff", "\xe2", "\xe2\x80", "\x80", "\xc3",
}

// TestFastEnglishMatchesBleveRandomMix compares the analyzers on random
// short strings of mixPieces.
func TestFastEnglishMatchesBleveRandomMix(t *testing.T) {
	a := testFastEnglish(t)
	rng := rand.New(rand.NewPCG(1, 2))
	fails := 0
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.IntN(16) {
			b.WriteString(mixPieces[rng.IntN(len(mixPieces))])
		}
		if d := tokenDiff(a, []byte(b.String())); d != "" && fails < 10 {
			fails++
			t.Errorf("%q: %s", b.String(), d)
		}
	}
}

func TestFastEnglishMatchesBleveOnArticles(t *testing.T) {
	a := testFastEnglish(t)
	texts := analyzerTexts(t)
	for name, text := range texts {
		if d := tokenDiff(a, []byte(text)); d != "" {
			t.Errorf("%s: %s", name, d)
		}
	}
	// Again with a warm memo.
	for name, text := range texts {
		if d := tokenDiff(a, []byte(text)); d != "" {
			t.Errorf("%s (warm): %s", name, d)
		}
	}
	t.Logf("%d texts", len(texts))
}

// TestFastEnglishConcurrent analyzes on several goroutines with a small
// vocabulary, so the memo's slots are replaced while read (run with -race).
func TestFastEnglishConcurrent(t *testing.T) {
	a := testFastEnglish(t)
	g := indexgen.New(indexgen.Config{Seed: 3, Vocabulary: 200})
	var texts []string
	for range 8 {
		doc, _ := g.Article(int64(len(texts) + 1))
		texts = append(texts, doc.Text)
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(texts))
	for _, text := range texts {
		wg.Go(func() {
			for range 5 {
				if d := tokenDiff(a, []byte(text)); d != "" {
					errs <- d
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for d := range errs {
		t.Error(d)
	}
}

// FuzzEnglishAnalyzerMatchesBleve checks that fastEnglish gives Bleve's
// token stream for any input and leaves the input as it was.
func FuzzEnglishAnalyzerMatchesBleve(f *testing.F) {
	for _, text := range analyzerEdgeCases {
		f.Add([]byte(text))
	}
	a := testFastEnglish(f)
	f.Fuzz(func(t *testing.T, text []byte) {
		if d := tokenizerDiff(text); d != "" {
			t.Errorf("%q: %s", text, d)
		}
		if d := tokenDiff(a, text); d != "" {
			t.Errorf("%q: %s", text, d)
		}
	})
}

func BenchmarkEnglishAnalyzer(b *testing.B) {
	texts := map[string][]string{"generated": generatedTexts(50)}
	if m := meantimeTexts(b); len(m) > 0 {
		texts["meantime"] = m
	}
	for name, text := range evalArticleTexts(b) {
		if strings.HasPrefix(name, "readability") && !strings.HasSuffix(name, " html") {
			texts["readability"] = append(texts["readability"], text)
		}
	}
	analyzers := map[string]analysis.Analyzer{"bleve": bleveEnglish(), "fast": testFastEnglish(b)}
	for _, set := range []string{"generated", "meantime", "readability"} {
		for _, name := range []string{"bleve", "fast"} {
			if texts[set] == nil {
				continue
			}
			b.Run("text="+set+"/analyzer="+name, func(b *testing.B) {
				a, n := analyzers[name], 0
				for _, t := range texts[set] {
					n += len(t)
				}
				b.SetBytes(int64(n))
				cpu0 := cputime.Process() // the machine is shared: CPU time is steadier
				for b.Loop() {
					for _, t := range texts[set] {
						a.Analyze([]byte(t))
					}
				}
				b.ReportMetric(float64(n)*float64(b.N)/(cputime.Process()-cpu0).Seconds()/1e6, "cpu-MB/s")
			})
		}
	}
}

// analyzerTexts gathers article text: the MEANTIME sample pages (as HTML
// and as text), generated articles, and the bodies of the evaluation
// articles when ../shared/eval is present.
func analyzerTexts(t testing.TB) map[string]string {
	out := map[string]string{}
	for i, text := range meantimeTexts(t) {
		out[fmt.Sprintf("meantime text %d", i)] = text
	}
	pages, _ := filepath.Glob(filepath.Join(repoRoot(t), "corpus", "sample", "*.html"))
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = string(b)
	}
	for i, text := range generatedTexts(20) {
		out[fmt.Sprintf("generated %d", i)] = text
	}
	for name, text := range evalArticleTexts(t) {
		out[name] = text
	}
	return out
}

var htmlTag = regexp.MustCompile(`(?s)<[^>]*>`)

// meantimeTexts returns the MEANTIME sample pages' text, tags removed.
func meantimeTexts(t testing.TB) []string {
	pages, _ := filepath.Glob(filepath.Join(repoRoot(t), "corpus", "sample", "*.html"))
	var out []string
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, html.UnescapeString(htmlTag.ReplaceAllString(string(b), " ")))
	}
	return out
}

func generatedTexts(n int) []string {
	g := indexgen.New(indexgen.Config{Seed: 1})
	var out []string
	for range n {
		doc, _ := g.Article(int64(len(out) + 1))
		out = append(out, doc.Text)
	}
	return out
}

// evalArticleTexts returns the bodies in the evaluation articles' truth
// files (many languages and scripts), and the first pages' raw HTML; none
// when ../shared/eval is absent.
func evalArticleTexts(t testing.TB) map[string]string {
	dir := filepath.Join(repoRoot(t), "..", "shared", "eval", "articles")
	out := map[string]string{}
	for _, set := range []string{"readability", "trafilatura", "htmldate-news"} {
		f, err := os.Open(filepath.Join(dir, set, "truth.jsonl"))
		if err != nil {
			t.Logf("no evaluation articles: %v", err)
			return out
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 16<<20)
		for i := 0; sc.Scan(); i++ {
			var r struct {
				File string   `json:"file"`
				Body string   `json:"body"`
				With []string `json:"with"`
			}
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				continue // htmldate-news writes NaN for missing dates
			}
			out[set+" "+r.File] = r.Body + "\n" + strings.Join(r.With, "\n")
			if i < 25 {
				out[set+" "+r.File+" html"] = gunzipFile(t, filepath.Join(dir, set, r.File))
			}
		}
		f.Close()
	}
	return out
}

func gunzipFile(t testing.TB, path string) string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return string(b)
}

// repoRoot walks up from the package directory to the one with go.mod.
func repoRoot(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}
