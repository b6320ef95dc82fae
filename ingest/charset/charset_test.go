package charset

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func win1252(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestToUTF8(t *testing.T) {
	const cafe = "Café – “quoted”"
	tests := []struct {
		name, contentType string
		body              []byte
		wantText, wantCS  string
	}{
		{"utf8 BOM wins over header", "text/html; charset=iso-8859-1",
			append([]byte{0xEF, 0xBB, 0xBF}, "<p>"+cafe...), "<p>" + cafe, "utf-8"},
		{"header charset windows-1252", "text/html; charset=windows-1252",
			win1252(t, "<p>"+cafe), "<p>" + cafe, "windows-1252"},
		{"meta charset late in head", "",
			append(append([]byte("<html><head>"+string(bytes.Repeat([]byte(" "), 2000))), `<meta charset="iso-8859-1">`...), win1252(t, "<p>Café")...),
			"Café", "windows-1252"},
		{"meta http-equiv", "",
			append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">`), 0xA4),
			"€", "iso-8859-15"},
		{"windows-1252 page declared utf-8 is read as windows-1252", "text/html; charset=utf-8",
			win1252(t, "<p>"+cafe+" naïve élève"), cafe + " naïve élève", "windows-1252"},
		{"utf-8 page declared latin-1 stays utf-8", "text/html; charset=iso-8859-1",
			[]byte("<p>" + cafe), cafe, "utf-8"},
		{"no declaration valid utf-8", "", []byte("<p>" + cafe), cafe, "utf-8"},
		{"no declaration legacy bytes detected", "", win1252(t, "<p>Le café est très chaud, à côté de l'église"), "café est très", ""},
		{"stray invalid byte is replaced", "text/html; charset=utf-8",
			[]byte("<p>Café \xff ok"), "Café \uFFFD ok", "utf-8"},
		{"empty body", "", nil, "", "utf-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, cs, err := ToUTF8(tc.body, tc.contentType)
			if err != nil {
				t.Fatalf("ToUTF8: %v", err)
			}
			if !utf8.Valid(got) {
				t.Fatalf("output not valid UTF-8: %q", got)
			}
			if !bytes.Contains(got, []byte(tc.wantText)) {
				t.Errorf("output %q does not contain %q", got, tc.wantText)
			}
			if tc.wantCS != "" && cs != tc.wantCS {
				t.Errorf("charset = %q, want %q", cs, tc.wantCS)
			}
		})
	}
}

func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("<meta charset=utf-8><p>Café"), "")
	f.Add([]byte{0xFF, 0xFE, 'a', 0}, "text/html")
	f.Add([]byte("<p>caf\xe9"), "text/html; charset=shift_jis")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		got, _, err := ToUTF8(body, ct)
		if err == nil && !utf8.Valid(got) {
			t.Fatalf("invalid UTF-8 output for %q", body)
		}
	})
}

func BenchmarkToUTF8(b *testing.B) {
	body := win1252(b, string(bytes.Repeat([]byte("<p>Le café est très chaud.</p>\n"), 2000)))
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, _, err := ToUTF8(body, "text/html; charset=windows-1252"); err != nil {
			b.Fatal(err)
		}
	}
}
