package entity

import (
	"strings"

	"tidings/corpus"
)

// eventOpeners open the names of events and treaties named after a
// place: "Battle of Marengo", "Treaty of Versailles".
var eventOpeners = map[string]bool{"battle": true, "siege": true, "treaty": true, "peace": true, "sack": true}

// events turns a name followed by a capitalised event, agreement or
// award word into one misc name ("Paris Agreement", "Suez Crisis", "US
// Open", "Iraq War"), and a place after "Battle of" into the battle's
// name: CoNLL-style annotation calls these misc, not places.
func (d *doc) events() {
	for i, m := range d.ms {
		if m.typ == corpus.FactMisc {
			continue
		}
		if k := m.last + 1; d.spaced(m.last) && startsUpper(d.toks[k].Text) && eventHeads[strings.ToLower(d.toks[k].Text)] && d.free(k, i+1) {
			d.ms[i].last, d.ms[i].typ, d.ms[i].confident = k, corpus.FactMisc, true
			d.set(&d.ms[i])
			continue
		}
		if k := m.first - 2; m.typ == corpus.FactLocation && k >= 0 && d.toks[k+1].Text == "of" && startsUpper(d.toks[k].Text) &&
			eventOpeners[strings.ToLower(d.toks[k].Text)] && (i == 0 || d.ms[i-1].last < k) {
			d.ms[i].first, d.ms[i].typ, d.ms[i].confident = k, corpus.FactMisc, true
			d.set(&d.ms[i])
		}
	}
}

// eventHeads are the misc heads and "Crisis".
var eventHeads = func() map[string]bool {
	out := map[string]bool{"crisis": true}
	for w := range miscHeads {
		out[w] = true
	}
	return out
}()

// free reports that token k lies before mention next (or there is none).
func (d *doc) free(k, next int) bool {
	return next >= len(d.ms) || d.ms[next].first > k
}
