package money

import "strings"

// dollarCode marks a currency that is "the dollar" of Options.Dollar: a bare
// "$", "dollars", "cents".
const dollarCode = "$"

// symbols maps currency signs to ISO codes. "$" is dollarCode; "¥" is read
// as the yen, the common use in English news.
var symbols = map[string]string{
	"$": dollarCode, "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "₹": "INR",
	"₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS",
	"₫": "VND", "₴": "UAH", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₸": "KZT",
	"₵": "GHS", "₲": "PYG", "₼": "AZN", "฿": "THB", "元": "CNY", "円": "JPY",
	"¢": "¢",
}

// symbolAt returns the currency sign at s[i] and its byte length.
func symbolAt(s string, i int) (string, int) {
	if i >= len(s) {
		return "", 0
	}
	var n int
	switch c := s[i]; {
	case c == '$':
		return dollarCode, 1
	case i+1 >= len(s):
		return "", 0
	case c == 0xC2:
		n = 2 // ¢ £ ¥
	case c == 0xE2 && (s[i+1] == 0x82 || s[i+1] == 0x83):
		n = 3 // U+20A0 … U+20CF, the currency block; not quotes or dashes
	case (c == 0xE0 && s[i+1] == 0xB8) || (c == 0xE5 && (s[i+1] == 0x85 || s[i+1] == 0x86)) || (c == 0xEF && s[i+1] == 0xBF):
		n = 3 // ฿ 元 円 ￥
	default:
		return "", 0
	}
	if i+n > len(s) {
		return "", 0
	}
	code, ok := symbols[s[i:i+n]]
	if !ok {
		return "", 0
	}
	return code, n
}

// letterPrefixes maps the letters written before a sign ("US" in "US$",
// "HK" in "HK$", "GB" in "GB£") to the currency they make of it, per sign.
var letterPrefixes = map[string]map[string]string{
	"$": {
		"us": "USD", "u.s.": "USD", "u.s": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "can": "CAD",
		"cad": "CAD", "a": "AUD", "au": "AUD", "aud": "AUD", "hk": "HKD", "hkd": "HKD", "nz": "NZD",
		"nzd": "NZD", "s": "SGD", "sg": "SGD", "sgd": "SGD", "nt": "TWD", "ntd": "TWD", "twd": "TWD",
		"r": "BRL", "mex": "MXN", "mx": "MXN", "mxn": "MXN", "z": "ZWL", "j": "JMD", "rd": "DOP",
		"tt": "TTD", "ec": "XCD", "bz": "BZD", "fj": "FJD", "ar": "ARS", "col": "COP", "cop": "COP",
		"clp": "CLP", "b": "BBD", "bds": "BBD", "l": "LRD", "g": "GYD", "bd": "BMD", "ws": "WST",
	},
	"£": {"gb": "GBP", "uk": "GBP", "e": "EGP", "le": "EGP"},
	"¥": {"cn": "CNY", "rmb": "CNY", "jp": "JPY"},
	"€": {},
}

// singleLetterLower lists the one-letter sign prefixes accepted in lower
// case ("c$"); others ("a$", "s$") read as words glued to the sign.
const singleLetterLower = "c"

// codes are ISO 4217 codes read as currency when written as a word.
// wordy ones (English words in lower case) only count in upper case.
var codes, wordyCodes = func() (map[string]string, map[string]bool) {
	plain := strings.Fields(`USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD INR KRW RUB BRL MXN ZAR
		SEK NOK DKK PLN TWD THB IDR MYR VND ILS AED EGP NGN KES ARS CLP CZK HUF RON UAH PKR BDT
		QAR KWD LKR GHS TND ISK BGN HRK KZT FIM ESP NLG FRF ITL BEF IEP XAF
		XOF BHD OMR JOD IQD IRR LAK CRC UYU PYG DOP JMD TTD XCD FJD BMD BBD BZD`)
	wordy := strings.Fields(`TRY PEN COP PHP SAR MOP CUP ALL TOP BAM MDL SOS AOA GEL MAD RON BOB CAD`)
	m := make(map[string]string, len(plain)+len(wordy)+1)
	w := make(map[string]bool, len(wordy))
	for _, c := range plain {
		m[strings.ToLower(c)] = c
	}
	for _, c := range wordy {
		if c == "ALL" || c == "TOP" || c == "CUP" {
			continue // too common as words even in capitals
		}
		m[strings.ToLower(c)] = c
		w[strings.ToLower(c)] = true
	}
	m["rmb"] = "CNY"
	return m, w
}()

