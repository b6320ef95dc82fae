package entity

import (
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
