package article

import (
	"net/url"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// fallbackBelow is the body length (in runes) under which trafilatura is
// run again with its Readability and DOM Distiller fallbacks. Running them
// on every page costs a third more time for a small gain; short results
// are where they help.
const fallbackBelow = 1500

// extractBody returns the main text of the pruned page.
func extractBody(doc *html.Node, base *url.URL) string {
	abs := ""
	if base != nil && base.IsAbs() {
		abs = base.String()
	}
	addStandinHead(doc, abs)
	t := trafBody(doc, base, false)
	if utf8.RuneCountInString(t) < fallbackBelow {
		t = trafBody(doc, base, true)
	}
	return dropBoilerplate(t)
}

func trafBody(doc *html.Node, base *url.URL, fallback bool) string {
	opts := trafilatura.Options{
		OriginalURL:     base,
		EnableFallback:  fallback,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled, // dates are fused by pickPublished
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		return ""
	}
	return renderText(res.ContentNode)
}
