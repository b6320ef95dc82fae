package embedded

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"tidings/corpus"
)

// FetchState implements corpus.Store.
func (s *Store) FetchState(ctx context.Context, url string) (corpus.FetchState, error) {
	st := corpus.FetchState{URL: url}
	var checked int64
	err := s.db.QueryRowContext(ctx, `SELECT etag, last_modified, status, error, checked FROM fetch_state WHERE url = ?`, url).
		Scan(&st.ETag, &st.LastModified, &st.Status, &st.Error, &checked)
	if errors.Is(err, sql.ErrNoRows) {
		return st, corpus.ErrNotFound
	}
	if err != nil {
		return st, fmt.Errorf("read fetch state of %s: %w", url, err)
	}
	st.Checked = time.UnixMilli(checked).UTC()
	return st, nil
}

// SaveFetchState implements corpus.Store.
func (s *Store) SaveFetchState(ctx context.Context, st corpus.FetchState) error {
	_, err := s.db.ExecContext(ctx, `INSERT OR REPLACE INTO fetch_state (url, etag, last_modified, status, error, checked)
		VALUES (?,?,?,?,?,?)`, st.URL, st.ETag, st.LastModified, st.Status, st.Error, st.Checked.UnixMilli())
	if err != nil {
		return fmt.Errorf("save fetch state of %s: %w", st.URL, err)
	}
	return nil
}

// StartRun implements corpus.Store.
func (s *Store) StartRun(ctx context.Context, source string, started time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO runs (source, started) VALUES (?, ?)`, source, started.UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("start run of %s: %w", source, err)
	}
	return res.LastInsertId()
}

// FinishRun implements corpus.Store.
func (s *Store) FinishRun(ctx context.Context, r corpus.Run) error {
	_, err := s.db.ExecContext(ctx, `UPDATE runs SET finished=?, new=?, updated=?, unchanged=?, failed=?, facts=?, error=?
		WHERE id=?`, unixMilli(r.Finished), r.New, r.Updated, r.Unchanged, r.Failed, r.Facts, r.Error, r.ID)
	if err != nil {
		return fmt.Errorf("finish run %d of %s: %w", r.ID, r.Source, err)
	}
	return nil
}

// LastRuns implements corpus.Store.
func (s *Store) LastRuns(ctx context.Context) (map[string]corpus.Run, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, source, started, finished, new, updated, unchanged, failed, facts, error
		FROM runs WHERE id IN (SELECT MAX(id) FROM runs GROUP BY source)`)
	if err != nil {
		return nil, fmt.Errorf("last runs: %w", err)
	}
	defer rows.Close()
	runs := map[string]corpus.Run{}
	for rows.Next() {
		var r corpus.Run
		var started int64
		var finished sql.NullInt64
		if err := rows.Scan(&r.ID, &r.Source, &started, &finished, &r.New, &r.Updated, &r.Unchanged, &r.Failed, &r.Facts, &r.Error); err != nil {
			return nil, fmt.Errorf("last runs: %w", err)
		}
		r.Started, r.Finished = time.UnixMilli(started).UTC(), fromMilli(finished)
		runs[r.Source] = r
	}
	return runs, rows.Err()
}
