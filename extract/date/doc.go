// Package date extracts temporal expressions (TimeML TIMEX3: dates, times,
// durations and sets) from news text and resolves their values against the
// article's publication time.
//
// The extractor is a hand-written lexer followed by a small grammar over
// tokens: words are looked up once in an immutable table built at init, and
// only tokens that can start a temporal expression are examined further.
// Relative expressions ("last quarter", "on Tuesday", "October") are resolved
// with the tense of their clause and, for comparisons such as "a year
// earlier" or "the latest quarter", with the last quarter the document named.
// Without a reference time relative expressions keep underspecified values
// ("XXXX-10", "XXXX-WXX-2"); the clock is never read.
//
// Spans and values follow the TimeML conventions of news corpora (TimeBank,
// MEANTIME): "the" belongs to "the third quarter" but "on" does not belong
// to "on Tuesday"; UTC clock times end in Z while other zones are dropped
// from the value (they still shift RangeStart and RangeEnd); a weekday with a
// clock time ("Friday at 4 p.m.") is one TIME expression.
//
// Files: lexer.go and lexicon.go scan words; grammar.go dispatches each
// token to the cores in number.go, numeric.go, year.go, month.go, period.go,
// clock.go, duration.go, relative.go, modifier.go and holiday.go; merge.go
// joins adjacent expressions; calendar.go and ranges.go hold the date
// arithmetic.
//
// Extract is pure and safe for concurrent use.
package date
