package entity

import "tidings/corpus"

// leadingThe widens an organization, place or work over a capitalised
// "The" before it in mid-sentence: the capital says the article is part
// of the name ("a review in The Economist", "toured with The Clash",
// "in The Hague"), as every annotated set here writes it. A "The"
// opening a sentence, a quote, a line in title case (a headline) or
// following a date (a dateline run into the first sentence) says
// nothing, and neither does one before a person or a nationality ("The
// Russian government"). The canonical name stays without the article,
// so that "the Beatles" and "The Beatles" share a facet, but for a work
// ("The Sopranos") and a place named with it ("The Hague"), which takes
// it anywhere.
func (d *doc) leadingThe() {
	var title []bool
	titled := false
	for i := range d.ms {
		m := &d.ms[i]
		k := m.first - 1
		if k < 0 || d.toks[k].Text != "The" || d.toks[k].End+1 != m.start {
			continue
		}
		if m.typ != corpus.FactPerson && placesWithThe[d.text[d.toks[k].Start:m.end]] {
			// a place named with its article, even opening a sentence:
			// "The Hague", "The Bronx"; its canonical name keeps it
			m.first, m.typ, m.canon = k, corpus.FactLocation, ""
			d.set(m)
			continue
		}
		if k < 1 || m.typ == corpus.FactPerson || d.sentenceStart(k) || startsDigitOr(d.toks[k-1].Text, "") {
			continue
		}
		if m.typ == corpus.FactMisc && d.isDemonym(d.text[m.start:m.end]) {
			continue
		}
		if !titled {
			title, titled = d.titleCaseTokens(), true
		}
		if title != nil && title[k] {
			continue
		}
		if m.canon == "" && m.typ != corpus.FactMisc {
			m.canon = cleanForm(d.text[m.start:m.end]) // a work keeps its article: "The Sopranos"
		}
		m.first = k
		d.set(m)
	}
}

// placesWithThe are places whose names take the article, whatever the
// tagger made of them (GMB calls "The Hague" an organization for its
// tribunal). GeoNames holds hundreds more, most of them hamlets named
// like papers and bands ("The Hill"), so the list is short and made by
// hand; countries are left out: a sentence's "The" before "Netherlands"
// is the article, as CoNLL writes it.
var placesWithThe = map[string]bool{"The Hague": true, "The Bronx": true, "The Dalles": true, "The Woodlands": true}
