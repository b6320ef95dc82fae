package main

import (
	"context"
	"flag"
	"time"

	"tidings/corpus"
	"tidings/index"
)

// selection is what export and facts share: which articles (search
// filters and --query) and which fact types.
type selection struct {
	cf    commonFlags
	qf    queryFlags
	types listFlag
	text  string
}

func (s *selection) register(fs *flag.FlagSet, typesHelp string) {
	s.qf.register(fs)
	fs.Var(&s.types, "type", typesHelp)
	fs.StringVar(&s.text, "query", "", "only articles matching this search (query-string syntax)")
}

// resolve reads the config and turns the flags into a query and a set of
// wanted fact types; defaultTypes apply when --type is absent.
func (s *selection) resolve(defaultTypes ...string) (Config, index.Query, map[corpus.FactType]bool, error) {
	cfg, err := LoadConfig(s.cf.config)
	if err != nil {
		return cfg, index.Query{}, nil, err
	}
	if len(s.types) == 0 {
		s.types = defaultTypes
	}
	want, err := parseTypes(s.types)
	if err != nil {
		return cfg, index.Query{}, nil, err
	}
	q, err := s.qf.query(s.text, time.Now())
	return cfg, q, want, err
}

// scanSelected calls fn for each document of store that q selects, in ID
// order, streaming. Filters only the index knows (text, entities, amounts,
// mentioned dates) go through a search first.
func scanSelected(ctx context.Context, cfg Config, store corpus.Store, q index.Query, fn func(*corpus.Document, []corpus.Fact) error) error {
	var ids map[int64]bool
	if needsIndex(q) {
		var err error
		if ids, err = matchingIDs(ctx, cfg, q); err != nil {
			return err
		}
	}
	filter := corpus.DocumentFilter{Since: q.Since, Until: q.Until, WithoutHTML: true}
	if len(q.Sources) == 1 {
		filter.Source = q.Sources[0]
	}
	return store.ScanDocuments(ctx, filter, func(d *corpus.Document, facts []corpus.Fact) error {
		if ids != nil && !ids[d.ID] || !sourceWanted(q.Sources, d.Source) {
			return nil
		}
		return fn(d, facts)
	})
}
