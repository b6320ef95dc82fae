package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"tidings/corpus"
	"tidings/index"
)

// exportCmd streams facts (and optionally articles) from the store.
func exportCmd(ctx context.Context, env *Env, args []string) error {
	var sel selection
	fs := newFlagSet("export", env.Stderr, &sel.cf)
	sel.register(fs, "fact types: person, organization, location, misc, money, date, percent (comma-separated; default all)")
	format := fs.String("format", "jsonl", "jsonl, json (one array) or csv")
	articles := fs.Bool("articles", false, "also export each article as a record {\"record\":\"article\",…}")
	output := fs.String("o", "", "write to this file (created next to its final name, then renamed) instead of stdout")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, q, want, err := sel.resolve()
	if err != nil {
		return err
	}
	sink, err := newSink(*format, *articles)
	if err != nil {
		return err
	}
	store, err := openStore(ctx, cfg, false)
	if err != nil {
		return err
	}
	defer store.Close()
	return writeOutput(*output, env.Stdout, func(w io.Writer) error {
		if err := sink.begin(w); err != nil {
			return err
		}
		err := scanSelected(ctx, cfg, store, q, func(d *corpus.Document, facts []corpus.Fact) error {
			if *articles {
				if err := sink.article(newArticleRecord(d, len(facts))); err != nil {
					return err
				}
			}
			for _, f := range facts {
				if want[f.Type] {
					if err := sink.fact(newFactRecord(d, f)); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		return sink.end()
	})
}

func parseTypes(types []string) (map[corpus.FactType]bool, error) {
	want := map[corpus.FactType]bool{}
	if len(types) == 0 {
		for _, t := range corpus.FactTypes {
			want[t] = true
		}
		return want, nil
	}
	for _, s := range types {
		t, err := corpus.ParseFactType(s)
		if err != nil {
			return nil, fmt.Errorf("--type: %w", err)
		}
		want[t] = true
	}
	return want, nil
}

func sourceWanted(sources []string, s string) bool {
	if len(sources) == 0 {
		return true
	}
	for _, x := range sources {
		if x == s {
			return true
		}
	}
	return false
}

// needsIndex reports whether q filters on something only the index knows.
func needsIndex(q index.Query) bool {
	return q.Text != "" || len(q.Orgs)+len(q.People)+len(q.Places) > 0 || q.Lang != "" || q.MinAmount != nil ||
		q.MaxAmount != nil || q.Currency != "" || !q.MentionsFrom.IsZero() || !q.MentionsTo.IsZero()
}

// matchingIDs pages through every hit of q by date, with search_after.
func matchingIDs(ctx context.Context, cfg Config, q index.Query) (map[int64]bool, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	s, err := openSearcher(cfg)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	q.Sort, q.Size, q.Page, q.Facets, q.Highlight = index.SortDate, 1000, 0, false, false
	ids := map[int64]bool{}
	for {
		res, err := s.Search(ctx, q)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			ids[h.ID] = true
		}
		if len(res.Hits) < q.Size {
			return ids, nil
		}
		q.SearchAfter = res.Hits[len(res.Hits)-1].Sort
	}
}

// writeOutput runs write on stdout, or on a temporary file beside path
// that is renamed over path only when write succeeds: an export never
// leaves a half-written file under its final name.
func writeOutput(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" {
		w := bufio.NewWriterSize(stdout, 1<<16)
		if err := write(w); err != nil {
			return err
		}
		return w.Flush()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(f.Name())
	w := bufio.NewWriterSize(f, 1<<16)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	return os.Rename(f.Name(), path)
}

// sink writes records in one output format.
type sink interface {
	begin(w io.Writer) error
	fact(r factRecord) error
	article(r articleRecord) error
	end() error
}

func newSink(format string, articles bool) (sink, error) {
	switch format {
	case "jsonl":
		return &jsonSink{}, nil
	case "json":
		return &jsonSink{array: true}, nil
	case "csv":
		if articles {
			return nil, fmt.Errorf("--articles: not available with --format csv (articles and facts have different columns)")
		}
		return &csvSink{}, nil
	}
	return nil, fmt.Errorf("--format: want jsonl, json or csv, got %q", format)
}

type jsonSink struct {
	w     io.Writer
	enc   *json.Encoder
	array bool
	n     int
}

func (s *jsonSink) begin(w io.Writer) error {
	s.w, s.enc = w, json.NewEncoder(w)
	s.enc.SetEscapeHTML(false)
	if s.array {
		_, err := io.WriteString(w, "[\n")
		return err
	}
	return nil
}

func (s *jsonSink) write(v any) error {
	if s.array && s.n > 0 {
		if _, err := io.WriteString(s.w, ","); err != nil {
			return err
		}
	}
	s.n++
	return s.enc.Encode(v)
}

// fact writes the record's own encoding directly: an Encoder would parse
// and compact a Marshaler's output again.
func (s *jsonSink) fact(r factRecord) error {
	b, err := r.MarshalJSON()
	if err != nil {
		return err
	}
	if s.array && s.n > 0 {
		if _, err := io.WriteString(s.w, ","); err != nil {
			return err
		}
	}
	s.n++
	if _, err := s.w.Write(b); err != nil {
		return err
	}
	_, err = io.WriteString(s.w, "\n")
	return err
}

func (s *jsonSink) article(r articleRecord) error { return s.write(r) }

func (s *jsonSink) end() error {
	if s.array {
		_, err := io.WriteString(s.w, "]\n")
		return err
	}
	return nil
}

var csvHeader = []string{"article_id", "article_url", "article_title", "source", "published", "type", "start", "end", "text",
	"entity", "amount", "amount_max", "currency", "qualifier", "vague", "per", "timex_type", "value", "range_start",
	"range_end", "unit", "sentence"}

type csvSink struct{ w *csv.Writer }

func (s *csvSink) begin(w io.Writer) error {
	s.w = csv.NewWriter(w)
	return s.w.Write(csvHeader)
}

func (s *csvSink) fact(r factRecord) error {
	f := r.Fact
	num := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'f', -1, 64)
	}
	value := f.Value
	if f.Type == corpus.FactPercent {
		value = num(f.Number)
	}
	when := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.RFC3339)
	}
	vague := ""
	if f.Vague {
		vague = "true"
	}
	return s.w.Write([]string{strconv.FormatInt(r.ArticleID, 10), r.ArticleURL, csvSafe(r.ArticleTitle), r.Source, r.Published,
		string(f.Type), strconv.Itoa(f.Start), strconv.Itoa(f.End), csvSafe(f.Text), csvSafe(f.Entity), num(f.Amount),
		num(f.AmountMax), f.Currency, f.Qualifier, vague, f.Per, f.TimexType, value, when(f.RangeStart), when(f.RangeEnd),
		f.Unit, csvSafe(r.Sentence)})
}

func (s *csvSink) article(articleRecord) error { return nil }

func (s *csvSink) end() error {
	s.w.Flush()
	return s.w.Error()
}

// csvSafe defuses spreadsheet formulas: text from the web that starts with
// = + - @ would otherwise run when the CSV is opened.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
