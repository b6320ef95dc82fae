package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"

	"tidings/ingest/article"
)

type parseIn struct {
	ID   json.RawMessage `json:"id"`
	File string          `json:"file"`
	URL  string          `json:"url"`
}

type parseOut struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Author    string          `json:"author"`
	Published string          `json:"published"`
	Body      string          `json:"body"`
	Error     string          `json:"error,omitempty"`
}

// parseCmd reads {"id","file","url"} lines and writes parsed articles. It is
// how article parsing is measured: keep its input and output stable.
func parseCmd(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet("parse", env.Stderr, nil)
	jsonl := fs.Bool("jsonl", false, "read JSON Lines on stdin (required)")
	root := fs.String("root", ".", "folder the \"file\" fields are relative to")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "pages parsed in parallel")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !*jsonl {
		fmt.Fprintln(env.Stderr, "tidings parse: --jsonl is required (the only input form)")
		return errUsage
	}
	w := bufio.NewWriterSize(env.Stdout, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	ordered := newOrderedPool(ctx, max(*workers, 1), func(out parseOut) error { return enc.Encode(out) })
	err := eachLine(env.Stdin, func(n int, in *parseIn) error {
		if len(in.ID) == 0 || in.File == "" {
			return fmt.Errorf("stdin line %d: want an object with \"id\" and \"file\"", n)
		}
		// A page that fails to parse is an empty prediction with its error,
		// not the end of the run.
		path := filepath.Join(*root, filepath.FromSlash(in.File))
		return ordered.submit(func() parseOut {
			out := parseOut{ID: in.ID}
			a, err := article.ParseFile(path, in.URL)
			if err != nil {
				out.Error = err.Error()
				return out
			}
			out.Title, out.Author, out.Body = a.Title, strings.Join(a.Authors, "; "), a.Text
			if !a.Published.IsZero() {
				out.Published = a.Published.Format("2006-01-02")
			}
			return out
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
