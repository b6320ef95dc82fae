// Package date extracts temporal expressions (TimeML TIMEX3: dates, times,
// durations and sets) from news text and resolves their values against the
// article's publication time.
//
// The extractor is a hand-written lexer followed by a small grammar over
// tokens: words are looked up once in tables built at init, and only tokens
// that can start a temporal expression are examined further. Relative
// expressions ("last quarter", "on Tuesday", "October") are resolved with the
// tense of their sentence and, for comparisons such as "a year earlier", with
// the last quarter the document mentioned. Without a reference time relative
// expressions keep underspecified values ("XXXX-10"); the clock is never read.
//
// Extract is pure and safe for concurrent use.
package date
