package entity

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"tidings/corpus"
	"tidings/internal/cputime"
	"tidings/internal/evaltest"
)

var (
	taggerOnce sync.Once
	tagger     *Tagger
	taggerErr  error
)

func loadTagger(t testing.TB) *Tagger {
	t.Helper()
	taggerOnce.Do(func() { tagger, taggerErr = loadModelFile() })
	if taggerErr != nil {
		t.Fatalf("Load: %v", taggerErr)
	}
	return tagger
}

// checkFacts asserts the fact contract: valid, ordered, non-overlapping
// offsets on rune boundaries, Text == text[Start:End], a canonical name.
func checkFacts(t testing.TB, text string, facts []corpus.Fact) {
	t.Helper()
	prev := 0
	valid := utf8.ValidString(text)
	for _, f := range facts {
		if f.Start < prev || f.End <= f.Start || f.End > len(text) {
			t.Fatalf("bad offsets %d:%d (prev end %d) in %q", f.Start, f.End, prev, text)
		}
		if f.Text != text[f.Start:f.End] {
			t.Fatalf("Text %q != text[%d:%d] %q", f.Text, f.Start, f.End, text[f.Start:f.End])
		}
		if valid && (!utf8.RuneStart(text[f.Start]) || f.End < len(text) && !utf8.RuneStart(text[f.End])) {
			t.Fatalf("fact %q not on rune boundaries", f.Text)
		}
		if !f.Type.IsEntity() || f.Entity == "" {
			t.Fatalf("bad type or empty entity: %+v", f)
		}
		if f.SentenceStart != 0 || f.SentenceEnd != 0 {
			t.Fatalf("sentence offsets set: %+v", f)
		}
		prev = f.End
	}
}

// TestLoadIsFast bounds the CPU time of Load (wall time depends on how
// busy the machine is). CPU time moves too when other test binaries
// share the cores (0.63 s alone, just over 1 s once under go test ./...
// on two cores), so the best of three loads is what is bounded.
func TestLoadIsFast(t *testing.T) {
	best := time.Duration(1 << 62)
	for range 3 {
		before := cputime.Process()
		if _, err := Load(); err != nil {
			t.Fatal(err)
		}
		d := cputime.Process() - before
		t.Logf("Load used %s of CPU", d)
		best = min(best, d)
		if best <= time.Second {
			break
		}
	}
	if best > time.Second && !raceEnabled {
		t.Fatalf("Load used %s of CPU at best, want ≤ 1s", best)
	}
}

func TestExtract(t *testing.T) {
	tg := loadTagger(t)
	tests := []struct {
		name string
		text string
		want map[string]corpus.FactType // fact text -> type (a subset)
	}{
		{"news sentence", "Amazon chief executive Andy Jassy said on Tuesday that the company would open an office in Paris.",
			map[string]corpus.FactType{"Amazon": corpus.FactOrganization, "Andy Jassy": corpus.FactPerson, "Paris": corpus.FactLocation}},
		{"possessive split off", "OpenAI's chief executive Sam Altman said the company would hire more engineers in Germany.",
			map[string]corpus.FactType{"OpenAI": "", "Sam Altman": corpus.FactPerson, "Germany": corpus.FactLocation}},
		{"senator", "Senator John McCain of Arizona criticised the plan. McCain said it would fail.",
			map[string]corpus.FactType{"John McCain": corpus.FactPerson, "Arizona": corpus.FactLocation, "McCain": corpus.FactPerson}},
		{"market indices", "In Tokyo the Nikkei fell 2.3 percent, while the Dow Jones closed up and Hong Kong's Hang Seng slipped. The Nikkei has lost a fifth this year.",
			map[string]corpus.FactType{"Nikkei": corpus.FactMisc, "Dow Jones": corpus.FactMisc, "Hang Seng": corpus.FactMisc, "Tokyo": corpus.FactLocation}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			facts := tg.Extract(tc.text)
			checkFacts(t, tc.text, facts)
			got := map[string]corpus.FactType{}
			for _, f := range facts {
				got[f.Text] = f.Type
			}
			for text, typ := range tc.want {
				if g, ok := got[text]; !ok || typ != "" && g != typ { // "" accepts any type
					t.Errorf("%q: got type %q, want %q (all: %v)", text, got[text], typ, got)
				}
			}
		})
	}
}

