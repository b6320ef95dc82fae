package money

import (
	"sort"
	"strings"
)

// qualPhrase is a qualifier written before an amount, words in text order.
type qualPhrase struct {
	words []string
	qual  string
}

// qualPhrases is ordered longest first so "no more than" wins over "more
// than". The qualifier "between" marks a range, "from" the start of a change.
var qualPhrases = func() []qualPhrase {
	var out []qualPhrase
	for _, group := range []struct {
		qual    string
		phrases string
	}{
		{"atmost", "no more than|not more than|at most|at the most|no higher than"},
		{"upto", "as much as|as high as|up to|as many as"},
		{"over", "in excess of|more than|upwards of|well over|just over|over|above|exceeding|greater than"},
		{"atleast", "at least|a minimum of|no less than|not less than"},
		{"under", "less than|just under|well under|fewer than|under|below"},
		{"approx", "an estimated|close to|around|about|roughly|approximately|nearly|almost|some|circa|approx|estimated|an approximate"},
		{"between", "between"},
		{"from", "from"},
	} {
		for _, p := range strings.Split(group.phrases, "|") {
			out = append(out, qualPhrase{strings.Fields(p), group.qual})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].words) > len(out[b].words) })
	return out
}()

// qualByLast indexes qualPhrases by their last word, keeping the order.
var qualByLast = func() map[string][]qualPhrase {
	m := map[string][]qualPhrase{}
	for _, q := range qualPhrases {
		last := q.words[len(q.words)-1]
		m[last] = append(m[last], q)
	}
	return m
}()

// wordsBefore returns up to three words before pos (nearest first), each as
// [start, end), never reaching before min. Words are separated by spaces or
// a hyphen ("up-to-$50").
func wordsBefore(s string, pos, min int) (ws [3][2]int, n int) {
	for n < 3 {
		k := skipSpaceBack(s, pos)
		if k == pos && pos > 0 && s[pos-1] == '-' {
			k = pos - 1
		}
		if k == pos || k <= min || !isLetter(s[k-1]) {
			return ws, n
		}
		st, ok := wordStartBack(s, k)
		if !ok || st < min || (st > 0 && isDigit(s[st-1])) {
			return ws, n
		}
		ws[n] = [2]int{st, k}
		n++
		pos = st
	}
	return ws, n
}

// qualifierBefore finds a qualifier phrase ending right before pos. It
// returns the qualifier and the start of its phrase, or "" and pos.
func qualifierBefore(s string, pos, min int) (string, int) {
	ws, n := wordsBefore(s, pos, min)
	if n == 0 {
		return "", pos
	}
	cands, ok := lookup(qualByLast, s[ws[0][0]:ws[0][1]])
	if !ok {
		return "", pos
	}
	for _, q := range cands {
		m := len(q.words)
		if m > n {
			continue
		}
		ok := true
		for k := 0; k < m; k++ {
			w := ws[m-1-k]
			if !eqFold(s[w[0]:w[1]], q.words[k]) {
				ok = false
				break
			}
		}
		if ok {
			return q.qual, ws[m-1][0]
		}
	}
	return "", pos
}

// parsePer reads the unit of a rate after an amount ending at i: "a share",
// "an hour", "per barrel", "-a-year", "/hr". The rate is not in the span.
func parsePer(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	switch s[i] {
	case '/':
		if w, e := wordAt(s, i+1); boundaryAfter(s, e) {
			if p, ok := lookup(perNouns, w); ok {
				return p
			}
		}
		return ""
	case '-':
		w, e := wordAt(s, i+1)
		if e < len(s) && s[e] == '-' && (eqFold(w, "a") || eqFold(w, "an") || eqFold(w, "per")) {
			if w2, e2 := wordAt(s, e+1); boundaryAfter(s, e2) {
				if p, ok := lookup(perNouns, w2); ok {
					return p
				}
			}
		}
		return ""
	}
	k, ok := nextWordAfter(s, i, false)
	if !ok {
		return ""
	}
	w, e := wordAt(s, k)
	if !boundaryAfter(s, e) {
		return ""
	}
	isPer := eqFold(w, "per")
	if !isPer && !eqFold(w, "a") && !eqFold(w, "an") {
		return ""
	}
	k2, ok := nextWordAfter(s, e, false)
	if !ok {
		return ""
	}
	w2, e2 := wordAt(s, k2)
	if !boundaryAfter(s, e2) || len(w2) > maxWordLen {
		return ""
	}
	if e2 < len(s) && s[e2] == '-' {
		return "" // "a year-earlier figure"
	}
	if k3, ok := nextWordAfter(s, e2, false); ok && !isPer {
		switch w3, _ := wordAt(s, k3); {
		case eqFold(w3, "ago"), eqFold(w3, "earlier"), eqFold(w3, "before"), eqFold(w3, "later"),
			eqFold(w3, "previously"), eqFold(w3, "prior"), eqFold(w3, "after"):
			return "" // "$10 million a year ago": a time, not a rate
		}
	}
	if p, ok := lookup(perNouns, w2); ok {
		return p
	}
	if isPer {
		if _, stop := lookup(perStop, w2); !stop {
			return strings.ToLower(w2)
		}
	}
	return ""
}

// perStop are words after "per" that name no unit: "per cent", "per the
// agreement".
var perStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`cent centum the a an this that these those his her its their our
		my your each every se`) {
		m[w] = true
	}
	return m
}()
