package entity

// flagTable maps 64-bit hashes to a byte of flags with open addressing
// and linear probing over one array: a lookup usually reads one cache
// line, where a Go map of a few hundred thousand keys reads several.
// It is read-only once built.
type flagTable struct {
	slots []uint64 // the hash with its low byte replaced by the flags; 0 is empty
	shift uint8
}

// tableSize returns a power-of-two slot count at least twice n and the
// shift that maps a hash to one of the slots (see home).
func tableSize(n int) (int, uint8) {
	bits := uint8(3)
	for 1<<bits < 2*n {
		bits++
	}
	return 1 << bits, 64 - bits
}

// home is the first slot to probe for hash h (Fibonacci hashing).
func home(h uint64, shift uint8) int { return int((h * 0x9E3779B97F4A7C15) >> shift) }

func newFlagTable(m map[uint64]uint8) flagTable {
	size, shift := tableSize(len(m))
	t := flagTable{slots: make([]uint64, size), shift: shift}
	mask := len(t.slots) - 1
	for h, f := range m {
		i := home(h, t.shift)
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = flagKey(h) | uint64(f)
	}
	return t
}

// flagKey is h without its low byte, never zero.
func flagKey(h uint64) uint64 {
	if k := h &^ 0xff; k != 0 {
		return k
	}
	return 0x100
}

// get returns the flags of h, 0 when absent.
func (t *flagTable) get(h uint64) uint8 {
	if len(t.slots) == 0 {
		return 0
	}
	k, mask := flagKey(h), len(t.slots)-1
	for i := home(h, t.shift); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if s&^0xff == k {
			return uint8(s)
		}
	}
}

// clusterTable maps a word's hash to its coarse and fine cluster ids,
// flat like flagTable. It is read-only once built.
type clusterTable struct {
	slots []clusterSlot
	shift uint8
}

type clusterSlot struct {
	key  uint64 // hashStr(fnvOffset, word); 0 is empty
	c    [2]uint16
	used bool
}

// newClusterTable returns nil for an empty list.
func newClusterTable(l clusterList) *clusterTable {
	if len(l.words) == 0 {
		return nil
	}
	size, shift := tableSize(len(l.words))
	t := &clusterTable{slots: make([]clusterSlot, size), shift: shift}
	mask := len(t.slots) - 1
	for n, w := range l.words {
		c := l.ids[n]
		h := hashStr(fnvOffset, w)
		i := home(h, t.shift)
		for t.slots[i].used {
			i = (i + 1) & mask
		}
		t.slots[i] = clusterSlot{key: h, c: c, used: true}
	}
	return t
}

// wordClusters are the cluster tables a sentence reads: of the training
// text (cased words) and of pretrained embeddings (lower-cased words).
type wordClusters struct{ text, emb *clusterTable }

// get returns the clusters of word w.
func (t *clusterTable) get(w string) ([2]uint16, bool) {
	return t.getHash(hashStr(fnvOffset, w))
}

// touch reads the home slot of h and returns its key: reading the slots
// of a whole sentence before looking any up lets their cache misses
// overlap (the tables are megabytes), as touchRows does for weights.
func (t *flagTable) touch(h uint64) uint64 {
	if len(t.slots) == 0 {
		return 0
	}
	return t.slots[home(h, t.shift)]
}

// touch is flagTable.touch for a cluster table.
func (t *clusterTable) touch(h uint64) uint64 {
	if t == nil || len(t.slots) == 0 {
		return 0
	}
	return t.slots[home(h, t.shift)].key
}

// getHash is get for a word whose hashStr(fnvOffset, word) is h.
func (t *clusterTable) getHash(h uint64) ([2]uint16, bool) {
	if t == nil || len(t.slots) == 0 {
		return [2]uint16{}, false
	}
	mask := len(t.slots) - 1
	for i := home(h, t.shift); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if !s.used {
			return [2]uint16{}, false
		}
		if s.key == h {
			return s.c, true
		}
	}
}
