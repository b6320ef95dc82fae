package money

import (
	"fmt"
	"testing"
	"time"

	"tidings/corpus"
)

// want describes one expected fact; zero fields are not checked, except
// that Amount/AmountMax are checked when non-zero and Vague always.
type want struct {
	text      string
	typ       corpus.FactType
	amount    float64
	max       float64
	currency  string
	qualifier string
	vague     bool
	per       string
	number    float64
	unit      string
}

func money(text string, amount float64, currency string) want {
	return want{text: text, typ: corpus.FactMoney, amount: amount, currency: currency}
}

func pct(text string, number float64, unit string) want {
	return want{text: text, typ: corpus.FactPercent, number: number, unit: unit}
}

func (w want) q(q string) want      { w.qualifier = q; return w }
func (w want) upTo(m float64) want  { w.max = m; return w }
func (w want) rate(per string) want { w.per = per; return w }
func vagueMoney(text, cur string) want {
	return want{text: text, typ: corpus.FactMoney, currency: cur, vague: true}
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		dollar string
		want   []want
	}{
		// Signs and codes.
		{"dollar sign", "It paid $7.5 billion.", "", []want{money("$7.5 billion", 7.5e9, "USD")}},
		{"dollar sign uses Options.Dollar", "It paid $5 million.", "CAD", []want{money("$5 million", 5e6, "CAD")}},
		{"US$ stays USD", "It paid US$5 million.", "CAD", []want{money("US$5 million", 5e6, "USD")}},
		{"C$ is CAD", "a C$300 million charge", "", []want{money("C$300 million", 3e8, "CAD")}},
		{"A$ is AUD", "A$1.2bn deal", "", []want{money("A$1.2bn", 1.2e9, "AUD")}},
		{"AU$ is AUD", "with a AU$52.5 million package", "", []want{money("AU$52.5 million", 52.5e6, "AUD")}},
		{"HK$ is HKD", "HK$10.05 billion", "", []want{money("HK$10.05 billion", 10.05e9, "HKD")}},
		{"NZ$ is NZD", "NZ$40m", "", []want{money("NZ$40m", 40e6, "NZD")}},
		{"S$ is SGD", "S$3 billion", "", []want{money("S$3 billion", 3e9, "SGD")}},
		{"NT$ is TWD", "NT$3 billion", "", []want{money("NT$3 billion", 3e9, "TWD")}},
		{"euro sign", "€57 million", "", []want{money("€57 million", 57e6, "EUR")}},
		{"US with a space", "a US $5 million grant", "CAD", []want{money("US $5 million", 5e6, "USD")}},
		{"capital A article is no prefix", "A $5 million grant", "CAD", []want{money("$5 million", 5e6, "CAD")}},
		{"Rmb glued", "Rmb5bn", "", []want{money("Rmb5bn", 5e9, "CNY")}},
		{"pound sign", "£8.10 million", "", []want{money("£8.10 million", 8.1e6, "GBP")}},
		{"GB pound sign", "GB£3m", "", []want{money("GB£3m", 3e6, "GBP")}},
		{"yen sign", "¥500 billion", "", []want{money("¥500 billion", 5e11, "JPY")}},
		{"rupee sign", "₹200 crore", "", []want{money("₹200 crore", 2e9, "INR")}},
		{"won sign", "₩1,000", "", []want{money("₩1,000", 1000, "KRW")}},
		{"CHF code before", "fined CHF 10,000", "", []want{money("CHF 10,000", 1e4, "CHF")}},
		{"USD code before with scale", "USD 5 million", "", []want{money("USD 5 million", 5e6, "USD")}},
		{"code glued", "USD115.5", "", []want{money("USD115.5", 115.5, "USD")}},
		{"code after", "50 million USD", "", []want{money("50 million USD", 5e7, "USD")}},
		{"million code", "30 MUSD", "", []want{money("30 MUSD", 3e7, "USD")}},
		{"tokenised c $", "between c $ 16.4 million", "", []want{money("c $ 16.4 million", 16.4e6, "CAD")}},
		{"sign after", "10 € each", "", []want{money("10 €", 10, "EUR")}},
		{"rupees abbreviation", "Rs. 500 crore", "", []want{money("Rs. 500 crore", 5e9, "INR")}},
		{"lakh crore", "Rs 1.5 lakh crore", "", []want{money("Rs 1.5 lakh crore", 1.5e12, "INR")}},

		// Currency words.
		{"euros", "5 million euros", "", []want{money("5 million euros", 5e6, "EUR")}},
		{"dollars", "Give me 5 dollars", "", []want{money("5 dollars", 5, "USD")}},
		{"pounds sterling", "2 million pounds sterling", "", []want{money("2 million pounds sterling", 2e6, "GBP")}},
		{"pounds with scale", "361 million pounds", "", []want{money("361 million pounds", 361e6, "GBP")}},
		{"pounds of weight not money", "He lost 20 pounds.", "", nil},
		{"decimal pounds of beef not money", "2.5 pounds of beef", "", nil},
		{"dlrs", "(dlrs 1,667)", "", nil},
		{"dlrs after number", "1,667 dlrs", "", []want{money("1,667 dlrs", 1667, "USD")}},
		{"a year ago is no rate", "from $10 million a year ago", "", []want{money("$10 million", 1e7, "USD")}},
		{"no-break space", "$5\u00a0million", "", []want{money("$5\u00a0million", 5e6, "USD")}},
		{"yen", "450,000 yen", "", []want{money("450,000 yen", 450000, "JPY")}},
		{"yuan", "100 billion yuan", "", []want{money("100 billion yuan", 1e11, "CNY")}},
		{"renminbi", "3 billion renminbi", "", []want{money("3 billion renminbi", 3e9, "CNY")}},
		{"rupees", "500 rupees", "", []want{money("500 rupees", 500, "INR")}},
		{"cents", "26 cents", "", []want{money("26 cents", 0.26, "USD")}},
		{"cents follow Options.Dollar", "26 cents", "CAD", []want{money("26 cents", 0.26, "CAD")}},
		{"pence", "470 pence a share", "", []want{money("470 pence", 4.7, "GBP").rate("share")}},
		{"Canadian dollars", "40 million Canadian dollars", "", []want{money("40 million Canadian dollars", 4e7, "CAD")}},
		{"Australian dollars", "125 million Australian dollars", "", []want{money("125 million Australian dollars", 1.25e8, "AUD")}},
		{"US dollars after sign", "around $9.99 US dollars", "", []want{money("around $9.99 US dollars", 9.99, "USD").q("approx")}},
		{"redundant dollar word", "a USD$23 billion dollar deal", "", []want{money("USD$23 billion dollar", 23e9, "USD")}},
		{"paren clarifier", "costs $99 (USD) to join", "CAD", []want{money("$99 (USD)", 99, "USD")}},
		{"paren Canadian", "$5 million (Canadian)", "", []want{money("$5 million (Canadian)", 5e6, "CAD")}},
		{"dollars and cents", "it only cost 3 dollars 50 cents.", "", []want{money("3 dollars 50 cents", 3.5, "USD")}},
		{"spelled dollars and cents", "thirteen dollars and forty-five cents", "", []want{money("thirteen dollars and forty-five cents", 13.45, "USD")}},

		// Scales and numbers.
		{"thousands separators", "$1,234.5", "", []want{money("$1,234.5", 1234.5, "USD")}},
		{"bn glued", "$1.2bn", "", []want{money("$1.2bn", 1.2e9, "USD")}},
		{"k glued", "$50k", "", []want{money("$50k", 5e4, "USD")}},
		{"m glued", "£5m", "", []want{money("£5m", 5e6, "GBP")}},
		{"mn", "$3 mn", "", []want{money("$3 mn", 3e6, "USD")}},
		{"mln", "$3mln", "", []want{money("$3mln", 3e6, "USD")}},
		{"tn", "$1.5tn", "", []want{money("$1.5tn", 1.5e12, "USD")}},
		{"b glued", "$4b", "", []want{money("$4b", 4e9, "USD")}},
		{"trillion", "$2 trillion", "", []want{money("$2 trillion", 2e12, "USD")}},
		{"thousand", "$40 thousand", "", []want{money("$40 thousand", 4e4, "USD")}},
		{"spelled four billion dollars", "four billion dollars", "", []want{money("four billion dollars", 4e9, "USD")}},
		{"a million dollars", "won a million dollars", "", []want{money("a million dollars", 1e6, "USD")}},
		{"twenty-five million", "twenty-five million euros", "", []want{money("twenty-five million euros", 25e6, "EUR")}},
		{"half a billion", "half a billion dollars", "", []want{money("half a billion dollars", 5e8, "USD")}},
		{"quarter million", "a quarter million us dollars", "", []want{money("a quarter million us dollars", 2.5e5, "USD")}},
		{"hundreds spelled", "two hundred and fifty million dollars", "", []want{money("two hundred and fifty million dollars", 2.5e8, "USD")}},
		{"bare m is not money", "a 5m drop", "", nil},

		// Ranges and qualifiers.
		{"hyphen range", "$3-5 billion", "", []want{money("$3-5 billion", 3e9, "USD").upTo(5e9)}},
		{"to range", "$3 billion to $5 billion", "", []want{money("$3 billion to $5 billion", 3e9, "USD").upTo(5e9)}},
		{"between range inherits scale", "between $1 and $2 million", "", []want{money("between $1 and $2 million", 1e6, "USD").upTo(2e6)}},
		{"between words range", "between 12 and 20 million euros", "", []want{money("between 12 and 20 million euros", 12e6, "EUR").upTo(20e6)}},
		{"sign repeated in a dash range", "€5m-€10m", "", []want{money("€5m-€10m", 5e6, "EUR").upTo(1e7)}},
		{"spelled-scale range with currency words", "5-10 million euros", "", []want{money("5-10 million euros", 5e6, "EUR").upTo(1e7)}},
		{"cents range", "15 cents to 20 cents a share", "", []want{money("15 cents to 20 cents", 0.15, "USD").upTo(0.2).rate("share")}},
		{"price move is no range", "shares fell $2 to $15", "", []want{money("$2", 2, "USD"), money("$15", 15, "USD")}},
		{"far apart values are no range", "rose 6 pence to 388 pence", "", []want{money("6 pence", 0.06, "GBP"), money("388 pence", 3.88, "GBP")}},
		{"from to is two amounts", "rose from $5 million to $10 million", "", []want{money("$5 million", 5e6, "USD"), money("$10 million", 1e7, "USD")}},
		{"up to", "up to $50 billion", "", []want{money("up to $50 billion", 5e10, "USD").q("upto")}},
		{"about", "about $14 million", "", []want{money("about $14 million", 14e6, "USD").q("approx")}},
		{"roughly", "roughly $1 billion", "", []want{money("roughly $1 billion", 1e9, "USD").q("approx")}},
		{"nearly", "nearly €2 million", "", []want{money("nearly €2 million", 2e6, "EUR").q("approx")}},
		{"at least", "at least $5", "", []want{money("at least $5", 5, "USD").q("atleast")}},
		{"more than", "more than $247 million", "", []want{money("more than $247 million", 247e6, "USD").q("over")}},
		{"over", "over $6.7 billion", "", []want{money("over $6.7 billion", 6.7e9, "USD").q("over")}},
		{"less than", "less than £1m", "", []want{money("less than £1m", 1e6, "GBP").q("under")}},
		{"at most", "at most $3", "", []want{money("at most $3", 3, "USD").q("atmost")}},
		{"no more than", "no more than $3", "", []want{money("no more than $3", 3, "USD").q("atmost")}},

		// Attributive forms.
		{"up-to hyphenated", "an up-to-$50 billion deal", "", []want{money("up-to-$50 billion", 5e10, "USD").q("upto")}},
		{"hyphenated scale", "a $50-billion plan", "", []want{money("$50-billion", 5e10, "USD")}},
		{"bn a year", "a $250bn-a-year market", "", []want{money("$250bn", 2.5e11, "USD").rate("year")}},
		{"cent a share", "a 12-cent-a-share dividend", "", []want{money("12-cent", 0.12, "USD").rate("share")}},

		// Vague amounts.
		{"billions of dollars", "buy billions of dollars of bad loans", "", []want{vagueMoney("billions of dollars", "USD")}},
		{"tens of billions", "tens of billions of dollars", "", []want{vagueMoney("tens of billions of dollars", "USD")}},
		{"millions of pounds", "millions of pounds", "", []want{vagueMoney("millions of pounds", "GBP")}},
		{"millions of pounds of steel", "millions of pounds of steel", "", nil},

		// Rates.
		{"an hour", "$28 an hour", "", []want{money("$28", 28, "USD").rate("hour")}},
		{"per share", "26 cents per share", "", []want{money("26 cents", 0.26, "USD").rate("share")}},
		{"a barrel", "$5 a barrel", "", []want{money("$5", 5, "USD").rate("barrel")}},
		{"per annum is a year", "GBP30000 per annum", "", []want{money("GBP30000", 30000, "GBP").rate("year")}},
		{"per the deal is no rate", "paid $5 per the deal", "", []want{money("$5", 5, "USD")}},

		// Percentages.
		{"percent sign", "rose 27%", "", []want{pct("27%", 27, "percent")}},
		{"percent word", "27 percent", "", []want{pct("27 percent", 27, "percent")}},
		{"per cent", "27 per cent", "", []want{pct("27 per cent", 27, "percent")}},
		{"pct", "27.5 pct", "", []want{pct("27.5 pct", 27.5, "percent")}},
		{"percentage points", "2.5 percentage points", "", []want{pct("2.5 percentage points", 2.5, "points")}},
		{"negative", "fell -3.2% today", "", []want{pct("-3.2%", -3.2, "percent")}},
		{"spelled percent", "five percent", "", []want{pct("five percent", 5, "percent")}},
		{"half a percent", "a gain of half a percent", "", []want{pct("half a percent", 0.5, "percent")}},
		{"percent range", "15-20%", "", []want{pct("15-20%", 15, "percent")}},
		{"qualified percent", "by as much as 3%", "", []want{pct("as much as 3%", 3, "percent")}},
		{"leading decimal point", "rose .5% today", "", []want{pct(".5%", 0.5, "percent")}},
		{"fraction is not read as its denominator", "rose 1/2 percent", "", nil},
		{"mixed number", "6 3/8% debentures", "", []want{pct("6 3/8%", 6.375, "percent")}},
		{"mixed number cents", "rose 12 1/2 cents", "", []want{money("12 1/2 cents", 0.125, "USD")}},
		{"date is no fraction", "on 6 3/12 we met", "", nil},
		{"mixed-number pounds are a weight", "lost 5 1/2 pounds", "", nil},
		{"decimal comma is not read in halves", "rose 5,6%", "", nil},
		{"list without spaces", "30%,40%", "", []want{pct("30%", 30, "percent"), pct("40%", 40, "percent")}},

		// Not money.
		{"year", "In 2009 the firm grew.", "", nil},
		{"phone number", "Call 555-1234 now.", "", nil},
		{"shell variable", "echo $1abc and a$5", "", nil},
		{"regex backrefs", "s/(a)(b)/$1$2/ and ${1} or $2_x or $3=4", "", nil},
		{"per slash is a rate", "$5/share", "", []want{money("$5", 5, "USD").rate("share")}},
		{"model number", "the A380 and 787", "", nil},
		{"time is not pence", "at 2p.m. today", "", nil},
		{"video resolution is not money", "a 4K screen", "", nil},
		{"ALL is no currency", "ALL 5 solutions are wrong.", "", nil},
		{"sign before year-like number in tokens", "in 1989 $ 5 million", "", []want{money("$ 5 million", 5e6, "USD")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.text, Options{Dollar: tt.dollar})
			if len(got) != len(tt.want) {
				t.Fatalf("Extract(%q) = %s, want %d facts", tt.text, show(got), len(tt.want))
			}
			for i, w := range tt.want {
				if err := w.check(got[i]); err != nil {
					t.Errorf("Extract(%q) fact %d: %v (got %s)", tt.text, i, err, show(got[i:i+1]))
				}
			}
		})
	}
}

