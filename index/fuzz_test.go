package index

import (
	"context"
	"errors"
	"testing"
	"time"
)

// FuzzSearch runs arbitrary query strings and paging against a small index.
// Properties: Search never panics; it either fails or returns at most Size
// hits, no more than Total, each with a cursor.
func FuzzSearch(f *testing.F) {
	ix, err := Open(f.TempDir(), Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = ix.Close() })
	if err := ix.Put(context.Background(), fixture()); err != nil {
		f.Fatal(err)
	}
	seeds := []string{
		"", "openai", `"chip makers"`, "+investors -startup", "org:OpenAI", `org:"Deutsche Bank"`,
		"frankfurd~1", "invest*", "/inv.*/", "percent:>10", `published:>="2025-11-01"`, "title:", "a:b:c",
		`"unclosed`, "~", "^", "money.USD:>1000000", "amount_usd:<5e5", "\x00", "title:x~99", "*", "/[/",
	}
	for i, s := range seeds {
		f.Add(s, uint8(i%3), int8(i%4), uint8(i), "", 0.0, int16(0), int16(0))
	}
	f.Add("bank", uint8(1), int8(1), uint8(10), "EUR", 1e9, int16(-200), int16(30))
	f.Add("", uint8(2), int8(0), uint8(4), "usd", -1.0, int16(0), int16(-5))
	f.Fuzz(func(t *testing.T, text string, sortSel uint8, page int8, size uint8, cur string, amount float64, from, span int16) {
		q := Query{Text: text, Page: int(page), Size: int(size), Facets: size%2 == 0, Highlight: size%3 == 0, Currency: cur}
		if amount != 0 {
			q.MinAmount = &amount
		}
		if from != 0 {
			q.MentionsFrom = day(2025, 10, 1).AddDate(0, 0, int(from))
		}
		if span != 0 {
			q.MentionsTo = day(2025, 10, 1).AddDate(0, 0, int(from)+int(span))
		}
		q.Sort = []string{"", SortRelevance, SortDate, "bogus"}[sortSel%4]
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		res, err := ix.Search(ctx, q)
		if err != nil {
			if errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("query %q took over 10s", text)
			}
			return
		}
		if len(res.Hits) > q.withDefaults().Size || uint64(len(res.Hits)) > res.Total {
			t.Fatalf("query %q: %d hits, total %d, size %d", text, len(res.Hits), res.Total, q.Size)
		}
		for _, h := range res.Hits {
			if len(h.Sort) != cursorLen {
				t.Fatalf("query %q: hit %d has cursor %v", text, h.ID, h.Sort)
			}
		}
	})
}
