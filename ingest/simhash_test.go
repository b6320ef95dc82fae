package ingest

import (
	"math/bits"
	"strings"
	"testing"
)

func TestSimHash(t *testing.T) {
	base := strings.Repeat("Shares of the carmaker fell sharply after it cut its outlook for the year. ", 10)
	cases := []struct {
		name    string
		a, b    string
		maxDist int
		minDist int
	}{
		{"identical texts hash equal", base, base, 0, 0},
		{"a wire copy with a tagline is near", base, base + " Reporting by Jane Doe; editing by John Roe.", 3, 0},
		{"unrelated texts are far", base, strings.Repeat("The football club signed a new striker from Brazil on a five-year contract. ", 10), 64, 10},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := bits.OnesCount64(simHash(tc.a) ^ simHash(tc.b))
			if d > tc.maxDist || d < tc.minDist {
				t.Errorf("distance %d, want in [%d, %d]", d, tc.minDist, tc.maxDist)
			}
		})
	}
	if simHash("too short to compare") != 0 {
		t.Error("short text got a SimHash")
	}
}

func BenchmarkSimHash(b *testing.B) {
	text := strings.Repeat("Amazon would invest up to $50 billion in OpenAI, starting with an initial $15 billion. ", 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		simHash(text)
	}
}
