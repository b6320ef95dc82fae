package entity

import (
	"testing"

	"tidings/corpus"
)

func TestEvents(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"Paris", "Marengo"}, GazCountry: {"spain"}})
	O, L, M := corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	tests := []resolveCase{
		{
			"place before an agreement is the agreement",
			"The Paris Agreement will slow warming.",
			[]tagged{{"Paris", L, 0}},
			[]wantFact{{"Paris Agreement", "Paris Agreement", M}},
		},
		{
			"place before a crisis is the crisis",
			"The Suez Crisis showed limits.",
			[]tagged{{"Suez", L, 0}},
			[]wantFact{{"Suez Crisis", "Suez Crisis", M}},
		},
		{
			"place after battle of is the battle",
			"The Battle of Marengo was won.",
			[]tagged{{"Marengo", L, 0}},
			[]wantFact{{"Battle of Marengo", "Battle of Marengo", M}},
		},
		{
			"place after Tour of is the race, in capitals too; a tour in lower case is none",
			"CYCLING - TOUR OF SPAIN RESULTS\nThe 10th stage of the Tour of Spain ended. A tour of Spain costs more.",
			[]tagged{{"SPAIN", L, 0}, {"Spain", L, 0}, {"Spain", L, 1}},
			[]wantFact{{"TOUR OF SPAIN", "Tour of Spain", M}, {"Tour of Spain", "Tour of Spain", M}, {"Spain", "Spain", L}},
		},
		{
			"an untagged nationality before an event's head is the event",
			"Japan began the defence of their Asian Cup title. Uzbekistan won the Asian Games title. The Russo-Japanese War ended. The African Cup of Nations began. He led the Scandinavian Masters.",
			[]tagged{{"Japan", L, 0}, {"Uzbekistan", L, 0}, {"Scandinavian", M, 0}},
			[]wantFact{{"Japan", "Japan", L}, {"Asian Cup", "Asian Cup", M}, {"Uzbekistan", "Uzbekistan", L}, {"Asian Games", "Asian Games", M},
				{"Scandinavian Masters", "Scandinavian Masters", M}},
		},
		{
			"a nationality before Grand Prix is the race, over the tagger's Grand Prix alone",
			"Hill took pole for the Spanish Grand Prix. The Belgian Grand Prix is next.",
			[]tagged{{"Hill", corpus.FactPerson, 0}, {"Spanish", M, 0}, {"Belgian", M, 0}, {"Grand Prix", O, 1}},
			[]wantFact{{"Hill", "Hill", corpus.FactPerson}, {"Spanish Grand Prix", "Spanish Grand Prix", M}, {"Belgian Grand Prix", "Belgian Grand Prix", M}},
		},
		{
			"a tour of a place no list knows is no race",
			"Video Tour of Alien Planets Shows How Time Flies.",
			[]tagged{{"Alien Planets", L, 0}},
			[]wantFact{{"Alien Planets", "Alien Planets", L}},
		},
		{
			"lower-case agreement leaves the place",
			"The Paris agreement will slow warming.",
			[]tagged{{"Paris", L, 0}},
			[]wantFact{{"Paris", "Paris", L}},
		},
		{
			"event word already in a name is left alone",
			"Tennis at Roland Garros Open Championship Ltd began.",
			[]tagged{{"Roland Garros", O, 0}, {"Open Championship Ltd", O, 0}},
			[]wantFact{{"Roland Garros", "Roland Garros", O}, {"Open Championship Ltd", "Open Championship", O}},
		},
		{
			"organization ending in revolution is the event",
			"The Industrial Revolution took place in Britain.",
			[]tagged{{"Industrial Revolution", O, 0}},
			[]wantFact{{"Industrial Revolution", "Industrial Revolution", M}},
		},
		{
			"place before an amendment is the amendment",
			"The Kigali Amendment will cut HFCs.",
			[]tagged{{"Kigali", L, 0}},
			[]wantFact{{"Kigali Amendment", "Kigali Amendment", M}},
		},
		{
			"organization ending in summit is the summit",
			"They met at the Mountain View Summit today.",
			[]tagged{{"Mountain View Summit", O, 0}},
			[]wantFact{{"Mountain View Summit", "Mountain View Summit", M}},
		},
		{
			"council named for a revolution stays an organization",
			"The Supreme Council for the Islamic Revolution met.",
			[]tagged{{"Supreme Council for the Islamic Revolution", O, 0}},
			[]wantFact{{"Supreme Council for the Islamic Revolution", "Supreme Council for the Islamic Revolution", O}},
		},
		{
			"place after a lower-case battle stays a place",
			"The battle of Marengo was won.",
			[]tagged{{"Marengo", L, 0}},
			[]wantFact{{"Marengo", "Marengo", L}},
		},
	}
	checkResolveCases(t, gaz, tests)
}

