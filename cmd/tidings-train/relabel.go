package main

import (
	"strings"

	"tidings/corpus"
	"tidings/extract/entity"
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
// It returns the names the votes settle, changed or not.
func relabel(auto []doc, hand [][]doc, places []string, minVotes int, share float64) (changed int, decided map[string]bool) {
	decided = map[string]bool{}
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
			if ok {
				decided[d.Text[f.Start:f.End]] = true
			}
			if ok && t != f.Type && f.Type != corpus.FactMisc {
				d.Facts[i].Type = t
				changed++
			}
		}
	}
	return changed, decided
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

// relabelTitled makes persons of the partly automatic set's
// organizations and places whose names that set itself writes after an
// honorific ("Mr. Putin", "President Ahmadinejad"), or whose last word
// it does ("Yasser Arafat" beside "Mr. Arafat"): GMB's automatic labels
// call "Putin" an organization 13 times and "Musharraf" a place 13
// times. A name needs at least minTitled such mentions, and a share of
// its mentions; names the hand-annotated sets settle (decided) and
// places of two words or more ("Bandar Abbas", "Dera Ismail Khan") are
// left alone.
func relabelTitled(auto []doc, decided, places map[string]bool, minTitled int, share float64) (changed int) {
	titled, total := map[string]int{}, map[string]int{}
	for _, d := range auto {
		for _, f := range d.Facts {
			if f.Type == corpus.FactMisc {
				continue
			}
			name := d.Text[f.Start:f.End]
			if f.Type == corpus.FactPerson {
				words := strings.Fields(name)
				for len(words) > 1 && entity.IsTitle(words[0]) {
					words = words[1:]
				}
				if short := strings.Join(words, " "); short != name {
					name = short
					titled[name]++ // "President Bush", a person
				}
			}
			total[name]++
			if honorificBefore(d.Text, f.Start) {
				titled[name]++
			}
		}
	}
	for _, d := range auto {
		for i, f := range d.Facts {
			if f.Type != corpus.FactOrganization && f.Type != corpus.FactLocation {
				continue
			}
			name := d.Text[f.Start:f.End]
			words := strings.Fields(name)
			if decided[name] || len(words) > 3 || len(words) > 1 && places[strings.ToLower(name)] {
				continue
			}
			n := titled[name]
			if len(words) > 1 {
				n += titled[words[len(words)-1]]
			}
			if n >= minTitled && float64(n) >= share*float64(total[name]) {
				d.Facts[i].Type = corpus.FactPerson
				changed++
			}
		}
	}
	return changed
}

// honorificBefore reports an honorific or an office that only people
// hold just before offset start: "Mr.", "President", "Minister".
func honorificBefore(text string, start int) bool {
	if start == 0 || text[start-1] != ' ' {
		return false
	}
	before := strings.Fields(text[max(0, start-24) : start-1])
	if len(before) == 0 {
		return false
	}
	w := before[len(before)-1]
	if !strings.HasPrefix(w, strings.ToUpper(w[:1])) {
		return false
	}
	return entity.IsHonorific(w) || personOffices[strings.ToLower(w)]
}

var personOffices = map[string]bool{
	"minister": true, "premier": true, "secretary": true, "ambassador": true, "spokesman": true,
	"spokeswoman": true, "chairman": true, "envoy": true,
}

// relabelOffices splits the partly automatic set's names that run from
// an office's holder over the office to its holder's name: GMB tags
// "CIA Director Porter Goss", "California Governor Arnold
// Schwarzenegger" and "U.S. Ambassador William Brownfield" as one
// organization. The holder keeps the type (a place when places knows
// it), the person's name becomes a person; the office between is no
// name. The name must open with a given name and have two words or
// more. It returns the number of names split.
func relabelOffices(auto []doc, firstNames, places map[string]bool) (split int) {
	for di := range auto {
		d := &auto[di]
		var out []corpus.Fact
		for _, f := range d.Facts {
			holder, person, ok := officeSplit(d.Text, f, firstNames)
			if !ok {
				out = append(out, f)
				continue
			}
			if places[strings.ToLower(d.Text[holder.Start:holder.End])] {
				holder.Type = corpus.FactLocation
			}
			out = append(out, holder, person)
			split++
		}
		d.Facts = out
	}
	return split
}

// officeSplit finds in fact f of text the holder before an office and the
// person's name after it.
func officeSplit(text string, f corpus.Fact, firstNames map[string]bool) (holder, person corpus.Fact, ok bool) {
	if f.Type != corpus.FactOrganization { // "Royal Prince Alfred Hospital" is a place
		return holder, person, false
	}
	type word struct {
		s     string
		start int
	}
	var words []word
	for i := f.Start; i < f.End; {
		j := strings.IndexByte(text[i:f.End], ' ')
		if j < 0 {
			j = f.End - i
		}
		if j > 0 {
			words = append(words, word{text[i : i+j], i})
		}
		i += j + 1
	}
	office := func(w string) bool {
		return startsCapital(w) && (entity.IsTitle(w) || entity.IsHonorific(w) || personOffices[strings.ToLower(w)])
	}
	for k := 1; k+2 < len(words); k++ {
		if !office(words[k].s) {
			continue
		}
		j := k
		for j+2 < len(words) && office(words[j+1].s) {
			j++
		}
		name := words[j+1:]
		if len(name) < 2 || !firstNames[strings.ToLower(name[0].s)] {
			return holder, person, false
		}
		for i, w := range append(words[:k:k], name...) {
			if !startsCapital(w.s) || i < k && office(w.s) { // "Supreme Leader Ayatollah Ali Khamenei"
				return holder, person, false
			}
		}
		holder = corpus.Fact{Type: f.Type, Start: f.Start, End: words[k-1].start + len(words[k-1].s)}
		person = corpus.Fact{Type: corpus.FactPerson, Start: name[0].start, End: f.End}
		return holder, person, true
	}
	return holder, person, false
}

func startsCapital(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
