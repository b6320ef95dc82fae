package indexgen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"tidings/corpus"
)

// Config shapes generated articles. Zero fields take the defaults.
type Config struct {
	Seed       uint64
	BodyBytes  int       // about this many bytes of body; default 4000
	Facts      int       // about this many facts; default 30
	Start      time.Time // published dates spread from here; default 2024-01-01
	Span       time.Duration
	Vocabulary int // distinct long-tail words; default 20000
}

// Generator makes articles. It is not safe for concurrent use.
type Generator struct {
	cfg   Config
	vocab []string
	orgs  []string
	zipf  *zipf // word ranks
	pcg   *rand.PCG
	rng   *rand.Rand
}

// New returns a Generator for cfg.
func New(cfg Config) *Generator {
	if cfg.BodyBytes == 0 {
		cfg.BodyBytes = 4000
	}
	if cfg.Facts == 0 {
		cfg.Facts = 30
	}
	if cfg.Start.IsZero() {
		cfg.Start = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if cfg.Span == 0 {
		cfg.Span = 2 * 365 * 24 * time.Hour
	}
	if cfg.Vocabulary == 0 {
		cfg.Vocabulary = 20000
	}
	g := &Generator{cfg: cfg, pcg: rand.NewPCG(cfg.Seed, 0)}
	g.rng = rand.New(g.pcg)
	g.vocab = append(g.vocab, common...)
	seen := map[string]bool{}
	for _, w := range common {
		seen[w] = true
	}
	for len(g.vocab) < len(common)+cfg.Vocabulary {
		w := g.pseudoWord()
		if !seen[w] {
			seen[w] = true
			g.vocab = append(g.vocab, w)
		}
	}
	for _, p := range orgPrefixes {
		for _, s := range orgSuffixes {
			g.orgs = append(g.orgs, p+" "+s)
		}
	}
	g.zipf = newZipf(1.07, 2, len(g.vocab))
	return g
}

// Word returns the vocabulary word of rank r (0 is the most frequent),
// for building queries of a chosen frequency.
func (g *Generator) Word(r int) string { return g.vocab[r%len(g.vocab)] }

func (g *Generator) pseudoWord() string {
	n := 2 + g.rng.IntN(3)
	var b strings.Builder
	for range n {
		b.WriteString(syllables[g.rng.IntN(len(syllables))])
	}
	return b.String()
}

// Article returns the article with this ID and its facts, with correct
// offsets into Text.
func (g *Generator) Article(id int64) (*corpus.Document, []corpus.Fact) {
	g.pcg.Seed(g.cfg.Seed, uint64(id))
	src := sources[skewed(g.rng, len(sources))]
	published := g.cfg.Start.Add(time.Duration(g.rng.Int64N(int64(g.cfg.Span)))).Truncate(time.Minute)
	a := &article{g: g, published: published}
	a.b.Grow(g.cfg.BodyBytes + g.cfg.BodyBytes/4)
	a.write(g.cfg.BodyBytes, g.cfg.Facts)
	title := a.title()
	doc := &corpus.Document{
		ID:        id,
		URL:       "https://" + src.name + ".example/" + published.Format("2006/01/02") + "/" + strconv.FormatInt(id, 10),
		Source:    src.name,
		SiteName:  src.site,
		Title:     title,
		Authors:   []string{a.person()},
		Published: published,
		Fetched:   published.Add(time.Hour),
		Language:  "en",
		Text:      a.b.String(),
	}
	if g.rng.IntN(20) == 0 && id > 1 {
		doc.DuplicateOf = 1 + g.rng.Int64N(id-1)
	}
	return doc, a.facts
}

// skewed picks an index in [0, n) with the low ones more likely.
func skewed(r *rand.Rand, n int) int {
	x := r.Float64()
	return int(float64(n) * x * x * x)
}

// article builds one body and its facts.
type article struct {
	g         *Generator
	b         strings.Builder
	facts     []corpus.Fact
	published time.Time
	sentStart int
	titleWord []string
}

func (a *article) write(size, nfacts int) {
	// Spread facts evenly across sentences of 10–25 words.
	words := size * 10 / 74 // about 7.4 bytes a word with spaces and facts
	perSentence := 17
	sentences := max(1, words/perSentence)
	factEvery := float64(nfacts) / float64(sentences)
	owed := 0.0
	for s := range sentences {
		if s > 0 && s%5 == 0 {
			a.b.WriteString("\n\n")
		} else if s > 0 {
			a.b.WriteByte(' ')
		}
		a.sentStart = a.b.Len()
		n := 10 + a.g.rng.IntN(16)
		owed += factEvery
		for i := range n {
			if i > 0 {
				a.b.WriteByte(' ')
			}
			if owed >= 1 && i > 0 && i%4 == 0 {
				a.fact()
				owed--
				continue
			}
			w := a.g.vocab[a.g.zipf.draw(a.g.rng)]
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			if s == 0 && len(w) > 4 && len(a.titleWord) < 6 {
				a.titleWord = append(a.titleWord, w)
			}
			a.b.WriteString(w)
		}
		a.b.WriteByte('.')
		for i := range a.facts {
			if a.facts[i].SentenceEnd == 0 {
				a.facts[i].SentenceStart, a.facts[i].SentenceEnd = a.sentStart, a.b.Len()
			}
		}
	}
}

func (a *article) title() string {
	words := append([]string{a.orgName()}, a.titleWord...)
	return strings.Join(words, " ")
}

// fact writes one fact's text and records it.
func (a *article) fact() {
	r := a.g.rng
	switch k := r.IntN(30); {
	case k < 4:
		a.entity(corpus.FactOrganization, a.orgName())
	case k < 7:
		a.entity(corpus.FactPerson, a.person())
	case k < 10:
		a.entity(corpus.FactLocation, places[skewed(r, len(places))])
	case k < 13:
		a.entity(corpus.FactMisc, miscNames[skewed(r, len(miscNames))])
	case k < 18:
		a.money()
	case k < 26:
		a.date()
	default:
		a.percent()
	}
}

func (a *article) add(f corpus.Fact, text string) {
	f.Start = a.b.Len()
	a.b.WriteString(text)
	f.End = a.b.Len()
	f.Text = text
	a.facts = append(a.facts, f)
}

func (a *article) orgName() string { return a.g.orgs[skewed(a.g.rng, len(a.g.orgs))] }

func (a *article) person() string {
	r := a.g.rng
	return firstNames[skewed(r, len(firstNames))] + " " + lastNames[skewed(r, len(lastNames))]
}

func (a *article) entity(t corpus.FactType, name string) {
	text := name
	if t == corpus.FactOrganization && a.g.rng.IntN(5) == 0 {
		text = name + "'s" // a possessive mention of the same entity
	}
	a.add(corpus.Fact{Type: t, Entity: name}, text)
}

func (a *article) money() {
	r := a.g.rng
	w := r.IntN(100)
	c := currencies[0]
	for _, x := range currencies {
		if w < x.weight {
			c = x
			break
		}
		w -= x.weight
	}
	// The fact holds the amount the text states, as the extractor reads it:
	// "$3.7 billion" is 3.7e9, not the full-precision number drawn.
	text, amount := humanAmount(math.Pow(10, 3+r.Float64()*8)) // 1e3 .. 1e11, log-uniform
	a.add(corpus.Fact{Type: corpus.FactMoney, Amount: &amount, Currency: c.code}, c.symbol+text)
}

// humanAmount writes v the way news does ("3.7 billion", "250.0 million",
// "48213") and returns the value that text states.
func humanAmount(v float64) (string, float64) {
	num, unit, exp := strconv.FormatFloat(math.Round(v), 'f', 0, 64), "", ""
	switch {
	case v >= 1e9:
		num, unit, exp = strconv.FormatFloat(v/1e9, 'f', 1, 64), " billion", "e9"
	case v >= 1e6:
		num, unit, exp = strconv.FormatFloat(v/1e6, 'f', 1, 64), " million", "e6"
	}
	stated, _ := strconv.ParseFloat(num+exp, 64)
	return num + unit, stated
}

func (a *article) date() {
	r := a.g.rng
	d := a.published.AddDate(0, 0, r.IntN(400)-200).Truncate(24 * time.Hour)
	switch r.IntN(3) {
	case 0: // a day
		a.add(corpus.Fact{Type: corpus.FactDate, TimexType: "DATE", Value: d.Format(time.DateOnly),
			RangeStart: d, RangeEnd: d.AddDate(0, 0, 1)}, d.Format("January 2"))
	case 1: // a month
		m := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
		a.add(corpus.Fact{Type: corpus.FactDate, TimexType: "DATE", Value: m.Format("2006-01"),
			RangeStart: m, RangeEnd: m.AddDate(0, 1, 0)}, m.Format("January 2006"))
	default: // a year
		y := time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		a.add(corpus.Fact{Type: corpus.FactDate, TimexType: "DATE", Value: y.Format("2006"),
			RangeStart: y, RangeEnd: y.AddDate(1, 0, 0)}, y.Format("2006"))
	}
}

func (a *article) percent() {
	v := math.Round(a.g.rng.Float64()*1000) / 10
	a.add(corpus.Fact{Type: corpus.FactPercent, Number: &v, Unit: "percent"}, fmt.Sprintf("%.1f percent", v))
}
