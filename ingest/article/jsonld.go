package article

import (
	"encoding/json"
	"html"
	"strings"
)

// maxLDObjects bounds the JSON-LD objects kept from one page.
const maxLDObjects = 64

func (s *signals) addJSONLD(raw string) {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(s.ldRaw) > 16 {
		return
	}
	s.ldRaw = append(s.ldRaw, raw)
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		// Raw control characters inside strings are the usual breakage.
		fixed := strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\t' {
				return ' '
			}
			return r
		}, raw)
		if json.Unmarshal([]byte(fixed), &v) != nil {
			return
		}
	}
	s.flattenLD(v, 0)
}

func (s *signals) flattenLD(v any, depth int) {
	if depth > 6 || len(s.jsonld) >= maxLDObjects {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			s.flattenLD(e, depth+1)
		}
	case map[string]any:
		if _, ok := x["@type"]; ok {
			s.jsonld = append(s.jsonld, x)
		}
		if g, ok := x["@graph"]; ok {
			s.flattenLD(g, depth+1)
		}
		if me, ok := x["mainEntity"]; ok {
			s.flattenLD(me, depth+1)
		}
	}
}

// articleTypes rank JSON-LD types: the lower, the more article-like.
var articleTypes = map[string]int{
	"newsarticle": 0, "reportagenewsarticle": 0, "analysisnewsarticle": 0,
	"opinionnewsarticle": 0, "reviewnewsarticle": 0, "backgroundnewsarticle": 0,
	"article": 1, "blogposting": 1, "socialmediaposting": 2, "liveblogposting": 1,
	"report": 2, "scholarlyarticle": 2, "techarticle": 2, "posting": 2, "discussionforumposting": 3,
	"webpage": 4, "itempage": 4, "aboutpage": 5, "collectionpage": 6,
}

// ldTypeRank returns the best article rank among an object's @type values.
func ldTypeRank(o map[string]any) int {
	best := 99
	for _, t := range strSlice(o["@type"]) {
		if r, ok := articleTypes[strings.ToLower(t)]; ok && r < best {
			best = r
		}
	}
	return best
}

// ldArticles returns the article-like objects, best type first.
func (s *signals) ldArticles() []map[string]any {
	var out []map[string]any
	for rank := 0; rank <= 6; rank++ {
		for _, o := range s.jsonld {
			if ldTypeRank(o) == rank {
				out = append(out, o)
			}
		}
	}
	return out
}

// ldString returns the first article-like object's string field.
func (s *signals) ldString(key string, maxRank int) string {
	for _, o := range s.ldArticles() {
		if ldTypeRank(o) > maxRank {
			break
		}
		if v := strings.TrimSpace(str(o[key])); v != "" {
			if strings.Contains(v, "&") {
				// Some sites put HTML-escaped text in JSON-LD
				// ("&#8222;Zitat&#8220;").
				v = html.UnescapeString(v)
			}
			return v
		}
	}
	return ""
}

// ldNames extracts person or organisation names from an author-like value.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if x = strings.TrimSpace(x); x != "" && !strings.HasPrefix(x, "http") {
			return []string{x}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	case map[string]any:
		if n := ldNames(x["name"]); len(n) > 0 {
			return n
		}
		g, f := str(x["givenName"]), str(x["familyName"])
		if g != "" || f != "" {
			return []string{strings.TrimSpace(g + " " + f)}
		}
	}
	return nil
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	case map[string]any:
		if u, ok := x["url"]; ok {
			return str(u)
		}
		if u, ok := x["@id"]; ok {
			return str(u)
		}
	}
	return ""
}

func strSlice(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