func (w want) check(f corpus.Fact) error {
	switch {
	case f.Type != w.typ:
		return fmt.Errorf("type %s, want %s", f.Type, w.typ)
	case f.Text != w.text:
		return fmt.Errorf("text %q, want %q", f.Text, w.text)
	case w.currency != "" && f.Currency != w.currency:
		return fmt.Errorf("currency %s, want %s", f.Currency, w.currency)
	case f.Qualifier != w.qualifier:
		return fmt.Errorf("qualifier %q, want %q", f.Qualifier, w.qualifier)
	case f.Vague != w.vague:
		return fmt.Errorf("vague %v, want %v", f.Vague, w.vague)
	case f.Per != w.per:
		return fmt.Errorf("per %q, want %q", f.Per, w.per)
	case w.unit != "" && f.Unit != w.unit:
		return fmt.Errorf("unit %q, want %q", f.Unit, w.unit)
	}
	if err := near("amount", f.Amount, w.amount, w.typ == corpus.FactMoney && !w.vague); err != nil {
		return err
	}
	if err := near("amount_max", f.AmountMax, w.max, w.max != 0); err != nil {
		return err
	}
	if w.max == 0 && f.AmountMax != nil {
		return fmt.Errorf("amount_max %g, want none", *f.AmountMax)
	}
	if w.vague && f.Amount != nil {
		return fmt.Errorf("vague amount has amount %g", *f.Amount)
	}
	return near("number", f.Number, w.number, w.typ == corpus.FactPercent)
}

