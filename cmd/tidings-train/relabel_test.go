package main

import (
	"strings"
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

// nthFact is fact for the nth (0-based) occurrence of name.
func nthFact(text, name string, nth int, t corpus.FactType) corpus.Fact {
	off := 0
	for range nth {
		off += strings.Index(text[off:], name) + len(name)
	}
	f := fact(text[off:], name, t)
	f.Start, f.End = f.Start+off, f.End+off
	return f
}

func TestRelabelTitled(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	text := "Mr. Putin met President Arafat. Mr. Putin left. Mr. Abbas called President Arafat. Mr. Abbas left. " +
		"Putin and Yasser Arafat spoke in Moscow and Bandar Abbas. Ford rose."
	auto := []doc{{Text: text, Facts: []corpus.Fact{
		nthFact(text, "Mr. Putin", 0, P), nthFact(text, "Mr. Putin", 1, P), nthFact(text, "Mr. Abbas", 0, P), nthFact(text, "Mr. Abbas", 1, P),
		nthFact(text, "Arafat", 0, O), nthFact(text, "Arafat", 1, L), nthFact(text, "Putin", 2, O),
		fact(text, "Yasser Arafat", O), fact(text, "Moscow", L), fact(text, "Bandar Abbas", L), fact(text, "Ford", O),
	}}}
	places := map[string]bool{"moscow": true, "bandar abbas": true}
	n := relabelTitled(auto, map[string]bool{}, places, 2, 0.2)
	want := []corpus.FactType{P, P, P, P, P, P, P, P, L, L, O}
	for i, f := range auto[0].Facts {
		if f.Type != want[i] {
			t.Errorf("%q: type %s, want %s", text[f.Start:f.End], f.Type, want[i])
		}
	}
	if n != 4 {
		t.Errorf("%d names relabelled, want 4", n)
	}
	auto[0].Facts[6].Type = O
	if relabelTitled(auto, map[string]bool{"Putin": true}, places, 2, 0.2); auto[0].Facts[6].Type != O {
		t.Error("a name the hand-annotated sets settle was relabelled")
	}
}

func TestRelabelOffices(t *testing.T) {
	O, L := corpus.FactOrganization, corpus.FactLocation
	text := "CIA Director Porter Goss left. U.S. Ambassador William Brownfield spoke. Royal Prince Alfred Hospital. Supreme Leader Ayatollah Ali Khamenei."
	auto := []doc{{Text: text, Facts: []corpus.Fact{
		fact(text, "CIA Director Porter Goss", O), fact(text, "U.S. Ambassador William Brownfield", O),
		fact(text, "Royal Prince Alfred Hospital", L), fact(text, "Supreme Leader Ayatollah Ali Khamenei", O),
	}}}
	n := relabelOffices(auto, map[string]bool{"porter": true, "william": true, "alfred": true, "ali": true}, map[string]bool{"u.s.": true})
	var got []string
	for _, f := range auto[0].Facts {
		got = append(got, string(f.Type)+":"+text[f.Start:f.End])
	}
	want := []string{"organization:CIA", "person:Porter Goss", "location:U.S.", "person:William Brownfield", "location:Royal Prince Alfred Hospital",
		"organization:Supreme Leader Ayatollah Ali Khamenei"}
	if n != 2 || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("split %d: %q, want 2: %q", n, got, want)
	}
}