// TestExtractTypographicQuotes checks that web text's curly quotes tag as
// their ASCII forms do: the tagger learnt from text with few of them.
func TestExtractTypographicQuotes(t *testing.T) {
	tg := loadTagger(t)
	for _, curly := range []string{
		"But he will do so only if he receives assurances that he will play regularly in Zinedine Zidane’s team.",
		"“We will go to Moscow,” Erdogan said, after Putin’s aides met Turkey’s envoy – a first.",
	} {
		ascii := typographic.Replace(curly)
		got, want := tg.Extract(curly), tg.Extract(ascii)
		checkFacts(t, curly, got)
		if len(got) != len(want) {
			t.Fatalf("%q: %d facts, %d in ASCII (%v, %v)", curly, len(got), len(want), got, want)
		}
		for i := range got {
			if got[i].Type != want[i].Type || got[i].Entity != want[i].Entity {
				t.Errorf("%q: fact %d is %s %q, in ASCII %s %q", curly, i, got[i].Type, got[i].Entity, want[i].Type, want[i].Entity)
			}
		}
	}
	facts := tg.Extract("He will play regularly in Zinedine Zidane’s team.")
	if len(facts) != 1 || facts[0].Type != corpus.FactPerson || facts[0].Text != "Zinedine Zidane" {
		t.Errorf("Zidane’s team: got %v, want the person Zinedine Zidane", facts)
	}
}

func TestExtractCanonical(t *testing.T) {
	tg := loadTagger(t)
	text := "Amazon Web Services (AWS) hired Andy Jassy in 1997. Jassy now leads Amazon. AWS grew 20%."
	facts := tg.Extract(text)
	checkFacts(t, text, facts)
	want := map[string]string{"AWS": "Amazon Web Services", "Jassy": "Andy Jassy"}
	for _, f := range facts {
		if w, ok := want[f.Text]; ok && f.Entity != w {
			t.Errorf("%q: entity %q, want %q", f.Text, f.Entity, w)
		}
		if f.Text == "Amazon" && f.Type != corpus.FactOrganization {
			t.Errorf("Amazon typed %q", f.Type)
		}
	}
}

func TestExtractBadInput(t *testing.T) {
	tg := loadTagger(t)
	long := strings.Repeat("the Smith company of Boston and ", 2000) // 12,000 tokens, one sentence
	var names strings.Builder                                        // thousands of distinct names sharing first words
	for i := 0; names.Len() < 300_000; i++ {
		fmt.Fprintf(&names, "Company%d Holdings (C%dH) hired John Smith%d in Paris. Smith%d said C%dH would grow. ", i, i, i, i, i)
	}
	var defs strings.Builder // thousands of names defined, each found again
	for i := 0; defs.Len() < 1_200_000; i++ {
		fmt.Fprintf(&defs, "Hamlet%d is a village in the north. People of Hamlet%d farm. ", i, i)
	}
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"white space", " \n\t "},
		{"all caps headline", "APPLE SUES SAMSUNG OVER IPHONE PATENTS IN CALIFORNIA"},
		{"lower case text", "barack obama met angela merkel in berlin on monday"},
		{"very long sentence", long},
		{"thousands of names", names.String()},
		{"other scripts", "東京で習近平氏とプーチン氏が会談した。Москва и Париж. مرحبا بكم في القاهرة"},
		{"invalid utf8", "Apple\xff\xfe Inc. and \xc3 Google met in Par\xe9s."},
		{"punctuation only", "!!! ... ??? --- ((( )))"},
		{"mojibake", "InnovationÂ Centre and CafÃ© Nero opened in ZÃ¼rich."},
		// Tables the sports rules read, at the size of a page nobody
		// writes: each rule must stay linear in the rows.
		{"squad list", strings.Repeat("Peter Schmeichel ( Manchester United ) , ", 10_000)},
		{"results table", strings.Repeat("Arsenal 3 ( Wright 12 , 67 ) Southampton 1 ( Le Tissier 80 )\n", 5_000)},
		{"scorecard", strings.Repeat("Mike Atherton c Dravid b Srinath 23\n", 10_000)},
		{"definitions", defs.String()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			checkFacts(t, tc.text, tg.Extract(tc.text))
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("%d bytes took %v: quadratic somewhere", len(tc.text), took)
			}
		})
	}
}

