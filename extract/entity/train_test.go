package entity

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"tidings/corpus"
	"tidings/extract/token"
)

// templateDocs writes n one-sentence documents from news-like templates,
// drawing the names from the given lists, with their gold facts.
func templateDocs(rng *rand.Rand, n int, people, companies, cities []string) []TrainDoc {
	templates := []string{
		"{P} said on Tuesday that {O} would open an office in {L} .",
		"Shares of {O} rose after {P} visited {L} .",
		"In {L} , {P} met the chief executive of {O} .",
		"{O} hired {P} to run its business in {L} .",
		"The mayor of {L} thanked {P} and {O} for the gift .",
	}
	docs := make([]TrainDoc, n)
	for i := range docs {
		tpl := templates[rng.IntN(len(templates))]
		var b strings.Builder
		var facts []corpus.Fact
		for tpl != "" {
			j := strings.IndexByte(tpl, '{')
			if j < 0 {
				b.WriteString(tpl)
				break
			}
			b.WriteString(tpl[:j])
			var name string
			var typ corpus.FactType
			switch tpl[j+1] {
			case 'P':
				name, typ = people[rng.IntN(len(people))], corpus.FactPerson
			case 'O':
				name, typ = companies[rng.IntN(len(companies))], corpus.FactOrganization
			case 'L':
				name, typ = cities[rng.IntN(len(cities))], corpus.FactLocation
			}
			facts = append(facts, corpus.Fact{Type: typ, Start: b.Len(), End: b.Len() + len(name)})
			b.WriteString(name)
			tpl = tpl[j+3:]
		}
		docs[i] = TrainDoc{Text: b.String(), Facts: facts, Weight: 1}
	}
	return docs
}

// TestTrainFindsUnseenNames trains each trainer on template sentences and
// checks that it tags names it never saw from their context ("Park" is
// left out of the test names: the rules make a name ending in it a place).
func TestTrainFindsUnseenNames(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	train := templateDocs(rng, 400,
		[]string{"Anna Berg", "Tom Hale", "Rita Moss", "Carl Voss", "Ines Roth", "Paul Nagy", "Sara Lind", "Jon Webb", "Mia Kerr", "Ravi Rao"},
		[]string{"Acme Corp", "Globex", "Initech Inc", "Umbrella Group", "Soylent", "Cyberdyne Systems", "Tyrell Corp", "Wonka", "Massive Dynamic", "Aperture"},
		[]string{"Paris", "Lagos", "Quito", "Oslo", "Perth", "Dakar", "Minsk", "Tulsa", "Kyoto", "Bergen"})
	test := templateDocs(rng, 100,
		[]string{"Lena Holm", "Omar Diaz", "Yuki Sato"},
		[]string{"Hooli", "Vandelay Industries", "Stark Corp"},
		[]string{"Lima", "Accra", "Hanoi"})
	for _, crf := range []bool{true, false} {
		t.Run(fmt.Sprintf("crf=%v", crf), func(t *testing.T) {
			m, st, err := Train(train, TrainConfig{Bits: 16, Epochs: 5, Seed: 1, Runs: 2, CRF: crf, LearningRate: 0.1})
			if err != nil {
				t.Fatal(err)
			}
			if st.Sentences != len(train) || st.Misaligned != 0 {
				t.Fatalf("aligned %+v, want %d sentences", st, len(train))
			}
			tg := NewTagger(m)
			var s Score
			for _, d := range test {
				s.Add(d.Facts, tg.Extract(d.Text))
			}
			if strict, _ := s.F1(); strict < 0.9 {
				t.Errorf("strict F1 on unseen names %.3f, want ≥ 0.9", strict)
			}
		})
	}
}

func TestTrainRejectsBadConfig(t *testing.T) {
	docs := []TrainDoc{{Text: "Anna Berg visited Paris .", Weight: 1}}
	for _, cfg := range []TrainConfig{
		{Bits: 8, Epochs: 1},
		{Bits: 16, Epochs: 0},
		{Bits: 16, Epochs: 1, CRF: true},
		{Bits: 16, Epochs: 1, CRF: true, LearningRate: -0.1},
	} {
		if _, _, err := Train(docs, cfg); err == nil {
			t.Errorf("Train accepted %+v", cfg)
		}
	}
}