func near(field string, got *float64, want float64, required bool) error {
	if !required {
		return nil
	}
	if got == nil {
		return fmt.Errorf("%s missing, want %g", field, want)
	}
	d := *got - want
	if d < 0 {
		d = -d
	}
	if d > 1e-9*max(1, want, -want) {
		return fmt.Errorf("%s %g, want %g", field, *got, want)
	}
	return nil
}

func show(fs []corpus.Fact) string {
	out := "["
	for i, f := range fs {
		if i > 0 {
			out += ", "
		}
		out += describe(f)
		if f.Number != nil {
			out += fmt.Sprintf(" =%g %s", *f.Number, f.Unit)
		}
		if f.Qualifier != "" {
			out += " q=" + f.Qualifier
		}
		if f.Per != "" {
			out += " per=" + f.Per
		}
	}
	return out + "]"
}

func TestDigitGrouping(t *testing.T) {
	tests := []struct {
		name string
		text string
		want float64 // 0: no fact
	}{
		{"western groups", "$1,234,567", 1234567},
		{"indian lakh", "Rs 6,00,000", 600000},
		{"indian with dollar", "$2,10,000", 210000},
		{"bad grouping is dropped", "$1,2345", 0},
		{"comma list is not one amount", "$1, 2 and 3", 1},
		{"decimals", "$0.67", 0.67},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.text, Options{})
			if tt.want == 0 {
				if len(got) != 0 {
					t.Fatalf("Extract(%q) = %s, want none", tt.text, show(got))
				}
				return
			}
			if len(got) != 1 || got[0].Amount == nil || *got[0].Amount != tt.want {
				t.Fatalf("Extract(%q) = %s, want amount %g", tt.text, show(got), tt.want)
			}
		})
	}
}

func TestAmountsAreClean(t *testing.T) {
	tests := []struct {
		name string
		text string
		want float64
	}{
		{"decimal billions", "$16.379 billion", 16379000000},
		{"decimal millions", "$32.3 million", 32300000},
		{"pence", "70p", 0.7},
		{"cents", "83 cents", 0.83},
		{"range low end", "$3.5-5 billion", 3500000000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.text, Options{})
			if len(got) != 1 || got[0].Amount == nil || *got[0].Amount != tt.want {
				t.Fatalf("Extract(%q) = %s, want exactly %v", tt.text, show(got), tt.want)
			}
		})
	}
}

func TestExtractConcurrent(t *testing.T) {
	text := fallbackNews
	want := show(Extract(text, Options{}))
	done := make(chan string)
	for range 8 {
		go func() { done <- show(Extract(text, Options{})) }()
	}
	for range 8 {
		select {
		case got := <-done:
			if got != want {
				t.Fatalf("concurrent Extract = %s, want %s", got, want)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("concurrent Extract did not finish")
		}
	}
}