// codeWord returns the ISO code w names and a multiplier: "USD" -> USD 1,
// "MUSD" -> USD 1e6 (the "M" prefix of financial tables). Wordy codes and
// the M prefix need capitals.
func codeWord(w string) (string, float64, bool) {
	if len(w) == 4 && w[0] == 'M' && isAllUpper(w) {
		if c, ok := lookup(codes, w[1:]); ok {
			return c, 1e6, true
		}
	}
	if len(w) != 3 {
		return "", 0, false
	}
	c, ok := lookup(codes, w)
	if !ok {
		return "", 0, false
	}
	if wordy, _ := lookup(wordyCodes, w); wordy && !isAllUpper(w) {
		return "", 0, false
	}
	return c, 1, true
}

// prefixWords are non-ISO abbreviations written before an amount.
var prefixWords = map[string]string{"rs": "INR", "rm": "MYR", "sfr": "CHF", "rp": "IDR", "rmb": "CNY"}

// unit is a currency word read after an amount.
type unit struct {
	code   string  // ISO code or dollarCode
	factor float64 // 0.01 for cents and pence
	weak   bool    // "pounds" is also a weight: needs a scale, decimals or "sterling"
	scaled bool    // "won", "dong": read as currency only after a scale word
}

// unitPhrases maps lowercase currency phrases (words joined by one space)
// to their unit. The first word of every phrase is in unitFirst.
var unitPhrases = func() map[string]unit {
	m := map[string]unit{}
	add := func(code string, f float64, phrases ...string) {
		for _, p := range phrases {
			m[p] = unit{code: code, factor: f}
		}
	}
	add(dollarCode, 1, "dollars", "dollar", "bucks", "dlrs", "dlr")
	add(dollarCode, 0.01, "cents", "cent")
	add("USD", 1, "us dollars", "us dollar", "u.s. dollars", "u.s. dollar", "american dollars", "usd dollars")
	add("USD", 0.01, "us cents", "u.s. cents")
	add("CAD", 1, "canadian dollars", "canadian dollar")
	add("CAD", 0.01, "canadian cents")
	add("AUD", 0.01, "australian cents")
	add("AUD", 1, "australian dollars", "australian dollar")
	add("NZD", 1, "new zealand dollars", "new zealand dollar", "nz dollars")
	add("HKD", 1, "hong kong dollars", "hong kong dollar", "hk dollars")
	add("SGD", 1, "singapore dollars", "singapore dollar", "singaporean dollars")
	add("TWD", 1, "taiwan dollars", "taiwanese dollars", "new taiwan dollars", "nt dollars")
	add("ZWL", 1, "zimbabwe dollars", "zimbabwean dollars")
	add("JMD", 1, "jamaican dollars")
	add("EUR", 1, "euros", "euro")
	add("EUR", 0.01, "euro cents", "eurocents")
	add("GBP", 1, "pounds sterling", "pound sterling", "british pounds", "sterling", "quid")
	add("GBP", 0.01, "pence", "penny", "pennies")
	add("EGP", 1, "egyptian pounds", "egyptian pound")
	add("JPY", 1, "yen", "japanese yen")
	add("CNY", 1, "yuan", "renminbi", "chinese yuan", "kuai")
	add("INR", 1, "rupees", "indian rupees", "rupee")
	add("PKR", 1, "pakistani rupees")
	add("LKR", 1, "sri lankan rupees")
	add("NPR", 1, "nepalese rupees")
	add("CHF", 1, "swiss francs", "swiss franc")
	add("FRF", 1, "french francs")
	add("RUB", 1, "roubles", "rubles", "rouble", "ruble", "russian roubles", "russian rubles")
	add("MXN", 1, "mexican pesos", "mexican peso")
	add("PHP", 1, "philippine pesos", "philippine peso")
	add("ARS", 1, "argentine pesos", "argentinian pesos")
	add("CLP", 1, "chilean pesos")
	add("COP", 1, "colombian pesos")
	add("ZAR", 1, "rand", "south african rand")
	add("BRL", 1, "reais", "brazilian reais", "brazilian real")
	add("TRY", 1, "turkish lira", "turkish liras")
	add("ITL", 1, "lire", "italian lire", "italian lira")
	add("ESP", 1, "pesetas", "spanish pesetas")
	add("NLG", 1, "guilders", "dutch guilders")
	add("FIM", 1, "markka", "markkaa", "finnish markka", "finnish markkaa")
	add("DEM", 1, "deutsche marks", "deutschmarks", "german marks")
	add("SEK", 1, "kronor", "swedish kronor", "swedish krona", "swedish crowns")
	add("NOK", 1, "norwegian kroner", "norwegian krone", "norwegian crowns")
	add("DKK", 1, "danish kroner", "danish krone", "danish crowns")
	add("ISK", 1, "icelandic kronur", "icelandic krona")
	add("THB", 1, "baht", "thai baht")
	add("IDR", 1, "rupiah", "indonesian rupiah")
	add("MYR", 1, "ringgit", "malaysian ringgit")
	add("NGN", 1, "naira", "nigerian naira")
	add("ILS", 1, "shekels", "shekel", "israeli shekels", "new shekels")
	add("PLN", 1, "zloty", "zlotys", "zlotych", "polish zloty")
	add("HUF", 1, "forints", "forint", "hungarian forints")
	add("CZK", 1, "czech koruna", "czech crowns")
	add("UAH", 1, "hryvnias", "hryvnia", "hryvnas")
	add("SAR", 1, "riyals", "saudi riyals")
	add("AED", 1, "dirhams", "uae dirhams")
	add("KES", 1, "kenyan shillings")
	add("TZS", 1, "tanzanian shillings")
	add("UGX", 1, "ugandan shillings")
	add("KRW", 1, "south korean won", "korean won")
	add("CNY", 1, "rmb")
	m["pounds"] = unit{code: "GBP", factor: 1, weak: true}
	m["pound"] = unit{code: "GBP", factor: 1, weak: true}
	m["won"] = unit{code: "KRW", factor: 1, scaled: true}
	m["dong"] = unit{code: "VND", factor: 1, scaled: true}
	return m
}()

