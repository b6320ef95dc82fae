package fetch

import (
	"mime"
	"strings"
)

// Content type families a Request may accept.
const (
	AcceptHTML = "html" // text/html, application/xhtml+xml
	AcceptFeed = "feed" // RSS, Atom, RDF, JSON Feed and the generic XML, JSON and text types feeds are served as
	AcceptXML  = "xml"  // application/xml, text/xml and any +xml type
	AcceptGzip = "gzip" // application/gzip and its aliases (compressed sitemaps)
	AcceptText = "text" // text/plain
	AcceptJSON = "json" // application/json and any +json type
)

// familyTypes lists the media types of each family beyond the suffix rules
// in matchesFamily.
var familyTypes = map[string][]string{
	AcceptHTML: {"text/html", "application/xhtml+xml"},
	// Feeds are often served as text/html or text/plain by misconfigured
	// servers; the feed parser rejects what is not a feed.
	AcceptFeed: {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"application/feed+json", "application/json", "application/xml", "text/xml",
		"application/x-rss+xml", "text/rss+xml", "text/plain", "text/html"},
	AcceptXML:  {"application/xml", "text/xml"},
	AcceptGzip: {"application/gzip", "application/x-gzip", "application/gzip-compressed", "application/octet-stream"},
	AcceptText: {"text/plain"},
	AcceptJSON: {"application/json"},
}

// acceptHeader is the Accept header sent for each family.
var acceptHeader = map[string]string{
	AcceptHTML: "text/html,application/xhtml+xml;q=0.9",
	AcceptFeed: "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9",
	AcceptXML:  "application/xml,text/xml;q=0.9",
	AcceptGzip: "application/gzip;q=0.8,application/x-gzip;q=0.8",
	AcceptText: "text/plain;q=0.8",
	AcceptJSON: "application/json",
}

// mediaType returns the lowercased media type of a Content-Type value,
// without parameters; "" when absent or unparsable.
func mediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
		mt = strings.TrimSpace(mt)
	}
	return strings.ToLower(mt)
}

// accepted reports whether the media type mt belongs to one of families.
// No families accepts everything; a missing type is accepted and left to
// the parser.
func accepted(mt string, families []string) bool {
	if len(families) == 0 || mt == "" {
		return true
	}
	for _, fam := range families {
		if matchesFamily(mt, fam) {
			return true
		}
	}
	return false
}

func matchesFamily(mt, family string) bool {
	switch family {
	case AcceptXML, AcceptFeed:
		if strings.HasSuffix(mt, "+xml") {
			return true
		}
	case AcceptJSON:
		if strings.HasSuffix(mt, "+json") {
			return true
		}
	}
	for _, t := range familyTypes[family] {
		if mt == t {
			return true
		}
	}
	return false
}

// buildAccept joins the Accept headers of families; "*/*" when none.
func buildAccept(families []string) string {
	var parts []string
	for _, fam := range families {
		if h, ok := acceptHeader[fam]; ok {
			parts = append(parts, h)
		}
	}
	if len(parts) == 0 {
		return "*/*"
	}
	return strings.Join(parts, ",") + ",*/*;q=0.1"
}
