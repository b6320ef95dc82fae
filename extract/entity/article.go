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
// so that "the Beatles" and "The Beatles" share a facet.
func (d *doc) leadingThe() {
	var title []bool
	titled := false
	for i := range d.ms {
		m := &d.ms[i]
		k := m.first - 1
		if k < 1 || d.toks[k].Text != "The" || m.typ == corpus.FactPerson || d.sentenceStart(k) ||
			d.toks[k].End+1 != m.start || startsDigitOr(d.toks[k-1].Text, "") {
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
		if m.canon == "" {
			m.canon = cleanForm(d.text[m.start:m.end])
		}
		m.first = k
		d.set(m)
	}
}