// unitFirst holds the first word of every unit phrase, and whether the
// phrase can run longer.
var unitFirst = func() map[string]bool {
	m := map[string]bool{}
	for p := range unitPhrases {
		first, _, more := strings.Cut(p, " ")
		m[first] = m[first] || more
	}
	return m
}()

// parenCurrency names the currency in a clarifying parenthesis after a bare
// "$" amount: "$99 (USD)", "$5 million (Canadian)".
var parenCurrency = map[string]string{
	"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
	"singapore": "SGD", "hong kong": "HKD", "new zealand": "NZD", "taiwan": "TWD",
	"us dollars": "USD", "canadian dollars": "CAD", "australian dollars": "AUD",
}

// scales are the words that multiply a number.
var scales = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mn": 1e6, "mln": 1e6, "mio": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
	"crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}

// shortScales are the one-letter scales, only read glued to the number
// ("$5m") and only for an amount with a currency.
var shortScales = map[string]float64{"k": 1e3, "m": 1e6, "b": 1e9}

// numWord kinds.
const (
	nkUnit    = iota + 1 // zero … nine
	nkTeen               // ten … nineteen
	nkTens               // twenty … ninety
	nkHundred            // hundred
	nkScale              // thousand, million, …
	nkArticle            // a, an
	nkHalf               // half
	nkQuarter            // quarter(s)
)

