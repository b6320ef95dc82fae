package index

import (
	"encoding/binary"
	"sync"
	"time"
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
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
	body := newBodyField(fs, d.Text)
	b.add(body)
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

// bodyField is the body's field. It analyzes the body when Bleve analyzes
// the document, in its analysis workers, for both the body's postings and
// its term sequence: a batch then holds each body's term frequencies but
// not its tokens, about a third less memory per article in flight. It
// counts the frequencies itself (termFrequencies), which Bleve's TextField
// does at about twice the cost.
type bodyField struct {
	*document.TextField // name and options; its value is nil
	text                []byte
	seq                 []byte // set by Analyze
	length              int
	freqs               index.TokenFrequencies
	size                int
}

func newBodyField(fs *fieldSet, text string) *bodyField {
	return &bodyField{
		TextField: document.NewTextFieldCustom(fieldBody, nil, nil, fs.fields[fieldBody].Options(), nil),
		text:      []byte(text),
	}
}

func (f *bodyField) Analyze() {
	toks := englishAnalyzer().Analyze(f.text)
	f.seq = seqOf(toks)
	f.length = len(toks)
	f.freqs, f.size = termFrequencies(toks)
}

func (f *bodyField) AnalyzedLength() int                              { return f.length }
func (f *bodyField) AnalyzedTokenFrequencies() index.TokenFrequencies { return f.freqs }
func (f *bodyField) NumPlainTextBytes() uint64                        { return uint64(len(f.text)) }

// Size estimates the field's memory for Bleve's statistics.
func (f *bodyField) Size() int {
	return int(unsafe.Sizeof(*f)) + f.TextField.Size() + len(f.text) + len(f.seq) + f.size
}

// termFrequencies counts tokens by term, as analysis.TokenFrequency does
// for a field with frequencies and without term vectors, and estimates
// the result's size. Its entries come from one allocation: most terms of
// a news article's body, once stop words are gone, occur once.
func termFrequencies(toks analysis.TokenStream) (index.TokenFrequencies, int) {
	freqs := make(index.TokenFrequencies, len(toks))
	slab := make([]index.TokenFreq, 0, len(toks))
	size := 0
	for _, t := range toks {
		tf := freqs[string(t.Term)]
		if tf == nil {
			slab = append(slab, index.TokenFreq{Term: t.Term})
			tf = &slab[len(slab)-1]
			freqs[string(t.Term)] = tf
			size += 2*len(t.Term) + int(unsafe.Sizeof(index.TokenFreq{})) + int(unsafe.Sizeof("")) + int(unsafe.Sizeof(tf))
		}
		tf.SetFrequency(tf.Frequency() + 1)
	}
	return freqs, size
}

// seqField is the stored body_seq field, whose value the body's analysis
// makes. Bleve reads stored values only after it has analyzed the whole
// document, and body_seq, never indexed, is not analyzed itself.
type seqField struct {
	*document.TextField
	body *bodyField
}

func (f *seqField) Value() []byte             { return f.body.seq }
func (f *seqField) NumPlainTextBytes() uint64 { return uint64(len(f.body.seq)) }

// seqOf encodes tokens as seqEntry values (see termSeq).
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
