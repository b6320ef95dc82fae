// Package token splits English text into word tokens and sentences while
// keeping byte offsets into the original text, so that every later stage
// (entity tagging, fact extraction) can report spans as text[Start:End].
//
// Tokenize keeps abbreviations ("U.S.", "Jan.", "Mr."), initials, URLs,
// domains ("Amazon.com"), handles ("@user", "#tag"), "AT&T" and numbers
// ("1,234.5") whole, and splits clitics
// ("OpenAI's" -> "OpenAI" + "'s", "don't" -> "do" + "n't"), hyphens and
// other punctuation into tokens of their own. Sentences treats newlines as
// hard breaks and does not break after abbreviations or initials.
//
// Both functions are pure, allocation-light and safe for any input,
// including invalid UTF-8 (an invalid byte becomes a one-byte token).
package token
