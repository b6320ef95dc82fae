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
//
// What the analysis makes is needed only until Bleve has built the batch's
// segment, so it lives in a bodyScratch that release hands to the next
// article: without the reuse, an article allocated about 100 KB for its
// body, and the GC took a tenth of indexing CPU.
type bodyField struct {
	*document.TextField // name and options; its value is nil
	text                []byte
	length              int
	size                int
	scratch             *bodyScratch // set by Analyze
}

// bodyScratch holds one body's tokens, term frequencies and term sequence.
type bodyScratch struct {
	toks  []analysis.Token
	freqs index.TokenFrequencies
	slab  []index.TokenFreq // the frequencies' entries
	seq   []byte
}

var bodyScratches = sync.Pool{New: func() any { return &bodyScratch{freqs: index.TokenFrequencies{}} }}

// maxPooledTokens bounds the scratch kept for reuse: a rare huge body's
// would otherwise stay in the pool at its size.
const maxPooledTokens = 1 << 14

// newBodyField makes the body field of text, which it reads without
// copying: the analyzer never writes to its input.
func newBodyField(fs *fieldSet, text string) *bodyField {
	return &bodyField{
		TextField: document.NewTextFieldCustom(fieldBody, nil, nil, fs.fields[fieldBody].Options(), nil),
		text:      unsafe.Slice(unsafe.StringData(text), len(text)),
	}
}

func (f *bodyField) Analyze() {
	s := bodyScratches.Get().(*bodyScratch)
	s.toks = englishValues(f.text, s.toks)
	s.seq = appendSeq(s.seq[:0], s.toks)
	f.size = s.countTerms()
	f.length = len(s.toks)
	f.scratch = s
}

// release hands the field's scratch to the next body. Bleve must be done
// with the document: its batch has been committed or has failed.
func (f *bodyField) release() {
	s := f.scratch
	if s == nil {
		return
	}
	f.scratch = nil
	if len(s.toks) > maxPooledTokens {
		return
	}
	clear(s.toks) // drop the terms' memory
	clear(s.freqs)
	clear(s.slab)
	bodyScratches.Put(s)
}

func (f *bodyField) AnalyzedLength() int { return f.length }
func (f *bodyField) AnalyzedTokenFrequencies() index.TokenFrequencies {
	if f.scratch == nil {
		return nil
	}
	return f.scratch.freqs
}
func (f *bodyField) NumPlainTextBytes() uint64 { return uint64(len(f.text)) }

// Size estimates the field's memory for Bleve's statistics.
func (f *bodyField) Size() int {
	n := int(unsafe.Sizeof(*f)) + f.TextField.Size() + len(f.text) + f.size
	if f.scratch != nil {
		n += len(f.scratch.seq)
	}
	return n
}

// countTerms counts s.toks by term into s.freqs, as analysis.TokenFrequency
// does for a field with frequencies and without term vectors, and returns
// an estimate of the result's size. The map's keys share the terms' memory,
// which nothing writes to (see fastEnglish.filter), and its entries come
// from one slab: most terms of a news article's body, once stop words are
// gone, occur once.
func (s *bodyScratch) countTerms() int {
	if cap(s.slab) < len(s.toks) {
		s.slab = make([]index.TokenFreq, 0, len(s.toks))
	}
	slab := s.slab[:0]
	size := 0
	for i := range s.toks {
		t := &s.toks[i]
		term := unsafe.String(unsafe.SliceData(t.Term), len(t.Term))
		tf := s.freqs[term]
		if tf == nil {
			slab = append(slab, index.TokenFreq{Term: t.Term})
			tf = &slab[len(slab)-1]
			s.freqs[term] = tf
			size += 2*len(t.Term) + int(unsafe.Sizeof(index.TokenFreq{})) + int(unsafe.Sizeof("")) + int(unsafe.Sizeof(tf))
		}
		tf.SetFrequency(tf.Frequency() + 1)
	}
	s.slab = slab
	return size
}

// seqField is the stored body_seq field, whose value the body's analysis
// makes. Bleve reads stored values only after it has analyzed the whole
// document, and body_seq, never indexed, is not analyzed itself.
type seqField struct {
	*document.TextField
	body *bodyField
}

func (f *seqField) Value() []byte { return f.seq() }

func (f *seqField) NumPlainTextBytes() uint64 { return uint64(len(f.seq())) }

func (f *seqField) seq() []byte {
	if f.body.scratch == nil {
		return nil
	}
	return f.body.scratch.seq
}

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

// appendSeq is seqOf for tokens held by value, appended to out.
func appendSeq(out []byte, toks []analysis.Token) []byte {
	prev := 0
	for i := range toks {
		out = binary.LittleEndian.AppendUint16(out, seqEntry(toks[i].Term, toks[i].Position-prev-1))
		prev = toks[i].Position
	}
	return out
}

// releaseDocument releases what d's body analysis holds (bodyField.release).
func releaseDocument(d *document.Document) {
	for _, f := range d.Fields {
		if b, ok := f.(*bodyField); ok {
			b.release()
		}
	}
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
