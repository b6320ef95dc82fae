package fetch

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// readBody reads at most max bytes of body, decompressing a gzip
// Content-Encoding. Both the bytes on the wire and the decompressed bytes
// are capped, so neither a huge body nor a gzip bomb is read past the cap.
func readBody(body io.Reader, contentLength int64, encoding string, max int64) ([]byte, error) {
	if contentLength > max {
		return nil, fmt.Errorf("%w: Content-Length %d exceeds %d bytes", ErrTooLarge, contentLength, max)
	}
	wire := &countingReader{r: io.LimitReader(body, max+1)}
	var r io.Reader = wire
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
	case "gzip", "x-gzip":
		gz, err := gzip.NewReader(wire)
		if err != nil {
			return nil, fmt.Errorf("gzip body: %w", err)
		}
		defer gz.Close()
		r = gz
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", encoding)
	}
	var buf bytes.Buffer
	if contentLength > 0 && encoding == "" {
		buf.Grow(int(contentLength))
	}
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if n > max || wire.n > max {
		return nil, fmt.Errorf("%w: body exceeds %d bytes", ErrTooLarge, max)
	}
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	return buf.Bytes(), nil
}
