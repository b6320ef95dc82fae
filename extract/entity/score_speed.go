package entity

import (
	"encoding/binary"
	"unsafe"
)

// The fast scorer reads a stored row as four uint64 words of four int16
// lanes each and adds the words' even and odd lanes into 32-bit halves
// of eight accumulators: a few register adds per row instead of sixteen
// sign-extending loads and adds that the compiler keeps in memory.

const (
	laneBias = 0x8000_8000_8000_8000 // flips each lane's sign bit: int16 v -> uint16 v+32768
	lanePair = 0x0000_ffff_0000_ffff // lanes 0 and 2 of a word, widened to 32 bits
)

// rowWords views q as uint64 words, four int16 lanes each in ascending
// order; nil where the machine is big-endian, or q is not word-aligned.
func rowWords(q []int16) []uint64 {
	var probe [2]byte
	binary.NativeEndian.PutUint16(probe[:], 1)
	if len(q) == 0 || len(q)%4 != 0 || probe[0] != 1 || uintptr(unsafe.Pointer(&q[0]))%8 != 0 {
		return nil
	}
	return unsafe.Slice((*uint64)(unsafe.Pointer(&q[0])), len(q)/4)
}

// touchAhead is how many rows emissions loads ahead of the sums: a
// sentence's worth, whose cache misses then overlap, few enough to stay
// in cache until summed.
const touchAhead = 1024

// touchRows loads the first word of each row of feats. The loads are
// independent, so their cache misses overlap instead of queueing behind
// the sums, which then find the rows in cache.
func touchRows(qw []uint64, feats []uint32) {
	var touch uint64
	for _, f := range feats {
		touch |= qw[int(f)*4]
	}
	if touch == 1 && len(feats) == 0 { // never: keeps the loads
		panic("unreachable")
	}
}

// scoreWords is score over the word view qw of the stored rows. Each
// lane holds weight+32768 after the bias flip, so a 32-bit lane sum stays
// below 2^32 for up to 65537 rows, and subtracting n×32768 leaves the
// exact int32 sum.
func scoreWords(qw []uint64, scale float32, feats []uint32, out *[numTags]float32) {
	var e0, o0, e1, o1, e2, o2, e3, o3 uint64
	for _, f := range feats {
		r := (*[4]uint64)(qw[int(f)*4:])
		w0, w1, w2, w3 := r[0]^laneBias, r[1]^laneBias, r[2]^laneBias, r[3]^laneBias
		e0 += w0 & lanePair
		o0 += w0 >> 16 & lanePair
		e1 += w1 & lanePair
		o1 += w1 >> 16 & lanePair
		e2 += w2 & lanePair
		o2 += w2 >> 16 & lanePair
		e3 += w3 & lanePair
		o3 += w3 >> 16 & lanePair
	}
	bias := uint32(len(feats)) * 0x8000
	lane := func(acc uint64, hi bool) float32 {
		v := uint32(acc)
		if hi {
			v = uint32(acc >> 32)
		}
		return float32(int32(v-bias)) * scale
	}
	out[0] = 0
	out[1], out[2], out[3], out[4] = lane(e0, false), lane(o0, false), lane(e0, true), lane(o0, true)
	out[5], out[6], out[7], out[8] = lane(e1, false), lane(o1, false), lane(e1, true), lane(o1, true)
	out[9], out[10], out[11], out[12] = lane(e2, false), lane(o2, false), lane(e2, true), lane(o2, true)
	out[13], out[14], out[15], out[16] = lane(e3, false), lane(o3, false), lane(e3, true), lane(o3, true)
}
