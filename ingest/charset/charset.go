package charset

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// metaScanLimit is how far into the page a <meta> charset is looked for;
// the HTML spec says 1024 bytes but many pages put it later.
const metaScanLimit = 4096

var metaCharsetRE = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

var boms = []struct {
	bom  []byte
	name string
	enc  encoding.Encoding
}{
	{[]byte{0xEF, 0xBB, 0xBF}, "utf-8", unicode.UTF8BOM},
	{[]byte{0xFE, 0xFF}, "utf-16be", unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)},
	{[]byte{0xFF, 0xFE}, "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)},
}

// ToUTF8 converts a page body to UTF-8 using, in order, the BOM, the HTTP
// Content-Type charset, <meta charset>/<meta http-equiv> (first 4096 bytes),
// then detection. Invalid sequences are replaced with U+FFFD, never passed
// through. It returns the name of the charset used.
func ToUTF8(body []byte, contentType string) ([]byte, string, error) {
	for _, b := range boms {
		if bytes.HasPrefix(body, b.bom) {
			return decode(body, b.enc, b.name)
		}
	}
	if name := declared(body, contentType); name != "" {
		enc, canon := charset.Lookup(name)
		if enc != nil {
			return decodeDeclared(body, enc, canon)
		}
	}
	return decodeDetected(body)
}

// declared returns the charset label from the Content-Type header or, failing
// that, from a <meta> element near the top of the page.
func declared(body []byte, contentType string) string {
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
			return params["charset"]
		}
	}
	head := body[:min(len(body), metaScanLimit)]
	if m := metaCharsetRE.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// decodeDeclared trusts the declaration unless the bytes clearly say
// otherwise: UTF-8 bytes declared as a legacy charset stay UTF-8, and a
// "UTF-8" page full of invalid bytes is read as Windows-1252.
func decodeDeclared(body []byte, enc encoding.Encoding, name string) ([]byte, string, error) {
	isUTF8 := name == "utf-8"
	if isUTF8 || name == "utf-16le" || name == "utf-16be" {
		// UTF-16 labels in a byte-oriented page are always wrong (HTML spec).
		if !isUTF8 || utf8.Valid(body) {
			return sanitize(body), "utf-8", nil
		}
		if looksLegacy(body) {
			return decode(body, charmap.Windows1252, "windows-1252")
		}
		return sanitize(body), "utf-8", nil
	}
	if hasMultibyteUTF8(body) {
		return sanitize(body), "utf-8", nil
	}
	return decode(body, enc, name)
}

// decodeDetected handles pages that declare nothing.
func decodeDetected(body []byte) ([]byte, string, error) {
	if utf8.Valid(body) {
		return body, "utf-8", nil
	}
	if !looksLegacy(body) {
		return sanitize(body), "utf-8", nil
	}
	res, err := chardet.NewHtmlDetector().DetectBest(body[:min(len(body), 64<<10)])
	if err == nil && res.Confidence >= 50 {
		if enc, name := charset.Lookup(res.Charset); enc != nil && name != "utf-8" {
			return decode(body, enc, name)
		}
	}
	return decode(body, charmap.Windows1252, "windows-1252")
}

func decode(body []byte, enc encoding.Encoding, name string) ([]byte, string, error) {
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, name, fmt.Errorf("decode %s: %w", name, err)
	}
	return sanitize(out), name, nil
}

// sanitize replaces invalid UTF-8 with U+FFFD.
func sanitize(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// looksLegacy reports whether the invalid UTF-8 in b is systematic (most
// non-ASCII bytes do not form UTF-8 sequences) rather than a few stray bytes.
func looksLegacy(b []byte) bool {
	var good, bad int
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			good++
		}
		i += size
	}
	return bad > good
}

// hasMultibyteUTF8 reports whether b is valid UTF-8 with at least one
// multi-byte sequence: legacy 8-bit text almost never is.
func hasMultibyteUTF8(b []byte) bool {
	return utf8.Valid(b) && bytes.IndexFunc(b, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0
}