func TestExtractConcurrent(t *testing.T) {
	tg := loadTagger(t)
	text := "Barack Obama met Angela Merkel in Berlin. Obama praised Germany."
	want := len(tg.Extract(text))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if got := len(tg.Extract(text)); got != want {
					t.Errorf("got %d facts, want %d", got, want)
				}
			}
		})
	}
	wg.Wait()
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Amazon Web Services (AWS) said Andy Jassy's team grew. Jassy left.",
		"APPLE SUES SAMSUNG", "a\xffb Zürich ZÃ¼rich InnovationÂ", "((AWS)) (", "Mr. Smith of the U.S.-based OpenAI's",
		"", "\"Bob,\" said Bob.",
		"The city of Coachella; Mayor of Aurora Police Department R-Ind., (D-N.Y.) D- Caeneus Minerals Sri Lanka hurricanes Harvey, Irma, and",
		"Zidane’s “AIIMS Bhubaneswar” Smack Songs LLC (ASCAP), Sea Gayle (ASCAP) Donald J. Trump, Donald Trump – a Virginia Democrat Kentucky Derby",
		"The Iraqi Islamic Party met the US Air Force at Glasgow School of Art.",
		"Apple's Siri, Airbus' , the Paris Agreement and the Battle of Marengo's'",
		"AL-AIN, United Arab Emirates 1996-12-06\nSAN FRANCISCO (AP) - X\n- -- 1-1\nA-, Jan",
		"Mr. Comey's, Dr\nX, now 31, Jutting, 7,\"Hi,\" said Leive Mr said Mr. Spotify, Tesla, Uber and Snapchat club Dr",
		"\" The Kill \" \"Hey Joe\" \" \" \"A\" Bristol, Chester, Exeter and York analysts at Nomura Securities and \"",
		"in The Economist The\nOAKLAND AT BOSTON\nEssex beat Surrey against Kent at\nRamesses II Tiglath-Pileser III -II XIV\nSony and Toyota and",
		"30 Seconds to Mars ( or Thirty ( is a band. The X is a ( also Y or ) is a suburb of. King Amyntas I\nMojmír I ( Pliny the Elder the\nPaxton, Illinois, Paxton ,",
		"Gavi, the Vaccine Alliance, said. A, B & C, Dunn & Crutcher & the Commission on Human Rights of the on known as Rengo, known as",
		"a 3-1 win over Brighton. The Bill & Melinda Gates Foundation & and Forum Gomery, who Then X was born fled again to Abra bought by",
		"Secretary of Homeland Security Alejandro Mayorkas U.N. Secretary-General Ban Ki-moon in Vigan, Ilocos Sur. Ratan Tata, the former chairman of",
		"Ajax Amsterdam 2 (Babangida 15, de Boer 90 pen) Graafschap 0.\nPohang 3 Ulsan 2 (halftime 1-0)\nWilliams driver Jacques Villeneuve (de",
		"California-based Chiron Corp. -based in the capital, Abuja, of Bronislaw Geremek of Poland a Milpitas, Calif., maker Mr. Leon of Bear Stearns",
		"Hurricane Hugo Hugo N.V. DSM General Abacha Rwanda Hutus British Gas Wang Laboratories Sun Microsystems Inc. Sun John Labatt Ltd. Labatt's",
		"KHAN YOUNIS, GAZA — X\nGLASGOW, Ga. -\nthe MP for Bath and North East Somerset, MP for\nMoody 's Investors Service Moody '\nGoldman , Sachs & Co , ,",
		"the province of Khyber Pukhtunkhwa the island of Bre-X Minerals Ltd Bre-X the ZANU-PF party CFDT and FO unions agency GCHQ a Hiroshige Yanagimoto cross",
		"U.S. District Judge Norgle Judge Tour of Spain TOUR OF U.N. High Commissioner for Refugees Sadako Ogata Ato Boldon of Trinidad Winston & Strawn &",
		"Cameron L. Horve, 27, Macon, was Kincaid police from Salamanca to Leon to\nNFL - COWBOYS BEAT GIANTS 20-6\nthe Dallas Cowboys beat the for Dallas ( LIFFE",
	} {
		f.Add(s)
	}
	tg := loadTagger(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkFacts(t, text, tg.Extract(text))
	})
}

func BenchmarkExtract(b *testing.B) {
	tg := loadTagger(b)
	text := strings.Repeat("Amazon Web Services (AWS) said on Tuesday that chief executive Andy Jassy would visit Paris and Berlin "+
		"next month, while the European Central Bank kept rates steady. Jassy's comments lifted shares 3.5%. ", 50)
	b.SetBytes(int64(len(text)))
	cpu := cputime.Process()
	for b.Loop() {
		tg.Extract(text)
	}
	reportCPU(b, cpu, len(text))
}

// BenchmarkExtractNews tags the MEANTIME articles one by one, as the
// pipeline does (the fallback text when the shared data is absent).
func BenchmarkExtractNews(b *testing.B) {
	tg := loadTagger(b)
	docs := evaltest.NewsDocs()
	if len(docs) == 0 {
		docs = []string{"Amazon Web Services (AWS) said on Tuesday that chief executive Andy Jassy would visit Paris."}
	}
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	cpu := cputime.Process()
	for b.Loop() {
		for _, d := range docs {
			tg.Extract(d)
		}
	}
	reportCPU(b, cpu, size)
}

// reportCPU adds MB per CPU-second, steadier than wall time on a shared
// machine.
func reportCPU(b *testing.B, before time.Duration, size int) {
	if d := cputime.Process() - before; d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}