func TestQuotedTitles(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"myanmar"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"titles in title case standing alone in quotes are works",
			`The band won an award for " The Kill " and released " A Beautiful Lie " and the single "Hunter".`,
			nil,
			[]wantFact{{"The Kill", "The Kill", M}, {"A Beautiful Lie", "A Beautiful Lie", M}, {"Hunter", "Hunter", M}},
		},
		{
			"a paragraph after a quote's close is no title before the next quote",
			"The readout said it \"pointed out that interference is complicating the situation.\"\n\nBoth Trump and Erdogan \"stressed the importance of diplomacy\" in the call.",
			[]tagged{{"Trump", P, 0}, {"Erdogan", P, 0}},
			[]wantFact{{"Trump", "Trump", P}, {"Erdogan", "Erdogan", P}},
		},
		{
			"a name the tagger found inside a title is part of it",
			`Hendrix recorded "Hey Joe" in 1966.`,
			[]tagged{{"Hendrix", P, 0}, {"Joe", P, 0}},
			[]wantFact{{"Hendrix", "Hendrix", P}, {"Hey Joe", "Hey Joe", M}},
		},
		{
			"a country or continent in a slogan or a paper's title stays a place",
			`Crowds chanted "Death to America" as the "New Light of Myanmar" reported.`,
			[]tagged{{"America", L, 0}, {"Myanmar", L, 0}},
			[]wantFact{{"America", "United States", L}, {"Myanmar", "Myanmar", L}},
		},
		{
			"quoted speech, a lone quoted word and a quoted name stay as they are",
			`He said "Yes" and "No comment, really". The "Washington Post" ran it. "Ryan Reynolds" <rr@example.com> wrote. "Dr. Shady" is rude.`,
			[]tagged{{"Washington Post", O, 0}, {"Ryan Reynolds", P, 0}, {"Shady", P, 0}},
			[]wantFact{{"Washington Post", "Washington Post", O}, {"Ryan Reynolds", "Ryan Reynolds", P}, {"Shady", "Shady", P}},
		},
	})
}

func TestStorms(t *testing.T) {
	P, O, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactMisc
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazCommon: {"season", "before"}}), []resolveCase{
		{
			"a storm's name is misc with its storm word; an institution named after storms stays",
			"Storm Bert flooded Wales. Tropical Storm Ophelia weakened. Hurricane Katrina hit. The Storm Prediction Center warned.",
			[]tagged{{"Bert", P, 0}, {"Storm Ophelia", P, 0}, {"Katrina", M, 0}, {"Storm Prediction Center", O, 0}},
			[]wantFact{{"Storm Bert", "Storm Bert", M}, {"Tropical Storm Ophelia", "Tropical Storm Ophelia", M},
				{"Hurricane Katrina", "Hurricane Katrina", M}, {"Storm Prediction Center", "Storm Prediction Center", O}},
		},
		{
			"storms listed after a storm's word in lower case, and a storm's name alone, are misc; a person of two names stays",
			"It followed landfalling hurricanes Harvey, Irma, and Maria. Hurricane Dorian hit. Dorian left. Dorian Gray spoke.",
			[]tagged{{"Harvey", P, 0}, {"Irma", M, 0}, {"Maria", corpus.FactLocation, 0}, {"Dorian", P, 0}, {"Dorian", P, 1}, {"Dorian Gray", P, 0}},
			[]wantFact{{"Harvey", "Harvey", M}, {"Irma", "Irma", M}, {"Maria", "Maria", M}, {"Hurricane Dorian", "Hurricane Dorian", M},
				{"Dorian", "Dorian", M}, {"Dorian Gray", "Dorian Gray", P}},
		},
		{
			"a storm the tagger passed over is found with its word, and alone after; a season is no storm",
			"Claims from Hurricane Hugo cut results. Hugo hit hard. The Hurricane Season starts. The National Hurricane Center says so. Before Hurricane Gustav came, we left.",
			nil,
			[]wantFact{{"Hurricane Hugo", "Hurricane Hugo", M}, {"Hugo", "Hugo", M}, {"Hurricane Gustav", "Hurricane Gustav", M}},
		},
	})
}

