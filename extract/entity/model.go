package entity

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

// Model is a trained tagger: hashed feature weights, tag transitions and
// the gazetteer the features read. It is read-only once built.
type Model struct {
	bits uint8
	w    []float32 // (1<<bits) rows of numTags; nil in a loaded model
	// q holds a loaded model's weights as stored (int16 × qScale, qCols
	// per row, see score): half the memory of w, so more rows stay in
	// cache while tagging.
	q      []int16
	qw     []uint64 // q as words for scoreWords; nil to score from q
	qScale float32
	trans  []float32   // (numTags+1) rows of numTags; row numTags is the start
	tt     *transTable // trans as viterbiEm reads it; nil while training changes trans
	gaz    *Gazetteer
	// clusters gives a word its distributional cluster ids, coarse and
	// fine; words absent from the training text have none.
	clusters clusterList
	// embClusters gives a lower-cased word the coarse and fine clusters
	// of its pretrained embedding; empty when trained without.
	embClusters clusterList
	clusTab     wordClusters // both lists, for lookups while tagging
}

// modelMagic opens a model file; modelMagicV4 files have no embedding
// clusters.
const modelMagic, modelMagicV4 = "TIDNER05", "TIDNER04"

// score sets out to token i's emission scores. A loaded model's rows
// hold tags 1..16 less tag 0 (outside), whose score is then 0: the same
// decoding, and a 32-byte row never straddles a cache line.
func (m *Model) score(feats []uint32, out *[numTags]float32) {
	if m.qw != nil {
		scoreWords(m.qw, m.qScale, feats, out)
		return
	}
	if m.q != nil {
		// Touch every row first: these loads are independent, so their
		// cache misses overlap instead of queueing behind the sums.
		var touch int16
		for _, f := range feats {
			touch |= m.q[int(f)*qCols]
		}
		var sum [qCols]int32
		for _, f := range feats {
			r := (*[qCols]int16)(m.q[int(f)*qCols:])
			sum[0] += int32(r[0]) // unrolled: the loop costs as much as the adds
			sum[1] += int32(r[1])
			sum[2] += int32(r[2])
			sum[3] += int32(r[3])
			sum[4] += int32(r[4])
			sum[5] += int32(r[5])
			sum[6] += int32(r[6])
			sum[7] += int32(r[7])
			sum[8] += int32(r[8])
			sum[9] += int32(r[9])
			sum[10] += int32(r[10])
			sum[11] += int32(r[11])
			sum[12] += int32(r[12])
			sum[13] += int32(r[13])
			sum[14] += int32(r[14])
			sum[15] += int32(r[15])
		}
		if touch == math.MinInt16 && len(feats) == 0 { // never: keeps the touching loads
			sum[0]++
		}
		out[0] = 0
		for t := range qCols {
			out[1+t] = float32(sum[t]) * m.qScale
		}
		return
	}
	*out = [numTags]float32{}
	for _, f := range feats {
		row := m.w[int(f)*numTags : int(f)*numTags+numTags : int(f)*numTags+numTags]
		for t := range numTags {
			out[t] += row[t]
		}
	}
}

// qCols is the width of a stored row: every tag but outside.
const qCols = numTags - 1

// viterbi returns the best tag sequence for a sentence whose token k has
// rows feats[offs[k]:offs[k+1]].
func (m *Model) viterbi(feats []uint32, offs []int32, tags []int) []int {
	var vs viterbiScratch
	return m.viterbiInto(&vs, feats, offs, tags)
}

// viterbiScratch keeps Viterbi's back pointers and emission scores
// between sentences.
type viterbiScratch struct {
	back [][numTags]uint8
	em   [][numTags]float32
	tt   transTable // the transitions of a model without tt
}

func (m *Model) viterbiInto(vs *viterbiScratch, feats []uint32, offs []int32, tags []int) []int {
	vs.em = m.emissions(feats, offs, vs.em[:0])
	tt := m.tt
	if tt == nil {
		tt = &vs.tt
		tt.fill(m.trans)
	}
	return viterbiEm(vs, tt, vs.em, tags)
}

// emissions appends the emission scores of every token to dst.
func (m *Model) emissions(feats []uint32, offs []int32, dst [][numTags]float32) [][numTags]float32 {
	touched := 0 // rows before it are loaded
	for k := 0; k+1 < len(offs); k++ {
		if m.qw != nil && int(offs[k+1]) > touched {
			touched = max(int(offs[k+1]), min(len(feats), int(offs[k])+touchAhead))
			touchRows(m.qw, feats[offs[k]:touched])
		}
		dst = append(dst, [numTags]float32{})
		m.score(feats[offs[k]:offs[k+1]], &dst[len(dst)-1])
	}
	return dst
}

