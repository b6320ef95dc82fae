package index

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// newMapping builds the index mapping. It stores only what hits show (title,
// url, source, site, published) and the body's term sequence for phrases;
// everything else is indexed only. No field goes into Bleve's composite _all field: unfielded
// query terms are rewritten to search title and body (see textquery.go).
func newMapping() *mapping.IndexMappingImpl {
	doc := mapping.NewDocumentMapping()
	doc.Dynamic = false

	add := func(name string, f *mapping.FieldMapping) {
		f.IncludeInAll = false
		doc.AddFieldMappingsAt(name, f)
	}
	add(fieldTitle, text(en.AnalyzerName, true, true))
	// The body is neither stored (snippets come from Texts) nor kept with
	// term vectors (phrases are checked against body_seq): both would
	// more than double the index.
	add(fieldBody, text(en.AnalyzerName, false, false))
	add(fieldBodySeq, storedOnly())
	add(fieldAuthors, text(standard.Name, false, true))
	add(fieldSource, kw(true, false))
	add(fieldSite, kw(true, false))
	add(fieldURL, kw(true, false))
	add(fieldLang, kw(false, false))
	add(fieldPublished, datetime(true, true))
	add(fieldOrg, kw(false, false))
	add(fieldPerson, kw(false, false))
	add(fieldPlace, kw(false, false))
	add(fieldMisc, kw(false, false))
	add(fieldMoney, amount())
	add(fieldAmountUSD, amount())
	add(fieldCurrency, kw(false, false))
	add(fieldMentionFrom, kw(false, false))
	add(fieldMentionTo, kw(false, false))
	add(fieldPercent, amount())
	add(fieldDupGroup, kw(false, false))
	add(fieldFacet, kw(false, true))

	// No composite _all field: it would index every term a second time.
	all := mapping.NewDocumentMapping()
	all.Enabled = false
	doc.AddSubDocumentMapping("_all", all)

	im := mapping.NewIndexMapping()
	im.DefaultMapping = doc
	im.DefaultAnalyzer = en.AnalyzerName
	im.DefaultField = fieldBody
	im.StoreDynamic = false
	im.IndexDynamic = true
	im.DocValuesDynamic = false
	return im
}

func text(analyzer string, store, vectors bool) *mapping.FieldMapping {
	f := mapping.NewTextFieldMapping()
	f.Analyzer = analyzer
	f.Store = store
	f.IncludeTermVectors = vectors
	f.DocValues = false
	return f
}

func kw(store, docValues bool) *mapping.FieldMapping {
	f := mapping.NewKeywordFieldMapping()
	f.SkipFreqNorm = true // filters and facets only: never scored
	f.Analyzer = keyword.Name
	f.Store = store
	f.IncludeTermVectors = false
	f.DocValues = docValues
	return f
}

func datetime(store, docValues bool) *mapping.FieldMapping {
	f := mapping.NewDateTimeFieldMapping()
	f.SkipFreqNorm = true // filters and facets only: never scored
	f.Store = store
	f.DocValues = docValues
	return f
}

// amount is a field of amounts, searched with amountRange (amount.go).
func amount() *mapping.FieldMapping {
	f := mapping.NewTextFieldMapping()
	f.Analyzer = amountAnalyzerName
	f.SkipFreqNorm = true // filters only: never scored
	f.Store = false
	f.IncludeTermVectors = false
	f.DocValues = false
	return f
}

// storedOnly is a field kept for reading back, never searched.
func storedOnly() *mapping.FieldMapping {
	f := mapping.NewTextFieldMapping()
	f.Index = false
	f.Store = true
	f.IncludeTermVectors = false
	f.DocValues = false
	return f
}
