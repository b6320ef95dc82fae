package article

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestParseBytesCharsets(t *testing.T) {
	enc := func(s string) []byte {
		b, err := charmap.Windows1252.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return []byte(b)
	}
	body := "<title>Café à Zürich: naïve élève</title></head><body><h1>Café à Zürich: naïve élève</h1>" + lorem
	tests := []struct {
		name, contentType string
		raw               []byte
		wantTitle         string
	}{
		{"windows-1252 page declared utf-8", "text/html; charset=utf-8",
			enc(`<html><head><meta charset="utf-8">` + body), "Café à Zürich: naïve élève"},
		{"windows-1252 page declared in meta", "",
			enc(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">` + body), "Café à Zürich: naïve élève"},
		{"mojibake in a utf-8 page is repaired", "",
			[]byte("<html><head><meta charset=utf-8><title>Innovation\u00c2 Award \u00e2\u20ac\u201c caf\u00c3\u00a9</title></head><body>" + lorem + "</body></html>"), "Innovation Award – café"},
		{"legit text untouched", "",
			[]byte("<html><head><title>São Paulo: Ãgua e à noite</title></head><body>" + lorem + "</body></html>"), "São Paulo: Ãgua e à noite"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseBytes(tc.raw, tc.contentType, "https://example.com/a", Hints{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.wantTitle {
				t.Errorf("title = %q, want %q", a.Title, tc.wantTitle)
			}
		})
	}
}

func TestParseFileGzipAndPlain(t *testing.T) {
	dir := t.TempDir()
	html := page(`<meta property="og:title" content="Stored page">`, "<h1>Stored page</h1>"+lorem)
	plain := filepath.Join(dir, "a.html")
	if err := os.WriteFile(plain, html, 0o600); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(html)
	zw.Close()
	zipped := filepath.Join(dir, "a.html.gz")
	if err := os.WriteFile(zipped, gz.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{plain, zipped} {
		t.Run(filepath.Base(p), func(t *testing.T) {
			a, err := ParseFile(p, "https://example.com/a")
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Stored page" || !strings.Contains(a.Text, "council approved") {
				t.Errorf("got title %q text %q", a.Title, a.Text)
			}
		})
	}
	t.Run("missing file is an error", func(t *testing.T) {
		if _, err := ParseFile(filepath.Join(dir, "nope"), ""); err == nil {
			t.Error("no error for a missing file")
		}
	})
}

func TestReadMaybeGzipTrailer(t *testing.T) {
	body := bytes.Repeat([]byte("<p>stored page text</p>"), 500)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(body)
	zw.Close()
	good := gz.Bytes()
	if got := gzipSize(good); got != len(body) {
		t.Errorf("gzipSize = %d, want %d", got, len(body))
	}
	lying := bytes.Clone(good)
	copy(lying[len(lying)-4:], []byte{0xff, 0xff, 0xff, 0x7f})
	tests := []struct {
		name    string
		raw     []byte
		wantErr bool
	}{
		{"true trailer", good, false},
		{"trailer claiming 2 GiB", lying, true}, // gzip checks the size
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "a.html.gz")
			if err := os.WriteFile(p, tc.raw, 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := readMaybeGzip(p)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if err == nil && !bytes.Equal(got, body) {
				t.Errorf("read %d bytes, want the %d written", len(got), len(body))
			}
		})
	}
}