func TestWarsAndEmpires(t *testing.T) {
	L, M := corpus.FactLocation, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"russia", "germany", "israel"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"wars cited by a phrase are misc, over a part the tagger found; a longer name stays",
			"During World War I she served. He fought in the Gulf War. The Persian Gulf War ended. The American Civil War ended.",
			[]tagged{{"Gulf", L, 0}, {"Persian Gulf War", M, 0}, {"American Civil War", M, 0}},
			[]wantFact{{"World War I", "World War I", M}, {"Gulf War", "Gulf War", M}, {"Persian Gulf War", "Persian Gulf War", M},
				{"American Civil War", "American Civil War", M}},
		},
		{
			"eras news names like wars are misc, a person or untagged before",
			"Tunisia was the birthplace of the Arab Spring. It was the worst since the Great Depression.",
			[]tagged{{"Tunisia", L, 0}, {"Arab Spring", corpus.FactPerson, 0}},
			[]wantFact{{"Tunisia", "Tunisia", L}, {"Arab Spring", "Arab Spring", M}, {"Great Depression", "Great Depression", M}},
		},
		{
			"a year opening an event's name is no part of it",
			"The film premiered at the 2019 Cannes Film Festival.",
			[]tagged{{"2019 Cannes Film Festival", M, 0}},
			[]wantFact{{"Cannes Film Festival", "Cannes Film Festival", M}},
		},
		{
			"a nationality before a tournament's head is the event's; before the Olympics as a modifier it stays",
			"Leading scores at the German Open on Friday. The attack on the Israeli Olympics team.",
			[]tagged{{"German", M, 0}, {"Israeli", M, 0}},
			[]wantFact{{"German Open", "German Open", M}, {"Israeli", "Israeli", M}},
		},
		{
			"a nationality and Empire are the place",
			"Warsaw was then part of the Russian Empire.",
			[]tagged{{"Warsaw", L, 0}, {"Russian", M, 0}},
			[]wantFact{{"Warsaw", "Warsaw", L}, {"Russian Empire", "Russian Empire", L}},
		},
	})
}

func TestEventShortForms(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	checkResolveCases(t, nil, []resolveCase{
		{
			"an event's last word alone is the event's, and takes the rest of the name where it stands untagged",
			"It is the 3-5 Kentucky Derby favorite. Tiz won the 146th Kentucky Derby. This year's Derby was late. The Belmont Stakes came first.",
			[]tagged{{"Derby", P, 0}, {"146th Kentucky Derby", M, 0}, {"Derby", P, 2}, {"Belmont Stakes", O, 0}},
			[]wantFact{{"Kentucky Derby", "Kentucky Derby", M}, {"146th Kentucky Derby", "146th Kentucky Derby", M}, {"Derby", "Derby", M},
				{"Belmont Stakes", "Belmont Stakes", M}},
		},
		{
			"a word other than the event's last keeps its type, and \"Derby\" ends persons as no misc head",
			"Michael Derby won. The Derby Cup was run. He lives in Derby.",
			[]tagged{{"Michael Derby", P, 0}, {"Derby Cup", M, 0}, {"Derby", L, 2}},
			[]wantFact{{"Michael Derby", "Michael Derby", P}, {"Derby Cup", "Derby Cup", M}, {"Derby", "Derby", L}},
		},
	})
}
