package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"time"

	"tidings/corpus"
	"tidings/extract"
)

type extractIn struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
}

type extractOut struct {
	ID    json.RawMessage `json:"id"`
	Facts []corpus.Fact   `json:"facts"`
}

// extractCmd reads fact-contract documents on stdin and writes their facts
// on stdout, in input order. It is how extraction is measured: keep its
// input and output stable.
func extractCmd(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet("extract", env.Stderr, nil)
	currency := fs.String("currency", "USD", "ISO 4217 code a bare \"$\" stands for")
	dayFirst := fs.Bool("day-first", false, "read 10/11/2025 as 10 November")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents extracted in parallel")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ex, err := extract.New()
	if err != nil {
		return err
	}
	opts := extract.Options{Currency: *currency, DayFirst: *dayFirst}
	w := bufio.NewWriterSize(env.Stdout, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	ordered := newOrderedPool(ctx, max(*workers, 1), func(out extractOut) error { return enc.Encode(out) })
	err = eachLine(env.Stdin, func(n int, in *extractIn) error {
		if len(in.ID) == 0 || in.Text == nil {
			return fmt.Errorf("stdin line %d: want an object with \"id\" and \"text\"", n)
		}
		var published time.Time
		if in.Published != "" {
			if published, err = parseTime(in.Published); err != nil {
				return fmt.Errorf("stdin line %d: published: %w", n, err)
			}
		}
		return ordered.submit(func() extractOut {
			facts := ex.Extract(*in.Text, published, opts)
			if facts == nil {
				facts = []corpus.Fact{}
			}
			return extractOut{ID: in.ID, Facts: facts}
		})
	})
	if werr := ordered.wait(); err == nil {
		err = werr
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// parseTime reads RFC 3339 or a bare date.
func parseTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("want RFC 3339 or YYYY-MM-DD, got %q", s)
}
