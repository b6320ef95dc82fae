package discover

import (
	"bytes"
)

// truncateItems cuts an XML feed before its (max+1)th <item> or <entry>
// element and closes the elements still open there, so the feed parser
// (which keeps every item in memory, slowly) never sees more than max
// items. A body with at most max candidate tags, or one whose markup is
// too broken to scan, is returned unchanged.
//
// The scan works on bytes and knows only comments, CDATA, processing
// instructions, declarations and tags, so it is independent of the
// (ASCII-compatible) encoding and cheap.
func truncateItems(body []byte, max int) []byte {
	if bytes.Count(body, []byte("<item"))+bytes.Count(body, []byte("<entry")) <= max {
		return body
	}
	var stack [][]byte
	items := 0
	for i := 0; i < len(body); {
		lt := bytes.IndexByte(body[i:], '<')
		if lt < 0 {
			return body
		}
		start := i + lt
		end, name, kind := scanMarkup(body, start)
		if end < 0 {
			return body
		}
		if kind != markupEnd && isItemName(name) {
			items++
			if items > max {
				return closeAt(body[:start], stack)
			}
		}
		switch kind {
		case markupStart:
			stack = append(stack, name)
		case markupEnd:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
		i = end
	}
	return body
}

type markupKind int

const (
	markupOther markupKind = iota // comment, CDATA, PI, declaration
	markupStart
	markupEnd
	markupEmpty // self-closing tag
)

// scanMarkup reads the markup starting at body[start] == '<' and returns
// the offset just past it, the tag name for start and end tags, and its
// kind; end is -1 when the markup is unterminated.
func scanMarkup(body []byte, start int) (end int, name []byte, kind markupKind) {
	rest := body[start:]
	for _, d := range [...]struct{ open, close string }{
		{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"},
	} {
		if bytes.HasPrefix(rest, []byte(d.open)) {
			j := bytes.Index(rest[len(d.open):], []byte(d.close))
			if j < 0 {
				return -1, nil, markupOther
			}
			return start + len(d.open) + j + len(d.close), nil, markupOther
		}
	}
	if len(rest) < 2 || !isNameStart(rest[1]) && rest[1] != '/' && rest[1] != '!' {
		return start + 1, nil, markupOther // a stray '<' in text
	}
	j := tagEnd(rest)
	if j < 0 {
		return -1, nil, markupOther
	}
	tag := rest[1:j]
	end = start + j + 1
	switch {
	case len(tag) > 0 && tag[0] == '!':
		return end, nil, markupOther
	case len(tag) > 1 && tag[0] == '/' && isNameStart(tag[1]):
		return end, tagName(tag[1:]), markupEnd
	case tag[0] == '/':
		return start + 1, nil, markupOther
	case len(tag) > 0 && tag[len(tag)-1] == '/':
		return end, tagName(tag), markupEmpty
	}
	return end, tagName(tag), markupStart
}

// tagEnd returns the index of the '>' closing the tag at rest[0], skipping
// quoted attribute values; -1 when there is none.
func tagEnd(rest []byte) int {
	var quote byte
	for k := 1; k < len(rest); k++ {
		c := rest[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return k
		}
	}
	return -1
}

// tagName is the qualified name at the start of a tag's contents.
func tagName(tag []byte) []byte {
	k := 0
	for k < len(tag) && !isNameEnd(tag[k]) {
		k++
	}
	return tag[:k]
}

// isNameStart reports whether c may start an XML name (any non-ASCII
// byte is let through: it starts a multi-byte letter).
func isNameStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || c >= 0x80
}

func isNameEnd(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '<'
}

// isItemName matches item and entry, with or without a namespace prefix.
func isItemName(name []byte) bool {
	if k := bytes.LastIndexByte(name, ':'); k >= 0 {
		name = name[k+1:]
	}
	return string(name) == "item" || string(name) == "entry"
}

// closeAt appends closing tags for the open elements to prefix.
func closeAt(prefix []byte, open [][]byte) []byte {
	var b bytes.Buffer
	b.Grow(len(prefix) + 16*len(open))
	b.Write(prefix)
	for i := len(open) - 1; i >= 0; i-- {
		b.WriteString("</")
		b.Write(open[i])
		b.WriteByte('>')
	}
	return b.Bytes()
}
