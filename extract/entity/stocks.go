package entity

import (
	"strings"

	"tidings/corpus"
)

// marketVerbs follow "X shares" when X is a listed company: "Sandoz shares
// rose"; "Smith shares his view" is a person sharing.
var marketVerbs = map[string]bool{
	"rose": true, "fell": true, "gained": true, "lost": true, "jumped": true, "dropped": true, "slipped": true,
	"climbed": true, "closed": true, "ended": true, "were": true, "added": true, "eased": true, "firmed": true,
	"surged": true, "plunged": true, "tumbled": true, "traded": true, "rallied": true, "edged": true, "slid": true,
	"soared": true, "sank": true, "dipped": true, "rise": true, "fall": true, "rose,": true, "have": true, "had": true,
	"gain": true, "hit": true, "opened": true, "finished": true, "recovered": true, "slumped": true, "advanced": true,
}

// stockEvidence makes organizations of the names the document shows to
// be listed companies: a name before "shares" and a market verb
// ("Sandoz shares rose"), or after "shares of", "shares in" or "stake
// in" ("shares in Hoechst"). Every mention of the name that the tagger
// called a person becomes an organization, and the name where it is
// untagged there is tagged; known places are markets ("Tokyo shares
// fell") and stay.
func (d *doc) stockEvidence() {
	var listed map[string]bool
	var at []int
	for i := range d.toks {
		if k := d.listedAt(i); k >= 0 {
			if listed == nil {
				listed = map[string]bool{}
			}
			listed[d.toks[k].Text] = true
			at = append(at, k)
		}
	}
	if listed == nil {
		return
	}
	for i, m := range d.ms {
		if m.first == m.last && listed[d.toks[m.first].Text] && m.typ == corpus.FactPerson {
			d.ms[i].typ, d.ms[i].confident = corpus.FactOrganization, true
		}
	}
	for _, k := range at {
		if d.typeOf(k) == "" { // the others are found again by propagate
			m := mention{first: k, last: k, typ: corpus.FactOrganization, confident: true}
			d.set(&m)
			d.ms = append(d.ms, m)
			d.taken[k] = true
		}
	}
}

// listedAt returns the token of a company name that token i shows to be
// listed ("shares" after it, "shares of" before it), or -1. The name is
// one capitalised word, no known place, nationality or common word.
func (d *doc) listedAt(i int) int {
	if d.toks[i].Text != "shares" && d.toks[i].Text != "stake" {
		return -1
	}
	k := -1
	switch {
	case d.toks[i].Text == "shares" && i > 0 && i+1 < len(d.toks) && marketVerbs[d.toks[i+1].Text]:
		k = i - 1
	case i+2 < len(d.toks) && (d.toks[i+1].Text == "of" && d.toks[i].Text == "shares" || d.toks[i+1].Text == "in"):
		k = i + 2
		if k+1 < len(d.toks) && startsUpper(d.toks[k+1].Text) && d.spaced(k) {
			return -1 // "shares in Royal Dutch": more than one word
		}
	default:
		return -1
	}
	w := d.toks[k].Text
	if !startsUpper(w) || isAllCaps(w) && len(w) <= 1 || k > 0 && startsUpper(d.toks[k-1].Text) && d.spaced(k-1) && !d.sentenceStart(k) ||
		d.isKnownPlace(w) || d.gaz.has(strings.ToLower(w), GazCommon) || months[strings.ToLower(w)] || weekdays[strings.ToLower(w)] || d.typeOf(k) == corpus.FactMisc || d.typeOf(k) == corpus.FactLocation {
		return -1
	}
	return k
}

// typeOf returns the type of the mention covering token k, or "".
func (d *doc) typeOf(k int) corpus.FactType {
	for _, m := range d.ms {
		if m.first <= k && k <= m.last {
			return m.typ
		}
	}
	return ""
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}
