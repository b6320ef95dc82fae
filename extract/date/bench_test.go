package date

import (
	"testing"
	"time"

	"tidings/internal/evaltest"
)

// fallbackNews is used when the shared evaluation data is absent.
const fallbackNews = `WASHINGTON, Oct. 28, 2025 (Reuters) - The company said on Tuesday that third-quarter
profit rose 12% to $1.5 billion, compared with a year earlier, and that it expects sales to grow
in the first half of 2026. Shares have fallen 30% over the past five years. The board will meet
next week, and the dividend is payable Dec. 15 to holders of record Nov. 30. About 1,500 workers
were laid off in 2019; the plant, which opened in the 1990s, will close by 2032. Boeing's 737 MAX
resumed flights last month. "We are now in a much better position," the chief executive said
yesterday at 3 p.m. EST. Sales rose annually for six years until the pandemic.
`

// benchText loads realistic news text: the MEANTIME articles when present.
func benchText(b *testing.B) string { return evaltest.NewsText(fallbackNews) }

func BenchmarkExtract(b *testing.B) {
	text := benchText(b)
	ref := time.Date(2025, 10, 28, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text, ref, Options{})
	}
}
