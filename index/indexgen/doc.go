// Package indexgen synthesizes realistic news articles with facts, for
// benchmarking and load-testing the search index. Output is deterministic
// for a seed: the same seed and ID give the same article.
//
// Body words follow a Zipf distribution over a vocabulary of common English
// words and generated long-tail words; entities, amounts, currencies, dates
// and percentages come from fixed lists with skewed popularity, so facets
// and filters see the shapes real news has.
package indexgen
