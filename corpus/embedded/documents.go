package embedded

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"strings"
	"sync"

	"tidings/corpus"
)

const documentColumns = `id, url, source, title, authors, published, modified, fetched, language,
	site_name, image_url, text, raw_html, content_hash, simhash, duplicate_of, date_source`

// documentColumnsWithoutHTML reads NULL for raw_html, which SQLite then
// never loads from its overflow pages.
var documentColumnsWithoutHTML = strings.Replace(documentColumns, "raw_html", "NULL", 1)

// SaveDocument implements corpus.Store.
func (s *Store) SaveDocument(ctx context.Context, doc *corpus.Document, facts []corpus.Fact) (corpus.SaveOutcome, error) {
	authors, err := json.Marshal(nonNil(doc.Authors))
	if err != nil {
		return 0, fmt.Errorf("save document %s: %w", doc.URL, err)
	}
	raw, err := compress(doc.RawHTML)
	if err != nil {
		return 0, fmt.Errorf("save document %s: %w", doc.URL, err)
	}
	var outcome corpus.SaveOutcome
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		var id int64
		var hash string
		err := tx.QueryRowContext(ctx, `SELECT id, content_hash FROM documents WHERE url = ?`, doc.URL).Scan(&id, &hash)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			outcome = corpus.SaveNew
		case err != nil:
			return err
		case hash == doc.ContentHash:
			outcome, doc.ID = corpus.SaveUnchanged, id
			return nil
		default:
			outcome, doc.ID = corpus.SaveUpdated, id
		}
		b := doc.SimHash
		args := []any{doc.URL, doc.Source, doc.Title, string(authors), unixMilli(doc.Published), unixMilli(doc.Modified),
			doc.Fetched.UnixMilli(), doc.Language, doc.SiteName, doc.ImageURL, doc.Text, raw, doc.ContentHash,
			int64(b), int64(b & 0xffff), int64(b >> 16 & 0xffff), int64(b >> 32 & 0xffff), int64(b >> 48), doc.DuplicateOf, doc.DateSource}
		if outcome == corpus.SaveNew {
			res, err := tx.ExecContext(ctx, `INSERT INTO documents (url, source, title, authors, published, modified, fetched,
				language, site_name, image_url, text, raw_html, content_hash, simhash, band0, band1, band2, band3,
				duplicate_of, date_source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, args...)
			if err != nil {
				return err
			}
			if doc.ID, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			_, err := tx.ExecContext(ctx, `UPDATE documents SET url=?, source=?, title=?, authors=?, published=?, modified=?,
				fetched=?, language=?, site_name=?, image_url=?, text=?, raw_html=?, content_hash=?, simhash=?, band0=?,
				band1=?, band2=?, band3=?, duplicate_of=?, date_source=?, indexed=0 WHERE id=?`, append(args, doc.ID)...)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM facts WHERE document_id = ?`, doc.ID); err != nil {
				return err
			}
		}
		return insertFacts(ctx, tx, doc.ID, facts)
	})
	if err != nil {
		return 0, fmt.Errorf("save document %s: %w", doc.URL, err)
	}
	return outcome, nil
}

func insertFacts(ctx context.Context, tx *sql.Tx, docID int64, facts []corpus.Fact) error {
	if len(facts) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO facts (document_id, type, start, end, text, sentence_start,
		sentence_end, amount, amount_max, currency, qualifier, vague, per, timex_type, value, range_start, range_end,
		number, unit, entity) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, f := range facts {
		_, err := stmt.ExecContext(ctx, docID, string(f.Type), f.Start, f.End, f.Text, f.SentenceStart, f.SentenceEnd,
			nullFloat(f.Amount), nullFloat(f.AmountMax), f.Currency, f.Qualifier, f.Vague, f.Per, f.TimexType, f.Value,
			unixMilli(f.RangeStart), unixMilli(f.RangeEnd), nullFloat(f.Number), f.Unit, f.Entity)
		if err != nil {
			return fmt.Errorf("insert fact %q: %w", f.Text, err)
		}
	}
	return nil
}

// Document implements corpus.Store.
func (s *Store) Document(ctx context.Context, id int64) (*corpus.Document, error) {
	return s.documentWhere(ctx, `id = ?`, id)
}

