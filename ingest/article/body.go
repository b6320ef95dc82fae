package article

import (
	"net/url"
	"os"
	"strconv"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// extractBody returns the main text of the page.
func extractBody(doc *html.Node, s *signals, base *url.URL) string {
	if os.Getenv("NOPRUNE") == "" {
		pruneForBody(doc)
	}
	switch os.Getenv("TIDINGS_BODY") {
	case "read":
		p := readability.NewParser()
		a, err := p.ParseDocument(doc, base)
		if err != nil || a.Node == nil {
			return ""
		}
		return renderText(a.Node)
	case "none":
		return ""
	case "trafb":
		return trafBody(doc, base, false)
	case "trafa":
		return trafBody(doc, base, true)
	default:
		limit := 1500
		if v := os.Getenv("TIDINGS_FB"); v != "" {
			limit, _ = strconv.Atoi(v)
		}
		t := trafBody(doc, base, false)
		if utf8.RuneCountInString(t) < limit {
			t = trafBody(doc, base, true)
		}
		if os.Getenv("NOBP") == "" {
			t = dropBoilerplate(t)
		}
		return t
	}
}

func trafBody(doc *html.Node, base *url.URL, fallback bool) string {
	opts := trafilatura.Options{
		OriginalURL:     base,
		EnableFallback:  fallback,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		return ""
	}
	return renderText(res.ContentNode)
}
