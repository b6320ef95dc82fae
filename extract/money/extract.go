package money

import (
	"math"

	"tidings/corpus"
)

// Options tunes Extract.
type Options struct {
	// Dollar is the ISO code a bare "$", "dollars" or "cents" stands for;
	// "USD" when empty. Dollar signs the text ties to another currency
	// ("C$", "NT$", "$5 (Canadian)") keep that currency.
	Dollar string
}

// Extract returns the money and percent facts found in text, in offset
// order. SentenceStart and SentenceEnd are left zero. Extract is pure and
// safe for concurrent use.
func Extract(text string, opts Options) []corpus.Fact {
	sc := scanner{s: text, dollar: opts.Dollar}
	if sc.dollar == "" {
		sc.dollar = "USD"
	}
	sc.run()
	return sc.facts
}

// scanner walks the text once, stopping at trigger characters and words.
type scanner struct {
	s       string
	dollar  string
	facts   []corpus.Fact
	lastEnd int // end of the last fact: look-behind never crosses it
}

func (sc *scanner) run() {
	s := sc.s
	i := 0
	for i < len(s) {
		c := s[i]
		switch class[c] {
		case clOther:
			i++
		case clDigit:
			if i > 0 && (isAlnum(s[i-1]) || s[i-1] == '_' || s[i-1] == '/' || (s[i-1] == ',' && i > 1 && isDigit(s[i-2]))) {
				i = skipToken(s, i) // "A380", "1/2", the tail of "5,6"
				continue
			}
			if i > 0 && s[i-1] == '.' {
				if i > 1 && isDigit(s[i-2]) {
					i = skipToken(s, i)
					continue
				}
				if i-1 >= sc.lastEnd {
					i = sc.fromDigits(i - 1) // ".5%"
					continue
				}
			}
			i = sc.fromDigits(i)
		case clLetter:
			j := wordEnd(s, i)
			if (i > 0 && (isDigit(s[i-1]) || s[i-1] == '_')) || j-i > maxWordLen {
				i = j
				continue
			}
			g := &gate
			if isUpper(c) && ((j-i > 1 && isUpper(s[i+1])) || c == 'R' || c == 'S') {
				g = &gateUpper // codes need capitals, bar "Rs", "SFr"
			}
			if isArticle(s[i:j]) {
				if end, ok := sc.fromWord(i, j, trigNumber); ok {
					i = end
					continue
				}
			} else if g[gateKey(s, i, j)]&(1<<(j-i)) != 0 {
				if flags, ok := lookup(triggers, s[i:j]); ok {
					if end, ok := sc.fromWord(i, j, flags); ok {
						i = end
						continue
					}
				}
			}
			i = j
		case clSign:
			code, l := symbolAt(s, i)
			if l == 0 {
				i++
				continue
			}
			if end, ok := sc.fromSymbol(i, l, code); ok {
				i = end
				continue
			}
			i += l
		}
	}
}

// skipToken skips the letters, digits and inner separators of a token such
// as "A380", "1.2.3" or "555-1234".
func skipToken(s string, i int) int {
	for i < len(s) && (isAlnum(s[i]) || ((s[i] == '.' || s[i] == ',' || s[i] == '_') && i+1 < len(s) && isAlnum(s[i+1]))) {
		i++
	}
	return i
}

// moneyFact is a money fact in the making.
type moneyFact struct {
	start, end  int
	amount, max float64
	hasMax      bool
	code        string
	qual        string
	per         string
	vague       bool
}

func (sc *scanner) emitMoney(m moneyFact) int {
	if m.code == dollarCode {
		m.code = sc.dollar
	}
	f := corpus.Fact{
		Type: corpus.FactMoney, Start: m.start, End: m.end, Text: sc.s[m.start:m.end],
		Currency: m.code, Qualifier: m.qual, Per: m.per, Vague: m.vague,
	}
	if !m.vague {
		if !finite(m.amount) || (m.hasMax && !finite(m.max)) {
			return m.end
		}
		f.Amount = corpus.Float(m.amount)
		if m.hasMax {
			f.AmountMax = corpus.Float(m.max)
		}
	}
	sc.facts = append(sc.facts, f)
	sc.lastEnd = m.end
	return m.end
}

func (sc *scanner) emitPercent(start, end int, v float64, unitName string) int {
	if !finite(v) {
		return end
	}
	sc.facts = append(sc.facts, corpus.Fact{
		Type: corpus.FactPercent, Start: start, End: end, Text: sc.s[start:end],
		Number: corpus.Float(v), Unit: unitName,
	})
	sc.lastEnd = end
	return end
}

func finite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

// finishMoney adds the qualifier before the amount and the rate after it,
// then emits the fact.
func (sc *scanner) finishMoney(m moneyFact) int {
	qual, qs := qualifierBefore(sc.s, m.start, sc.lastEnd)
	switch qual {
	case "", "from":
	case "between":
		if m.hasMax {
			m.start = qs
		}
	default:
		m.qual, m.start = qual, qs
	}
	m.per = parsePer(sc.s, m.end)
	return sc.emitMoney(m)
}
