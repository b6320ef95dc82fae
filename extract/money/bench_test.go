package money

import (
	"runtime"
	"testing"

	"tidings/internal/evaltest"
)

// fallbackNews is a short hand-written news paragraph for when the MEANTIME
// texts are absent.
const fallbackNews = `General Motors said on Tuesday it lost US$6 billion in the first quarter,
or $9.66 a share, as sales fell 42% from a year earlier. Analysts had expected a loss of about
$5.9 billion. The company, which has received $15.4 billion in federal loans, said it would cut
21,000 jobs by 2011 and close 14 plants. Shares rose 26 cents to $1.85 in New York, while the
Dow Jones Industrial Average gained half a percent, or 39 points. In London the FTSE 100 fell
2.36 per cent and Ford offered €57 million (US$78 million) for a 72.4 percent stake.
`

// benchText returns MEANTIME dev texts joined, or the fallback paragraph.
func benchText(b *testing.B) string { return evaltest.NewsText(fallbackNews) }

// BenchmarkExtract reports MB/s of wall time and, on Linux, cpu-MB/s: the
// same throughput over the CPU time of the benchmark's thread, which holds
// steady when other processes share the cores.
func BenchmarkExtract(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cpu0, ok := threadCPU()
	n := 0
	for b.Loop() {
		Extract(text, Options{})
		n++
	}
	if cpu1, _ := threadCPU(); ok && cpu1 > cpu0 {
		b.ReportMetric(float64(n*len(text))/1e6/(cpu1-cpu0).Seconds(), "cpu-MB/s")
	}
}
