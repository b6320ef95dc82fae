package index

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/numeric"

	"tidings/corpus"
)

// A time field holds exactly the terms of Bleve's datetime field at the
// precisions of timeShifts, with its stored value and options.
func TestTimeFieldTerms(t *testing.T) {
	opts := mappedFields().fields[fieldPublished].Options()
	for _, tm := range []time.Time{
		time.Date(2026, 11, 26, 14, 3, 27, 0, time.UTC),
		time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1700, 6, 1, 12, 0, 0, 123, time.FixedZone("x", 3600)),
	} {
		bleveField, err := document.NewDateTimeFieldWithIndexingOptions(fieldPublished, nil, tm, time.RFC3339, opts)
		if err != nil {
			t.Fatal(err)
		}
		bleveField.Analyze()
		var want []string
		for term, tf := range bleveField.AnalyzedTokenFrequencies() {
			shift, err := numeric.PrefixCoded(term).Shift()
			if err != nil {
				t.Fatal(err)
			}
			if slices.Contains(timeShifts, uint(shift)) {
				want = append(want, fmt.Sprintf("%q×%d", term, tf.Frequency()))
			}
		}
		f, err := newTimeField(fieldPublished, tm, opts)
		if err != nil {
			t.Fatal(err)
		}
		f.Analyze()
		var got []string
		for term, tf := range f.AnalyzedTokenFrequencies() {
			got = append(got, fmt.Sprintf("%q×%d", term, tf.Frequency()))
		}
		slices.Sort(got)
		slices.Sort(want)
		if len(want) != len(timeShifts) || !slices.Equal(got, want) || f.AnalyzedLength() != len(timeShifts) {
			t.Errorf("%s: terms %q (length %d), want %q", tm, got, f.AnalyzedLength(), want)
		}
		if string(f.Value()) != string(bleveField.Value()) || f.EncodedFieldType() != 'd' {
			t.Errorf("%s: stored %q type %c, want %q type d", tm, f.Value(), f.EncodedFieldType(), bleveField.Value())
		}
	}
}

// Published-time filters on a real index give exactly the documents a scan
// gives, for times to the nanosecond, second and day, through Query.Since
// and Until and through query strings.
func TestPublishedRangeMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	pub := map[int64]time.Time{}
	var entries []Entry
	for id := int64(1); id <= 300; id++ {
		tm := base.Add(time.Duration(rng.Int64N(int64(3 * 365 * 24 * time.Hour))))
		switch id % 3 {
		case 1:
			tm = tm.Truncate(time.Second)
		case 2:
			tm = tm.Truncate(24 * time.Hour)
		}
		pub[id] = tm
		entries = append(entries, Entry{Doc: &corpus.Document{ID: id, URL: fmt.Sprint("https://a.example/", id), Source: "s",
			Title: "t", Text: "times", Published: tm}})
	}
	ix := openTest(t, Config{}, entries)
	scan := func(keep func(time.Time) bool) []int64 {
		var out []int64
		for id, tm := range pub {
			if keep(tm) {
				out = append(out, id)
			}
		}
		slices.Sort(out)
		return out
	}
	for i := range 40 {
		since := base.Add(time.Duration(rng.Int64N(int64(3 * 365 * 24 * time.Hour))))
		until := since.Add(time.Duration(rng.Int64N(int64(200 * 24 * time.Hour))))
		if i%2 == 0 { // day bounds, as the command line gives them
			since, until = since.Truncate(24*time.Hour), until.Truncate(24*time.Hour)
		}
		if i == 0 { // an article's exact time
			since, until = pub[2], pub[2].Add(time.Nanosecond)
		}
		day := since.Format(time.DateOnly)
		dayStart, _ := time.Parse(time.DateOnly, day)
		tests := []struct {
			name string
			q    Query
			want []int64
		}{
			{"since until", Query{Since: since, Until: until}, scan(func(tm time.Time) bool { return !tm.Before(since) && tm.Before(until) })},
			{"since", Query{Since: since}, scan(func(tm time.Time) bool { return !tm.Before(since) })},
			{"until", Query{Until: until}, scan(func(tm time.Time) bool { return tm.Before(until) })},
			{"text after day", Query{Text: fmt.Sprintf("published:>%q", day)}, scan(func(tm time.Time) bool { return tm.After(dayStart) })},
			{"text from day", Query{Text: fmt.Sprintf("published:>=%q", day)}, scan(func(tm time.Time) bool { return !tm.Before(dayStart) })},
			{"text before day", Query{Text: fmt.Sprintf("published:<%q", day)}, scan(func(tm time.Time) bool { return tm.Before(dayStart) })},
			{"text up to time", Query{Text: fmt.Sprintf("published:<=%q", since.Format(time.RFC3339Nano))}, scan(func(tm time.Time) bool { return !tm.After(since) })},
		}
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%d/%s", i, tt.name), func(t *testing.T) { checkHits(t, ix, tt.q, tt.want) })
		}
	}
}

// An index whose articles hold Bleve's sixteen datetime precisions (as
// indexes built before timeShifts do) is searched right: the shifts are a
// subset of Bleve's.
func TestPublishedRangeOnBleveDatetimes(t *testing.T) {
	base := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	ix := openTest(t, Config{}, nil)
	b := ix.b.NewBatch()
	for id := int64(1); id <= 60; id++ {
		e := Entry{Doc: &corpus.Document{ID: id, URL: fmt.Sprint("https://a.example/", id), Source: "s",
			Title: "t", Text: "times", Published: base.Add(time.Duration(id) * 7 * time.Hour)}}
		if err := b.Index(docID(id), e.fields(nil)); err != nil { // through the mapping: Bleve's field
			t.Fatal(err)
		}
	}
	if err := ix.b.Batch(b); err != nil {
		t.Fatal(err)
	}
	since, until := base.AddDate(0, 0, 3), base.AddDate(0, 0, 9)
	var want []int64
	for id := int64(1); id <= 60; id++ {
		if tm := base.Add(time.Duration(id) * 7 * time.Hour); !tm.Before(since) && tm.Before(until) {
			want = append(want, id)
		}
	}
	checkHits(t, ix, Query{Since: since, Until: until}, want)
}
