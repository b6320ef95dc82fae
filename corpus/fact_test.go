package corpus

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestFactJSONFollowsTheContract(t *testing.T) {
	day := time.Date(2025, 10, 28, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		fact Fact
		want string
	}{
		{"money", Fact{Type: FactMoney, Start: 3, End: 15, Text: "$7.5 billion", Amount: Float(7.5e9), Currency: "USD", Qualifier: "upto"},
			`{"type":"money","start":3,"end":15,"text":"$7.5 billion","amount":7500000000,"currency":"USD","qualifier":"upto"}`},
		{"vague money has no amount", Fact{Type: FactMoney, Start: 0, End: 8, Text: "billions", Currency: "USD", Vague: true},
			`{"type":"money","start":0,"end":8,"text":"billions","currency":"USD","vague":true}`},
		{"date value is a string, with its range", Fact{Type: FactDate, Start: 0, End: 12, Text: "Oct. 28, 2025", TimexType: "DATE", Value: "2025-10-28",
			RangeStart: day, RangeEnd: day.AddDate(0, 0, 1), SentenceStart: 0, SentenceEnd: 40},
			`{"type":"date","start":0,"end":12,"text":"Oct. 28, 2025","sentence_start":0,"sentence_end":40,"timex_type":"DATE","value":"2025-10-28","range_start":"2025-10-28T00:00:00Z","range_end":"2025-10-29T00:00:00Z"}`},
		{"percent value is a number", Fact{Type: FactPercent, Start: 0, End: 3, Text: "27%", Number: Float(27), Unit: "percent"},
			`{"type":"percent","start":0,"end":3,"text":"27%","value":27,"unit":"percent"}`},
		{"entity with canonical name", Fact{Type: FactPerson, Start: 0, End: 5, Text: "Jassy", Entity: "Andy Jassy"},
			`{"type":"person","start":0,"end":5,"text":"Jassy","entity":"Andy Jassy"}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.fact)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.want {
				t.Errorf("marshal:\n got %s\nwant %s", b, tc.want)
			}
			var back Fact
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, tc.fact) {
				t.Errorf("round trip:\n got %+v\nwant %+v", back, tc.fact)
			}
		})
	}
}

func TestFactJSONErrors(t *testing.T) {
	for _, in := range []string{`{"value": true}`, `{"range_start": "yesterday"}`, `{"start": "x"}`} {
		var f Fact
		if err := json.Unmarshal([]byte(in), &f); err == nil {
			t.Errorf("%s: accepted", in)
		}
	}
	if _, err := ParseFactType("place"); err == nil || !strings.Contains(err.Error(), "location") {
		t.Errorf("ParseFactType(place) = %v, want an error listing the types", err)
	}
}
