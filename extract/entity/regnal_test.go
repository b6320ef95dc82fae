package entity

import (
	"testing"

	"tidings/corpus"
)

func TestIsRegnal(t *testing.T) {
	for w, want := range map[string]bool{
		"II": true, "III": true, "IV": true, "VIII": true, "XIV": true, "XVI": true, "XXIII": true,
		"I": false, "V": false, "X": false, "IIII": false, "XXXX": false, "VX": false, "IVX": false, "XL": false, "Ii": false,
	} {
		if got := isRegnal(w); got != want {
			t.Errorf("isRegnal(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestRegnalNames(t *testing.T) {
	P, M := corpus.FactPerson, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazCommon: {"war", "part"}, GazCountry: {"jordan"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an untagged name before a regnal numeral is a person, with it",
			"In his haste, Ramesses II erred. Tiglath-Pileser III came later.",
			nil,
			[]wantFact{{"Ramesses II", "Ramesses II", P}, {"Tiglath-Pileser III", "Tiglath-Pileser III", P}},
		},
		{
			"I numbers a monarch after a royal title or before a reign, and the name is found again without it",
			"The Macedonian king Amyntas I accepted. Their first king was Mojmír I (ruled 830–846). Mojmír I died. At Amyntas's court, I said Smith I think.",
			[]tagged{{"Smith", P, 0}},
			[]wantFact{{"Amyntas I", "Amyntas I", P}, {"Mojmír I", "Mojmír I", P}, {"Mojmír I", "Mojmír I", P},
				{"Amyntas", "Amyntas I", P}, {"Smith", "Smith", P}},
		},
		{
			"a suffix after a comma is part of a person's name",
			"It contains a monument to Martin Luther King, Jr. and more.",
			[]tagged{{"Martin Luther King", P, 0}, {"Jr.", P, 0}},
			[]wantFact{{"Martin Luther King, Jr.", "Martin Luther King Jr.", P}},
		},
		{
			"a suffix alone names no one",
			"The honorary degree went to King, Jr. last year.",
			[]tagged{{"Jr.", P, 0}},
			nil,
		},
		{
			"an epithet after a person is part of the name, not before a capitalised word",
			"Paintings by Lucas Cranach the Elder hang here. Bhonsale the Great Maratha leader built it.",
			[]tagged{{"Lucas Cranach", P, 0}, {"Bhonsale", P, 0}},
			[]wantFact{{"Lucas Cranach the Elder", "Lucas Cranach the Elder", P}, {"Bhonsale", "Bhonsale", P}},
		},
		{
			"a numeral the tagger took alone ends the name before it, not the word opening the sentence",
			"It ended with World War II. After World War II, Japan recovered.",
			[]tagged{{"II", M, 0}, {"II", M, 1}, {"Japan", corpus.FactLocation, 0}},
			[]wantFact{{"World War II", "World War II", M}, {"World War II", "World War II", M}, {"Japan", "Japan", corpus.FactLocation}},
		},
		{
			"a person the tagger found takes the numeral",
			"King Abdullah II met them.",
			[]tagged{{"Abdullah", P, 0}},
			[]wantFact{{"Abdullah II", "Abdullah II", P}},
		},
		{
			"works, common words and single letters stay",
			"Led Zeppelin IV sold well after World War II. Part III and Henry V follow.",
			[]tagged{{"Led Zeppelin IV", M, 0}},
			// the war is misc (wars), no regnal name
			[]wantFact{{"Led Zeppelin IV", "Led Zeppelin IV", M}, {"World War II", "World War II", M}},
		},
	})
}
