package article

import (
	"testing"
	"time"
)

func TestParseStructured(t *testing.T) {
	cases := []struct {
		name, in string
		want     time.Time
	}{
		{"rfc3339", "2021-03-08T11:15:28Z", time.Date(2021, 3, 8, 11, 15, 28, 0, time.UTC)},
		{"machine slash date is month first", "11/01/2023 12:43:42", time.Date(2023, 11, 1, 12, 43, 42, 0, time.UTC)},
		{"slash date with day over 12", "11/25/2023", time.Date(2023, 11, 25, 0, 0, 0, 0, time.UTC)},
		{"dotted date is day first", "11.01.2023", time.Date(2023, 1, 11, 0, 0, 0, 0, time.UTC)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := parseStructured(c.in)
			if !ok || !got.Equal(c.want) {
				t.Errorf("parseStructured(%q) = %v, %v; want %v", c.in, got, ok, c.want)
			}
		})
	}
}
