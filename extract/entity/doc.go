// Package entity finds person, organization, location and misc names in
// English text with a statistical sequence tagger, then settles each
// document's names at document level: one type per name, short forms
// resolved to the full name ("Jassy" -> "Andy Jassy"), acronyms to their
// expansion ("AWS" -> "Amazon Web Services"), possessives and stray
// punctuation stripped from spans, mojibake and case normalised in the
// canonical Entity field, and country aliases made canonical there
// ("U.S." -> "United States", "UK" -> "United Kingdom", "EU" ->
// "European Union"; the span stays as written). Names headed by an
// institution word are organizations ("Glasgow School of Art", "Iraqi
// Islamic Party"), a place before an event word is the event ("Paris
// Agreement"), and a known name is cut from what it owns ("Apple's Siri").
//
// The tagger is a first-order linear-chain CRF over BILOU tags with
// Viterbi decoding, trained by averaged stochastic gradient. Features are
// hashed into a fixed table: word, lower-cased word, shapes, prefixes and
// suffixes, neighbouring words and shapes, sentence position and case,
// and gazetteer membership (longest multi-token match over countries,
// regions, cities, companies, given names and surnames). The model,
// gazetteers included, is embedded with go:embed as a gzip'd binary
// (model/ner.bin.gz), built by cmd/tidings-train; MODEL.md records its
// data, licences and scores.
//
// The package is pure: Load parses the embedded bytes, Extract does no I/O.
package entity
