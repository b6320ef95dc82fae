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
		f.Add(s, uint8(i%3), int8(i%4), uint8(i))
	}
	f.Fuzz(func(t *testing.T, text string, sortSel uint8, page int8, size uint8) {
		q := Query{Text: text, Page: int(page), Size: int(size), Facets: size%2 == 0, Highlight: size%3 == 0}
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
