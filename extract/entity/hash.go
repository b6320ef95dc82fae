package entity

import "strings"

// FNV-1a, inlined so that features hash without allocating.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLower is hashStr of strings.ToLower(s), lower-casing ASCII on the
// way and asking ToLower only of text beyond it.
func hashLower(h uint64, s string) uint64 {
	h0 := h
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return hashStr(h0, strings.ToLower(s))
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashBytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

// template starts the hash of one feature template.
func template(id byte) uint64 { return hashByte(fnvOffset, id) }

// bucket maps a feature hash to one of 1<<bits rows.
func bucket(h uint64, bits uint8) uint32 {
	return uint32((h * 0x9E3779B97F4A7C15) >> (64 - bits))
}
