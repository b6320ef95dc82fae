package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"tidings/index"
)

// searcher answers searches: the running daemon's API when `tidings run`
// holds the data dir (Bleve allows one writing process), else the index
// opened directly.
type searcher interface {
	Search(ctx context.Context, q index.Query) (*index.Result, error)
	Close() error
}

func openSearcher(cfg Config) (searcher, error) {
	if dataDirBusy(cfg) {
		if cfg.API.Listen == "" {
			return nil, fmt.Errorf("a tidings run holds %s and its API is off (api.listen is empty); stop it or enable the API", cfg.DataDir)
		}
		return newAPIClient(cfg), nil
	}
	if _, err := os.Stat(indexPath(cfg)); err != nil {
		return nil, fmt.Errorf("no index at %s: run `tidings run --once` first", indexPath(cfg))
	}
	ix, err := openIndexRetrying(indexPath(cfg), indexConfig(cfg), 2*time.Second)
	if errors.Is(err, index.ErrMappingChanged) {
		return nil, fmt.Errorf("the index in %s was built by another version of tidings: run `tidings reindex` (or `tidings run`, which rebuilds it)", indexPath(cfg))
	}
	if err != nil {
		return nil, err
	}
	// The index keeps no article text: snippets come from the store. Without
	// one, searches still work and snippets show matching titles.
	store, err := openStore(context.Background(), cfg, false)
	if err != nil {
		return ix, nil
	}
	ix.SetTexts(store)
	return &localSearcher{Index: ix, store: store}, nil
}

// localSearcher is the index opened directly, with the store its snippets
// come from.
type localSearcher struct {
	*index.Index
	store interface{ Close() error }
}

func (s *localSearcher) Close() error {
	return errors.Join(s.Index.Close(), s.store.Close())
}

// openIndexRetrying opens the index, waiting up to wait while another
// short-lived process (a search) holds it, so a user never sees "index
// locked" for a race of milliseconds.
func openIndexRetrying(dir string, cfg index.Config, wait time.Duration) (*index.Index, error) {
	deadline := time.Now().Add(wait)
	for {
		ix, err := index.Open(dir, cfg)
		if err == nil || !errors.Is(err, index.ErrLocked) || time.Now().After(deadline) {
			return ix, err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

var (
	_ searcher = (*index.Index)(nil)
	_ searcher = (*localSearcher)(nil)
)
