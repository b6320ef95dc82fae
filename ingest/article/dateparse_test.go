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

func TestParseText(t *testing.T) {
	cases := []struct {
		name, in string
		want     time.Time
		ok       bool
	}{
		{"german dotted", "Berlin, 28.10.2021, 058/21", time.Date(2021, 10, 28, 0, 0, 0, 0, time.UTC), true},
		{"dotted with thin spaces", "Von Tennis Bund 4.\u20092.\u20092022.", time.Date(2022, 2, 4, 0, 0, 0, 0, time.UTC), true},
		{"dotted with spaces", "am 4. 2. 2022 um", time.Date(2022, 2, 4, 0, 0, 0, 0, time.UTC), true},
		{"day month name", "1. Februar 2022 , Daniel", time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC), true},
		{"version numbers are not dates", "version 4. 2. 20225", time.Time{}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := parseText(c.in)
			if ok != c.ok || !got.Equal(c.want) {
				t.Errorf("parseText(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
			}
		})
	}
}
