package entity

import (
	"strings"
	"testing"
)

func TestGazetteerMatch(t *testing.T) {
	g := NewGazetteer([NumGazLists][]string{
		GazCity:    {"New York City", "York", "Salt Lake City"},
		GazCompany: {"Bank of New York Mellon"},
	})
	tests := []struct {
		name, text string
		list       GazList
		want       string // per token: the place in the match, '.' when none
	}{
		{"longest match through a prefix that is no entry", "in new york city now", GazCity, ".BIL."},
		{"shorter entry inside a dead end", "new york state", GazCity, ".U."},
		{"match at the end", "to salt lake city", GazCity, ".BIL"},
		{"prefix alone is no match", "salt lake", GazCity, ".."},
		{"five-token entry", "bank of new york mellon said", GazCompany, "BIIIL."},
		{"other list unaffected", "new york city", GazCompany, "..."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lower := strings.Fields(tc.text)
			out := make([]gazMatch, len(lower))
			g.match(lower, nil, out)
			var got []byte
			for _, m := range out {
				if m.lists&(1<<tc.list) == 0 {
					got = append(got, '.')
				} else {
					got = append(got, m.pos[tc.list])
				}
			}
			if string(got) != tc.want {
				t.Errorf("match(%q) = %s, want %s", tc.text, got, tc.want)
			}
		})
	}
}
