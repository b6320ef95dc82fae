package article

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"os"

	"tidings/ingest/charset"
)

// ParseFile reads a saved page (gzip or plain, any charset), converts it to
// UTF-8, parses it and repairs mojibake in the text fields. It is the code
// path shared by `tidings parse` and the evaluation tests.
func ParseFile(path, pageURL string) (*Article, error) {
	raw, err := readMaybeGzip(path)
	if err != nil {
		return nil, err
	}
	return ParseBytes(raw, "", pageURL, Hints{})
}

// ParseBytes is ParseFile for a body already in memory, with the HTTP
// Content-Type header if known.
func ParseBytes(raw []byte, contentType, pageURL string, h Hints) (*Article, error) {
	page, _, err := charset.ToUTF8(raw, contentType)
	if err != nil {
		return nil, fmt.Errorf("charset: %w", err)
	}
	a, err := Parse(page, pageURL, h)
	if err != nil {
		return nil, err
	}
	a.Title = charset.FixMojibake(a.Title)
	a.SiteName = charset.FixMojibake(a.SiteName)
	a.Text = charset.FixMojibake(a.Text)
	for i, s := range a.Authors {
		a.Authors[i] = charset.FixMojibake(s)
	}
	return a, nil
}

func readMaybeGzip(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read page: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte{0x1f, 0x8b}) {
		return raw, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	defer zr.Close()
	// The gzip trailer states the size: one allocation instead of the
	// doublings of io.ReadAll.
	var out bytes.Buffer
	out.Grow(min(gzipSize(raw), maxPageBytes*4) + bytes.MinRead)
	if _, err := out.ReadFrom(io.LimitReader(zr, maxPageBytes*4)); err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	return out.Bytes(), nil
}

// gzipSize is the uncompressed size a gzip stream's trailer states (modulo
// 4 GiB; of the last member only), or 0. A damaged trailer cannot claim
// more than deflate's best ratio, 1032 to 1.
func gzipSize(raw []byte) int {
	if len(raw) < 18 {
		return 0
	}
	return min(int(binary.LittleEndian.Uint32(raw[len(raw)-4:])), 1032*len(raw))
}
