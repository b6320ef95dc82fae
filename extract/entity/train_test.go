package entity

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"tidings/corpus"
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
