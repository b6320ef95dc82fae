package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"strings"
	"unicode"
)

// minSimHashWords is the shortest text given a SimHash: short texts share
// too many shingles by chance to call them copies.
const minSimHashWords = 60

// contentHash is the hex SHA-256 of the text, for exact duplicates.
func contentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// simHash is Charikar's 64-bit SimHash over lower-cased word 3-shingles:
// texts that share most shingles get hashes a few bits apart. It returns 0
// (no hash) for short texts.
func simHash(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) < minSimHashWords {
		return 0
	}
	var weights [64]int
	h := fnv.New64a()
	for i := 0; i+3 <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+3] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		v := h.Sum64()
		for b := 0; b < 64; b++ {
			if v&(1<<b) != 0 {
				weights[b]++
			} else {
				weights[b]--
			}
		}
	}
	var out uint64
	for b, w := range weights {
		if w > 0 {
			out |= 1 << b
		}
	}
	if out == 0 {
		out = 1 // 0 means "no hash"
	}
	return out
}