// DocumentText implements corpus.Store. It reads the text column alone:
// snippets are made from it for every hit shown, and the document's
// compressed HTML is many times its text.
func (s *Store) DocumentText(ctx context.Context, id int64) (string, error) {
	var text string
	err := s.db.QueryRowContext(ctx, `SELECT text FROM documents WHERE id = ?`, id).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", corpus.ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("read document %d text: %w", id, err)
	}
	return text, nil
}

// DocumentByURL implements corpus.Store.
func (s *Store) DocumentByURL(ctx context.Context, url string) (*corpus.Document, error) {
	return s.documentWhere(ctx, `url = ?`, url)
}

// DocumentByHash implements corpus.Store.
func (s *Store) DocumentByHash(ctx context.Context, hash string) (*corpus.Document, error) {
	return s.documentWhere(ctx, `content_hash = ? ORDER BY id LIMIT 1`, hash)
}

// SimilarDocument implements corpus.Store. Two hashes within three bits
// agree on at least one of their four 16-bit bands, so candidates are the
// documents sharing a band.
func (s *Store) SimilarDocument(ctx context.Context, simhash uint64, maxDistance int, excludeID int64) (*corpus.Document, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, simhash FROM documents
		WHERE (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?) AND id != ? AND simhash != 0 ORDER BY id`,
		int64(simhash&0xffff), int64(simhash>>16&0xffff), int64(simhash>>32&0xffff), int64(simhash>>48), excludeID)
	if err != nil {
		return nil, fmt.Errorf("similar documents: %w", err)
	}
	var found int64
	for rows.Next() {
		var id, h int64
		if err := rows.Scan(&id, &h); err != nil {
			rows.Close()
			return nil, fmt.Errorf("similar documents: %w", err)
		}
		if bits.OnesCount64(uint64(h)^simhash) <= maxDistance {
			found = id
			break
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("similar documents: %w", err)
	}
	if found == 0 {
		return nil, corpus.ErrNotFound
	}
	return s.Document(ctx, found)
}

func (s *Store) documentWhere(ctx context.Context, where string, args ...any) (*corpus.Document, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+documentColumns+` FROM documents WHERE `+where, args...)
	doc, err := scanDocument(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, corpus.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("read document: %w", err)
	}
	return doc, nil
}

type scanner interface{ Scan(dest ...any) error }

func scanDocument(row scanner) (*corpus.Document, error) {
	var d corpus.Document
	var authors string
	var published, modified sql.NullInt64
	var fetched, simhash int64
	var raw []byte
	err := row.Scan(&d.ID, &d.URL, &d.Source, &d.Title, &authors, &published, &modified, &fetched, &d.Language,
		&d.SiteName, &d.ImageURL, &d.Text, &raw, &d.ContentHash, &simhash, &d.DuplicateOf, &d.DateSource)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(authors), &d.Authors); err != nil {
		return nil, fmt.Errorf("document %d authors: %w", d.ID, err)
	}
	if len(d.Authors) == 0 {
		d.Authors = nil
	}
	d.Published, d.Modified = fromMilli(published), fromMilli(modified)
	d.Fetched = fromMilli(sql.NullInt64{Int64: fetched, Valid: true})
	d.SimHash = uint64(simhash)
	if d.RawHTML, err = decompress(raw); err != nil {
		return nil, fmt.Errorf("document %d raw html: %w", d.ID, err)
	}
	return &d, nil
}

// ScanDocuments implements corpus.Store. It reads in pages by ID so no
// query stays open while fn runs (fn may write to the store).
func (s *Store) ScanDocuments(ctx context.Context, f corpus.DocumentFilter, fn func(*corpus.Document, []corpus.Fact) error) error {
	const page = 200
	after, seen := f.AfterID, 0
	for {
		where, args := `id > ?`, []any{after}
		if f.Source != "" {
			where, args = where+` AND source = ?`, append(args, f.Source)
		}
		if !f.Since.IsZero() {
			where, args = where+` AND COALESCE(published, fetched) >= ?`, append(args, f.Since.UnixMilli())
		}
		if !f.Until.IsZero() {
			where, args = where+` AND COALESCE(published, fetched) < ?`, append(args, f.Until.UnixMilli())
		}
		if f.Unindexed {
			where += ` AND indexed = 0`
		}
		n := page
		if f.Limit > 0 && f.Limit-seen < n {
			n = f.Limit - seen
		}
		docs, err := s.documentsPage(ctx, where, args, n, f.WithoutHTML)
		if err != nil {
			return fmt.Errorf("scan documents: %w", err)
		}
		facts, err := s.factsOf(ctx, docs)
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := fn(d, facts[d.ID]); err != nil {
				return err
			}
			after = d.ID
		}
		seen += len(docs)
		if len(docs) < n || (f.Limit > 0 && seen >= f.Limit) {
			return nil
		}
	}
}

func (s *Store) documentsPage(ctx context.Context, where string, args []any, n int, withoutHTML bool) ([]*corpus.Document, error) {
	columns := documentColumns
	if withoutHTML {
		columns = documentColumnsWithoutHTML
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+columns+` FROM documents WHERE `+where+` ORDER BY id LIMIT ?`, append(args, n)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var docs []*corpus.Document
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, rows.Err()
}

// MarkIndexed implements corpus.Store.
func (s *Store) MarkIndexed(ctx context.Context, ids []int64) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `UPDATE documents SET indexed = 1 WHERE id = ?`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, id := range ids {
			if _, err := stmt.ExecContext(ctx, id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mark indexed: %w", err)
	}
	return nil
}

// ResetIndexed implements corpus.Store.
func (s *Store) ResetIndexed(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE documents SET indexed = 0`); err != nil {
		return fmt.Errorf("reset indexed: %w", err)
	}
	return nil
}

