package token

import (
	"reflect"
	"testing"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations keep their period", "Mr. Smith visited the U.S. on Jan. 5.", []string{"Mr.", "Smith", "visited", "the", "U.S.", "on", "Jan.", "5", "."}},
		{"possessive splits", "OpenAI's model", []string{"OpenAI", "'s", "model"}},
		{"curly possessive splits", "Clinton’s bank", []string{"Clinton", "’s", "bank"}},
		{"plural possessive splits", "Airbus' jets", []string{"Airbus", "'", "jets"}},
		{"negation splits", "don't can't", []string{"do", "n't", "ca", "n't"}},
		{"irish name stays", "O'Brien said", []string{"O'Brien", "said"}},
		{"hyphen splits", "Chicago-based U.S.-led", []string{"Chicago", "-", "based", "U.S.", "-", "led"}},
		{"numbers stay whole", "$1,234.5 and 3.5% of 10,000", []string{"$", "1,234.5", "and", "3.5", "%", "of", "10,000"}},
		{"comma list of numbers splits", "1, 2,3", []string{"1", ",", "2", ",", "3"}},
		{"url stays whole", "see https://example.com/a?b=1. Then", []string{"see", "https://example.com/a?b=1", ".", "Then"}},
		{"quotes split", `"Hello," she said.`, []string{`"`, "Hello", ",", `"`, "she", "said", "."}},
		{"initials keep period", "J. K. Rowling", []string{"J.", "K.", "Rowling"}},
		{"ampersand company", "AT&T and S&P", []string{"AT&T", "and", "S&P"}},
		{"domain stays", "Amazon.com rose", []string{"Amazon.com", "rose"}},
		{"ellipsis one token", "wait... what", []string{"wait", "...", "what"}},
		{"other scripts", "東京 Москва", []string{"東京", "Москва"}},
		{"invalid utf8 byte", "a\xffb", []string{"a", "\xff", "b"}},
		{"sentence end period splits", "He left.", []string{"He", "left", "."}},
		{"url in capitals stays whole", "see HTTPS://Example.com/A and WWW.Example.org", []string{"see", "HTTPS://Example.com/A", "and", "WWW.Example.org"}},
		{"capitalised abbreviation keeps period", "MR. SMITH and Gen. Lee", []string{"MR.", "SMITH", "and", "Gen.", "Lee"}},
		{"curly apostrophe in capitals splits", "OPENAI’S model", []string{"OPENAI", "’S", "model"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokenize(tc.in)
			if got := texts(toks); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
			}
			checkTokens(t, tc.in, toks)
		})
	}
}

func checkTokens(t *testing.T, in string, toks []Token) {
	t.Helper()
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(in) || in[tk.Start:tk.End] != tk.Text {
			t.Fatalf("bad token %+v in %q", tk, in)
		}
		prev = tk.End
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two plain sentences", "He left. She stayed.", []string{"He left.", "She stayed."}},
		{"title does not break", "Mr. Smith met Dr. Jones. They talked.", []string{"Mr. Smith met Dr. Jones.", "They talked."}},
		{"month does not break", "On Jan. 5 it rained.", []string{"On Jan. 5 it rained."}},
		{"initial does not break", "J. K. Rowling wrote it.", []string{"J. K. Rowling wrote it."}},
		{"U.S. mid sentence", "The U.S. Senate voted.", []string{"The U.S. Senate voted."}},
		{"U.S. at end", "He moved to the U.S. The move was quick.", []string{"He moved to the U.S.", "The move was quick."}},
		{"closing quote stays", `"We won." He smiled.`, []string{`"We won."`, "He smiled."}},
		{"curly quote stays", "“We won.” He smiled.", []string{"“We won.”", "He smiled."}},
		{"newline is hard break", "Headline here\nBody text.", []string{"Headline here", "Body text."}},
		{"lowercase word continues", "It starts at 3 p.m. sharp. Be there, i.e. early.", []string{"It starts at 3 p.m. sharp.", "Be there, i.e. early."}},
		{"period before lowercase continues", "See fig. 3 in vol. two.", []string{"See fig. 3 in vol. two."}},
		{"question and exclamation", "Why? Because! Done", []string{"Why?", "Because!", "Done"}},
		{"line separator is hard break", "Headline here\u2028Body text. More\r\nEnd", []string{"Headline here", "Body text.", "More", "End"}},
		{"runs of marks end a sentence", "Really?? Yes… No!!", []string{"Really??", "Yes…", "No!!"}},
		{"capitalised company suffix ends", "He joined APPLE INC. The firm grew.", []string{"He joined APPLE INC.", "The firm grew."}},
		{"empty", "", nil},
		{"spaces only", "  \n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tc.in) {
				got = append(got, tc.in[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("Sentences(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
