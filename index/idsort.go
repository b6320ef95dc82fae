package index

import (
	"github.com/blevesearch/bleve/v2/search"
)

// idSort orders hits by index ID as text, as Bleve's "_id" sort does, but
// reads IDs from the facet table: Bleve's sort looks up every match's ID in
// the stored fields, which at 100,000 articles was over half a broad
// search's CPU, mostly page faults.
type idSort struct {
	c    **facetCounter // set when the search starts
	desc bool
}

var _ search.SearchSort = (*idSort)(nil)

func (s *idSort) UpdateVisitor(string, []byte) {}

func (s *idSort) Value(d *search.DocumentMatch) string {
	if d.ID != "" {
		return d.ID
	}
	return (*s.c).id(d.IndexInternalID.Value())
}

func (s *idSort) DecodeValue(v string) string { return v }
func (s *idSort) Descending() bool            { return s.desc }
func (s *idSort) RequiresDocID() bool         { return false }
func (s *idSort) RequiresScoring() bool       { return false }
func (s *idSort) RequiresFields() []string    { return nil }
func (s *idSort) Reverse()                    { s.desc = !s.desc }

func (s *idSort) Copy() search.SearchSort {
	c := *s
	return &c
}

// dateSort orders hits by published time like Bleve's "published" field
// sort (missing times last when descending), reading the times from the
// facet table instead of each match's doc values.
type dateSort struct {
	c    **facetCounter // set when the search starts
	desc bool
}

var _ search.SearchSort = (*dateSort)(nil)

func (s *dateSort) UpdateVisitor(string, []byte) {}

func (s *dateSort) Value(d *search.DocumentMatch) string {
	if v := (*s.c).published(d.IndexInternalID.Value()); v != "" {
		return v
	}
	// Bleve's missing value for missing-last descending, and for
	// missing-first ascending after Reverse.
	return search.LowTerm
}

func (s *dateSort) DecodeValue(v string) string { return v }
func (s *dateSort) Descending() bool            { return s.desc }
func (s *dateSort) RequiresDocID() bool         { return false }
func (s *dateSort) RequiresScoring() bool       { return false }
func (s *dateSort) RequiresFields() []string    { return nil }
func (s *dateSort) Reverse()                    { s.desc = !s.desc }

func (s *dateSort) Copy() search.SearchSort {
	c := *s
	return &c
}
