package main

import (
	"tidings/corpus"
)

// relabel sets the type of the partly automatic set's names to the type
// the hand-annotated sets give the same text, where they agree: GMB calls
// "West Bank" an organization 170 times and "Bush" a place 57 times,
// while the hand-annotated sets call them a place and a person. A name is
// relabelled only when the hand-annotated sets tag its exact text at
// least minVotes times with one type in at least share of them, and
// never from misc to another type: GMB's misc demonyms ("Iraqi") follow
// the CoNLL convention, which some hand-annotated sets do not. Names in
// places are places whatever the votes: GMB calls "Kosovo" an
// organization and "Ecuador" a person.
func relabel(auto []doc, hand [][]doc, places []string, minVotes int, share float64) (changed int) {
	votes := map[string]map[corpus.FactType]int{}
	for _, ds := range hand {
		for _, d := range ds {
			for _, f := range d.Facts {
				k := d.Text[f.Start:f.End]
				if votes[k] == nil {
					votes[k] = map[corpus.FactType]int{}
				}
				votes[k][f.Type]++
			}
		}
	}
	for _, p := range places {
		votes[p] = map[corpus.FactType]int{corpus.FactLocation: minVotes}
	}
	for _, d := range auto {
		for i, f := range d.Facts {
			t, ok := majority(votes[d.Text[f.Start:f.End]], minVotes, share)
			if ok && t != f.Type && f.Type != corpus.FactMisc {
				d.Facts[i].Type = t
				changed++
			}
		}
	}
	return changed
}

// majority returns the type holding at least share of the votes, when
// there are at least minVotes.
func majority(v map[corpus.FactType]int, minVotes int, share float64) (corpus.FactType, bool) {
	total, best, bestN := 0, corpus.FactType(""), 0
	for t, n := range v {
		total += n
		if n > bestN || n == bestN && t < best {
			best, bestN = t, n
		}
	}
	if total < minVotes || float64(bestN) < share*float64(total) {
		return "", false
	}
	return best, true
}
