package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHeadlineClassesNamed guards mayBeHeadlineClass: it must pass every
// class checkHeading takes.
func TestHeadlineClassesNamed(t *testing.T) {
	for c, ok := range headlineClasses {
		if ok && !mayBeHeadlineClass(c) {
			t.Errorf("headline class %q has neither title nor headline in it", c)
		}
	}
}

func TestClassAndID(t *testing.T) {
	tests := []struct {
		name  string
		attrs []html.Attribute
		want  string
	}{
		{"neither", nil, ""},
		{"class only", []html.Attribute{{Key: "class", Val: "Entry-Meta"}}, "entry-meta"},
		{"id only", []html.Attribute{{Key: "id", Val: "Byline"}}, "byline"},
		{"both", []html.Attribute{{Key: "id", Val: "Main"}, {Key: "class", Val: "Post Date"}}, "post date main"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := &html.Node{Type: html.ElementNode, Data: "div", Attr: tc.attrs}
			if got := classAndID(n); got != tc.want {
				t.Errorf("classAndID = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestIsBylineFirstWord(t *testing.T) {
	tests := []struct {
		name, word string
	}{
		{"lower", "by"}, {"capitalised", "Von"}, {"upper", "POSTED"}, {"accented", "Veröffentlicht"},
		{"upper accented", "PUBLIÉ"}, {"cjk", "记者"}, {"other word", "The"}, {"empty", ""},
		{"long ascii", "Verylongwordthatisnotabyline"}, {"long non-ascii", "Überlangeswortohnebedeutung"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := bylineFirstWords[strings.ToLower(tc.word)]
			if got := isBylineFirstWord(tc.word); got != want {
				t.Errorf("isBylineFirstWord(%q) = %v, want %v", tc.word, got, want)
			}
		})
	}
}
