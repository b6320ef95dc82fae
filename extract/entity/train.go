package entity

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"

	"tidings/corpus"
	"tidings/extract/token"
)

// TrainDoc is one annotated document for Train: entity facts (Type,
// Start, End) over Text, and how much its updates count (1 for gold data,
// less for noisy data).
type TrainDoc struct {
	Text   string
	Facts  []corpus.Fact
	Weight float32
}

// TrainConfig sets up Train. Bits is log2 of the number of hashed feature
// rows; Seed fixes the example order so that runs are reproducible.
type TrainConfig struct {
	Bits      uint8
	Epochs    int
	Seed      uint64
	Gazetteer *Gazetteer
	// Clusters maps words to coarse and fine cluster ids (optional).
	Clusters map[string][2]uint16
	// EmbClusters maps lower-cased words to coarse and fine clusters of
	// pretrained word embeddings (optional).
	EmbClusters map[string][2]uint16
	// LexDropout is the share of name tokens whose own word features
	// are hidden during training, so that the tagger learns to find
	// names it has not seen from context, shape and gazetteers.
	LexDropout float64
	// Caseless is the share of sentences also trained on as a copy in
	// capitals or in lower case, alternately, so that the tagger learns
	// the names of headlines and of text typed without capitals.
	Caseless float64
	// Runs is the number of models trained with successive shuffle
	// seeds and averaged into the model (1 when zero): averaging damps
	// the order noise of a single run.
	Runs int
	// CRF trains a linear-chain CRF by averaged stochastic gradient
	// (step LearningRate times the document's weight) instead of the
	// perceptron.
	CRF          bool
	LearningRate float64
	// Progress, when set, is called after each epoch with the number of
	// sentences the tagger got wrong.
	Progress func(epoch, wrong, sentences int)
}

// AlignStats counts what Train made of its documents.
type AlignStats struct {
	Sentences, Tokens, Entities int
	Misaligned                  int // entities whose edges fall inside a token; their sentences are dropped
	Caseless                    int // sentences also trained on in capitals or lower case (TrainConfig.Caseless)
}

type instance struct {
	feats  []uint32
	offs   []int32
	gold   []int
	weight float32
	twin   *instance // the sentence in capitals or lower case (TrainConfig.Caseless), learnt right after it
}

// Train fits a model to docs: a linear-chain CRF by averaged stochastic
// gradient (cfg.CRF) or the averaged structured perceptron.
func Train(docs []TrainDoc, cfg TrainConfig) (*Model, AlignStats, error) {
	if cfg.Bits < 10 || cfg.Bits > 24 || cfg.Epochs < 1 {
		return nil, AlignStats{}, fmt.Errorf("train: bits %d, epochs %d out of range", cfg.Bits, cfg.Epochs)
	}
	if cfg.CRF && !(cfg.LearningRate > 0) {
		return nil, AlignStats{}, fmt.Errorf("train: CRF learning rate %g, want > 0", cfg.LearningRate)
	}
	var st AlignStats
	var insts []instance
	drop := rand.New(rand.NewPCG(cfg.Seed, 0x64726f70))
	text, emb := sortedClusters(cfg.Clusters), sortedClusters(cfg.EmbClusters)
	clusters := wordClusters{text: newClusterTable(text), emb: newClusterTable(emb)}
	for _, d := range docs {
		insts = appendInstances(insts, d, cfg, clusters, &st, drop)
	}
	runs := max(cfg.Runs, 1)
	m := &Model{bits: cfg.Bits, w: make([]float32, (1<<cfg.Bits)*numTags), trans: make([]float32, (numTags+1)*numTags), gaz: cfg.Gazetteer, clusters: text, embClusters: emb, clusTab: clusters}
	for r := range runs {
		step := perceptronSteps()
		if cfg.CRF {
			step = crfSteps(cfg.LearningRate)
		}
		one := trainRun(insts, cfg, cfg.Seed+uint64(r), step)
		for i, v := range one.w {
			m.w[i] += v / float32(runs)
		}
		for i, v := range one.trans {
			m.trans[i] += v / float32(runs)
		}
	}
	return m, st, nil
}

// trainRun fits one model, visiting insts in the order seed draws: step
// learns from one sentence and reports whether the model got it wrong.
// The weights returned are averaged over every step.
func trainRun(insts []instance, cfg TrainConfig, seed uint64, step func(p *averager, in *instance) bool) *Model {
	m := &Model{bits: cfg.Bits, w: make([]float32, (1<<cfg.Bits)*numTags), trans: make([]float32, (numTags+1)*numTags)}
	p := averager{m: m, wSum: make([]float64, len(m.w)), tSum: make([]float64, len(m.trans)), c: 1}
	rng := rand.New(rand.NewPCG(seed, 0x7469646e))
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		wrong := 0
		for _, k := range rng.Perm(len(insts)) {
			// a twin follows its sentence, so that the order of the
			// sentences is the one the seed gives without twins
			for in := &insts[k]; in != nil; in = in.twin {
				if step(&p, in) {
					wrong++
				}
				p.c++
			}
		}
		if cfg.Progress != nil {
			cfg.Progress(epoch, wrong, len(insts))
		}
	}
	p.average()
	return m
}