// WriteTo writes the model as a gzip'd binary: header, transitions, the
// non-zero weight rows (delta-coded row index, then the int16 weights of
// tags 1..16 less the outside tag's, with one global scale), then the
// gazetteer lists and the cluster map.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("gzip: %w", err)
	}
	bw := bufio.NewWriter(zw)
	if err := m.encode(bw); err != nil {
		return cw.n, err
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("close gzip: %w", err)
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func (m *Model) encode(w *bufio.Writer) error {
	weights := m.w
	if weights == nil && m.q != nil { // a loaded model: widen its stored weights, leaving the model as it is
		weights = make([]float32, len(m.q)/qCols*numTags)
		for i, v := range m.q {
			weights[i/qCols*numTags+1+i%qCols] = float32(v) * m.qScale
		}
	}
	var maxAbs float32
	for r := range len(weights) / numTags {
		row := weights[r*numTags : (r+1)*numTags]
		for _, v := range row[1:] {
			maxAbs = max(maxAbs, float32(math.Abs(float64(v-row[0]))))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	w.WriteString(modelMagic)
	w.WriteByte(m.bits)
	writeF32(w, scale)
	for _, v := range m.trans {
		writeF32(w, v)
	}
	var buf [binary.MaxVarintLen64]byte
	last := -1
	for r := range len(weights) / numTags {
		row := weights[r*numTags : (r+1)*numTags]
		var q [qCols]int16
		nz := false
		for t, v := range row[1:] {
			q[t] = int16(math.Round(float64((v - row[0]) / scale)))
			nz = nz || q[t] != 0
		}
		if !nz {
			continue
		}
		w.Write(buf[:binary.PutUvarint(buf[:], uint64(r-last))])
		last = r
		for _, v := range q {
			w.Write(buf[:binary.PutVarint(buf[:], int64(v))])
		}
	}
	w.Write(buf[:binary.PutUvarint(buf[:], 0)]) // end of rows
	for l := range NumGazLists {
		s := ""
		if m.gaz != nil {
			s = strings.Join(m.gaz.lists[l], "\n")
		}
		w.Write(buf[:binary.PutUvarint(buf[:], uint64(len(s)))])
		if _, err := w.WriteString(s); err != nil {
			return fmt.Errorf("write model: %w", err)
		}
	}
	if err := m.clusters.encode(w); err != nil {
		return err
	}
	return m.embClusters.encode(w)
}

func writeF32(w *bufio.Writer, v float32) {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], math.Float32bits(v))
	w.Write(b[:])
}

// ErrBadModel reports a model file that is not a tidings NER model.
var ErrBadModel = errors.New("entity: bad model")

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	m, err := decode(br)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	return m, nil
}

func decode(r *bufio.Reader) (*Model, error) {
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != modelMagic && string(magic) != modelMagicV4 {
		return nil, fmt.Errorf("magic %q", magic)
	}
	bits, err := r.ReadByte()
	if err != nil || bits < 8 || bits > 26 {
		return nil, fmt.Errorf("bits %d: %v", bits, err)
	}
	m := &Model{bits: bits, q: make([]int16, (1<<bits)*qCols), trans: make([]float32, (numTags+1)*numTags)}
	scale, err := readF32(r)
	if err != nil {
		return nil, err
	}
	for i := range m.trans {
		if m.trans[i], err = readF32(r); err != nil {
			return nil, err
		}
	}
	m.qScale = scale
	m.tt = new(transTable)
	m.tt.fill(m.trans)
	if err := m.decodeRows(r); err != nil {
		return nil, err
	}
	m.qw = rowWords(m.q)
	var lists [NumGazLists][]string
	for l := range NumGazLists {
		n, err := binary.ReadUvarint(r)
		if err != nil || n > 1<<28 {
			return nil, fmt.Errorf("gazetteer %d: %v", l, err)
		}
		// Read what is there, not what the length claims: a damaged length
		// must not allocate gigabytes.
		b, err := io.ReadAll(io.LimitReader(r, int64(n)))
		if err == nil && uint64(len(b)) < n {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			return nil, fmt.Errorf("gazetteer %d: %w", l, err)
		}
		if n > 0 {
			lists[l] = strings.Split(string(b), "\n")
		}
	}
	m.gaz = newGazetteerFromKeys(lists)
	if m.clusters, err = decodeClusters(r); err != nil {
		return nil, fmt.Errorf("text clusters: %w", err)
	}
	if string(magic) != modelMagicV4 {
		if m.embClusters, err = decodeClusters(r); err != nil {
			return nil, fmt.Errorf("embedding clusters: %w", err)
		}
	}
	m.clusTab = wordClusters{text: newClusterTable(m.clusters), emb: newClusterTable(m.embClusters)}
	return m, nil
}

// decodeRows reads the weight rows straight from r's buffer: most of a
// model file is rows, and binary.ReadUvarint's call per byte made them
// half the cost of Load.
func (m *Model) decodeRows(r *bufio.Reader) error {
	const maxRow = (1 + qCols) * binary.MaxVarintLen64
	row, rows := -1, len(m.q)/qCols
	for {
		b, err := r.Peek(r.Size())
		if len(b) == 0 {
			return fmt.Errorf("rows: %w", err)
		}
		last := err != nil // b is all that is left
		pos := 0
		for pos < len(b) && (last || len(b)-pos >= maxRow) {
			d, n := binary.Uvarint(b[pos:])
			if n <= 0 {
				return fmt.Errorf("rows: bad row delta after row %d", row)
			}
			pos += n
			if d == 0 {
				_, err := r.Discard(pos)
				return err
			}
			if d > uint64(rows-1-row) {
				return fmt.Errorf("row %d + %d out of range", row, d)
			}
			row += int(d)
			for t := range qCols {
				v, n := binary.Varint(b[pos:])
				if n <= 0 {
					return fmt.Errorf("row %d: bad weight", row)
				}
				pos += n
				if v < math.MinInt16 || v > math.MaxInt16 {
					return fmt.Errorf("row %d: weight %d out of range", row, v)
				}
				m.q[row*qCols+t] = int16(v)
			}
		}
		if last {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return fmt.Errorf("rows: %w", err)
		}
		if _, err := r.Discard(pos); err != nil {
			return fmt.Errorf("rows: %w", err)
		}
	}
}

func readF32(r io.Reader) (float32, error) {
	var b [4]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return 0, fmt.Errorf("float: %w", err)
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b[:])), nil
}
