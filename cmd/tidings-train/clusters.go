package main

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"tidings/extract/entity"
	"tidings/extract/token"
)

// buildClusters groups the words of the training text by the company they
// keep: each word with at least minFreq uses is described by PPMI-weighted
// counts of its left and right neighbours (among the most frequent
// words), and spherical k-means splits those vectors into k groups. It is
// a cheap, deterministic stand-in for Brown clusters.
func buildClusters(docs []entity.TrainDoc, ks []int, minFreq, nContext, iters int, seed uint64) map[string][]uint16 {
	var seqs [][]string
	freq := map[string]int{}
	lowFreq := map[string]int{}
	for _, d := range docs {
		for _, sp := range token.Sentences(d.Text) {
			toks := token.Tokenize(d.Text[sp.Start:sp.End])
			words := make([]string, len(toks))
			for i, t := range toks {
				words[i] = t.Text
				freq[t.Text]++
				lowFreq[strings.ToLower(t.Text)]++
			}
			seqs = append(seqs, words)
		}
	}
	ctx := topWords(lowFreq, nContext)
	ctxID := make(map[string]int, len(ctx))
	for i, w := range ctx {
		ctxID[w] = i
	}
	vocab := []string{}
	for w, n := range freq {
		if n >= minFreq {
			vocab = append(vocab, w)
		}
	}
	sort.Strings(vocab)
	wordID := make(map[string]int, len(vocab))
	for i, w := range vocab {
		wordID[w] = i
	}
	counts := make([]map[int32]float32, len(vocab))
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	for _, s := range seqs {
		for i, w := range s {
			id, ok := wordID[w]
			if !ok {
				continue
			}
			if c, ok := ctxID[neighbour(s, i-1)]; ok {
				counts[id][int32(c)]++
			}
			if c, ok := ctxID[neighbour(s, i+1)]; ok {
				counts[id][int32(c+nContext)]++
			}
		}
	}
	vecs := ppmi(counts, 2*nContext)
	out := make(map[string][]uint16, len(vocab))
	for _, k := range ks {
		assign := kmeans(vecs, 2*nContext, k, iters, seed)
		for i, w := range vocab {
			out[w] = append(out[w], uint16(assign[i]))
		}
	}
	return out
}

func neighbour(s []string, i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s):
		return "</s>"
	}
	return strings.ToLower(s[i])
}

func topWords(freq map[string]int, n int) []string {
	ws := make([]string, 0, len(freq))
	for w := range freq {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool {
		if freq[ws[i]] != freq[ws[j]] {
			return freq[ws[i]] > freq[ws[j]]
		}
		return ws[i] < ws[j]
	})
	ws = append(ws[:min(n-2, len(ws))], "<s>", "</s>")
	return ws
}

type sparse struct {
	idx []int32
	val []float32
}

// ppmi turns co-occurrence counts into L2-normalised positive PMI vectors.
func ppmi(counts []map[int32]float32, dims int) []sparse {
	colSum := make([]float64, dims)
	var total float64
	for _, c := range counts {
		for j, v := range c {
			colSum[j] += float64(v)
			total += float64(v)
		}
	}
	out := make([]sparse, len(counts))
	for i, c := range counts {
		var rowSum float64
		for _, v := range c {
			rowSum += float64(v)
		}
		keys := make([]int32, 0, len(c))
		for j := range c {
			keys = append(keys, j)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		var s sparse
		var norm float64
		for _, j := range keys {
			pmi := math.Log(float64(c[j]) * total / (rowSum * colSum[j]))
			if pmi > 0 {
				s.idx = append(s.idx, j)
				s.val = append(s.val, float32(pmi))
				norm += pmi * pmi
			}
		}
		for k := range s.val {
			s.val[k] /= float32(math.Sqrt(norm))
		}
		out[i] = s
	}
	return out
}

// kmeans is spherical k-means with a fixed seed; it returns each
// vector's cluster.
func kmeans(vecs []sparse, dims, k, iters int, seed uint64) []int {
	rng := rand.New(rand.NewPCG(seed, uint64(k)))
	cent := make([][]float32, k)
	for c := range cent {
		cent[c] = make([]float32, dims)
		v := vecs[rng.IntN(len(vecs))]
		for n, j := range v.idx {
			cent[c][j] = v.val[n]
		}
	}
	assign := make([]int, len(vecs))
	for range iters {
		for i, v := range vecs {
			best, arg := float32(-1), 0
			for c := range cent {
				var dot float32
				for n, j := range v.idx {
					dot += cent[c][j] * v.val[n]
				}
				if dot > best {
					best, arg = dot, c
				}
			}
			assign[i] = arg
		}
		for c := range cent {
			clear(cent[c])
		}
		for i, v := range vecs {
			for n, j := range v.idx {
				cent[assign[i]][j] += v.val[n]
			}
		}
		for c := range cent {
			var norm float64
			for _, x := range cent[c] {
				norm += float64(x) * float64(x)
			}
			if norm == 0 { // empty cluster: reseed
				v := vecs[rng.IntN(len(vecs))]
				for n, j := range v.idx {
					cent[c][j] = v.val[n]
				}
				continue
			}
			for j := range cent[c] {
				cent[c][j] /= float32(math.Sqrt(norm))
			}
		}
	}
	return assign
}