// TestEmbeddingClustersTypeUnseenNames: in sentences whose words say
// nothing of a name's type, only the embedding clusters tell a person
// from a company. A model trained with them types names it never saw
// (and types them the same once written and read back); one trained
// without them cannot.
func TestEmbeddingClustersTypeUnseenNames(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	word := func() string {
		const letters = "bcdfgklmnprstvz"
		const vowels = "aeiou"
		b := []byte{letters[rng.IntN(len(letters))] - 32}
		for range 2 {
			b = append(b, vowels[rng.IntN(len(vowels))], letters[rng.IntN(len(letters))])
		}
		return string(b)
	}
	emb := map[string][2]uint16{}
	names := func(n int, cluster uint16) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = word()
			emb[strings.ToLower(out[i])] = [2]uint16{cluster, cluster * 8}
		}
		return out
	}
	trainP, trainO, testP, testO := names(40, 1), names(40, 2), names(20, 1), names(20, 2)
	docs := func(n int, people, companies []string) []TrainDoc {
		out := make([]TrainDoc, n)
		for i := range out {
			name, typ := people[rng.IntN(len(people))], corpus.FactPerson
			if i%2 == 1 {
				name, typ = companies[rng.IntN(len(companies))], corpus.FactOrganization
			}
			text := "Yesterday " + name + " won the prize ."
			out[i] = TrainDoc{Text: text, Facts: []corpus.Fact{{Type: typ, Start: 10, End: 10 + len(name)}}, Weight: 1}
		}
		return out
	}
	train, test := docs(400, trainP, trainO), docs(200, testP, testO)
	score := func(m *Model) float64 {
		tg := NewTagger(m)
		var s Score
		for _, d := range test {
			s.Add(d.Facts, tg.Extract(d.Text))
		}
		strict, _ := s.F1()
		return strict
	}
	cfg := TrainConfig{Bits: 16, Epochs: 5, Seed: 1, Runs: 1, CRF: true, LearningRate: 0.1, EmbClusters: emb}
	m, _, err := Train(train, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	loaded, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	f := score(loaded)
	t.Logf("strict F1 on unseen names: %.3f with embedding clusters", f)
	if f < 0.9 {
		t.Errorf("with embedding clusters, strict F1 on unseen names %.3f, want ≥ 0.9", f)
	}
	cfg.EmbClusters = nil
	without, _, err := Train(train, cfg)
	if err != nil {
		t.Fatal(err)
	}
	f = score(without)
	t.Logf("strict F1 on unseen names: %.3f without", f)
	if f > 0.75 {
		t.Errorf("without embedding clusters, strict F1 %.3f: the test names give their type away", f)
	}
}

// TestTrainCaselessCopies trains with and without copies of sentences in
// capitals or lower case and checks the names of a headline in capitals
// and of text typed in lower case, names it never saw: the copies teach
// them.
func TestTrainCaselessCopies(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	people := []string{"Anna Berg", "Tom Hale", "Rita Moss", "Carl Voss", "Ines Roth", "Paul Nagy", "Sara Lind", "Jon Webb", "Mia Kerr", "Ravi Rao"}
	companies := []string{"Acme Corp", "Globex", "Initech Inc", "Umbrella Group", "Soylent", "Cyberdyne Systems", "Tyrell Corp", "Wonka", "Massive Dynamic", "Aperture"}
	cities := []string{"Paris", "Lagos", "Quito", "Oslo", "Perth", "Dakar", "Minsk", "Tulsa", "Kyoto", "Bergen"}
	train := templateDocs(rng, 400, people, companies, cities)
	test := templateDocs(rng, 100, []string{"Lena Holm", "Omar Diaz", "Yuki Sato"}, []string{"Hooli", "Vandelay Industries", "Stark Corp"},
		[]string{"Lima", "Accra", "Hanoi"})
	scores := map[float64]float64{}
	for _, share := range []float64{0, 0.5} {
		m, st, err := Train(train, TrainConfig{Bits: 16, Epochs: 5, Seed: 1, CRF: true, LearningRate: 0.1, Caseless: share})
		if err != nil {
			t.Fatal(err)
		}
		if share > 0 && (st.Caseless < 150 || st.Caseless > 250) {
			t.Errorf("%d caseless copies of %d sentences, want about half", st.Caseless, st.Sentences)
		}
		tg := NewTagger(m)
		var s Score
		for _, d := range test {
			for _, text := range []string{strings.ToUpper(d.Text), strings.ToLower(d.Text)} {
				facts := make([]corpus.Fact, len(d.Facts))
				for i, f := range d.Facts {
					f.Text = text[f.Start:f.End]
					facts[i] = f
				}
				s.Add(facts, tg.Extract(text))
			}
		}
		scores[share], _ = s.F1()
	}
	t.Logf("strict F1 on caseless text: %.3f with copies, %.3f without", scores[0.5], scores[0])
	if scores[0.5] < 0.9 || scores[0.5] <= scores[0] {
		t.Errorf("strict F1 on caseless text %.3f with copies, %.3f without: want ≥ 0.9 and better", scores[0.5], scores[0])
	}
}

func TestRecased(t *testing.T) {
	toks := []token.Token{{Start: 0, End: 6, Text: "Amazon"}, {Start: 7, End: 13, Text: "bought"}, {Start: 14, End: 18, Text: "MGM."}}
	up, low := recased(toks, true), recased(toks, false)
	for i, want := range []string{"AMAZON", "BOUGHT", "MGM."} {
		if up[i].Text != want || up[i].Start != toks[i].Start {
			t.Errorf("recased upper %d = %+v, want %q at %d", i, up[i], want, toks[i].Start)
		}
	}
	for i, want := range []string{"amazon", "bought", "mgm."} {
		if low[i].Text != want {
			t.Errorf("recased lower %d = %q, want %q", i, low[i].Text, want)
		}
	}
	if toks[0].Text != "Amazon" {
		t.Error("recased changed its input")
	}
}
