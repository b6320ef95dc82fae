package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"

	"tidings/corpus"
	"tidings/index/indexgen"
)

// TestDocumentMatchesMapping checks that Entry.document builds the fields
// the mapping builds from Entry.fields: same names, options, array
// positions, values and analyzed terms.
func TestDocumentMatchesMapping(t *testing.T) {
	g := indexgen.New(indexgen.Config{Seed: 3})
	entries := fixture()
	for id := int64(10); id < 30; id++ {
		doc, facts := g.Article(id)
		entries = append(entries, Entry{Doc: doc, Facts: facts})
	}
	rates := map[string]float64{"EUR": 1.1, "GBP": 1.3}
	im := newMapping()
	for _, e := range entries {
		t.Run(fmt.Sprint(e.Doc.ID), func(t *testing.T) {
			want := document.NewDocument(docID(e.Doc.ID))
			if err := im.MapDocument(want, e.fields(rates)); err != nil {
				t.Fatal(err)
			}
			// The published time is indexed at fewer precisions than the
			// mapping's (TestTimeFieldTerms checks those terms).
			for i, f := range want.Fields {
				if dt, ok := f.(*document.DateTimeField); ok && f.Name() == fieldPublished {
					want.Fields[i] = &timeField{DateTimeField: dt}
				}
			}
			got, err := e.document(rates)
			if err != nil {
				t.Fatal(err)
			}
			g, w := describe(got), describe(want)
			for _, f := range g {
				if !slices.Contains(w, f) {
					t.Errorf("extra field %.300q", f)
				}
			}
			for _, f := range w {
				if !slices.Contains(g, f) {
					t.Errorf("missing field %.300q", f)
				}
			}
		})
	}
}

// describe lists a document's fields, analyzed, one line per field name
// in a stable order: options, stored values with their array positions,
// total analyzed length and terms with frequencies and locations summed.
// A field that is only searched may come as one field per value (as the
// mapping makes it) or as one field holding all values: the index gets
// the same postings.
func describe(d *document.Document) []string {
	type agg struct {
		opts   string
		stored []string
		length int
		terms  map[string][2]int
	}
	byName := map[string]*agg{}
	d.VisitFields(func(f bindex.Field) {
		a := byName[f.Name()]
		if a == nil {
			a = &agg{opts: f.Options().String(), terms: map[string][2]int{}}
			byName[f.Name()] = a
		}
		if f.Options().String() != a.opts {
			a.opts += " | " + f.Options().String()
		}
		if f.Options().IsStored() {
			a.stored = append(a.stored, fmt.Sprintf("%v %q", f.ArrayPositions(), f.Value()))
		}
		if f.Options().IsIndexed() {
			f.Analyze()
			a.length += f.AnalyzedLength()
			for term, tf := range f.AnalyzedTokenFrequencies() {
				c := a.terms[term]
				a.terms[term] = [2]int{c[0] + tf.Frequency(), c[1] + len(tf.Locations)}
			}
		}
	})
	var out []string
	for name, a := range byName {
		var terms []string
		for term, c := range a.terms {
			terms = append(terms, fmt.Sprintf("%q×%d/%d", term, c[0], c[1]))
		}
		slices.Sort(terms)
		slices.Sort(a.stored)
		out = append(out, fmt.Sprintf("%s %s stored=%v len=%d [%s]", name, a.opts, a.stored, a.length, strings.Join(terms, " ")))
	}
	slices.Sort(out)
	return out
}