// CountDocuments implements corpus.Store.
func (s *Store) CountDocuments(ctx context.Context) (total, indexed int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(indexed), 0) FROM documents`).Scan(&total, &indexed)
	if err != nil {
		return 0, 0, fmt.Errorf("count documents: %w", err)
	}
	return total, indexed, nil
}

const factColumns = `document_id, type, start, end, text, sentence_start, sentence_end, amount, amount_max,
	currency, qualifier, vague, per, timex_type, value, range_start, range_end, number, unit, entity`

// Facts implements corpus.Store.
func (s *Store) Facts(ctx context.Context, docID int64) ([]corpus.Fact, error) {
	facts, err := s.queryFacts(ctx, `document_id = ?`, docID)
	if err != nil {
		return nil, fmt.Errorf("read facts of document %d: %w", docID, err)
	}
	return facts[docID], nil
}

// factsOf reads the facts of a page of documents in one query.
func (s *Store) factsOf(ctx context.Context, docs []*corpus.Document) (map[int64][]corpus.Fact, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	ids := make([]any, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	marks := strings.Repeat("?,", len(ids))
	facts, err := s.queryFacts(ctx, `document_id IN (`+marks[:len(marks)-1]+`)`, ids...)
	if err != nil {
		return nil, fmt.Errorf("read facts of documents %d–%d: %w", docs[0].ID, docs[len(docs)-1].ID, err)
	}
	return facts, nil
}

// queryFacts returns the matching facts by document, each in offset order.
func (s *Store) queryFacts(ctx context.Context, where string, args ...any) (map[int64][]corpus.Fact, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+factColumns+` FROM facts WHERE `+where+`
		ORDER BY document_id, start, end, id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64][]corpus.Fact{}
	for rows.Next() {
		var f corpus.Fact
		var doc int64
		var typ string
		var amount, amountMax, number sql.NullFloat64
		var rs, re sql.NullInt64
		err := rows.Scan(&doc, &typ, &f.Start, &f.End, &f.Text, &f.SentenceStart, &f.SentenceEnd, &amount, &amountMax,
			&f.Currency, &f.Qualifier, &f.Vague, &f.Per, &f.TimexType, &f.Value, &rs, &re, &number, &f.Unit, &f.Entity)
		if err != nil {
			return nil, err
		}
		f.Type = corpus.FactType(typ)
		f.Amount, f.AmountMax, f.Number = fromNullFloat(amount), fromNullFloat(amountMax), fromNullFloat(number)
		f.RangeStart, f.RangeEnd = fromMilli(rs), fromMilli(re)
		out[doc] = append(out[doc], f)
	}
	return out, rows.Err()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// gzipWriters reuses compressors: a new one allocates ~800 KB.
var gzipWriters = sync.Pool{New: func() any { return gzip.NewWriter(io.Discard) }}

func compress(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	var buf bytes.Buffer
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	zw.Reset(&buf)
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decompress(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
