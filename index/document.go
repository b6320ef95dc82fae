package index

import (
	"encoding/binary"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Entries become Bleve documents here, field by field with the mapping's
// options, rather than through the mapping's reflection over Entry.fields:
// this way the body is analyzed once for both its postings and its term
// sequence. TestDocumentMatchesMapping keeps the two in step.

// fieldSet holds the mapping's field mappings and analyzers by name.
type fieldSet struct {
	fields    map[string]*mapping.FieldMapping
	analyzers map[string]analysis.Analyzer
}

var mappedFields = sync.OnceValue(func() *fieldSet {
	im := newMapping()
	fs := &fieldSet{fields: map[string]*mapping.FieldMapping{}, analyzers: map[string]analysis.Analyzer{}}
	for name, dm := range im.DefaultMapping.Properties {
		for _, fm := range dm.Fields {
			fs.fields[name] = fm
			if fm.Analyzer != "" {
				fs.analyzers[fm.Analyzer] = im.AnalyzerNamed(fm.Analyzer)
			}
		}
	}
	// The same tokens as Bleve's English analyzer, made faster (analyzer.go).
	fs.analyzers[en.AnalyzerName] = englishAnalyzer()
	return fs
})

// preAnalyzed hands Bleve tokens already made.
type preAnalyzed analysis.TokenStream

func (p preAnalyzed) Analyze([]byte) analysis.TokenStream { return analysis.TokenStream(p) }

// document builds e's Bleve document. rates converts currencies to USD; it
// may be nil.
func (e Entry) document(rates map[string]float64) (*document.Document, error) {
	fs := mappedFields()
	d := e.Doc
	b := docBuilder{fs: fs, doc: document.NewDocument(docID(d.ID))}
	b.text(fieldTitle, nil, d.Title)
	body := &bodyAnalysis{text: []byte(d.Text)}
	b.add(document.NewTextFieldCustom(fieldBody, nil, nil, fs.fields[fieldBody].Options(), body))
	b.add(&seqField{TextField: document.NewTextFieldCustom(fieldBodySeq, nil, nil, fs.fields[fieldBodySeq].Options(), nil), body: body})
	b.text(fieldSource, nil, d.Source)
	b.text(fieldURL, nil, d.URL)
	// Only copies hold a group term: an original is its group's head, found
	// by its ID (dupGroup), which saves a term of its own in every article.
	if d.DuplicateOf != 0 {
		b.text(fieldDupGroup, nil, docID(d.DuplicateOf))
	}
	b.nonEmpty(fieldSite, d.SiteName)
	b.nonEmpty(fieldLang, d.Language)
	b.texts(fieldAuthors, d.Authors)
	if t, ok := indexableTime(d.Published); ok {
		if err := b.datetime(fieldPublished, t); err != nil {
			return nil, err
		}
	}
	f := collectFacts(e.Facts, rates)
	b.terms(fieldOrg, f.orgs)
	b.terms(fieldPerson, f.people)
	b.terms(fieldPlace, f.places)
	b.terms(fieldMisc, f.misc)
	b.terms(fieldCurrency, f.currencies)
	b.amounts(fieldAmountUSD, f.usd)
	b.terms(fieldFacet, facetTerms(d, f))
	b.amounts(fieldPercent, f.percents)
	b.terms(fieldMentionFrom, f.mentionFrom)
	b.terms(fieldMentionTo, f.mentionTo)
	b.amounts(fieldMoney, f.money)
	return b.doc, nil
}

// seqOf encodes tokens as seqEntry values (see termSeq).
// bodyAnalysis analyzes the body when Bleve analyzes the document, in
// its analysis workers, for both the body's postings and its term sequence:
// a batch then holds each body's term frequencies but not its tokens,
// about a third less memory per article in flight.
type bodyAnalysis struct {
	text []byte
	seq  []byte // set by Analyze
}

// Analyze analyzes the body text (Bleve passes the field's nil value).
func (b *bodyAnalysis) Analyze([]byte) analysis.TokenStream {
	toks := englishAnalyzer().Analyze(b.text)
	b.seq = seqOf(toks)
	return toks
}

// seqField is the stored body_seq field, whose value the body's analysis
// makes. Bleve reads stored values only after it has analyzed the whole
// document, and body_seq, never indexed, is not analyzed itself.
type seqField struct {
	*document.TextField
	body *bodyAnalysis
}

func (f *seqField) Value() []byte             { return f.body.seq }
func (f *seqField) NumPlainTextBytes() uint64 { return uint64(len(f.body.seq)) }

func seqOf(toks analysis.TokenStream) []byte {
	out := make([]byte, 0, 2*len(toks))
	prev := 0
	for _, t := range toks {
		out = binary.LittleEndian.AppendUint16(out, seqEntry(t.Term, t.Position-prev-1))
		prev = t.Position
	}
	return out
}

type docBuilder struct {
	fs  *fieldSet
	doc *document.Document
}

func (b *docBuilder) add(f document.Field) { b.doc.AddField(f) }

func (b *docBuilder) text(name string, pos []uint64, v string) {
	fm := b.fs.fields[name]
	b.add(document.NewTextFieldCustom(name, pos, []byte(v), fm.Options(), b.fs.analyzers[fm.Analyzer]))
}

func (b *docBuilder) nonEmpty(name, v string) {
	if v != "" {
		b.text(name, nil, v)
	}
}

// texts adds a list the way the mapping does: each value with its index
// as array position.
func (b *docBuilder) texts(name string, vs []string) {
	for i, v := range vs {
		b.text(name, []uint64{uint64(i)}, v)
	}
}

// terms adds a list of keywords as one field holding each value as a
// term. The mapping would make a field per value; these fields are only
// searched (no positions, norms or stored values), so one field gives
// the same postings for a fraction of the work.
func (b *docBuilder) terms(name string, vs []string) {
	if len(vs) == 0 {
		return
	}
	toks := make(analysis.TokenStream, len(vs))
	for i, v := range vs {
		toks[i] = &analysis.Token{Term: []byte(v), Start: 0, End: len(v), Position: i + 1, Type: analysis.AlphaNumeric}
	}
	b.add(document.NewTextFieldCustom(name, nil, nil, b.fs.fields[name].Options(), preAnalyzed(toks)))
}

// amounts adds a list of amounts (amountValue) as one field, like terms.
func (b *docBuilder) amounts(name string, vs []string) {
	if len(vs) == 0 {
		return
	}
	var toks analysis.TokenStream
	for _, v := range vs {
		toks = append(toks, amountAnalyzer{}.Analyze([]byte(v))...)
	}
	b.add(document.NewTextFieldCustom(name, nil, nil, b.fs.fields[name].Options(), preAnalyzed(toks)))
}

func (b *docBuilder) datetime(name string, t time.Time) error {
	f, err := newTimeField(name, t, b.fs.fields[name].Options())
	if err != nil {
		return err
	}
	b.add(f)
	return nil
}

var _ analysis.Analyzer = preAnalyzed(nil)
