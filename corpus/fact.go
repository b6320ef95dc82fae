package corpus

import (
	"encoding/json"
	"fmt"
	"time"
)

// FactType names the kind of a fact, as in the fact contract.
type FactType string

// The fact types of the fact contract.
const (
	FactPerson       FactType = "person"
	FactOrganization FactType = "organization"
	FactLocation     FactType = "location"
	FactMisc         FactType = "misc"
	FactMoney        FactType = "money"
	FactDate         FactType = "date"
	FactPercent      FactType = "percent"
)

// FactTypes lists every fact type in a stable order.
var FactTypes = []FactType{FactPerson, FactOrganization, FactLocation, FactMisc, FactMoney, FactDate, FactPercent}

// ParseFactType returns the FactType named s, or an error naming s.
func ParseFactType(s string) (FactType, error) {
	for _, t := range FactTypes {
		if string(t) == s {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown fact type %q (want one of person, organization, location, misc, money, date, percent)", s)
}

// IsEntity reports whether t is a named-entity type.
func (t FactType) IsEntity() bool {
	return t == FactPerson || t == FactOrganization || t == FactLocation || t == FactMisc
}

// Fact is one extracted fact: a span of a document's text with its
// normalized value. Offsets are UTF-8 byte offsets, End exclusive, and Text
// is exactly text[Start:End].
type Fact struct {
	Type  FactType
	Start int
	End   int
	Text  string

	// SentenceStart and SentenceEnd delimit the sentence the fact stands in.
	SentenceStart int
	SentenceEnd   int

	// Money.
	Amount    *float64 // whole currency units; nil when vague
	AmountMax *float64 // upper bound of a range
	Currency  string   // ISO 4217
	Qualifier string   // approx, upto, atleast, atmost, over, under
	Vague     bool     // "billions of dollars"
	Per       string   // unit of a rate: hour, share, …

	// Date: TIMEX3 type and value, and the resolved range it covers
	// (zero when unresolved).
	TimexType  string
	Value      string
	RangeStart time.Time
	RangeEnd   time.Time

	// Percent: the number and its unit (percent or points).
	Number *float64
	Unit   string

	// Entities: the canonical name this mention refers to.
	Entity string
}

// FactWire is the fact contract's wire form of a Fact (see Wire). Value is
// a string for dates and a number for percentages; times are RFC 3339.
// Embed it to write a fact's fields beside others in one JSON object.
type FactWire struct {
	Type          FactType `json:"type"`
	Start         int      `json:"start"`
	End           int      `json:"end"`
	Text          string   `json:"text"`
	SentenceStart *int     `json:"sentence_start,omitempty"`
	SentenceEnd   *int     `json:"sentence_end,omitempty"`
	Amount        *float64 `json:"amount,omitempty"`
	AmountMax     *float64 `json:"amount_max,omitempty"`
	Currency      string   `json:"currency,omitempty"`
	Qualifier     string   `json:"qualifier,omitempty"`
	Vague         bool     `json:"vague,omitempty"`
	Per           string   `json:"per,omitempty"`
	TimexType     string   `json:"timex_type,omitempty"`
	Value         any      `json:"value,omitempty"`
	RangeStart    string   `json:"range_start,omitempty"`
	RangeEnd      string   `json:"range_end,omitempty"`
	Unit          string   `json:"unit,omitempty"`
	Entity        string   `json:"entity,omitempty"`
}

// MarshalJSON writes f in the fact contract's form.
func (f Fact) MarshalJSON() ([]byte, error) { return json.Marshal(f.Wire()) }

// Wire returns f in the fact contract's wire form.
func (f Fact) Wire() FactWire {
	j := FactWire{
		Type: f.Type, Start: f.Start, End: f.End, Text: f.Text,
		Amount: f.Amount, AmountMax: f.AmountMax, Currency: f.Currency,
		Qualifier: f.Qualifier, Vague: f.Vague, Per: f.Per,
		TimexType: f.TimexType, Unit: f.Unit, Entity: f.Entity,
	}
	if f.SentenceEnd > f.SentenceStart {
		j.SentenceStart, j.SentenceEnd = &f.SentenceStart, &f.SentenceEnd
	}
	switch {
	case f.Type == FactPercent && f.Number != nil:
		j.Value = *f.Number
	case f.Value != "":
		j.Value = f.Value
	}
	if !f.RangeStart.IsZero() {
		j.RangeStart = f.RangeStart.Format(time.RFC3339)
	}
	if !f.RangeEnd.IsZero() {
		j.RangeEnd = f.RangeEnd.Format(time.RFC3339)
	}
	return j
}

// UnmarshalJSON reads a fact in the fact contract's form.
func (f *Fact) UnmarshalJSON(data []byte) error {
	var j FactWire
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*f = Fact{
		Type: j.Type, Start: j.Start, End: j.End, Text: j.Text,
		Amount: j.Amount, AmountMax: j.AmountMax, Currency: j.Currency,
		Qualifier: j.Qualifier, Vague: j.Vague, Per: j.Per,
		TimexType: j.TimexType, Unit: j.Unit, Entity: j.Entity,
	}
	if j.SentenceStart != nil && j.SentenceEnd != nil {
		f.SentenceStart, f.SentenceEnd = *j.SentenceStart, *j.SentenceEnd
	}
	switch v := j.Value.(type) {
	case string:
		f.Value = v
	case float64:
		f.Number = &v
	case nil:
	default:
		return fmt.Errorf("fact value: want string or number, got %T", v)
	}
	var err error
	if j.RangeStart != "" {
		if f.RangeStart, err = time.Parse(time.RFC3339, j.RangeStart); err != nil {
			return fmt.Errorf("fact range_start: %w", err)
		}
	}
	if j.RangeEnd != "" {
		if f.RangeEnd, err = time.Parse(time.RFC3339, j.RangeEnd); err != nil {
			return fmt.Errorf("fact range_end: %w", err)
		}
	}
	return nil
}

// Float returns a pointer to v, for the optional numeric fields of Fact.
func Float(v float64) *float64 { return &v }
