package index

import (
	"time"
)

// Histogram intervals.
const (
	IntervalDay   = "day"
	IntervalWeek  = "week"
	IntervalMonth = "month"
)

// Spans up to which the finer intervals are used.
const (
	maxDaySpan  = 62 * 24 * time.Hour
	maxWeekSpan = 371 * 24 * time.Hour
)

// histogram buckets per-day counts ("2006-01-02" terms) by day, week
// (starting Monday) or month, chosen by the span of days present, with empty
// buckets filled in.
func histogram(days []TermCount) ([]DateBucket, string) {
	counts := make(map[time.Time]int, len(days))
	var lo, hi time.Time
	for _, d := range days {
		t, err := time.Parse(time.DateOnly, d.Term)
		if err != nil {
			continue
		}
		counts[t] += d.Count
		if lo.IsZero() || t.Before(lo) {
			lo = t
		}
		if t.After(hi) {
			hi = t
		}
	}
	if len(counts) == 0 {
		return nil, ""
	}
	interval := IntervalMonth
	switch span := hi.Sub(lo); {
	case span <= maxDaySpan:
		interval = IntervalDay
	case span <= maxWeekSpan:
		interval = IntervalWeek
	}
	var out []DateBucket
	for start := bucketStart(lo, interval); !start.After(hi); {
		end := nextBucket(start, interval)
		out = append(out, DateBucket{Start: start, End: end})
		start = end
	}
	for t, n := range counts {
		i := bucketIndex(out, t)
		out[i].Count += n
	}
	return out, interval
}

func bucketStart(t time.Time, interval string) time.Time {
	switch interval {
	case IntervalWeek:
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		return t.AddDate(0, 0, -back)
	case IntervalMonth:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

func nextBucket(t time.Time, interval string) time.Time {
	switch interval {
	case IntervalWeek:
		return t.AddDate(0, 0, 7)
	case IntervalMonth:
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 1)
}

// bucketIndex finds the bucket holding t by binary search.
func bucketIndex(bs []DateBucket, t time.Time) int {
	lo, hi := 0, len(bs)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if bs[mid].Start.After(t) {
			hi = mid - 1
		} else {
			lo = mid
		}
	}
	return lo
}