type numWord struct {
	kind int
	val  float64
}

var numWords = func() map[string]numWord {
	m := map[string]numWord{}
	for i, w := range strings.Fields("zero one two three four five six seven eight nine") {
		m[w] = numWord{nkUnit, float64(i)}
	}
	for i, w := range strings.Fields("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen") {
		m[w] = numWord{nkTeen, float64(10 + i)}
	}
	for i, w := range strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety") {
		m[w] = numWord{nkTens, float64(20 + 10*i)}
	}
	m["hundred"] = numWord{nkHundred, 100}
	for _, w := range strings.Fields("thousand million billion trillion") {
		m[w] = numWord{nkScale, scales[w]}
	}
	m["a"] = numWord{nkArticle, 1}
	m["an"] = numWord{nkArticle, 1}
	m["half"] = numWord{nkHalf, 0.5}
	m["quarter"] = numWord{nkQuarter, 0.25}
	m["quarters"] = numWord{nkQuarter, 0.25}
	return m
}()

// vagueWords start an open amount: "billions of dollars", "tens of millions
// of euros", "several million dollars".
var vagueWords = map[string]bool{
	"tens": true, "hundreds": true, "dozens": true, "thousands": true, "millions": true,
	"billions": true, "trillions": true, "several": true, "multi": true,
	"multimillion": true, "multibillion": true,
}

// Trigger flags for words that may start a fact.
const (
	trigNumber = 1 << iota
	trigVague
	trigCode
)

// triggers maps lowercase words to the trigger flags above.
var triggers = func() map[string]uint8 {
	m := map[string]uint8{}
	for w, nw := range numWords {
		if nw.kind != nkHundred && nw.kind != nkScale {
			m[w] |= trigNumber
		}
	}
	for w := range vagueWords {
		m[w] |= trigVague
	}
	for w := range codes {
		m[w] |= trigCode
		m["m"+w] |= trigCode
	}
	for w := range prefixWords {
		m[w] |= trigCode
	}
	return m
}()

// gate holds, per lowercase first two letters, a bit per word length that
// some trigger has; code triggers (which need a capital) are in gateUpper
// only. Most words fail this test and skip the map lookup.
var gate, gateUpper = func() (g, gu [27 * 27]uint32) {
	for w, flags := range triggers {
		k := gateKey(w, 0, len(w))
		if flags&^trigCode != 0 {
			g[k] |= 1 << len(w)
		}
		gu[k] |= 1 << len(w)
	}
	return g, gu
}()

// gateKey indexes gate by the first two letters of s[i:j], lowercased.
func gateKey(s string, i, j int) int {
	a := int(s[i]|0x20) - 'a' + 1
	b := 0
	if j-i > 1 {
		b = int(s[i+1]|0x20) - 'a' + 1
	}
	return a*27 + b
}

// perNouns are the units read after "a"/"an" as a rate: "$28 an hour".
var perNouns = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(`share barrel hour year month week day night head person ton tonne
		ounce gallon litre liter kilogram kilo pound unit piece ticket seat vote plate gram mile
		kilometre kilometer acre household family user employee worker student visitor passenger
		minute copy song game pack bottle box meal megawatt kilowatt foot metre meter subscriber
		customer vehicle car bushel lb oz kg bbl yr hr mo sh`) {
		m[w] = w
	}
	for k, v := range map[string]string{"lb": "pound", "oz": "ounce", "kg": "kilogram", "bbl": "barrel",
		"yr": "year", "hr": "hour", "mo": "month", "sh": "share", "annum": "year", "diem": "day", "capita": "person"} {
		m[k] = v
	}
	return m
}()
