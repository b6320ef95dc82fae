package entity

// wordFilter is a cheap test before a map lookup: the case-folded first
// two ASCII letters of the words a list holds. Words that start
// otherwise (digits, other scripts, one letter) always pass.
type wordFilter [26][26]bool

func newWordFilter(words []string) *wordFilter {
	f := &wordFilter{}
	for _, w := range words {
		if a, b, ok := letterPair(w); ok {
			f[a][b] = true
		}
	}
	return f
}

// maybe reports that w may be in the list.
func (f *wordFilter) maybe(w string) bool {
	a, b, ok := letterPair(w)
	return !ok || f[a][b]
}

func letterPair(w string) (byte, byte, bool) {
	if len(w) < 2 {
		return 0, 0, false
	}
	a, b := w[0]|0x20, w[1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return 0, 0, false
	}
	return a - 'a', b - 'a', true
}
