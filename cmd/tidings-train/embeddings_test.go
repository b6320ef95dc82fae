package main

import (
	"crypto/sha256"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadEmbeddings(t *testing.T) {
	// The wink layout: each vector's values, then its norm and its index.
	p := writeFile(t, "emb.json", `{"dimensions":2,"words":["the","paris","ford"],
		"vectors":{"the":[1,1,1.41,0],"paris":[3,1,3.16,1],"ford":[2,4,4.47,2]}}`+"\n\n")
	words, vecs, sum, err := loadEmbeddings(p, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("%x", sha256.Sum256(body)); sum != want {
		t.Errorf("sha256 %s, want %s, the whole file's", sum, want)
	}
	if !reflect.DeepEqual(words, []string{"the", "paris"}) {
		t.Fatalf("words %q, want the two most frequent", words)
	}
	// Less their mean (2, 1): (-1, 0) and (1, 0), at unit length.
	want := [][]float32{{-1, 0}, {1, 0}}
	if !reflect.DeepEqual(vecs, want) {
		t.Errorf("vectors %v, want %v", vecs, want)
	}

	for _, tc := range []struct{ name, body, want string }{
		{"bad.json", `{"dimensions":2,"words":["a"`, "bad.json"},
		{"short.json", `{"dimensions":2,"words":["a"],"vectors":{"a":[1]}}`, `word "a" has 1 values, want 2`},
		{"missing.json", `{"dimensions":2,"words":["a"],"vectors":{}}`, `word "a" has 0 values`},
		{"empty.json", `{}`, "no words or dimensions"},
	} {
		_, _, _, err := loadEmbeddings(writeFile(t, tc.name, tc.body), 10, 0)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
	}
	if _, _, _, err := loadEmbeddings(filepath.Join(t.TempDir(), "none.json"), 10, 0); err == nil {
		t.Error("a missing file gave no error")
	}
}

// TestTopComponents: the leading directions of data spread most along
// the first axis, then the second, come back in that order.
func TestTopComponents(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	vecs := make([][]float32, 500)
	for i := range vecs {
		vecs[i] = []float32{float32(rng.NormFloat64() * 10), float32(rng.NormFloat64() * 3), float32(rng.NormFloat64() * 0.5)}
	}
	pcs := topComponents(vecs, 2)
	for k, axis := range []int{0, 1} {
		if got := math.Abs(float64(pcs[k][axis])); got < 0.99 {
			t.Errorf("component %d is %v, want the axis %d", k, pcs[k], axis)
		}
	}
}

// TestEmbeddingClusters: words whose vectors point three ways fall in
// three coarse clusters, each fine cluster lies inside its coarse one,
// and the same seed gives the same clusters.
func TestEmbeddingClusters(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	var words []string
	var vecs [][]float32
	for g := range 3 {
		for i := range 30 {
			v := make([]float32, 10)
			for j := range v {
				v[j] = float32(rng.NormFloat64() * 0.1)
			}
			v[g] += 1
			words = append(words, string(rune('a'+g))+strings.Repeat("x", i))
			vecs = append(vecs, unit(v))
		}
	}
	got := embeddingClusters(words, vecs, 3, 4, 10, 1)
	if len(got) != len(words) {
		t.Fatalf("%d words clustered, want %d", len(got), len(words))
	}
	groupOf := map[byte]uint16{}
	for w, c := range got {
		if prev, ok := groupOf[w[0]]; ok && prev != c[0] {
			t.Errorf("group %c split between coarse clusters %d and %d", w[0], prev, c[0])
		}
		groupOf[w[0]] = c[0]
		if c[1]/4 != c[0] {
			t.Errorf("%s: fine cluster %d outside coarse cluster %d", w, c[1], c[0])
		}
	}
	if groupOf['a'] == groupOf['b'] || groupOf['b'] == groupOf['c'] || groupOf['a'] == groupOf['c'] {
		t.Errorf("groups share coarse clusters: %v", groupOf)
	}
	if again := embeddingClusters(words, vecs, 3, 4, 10, 1); !reflect.DeepEqual(again, got) {
		t.Error("the same seed gave different clusters")
	}
}