// perceptronSteps returns the structured perceptron's step: decode, then
// move the weights of the tokens decoded wrong towards the gold tags.
func perceptronSteps() func(p *averager, in *instance) bool {
	var pred []int
	return func(p *averager, in *instance) bool {
		pred = p.m.viterbi(in.feats, in.offs, pred)
		return p.perceptronStep(in, pred)
	}
}

// appendInstances splits d into sentences with gold BIO tags.
func appendInstances(insts []instance, d TrainDoc, cfg TrainConfig, clusters wordClusters, st *AlignStats, drop *rand.Rand) []instance {
	toks := token.Tokenize(d.Text)
	gold := make([]int, len(toks))
	bad := make([]bool, len(toks))
	facts := append([]corpus.Fact(nil), d.Facts...)
	sort.Slice(facts, func(i, j int) bool { return facts[i].Start < facts[j].Start })
	for _, f := range facts {
		if !f.Type.IsEntity() {
			continue
		}
		st.Entities++
		first := sort.Search(len(toks), func(i int) bool { return toks[i].End > f.Start })
		last := first
		for last < len(toks) && toks[last].End < f.End {
			last++
		}
		if first >= len(toks) || last >= len(toks) || toks[first].Start != f.Start || toks[last].End != f.End || gold[first] != 0 || gold[last] != 0 {
			st.Misaligned++
			if first < len(toks) {
				bad[first] = true
			}
			continue
		}
		if f.Type == corpus.FactPerson {
			for first < last && (isTitle(toks[first].Text) || toks[first].Text == "U.S.") {
				first++ // as in CoNLL, "President Obama" -> "Obama"
			}
		}
		encodeSpan(gold, first, last, f.Type)
	}
	for _, sp := range token.SentencesOf(d.Text, toks) {
		first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.Start })
		last := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.End })
		if first >= last || anyTrue(bad[first:last]) {
			continue
		}
		tags := append([]int(nil), gold[first:last]...)
		repairEdges(tags)
		// with caseless copies, lower-case text is read as the tagger
		// reads it; without, the model learns capitals from capitals lines
		s := newSentence(toks[first:last], cfg.Gazetteer, clusters, cfg.Caseless > 0)
		if cfg.LexDropout > 0 {
			s.masked = make([]bool, len(tags))
			for i, tg := range tags {
				if tg != 0 && drop.Float64() < cfg.LexDropout {
					s.masked[i] = true
					s.clus[i] = [4]int32{-1, -1, -1, -1}
				}
			}
		}
		feats, offs := s.features(cfg.Bits, nil, nil)
		in := instance{feats: feats, offs: offs, gold: tags, weight: d.Weight}
		st.Sentences++
		st.Tokens += last - first
		if cfg.Caseless > 0 && drop.Float64() < cfg.Caseless {
			st.Caseless++
			c := newSentence(recased(toks[first:last], st.Caseless%2 == 0), cfg.Gazetteer, clusters, true)
			feats, offs := c.features(cfg.Bits, nil, nil)
			in.twin = &instance{feats: feats, offs: offs, gold: tags, weight: d.Weight}
		}
		insts = append(insts, in)
	}
	return insts
}

// recased returns a copy of toks in capitals or in lower case.
func recased(toks []token.Token, upper bool) []token.Token {
	out := make([]token.Token, len(toks))
	for i, t := range toks {
		out[i] = t
		if upper {
			out[i].Text = strings.ToUpper(t.Text)
		} else {
			out[i].Text = strings.ToLower(t.Text)
		}
	}
	return out
}

func anyTrue(b []bool) bool {
	for _, v := range b {
		if v {
			return true
		}
	}
	return false
}

// averager keeps the running sums for averaging the weights over every
// step of a run: the averaged weight is w - sum/c, where sum accumulates
// c*delta at each update.
type averager struct {
	m          *Model
	wSum, tSum []float64
	c          float64
}

func (p *averager) perceptronStep(in *instance, pred []int) bool {
	wrong := false
	d := in.weight
	for k, g := range in.gold {
		pk := pred[k]
		if g != pk {
			wrong = true
			for _, f := range in.feats[in.offs[k]:in.offs[k+1]] {
				p.bump(int(f)*numTags+g, d)
				p.bump(int(f)*numTags+pk, -d)
			}
		}
		gp, pp := numTags, numTags
		if k > 0 {
			gp, pp = in.gold[k-1], pred[k-1]
		}
		if gp != pp || g != pk {
			p.bumpTrans(gp*numTags+g, d)
			p.bumpTrans(pp*numTags+pk, -d)
		}
	}
	return wrong
}

func (p *averager) bump(i int, d float32) {
	p.m.w[i] += d
	p.wSum[i] += p.c * float64(d)
}

func (p *averager) bumpTrans(i int, d float32) {
	p.m.trans[i] += d
	p.tSum[i] += p.c * float64(d)
}

func (p *averager) average() {
	for i := range p.m.w {
		p.m.w[i] -= float32(p.wSum[i] / p.c)
	}
	for i := range p.m.trans {
		p.m.trans[i] -= float32(p.tSum[i] / p.c)
	}
}

// IsTitle reports a title that may open a person's name phrase ("Mr.",
// "President", "Foreign Minister"), and IsHonorific one that marks the
// name after it as a person's ("Mr.", "President", "Sheikh"): the
// training command's relabelling of the partly automatic set reads them.
func IsTitle(w string) bool { return isTitle(w) }

func IsHonorific(w string) bool { return isHonorific(w) }
