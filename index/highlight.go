package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search/highlight"
	"github.com/blevesearch/bleve/v2/search/highlight/format/plain"
	"github.com/blevesearch/bleve/v2/search/highlight/fragmenter/simple"
	simplehl "github.com/blevesearch/bleve/v2/search/highlight/highlighter/simple"
)

// highlighterName is the Bleve highlighter that marks matches with
// MarkStart and MarkEnd and leaves the text unescaped.
const highlighterName = "tidings"

// snippetSize is the length of a snippet in bytes (about two lines).
const snippetSize = 160

func newHighlighter(map[string]any, *registry.Cache) (highlight.Highlighter, error) {
	return simplehl.NewHighlighter(simple.NewFragmenter(snippetSize), plain.NewFragmentFormatter(MarkStart, MarkEnd), " … "), nil
}

// Bleve looks highlighters up by name in its process-wide registry.
func init() {
	if err := registry.RegisterHighlighter(highlighterName, newHighlighter); err != nil {
		panic(fmt.Sprintf("register highlighter: %v", err))
	}
}
