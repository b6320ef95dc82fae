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
			"a person the tagger found takes the numeral",
			"King Abdullah II met them.",
			[]tagged{{"Abdullah", P, 0}},
			[]wantFact{{"Abdullah II", "Abdullah II", P}},
		},
		{
			"works, common words and single letters stay",
			"Led Zeppelin IV sold well after World War II. Part III and Henry V follow.",
			[]tagged{{"Led Zeppelin IV", M, 0}},
			[]wantFact{{"Led Zeppelin IV", "Led Zeppelin IV", M}},
		},
	})
}
