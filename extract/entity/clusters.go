package entity

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// clusterList is a word-to-cluster map as a model stores it: words in
// byte order, each with its coarse and fine cluster ids. A loaded model
// keeps it for WriteTo; lookups go through a clusterTable.
type clusterList struct {
	words []string
	ids   [][2]uint16
}

func sortedClusters(m map[string][2]uint16) clusterList {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.Sort(words)
	ids := make([][2]uint16, len(words))
	for i, w := range words {
		ids[i] = m[w]
	}
	return clusterList{words: words, ids: ids}
}

func (l clusterList) encode(w *bufio.Writer) error {
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { w.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	put(uint64(len(l.words)))
	for i, k := range l.words {
		put(uint64(len(k)))
		w.WriteString(k)
		put(uint64(l.ids[i][0]))
		put(uint64(l.ids[i][1]))
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// decodeClusters reads a list written by encode. Its words share one
// string: a few hundred thousand words are one allocation, not one each.
func decodeClusters(r *bufio.Reader) (clusterList, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<24 {
		return clusterList{}, fmt.Errorf("%d words: %v", n, err)
	}
	if n == 0 {
		return clusterList{}, nil
	}
	// Sized for up to a million words (about 10 bytes each) and grown
	// past that as read: a damaged count must not allocate gigabytes.
	room := int(min(n, 1<<20))
	var all strings.Builder
	all.Grow(room * 10)
	ends := make([]int, 0, room)
	ids := make([][2]uint16, 0, room)
	var b []byte
	for i := range int(n) {
		l, err := binary.ReadUvarint(r)
		if err != nil || l > 1<<10 {
			return clusterList{}, fmt.Errorf("word %d: length %d: %v", i, l, err)
		}
		b = grow(b, int(l))
		if _, err := io.ReadFull(r, b); err != nil {
			return clusterList{}, fmt.Errorf("word %d: %w", i, err)
		}
		all.Write(b)
		ends = append(ends, all.Len())
		c0, err0 := binary.ReadUvarint(r)
		c1, err1 := binary.ReadUvarint(r)
		if err := errors.Join(err0, err1); err != nil {
			return clusterList{}, fmt.Errorf("word %d: ids: %w", i, err)
		}
		ids = append(ids, [2]uint16{uint16(c0), uint16(c1)})
	}
	s := all.String()
	words := make([]string, len(ends))
	start := 0
	for i, end := range ends {
		words[i], start = s[start:end], end
	}
	return clusterList{words: words, ids: ids}, nil
}
