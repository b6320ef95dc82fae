package main

import (
	"testing"

	"tidings/corpus"
)

func fact(text, name string, t corpus.FactType) corpus.Fact {
	for i := 0; i+len(name) <= len(text); i++ {
		if text[i:i+len(name)] == name {
			return corpus.Fact{Type: t, Start: i, End: i + len(name)}
		}
	}
	panic("name not in text: " + name)
}

func TestRelabel(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	handText := "West Bank and West Bank, Bush and Bush, Iraqi and Iraqi, Apple and Apple."
	hand := [][]doc{{{Text: handText, Facts: []corpus.Fact{
		{Type: L, Start: 0, End: 9}, {Type: L, Start: 14, End: 23},
		{Type: P, Start: 25, End: 29}, {Type: P, Start: 34, End: 38},
		{Type: L, Start: 40, End: 45}, {Type: L, Start: 50, End: 55},
		{Type: O, Start: 57, End: 62}, {Type: L, Start: 67, End: 72},
	}}}}
	tests := []struct {
		name   string
		text   string
		in     corpus.Fact
		places []string
		want   corpus.FactType
	}{
		{"organization the hand sets call a place becomes a place", "In the West Bank today.", fact("In the West Bank today.", "West Bank", O), nil, L},
		{"place the hand sets call a person becomes a person", "Bush spoke.", fact("Bush spoke.", "Bush", L), nil, P},
		{"misc demonym is never relabelled", "Iraqi troops.", fact("Iraqi troops.", "Iraqi", M), nil, M},
		{"name the hand sets split between types is kept", "Apple rose.", fact("Apple rose.", "Apple", P), nil, P},
		{"name the hand sets never tag is kept", "Obama spoke.", fact("Obama spoke.", "Obama", O), nil, O},
		{"country the hand sets never tag is a place", "Kosovo voted.", fact("Kosovo voted.", "Kosovo", O), []string{"Kosovo"}, L},
		{"country is a place whatever the hand sets say", "Bush voted.", fact("Bush voted.", "Bush", P), []string{"Bush"}, L},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			auto := []doc{{Text: tc.text, Facts: []corpus.Fact{tc.in}}}
			relabel(auto, hand, tc.places, 2, 0.8)
			if got := auto[0].Facts[0].Type; got != tc.want {
				t.Fatalf("type %s, want %s", got, tc.want)
			}
		})
	}
}
