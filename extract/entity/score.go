package entity

import "tidings/corpus"

// Score counts span matches of predicted against gold entity facts over
// person, organization and location, strictly (same type and offsets) and
// relaxed (same type, overlapping; one-to-one), as score_ner.py does.
type Score struct {
	Gold, Pred, Strict, Relaxed int
}

// scored lists the types the headline figure covers.
var scored = map[corpus.FactType]bool{corpus.FactPerson: true, corpus.FactOrganization: true, corpus.FactLocation: true}

// Add counts one document.
func (s *Score) Add(gold, pred []corpus.Fact) {
	type key struct {
		t          corpus.FactType
		start, end int
	}
	gs := map[key]bool{}
	var gl []corpus.Fact
	for _, f := range gold {
		if k := (key{f.Type, f.Start, f.End}); scored[f.Type] && !gs[k] {
			gs[k] = true
			gl = append(gl, f)
		}
	}
	ps := map[key]bool{}
	var pl []corpus.Fact
	for _, f := range pred {
		if k := (key{f.Type, f.Start, f.End}); scored[f.Type] && !ps[k] {
			ps[k] = true
			pl = append(pl, f)
			if gs[k] {
				s.Strict++
			}
		}
	}
	s.Gold += len(gl)
	s.Pred += len(pl)
	used := make([]bool, len(gl))
	for _, p := range pl {
		for i, g := range gl {
			if !used[i] && g.Type == p.Type && g.Start < p.End && p.Start < g.End {
				used[i] = true
				s.Relaxed++
				break
			}
		}
	}
}

// F1 returns strict and relaxed micro F1.
func (s Score) F1() (strict, relaxed float64) {
	f := func(m int) float64 {
		if m == 0 {
			return 0
		}
		p, r := float64(m)/float64(s.Pred), float64(m)/float64(s.Gold)
		return 2 * p * r / (p + r)
	}
	return f(s.Strict), f(s.Relaxed)
}
