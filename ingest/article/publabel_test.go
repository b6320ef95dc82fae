package article

import (
	"testing"
	"time"
)

func TestLabelledDate(t *testing.T) {
	fetched := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, body, want string
	}{
		{"label and date in one text", `<h1>Harbour</h1>` + lorem + `<p class="foot">Letzte Änderung: 31.10.2026 - 14:49<br>Erschienen am: 01.11.2026<br>Lesungen: 61</p>`, "2026-11-01"},
		{"label in bold, date after it", `<h1>Harbour</h1>` + lorem + `<p><b>Published:</b> March 3, 2026</p>`, "2026-03-03"},
		{"label far from any date", `<h1>Harbour</h1>` + lorem + `<p>Published by the harbour board; see the report of 12 May 2026.</p><p class="date">Posted 02.02.2026</p>`, "2026-02-02"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(page("", tc.body), "https://example.com/harbour", Hints{Fetched: fetched})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.Format("2006-01-02"); got != tc.want {
				t.Errorf("published = %s (%s), want %s", got, a.DateSource, tc.want)
			}
		})
	}
}
