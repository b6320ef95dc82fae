package token_test

import (
	"fmt"

	"tidings/extract/token"
)

func ExampleTokenize() {
	for _, t := range token.Tokenize("OpenAI's U.S.-based team") {
		fmt.Printf("%d:%d %s\n", t.Start, t.End, t.Text)
	}
	// Output:
	// 0:6 OpenAI
	// 6:8 's
	// 9:13 U.S.
	// 13:14 -
	// 14:19 based
	// 20:24 team
}

func ExampleSentences() {
	text := "Mr. Smith went to Washington. He left on Jan. 5.\nNext line"
	for _, s := range token.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Mr. Smith went to Washington.
	// He left on Jan. 5.
	// Next line
}