// fields maps e to the index mapping's fields: the reference that
// Entry.document must match. rates converts currencies to
// USD; it may be nil.
func (e Entry) fields(rates map[string]float64) map[string]any {
	d := e.Doc
	m := map[string]any{
		fieldTitle:   d.Title,
		fieldBody:    d.Text,
		fieldBodySeq: string(seqOf(englishAnalyzer().Analyze([]byte(d.Text)))),
		fieldSource:  d.Source,
		fieldURL:     d.URL,
	}
	if d.DuplicateOf != 0 {
		m[fieldDupGroup] = docID(d.DuplicateOf)
	}
	setNonEmpty(m, fieldSite, d.SiteName)
	setNonEmpty(m, fieldLang, d.Language)
	if len(d.Authors) > 0 {
		m[fieldAuthors] = d.Authors
	}
	if t, ok := indexableTime(d.Published); ok {
		m[fieldPublished] = t
	}
	f := collectFacts(e.Facts, rates)
	setList(m, fieldOrg, f.orgs)
	setList(m, fieldPerson, f.people)
	setList(m, fieldPlace, f.places)
	setList(m, fieldMisc, f.misc)
	setList(m, fieldCurrency, f.currencies)
	setList(m, fieldAmountUSD, f.usd)
	m[fieldFacet] = facetTerms(d, f)
	setList(m, fieldPercent, f.percents)
	setList(m, fieldMentionFrom, f.mentionFrom)
	setList(m, fieldMentionTo, f.mentionTo)
	setList(m, fieldMoney, f.money)
	return m
}

func setNonEmpty(m map[string]any, k, v string) {
	if v != "" {
		m[k] = v
	}
}

func setList[T any](m map[string]any, k string, v []T) {
	if len(v) > 0 {
		m[k] = v
	}
}

// A story repeating an amount indexes it once: range filters need each
// value once, and each costs nine terms.
func TestCollectFactsIndexesRepeatedAmountsOnce(t *testing.T) {
	facts := []corpus.Fact{money(50e9, "USD"), money(15e9, "USD"), money(50e9, "USD"), percent(27), percent(27)}
	f := collectFacts(facts, map[string]float64{"USD": 1})
	if want := []string{"USD 5e+10", "USD 1.5e+10"}; !slices.Equal(f.money, want) {
		t.Errorf("money = %q, want %q", f.money, want)
	}
	if want := []string{"5e+10", "1.5e+10"}; !slices.Equal(f.usd, want) {
		t.Errorf("usd = %q, want %q", f.usd, want)
	}
	if want := []string{"27"}; !slices.Equal(f.percents, want) {
		t.Errorf("percents = %q, want %q", f.percents, want)
	}
}

// FuzzBodyFieldMatchesBleve checks that the body field's own term
// counting gives what Bleve's TextField gives for any text: the same
// terms, frequencies and analyzed length.
func FuzzBodyFieldMatchesBleve(f *testing.F) {
	for _, text := range analyzerEdgeCases {
		f.Add(text)
	}
	f.Add("Amazon would invest up to $50 billion in OpenAI. OpenAI's stake: 27%. Amazon, Amazon!")
	fs := mappedFields()
	f.Fuzz(func(t *testing.T, text string) {
		got := newBodyField(fs, text)
		got.Analyze()
		want := document.NewTextFieldCustom(fieldBody, nil, []byte(text), fs.fields[fieldBody].Options(), englishAnalyzer())
		want.Analyze()
		if got.AnalyzedLength() != want.AnalyzedLength() {
			t.Fatalf("%q: analyzed length %d, Bleve's %d", text, got.AnalyzedLength(), want.AnalyzedLength())
		}
		g, w := got.AnalyzedTokenFrequencies(), want.AnalyzedTokenFrequencies()
		if len(g) != len(w) {
			t.Fatalf("%q: %d terms, Bleve's %d", text, len(g), len(w))
		}
		for term, wf := range w {
			gf := g[term]
			if gf == nil || gf.Frequency() != wf.Frequency() || string(gf.Term) != term {
				t.Fatalf("%q: term %q: got %+v, Bleve's frequency %d", text, term, gf, wf.Frequency())
			}
		}
		if got.Size() <= 0 {
			t.Fatalf("%q: size %d", text, got.Size())
		}
	})
}
