package discover

import (
	"bytes"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// toUTF8 converts an XML or JSON body to UTF-8 when the body does not say
// its own encoding but the Content-Type header names one other than
// UTF-8; otherwise it returns body unchanged (the parsers honour an XML
// declaration themselves).
func toUTF8(body []byte, contentType string) []byte {
	if declaresEncoding(body) || utf8.Valid(body) && !hasCharset(contentType) {
		return body
	}
	_, params, err := mime.ParseMediaType(contentType)
	label := params["charset"]
	if err != nil || label == "" {
		if utf8.Valid(body) {
			return body
		}
		// Undeclared and not UTF-8: windows-1252 is the usual culprit.
		label = "windows-1252"
	}
	if strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "utf8") {
		return body
	}
	r, err := charset.NewReaderLabel(label, bytes.NewReader(body))
	if err != nil {
		return body
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return body
	}
	return out
}

// declaresEncoding reports whether body starts with an XML declaration
// naming an encoding.
func declaresEncoding(body []byte) bool {
	head := body[:min(len(body), 200)]
	head = bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return false
	}
	end := bytes.Index(head, []byte("?>"))
	return end > 0 && bytes.Contains(head[:end], []byte("encoding"))
}

func hasCharset(contentType string) bool {
	_, params, err := mime.ParseMediaType(contentType)
	return err == nil && params["charset"] != ""
}
