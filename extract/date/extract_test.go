package date

import (
	"testing"
	"time"
)

// ref is a Tuesday.
var ref = time.Date(2025, 10, 28, 14, 0, 0, 0, time.UTC)

type want struct {
	text, typ, value string
}

func checkOne(t *testing.T, text string, r time.Time, opts Options, w want) {
	t.Helper()
	facts := Extract(text, r, opts)
	for _, f := range facts {
		if f.Text == w.text {
			if f.TimexType != w.typ || f.Value != w.value {
				t.Errorf("%q: got %s %s, want %s %s", w.text, f.TimexType, f.Value, w.typ, w.value)
			}
			return
		}
	}
	var got []string
	for _, f := range facts {
		got = append(got, f.Text+"="+f.Value)
	}
	t.Errorf("%q not found in %q; got %v", w.text, text, got)
}

func TestExtractForms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want want
	}{
		{"abbreviated month date with year", "It closed on Oct. 28, 2025, in Paris.", want{"Oct. 28, 2025", "DATE", "2025-10-28"}},
		{"full month date with year", "Signed October 28, 2025.", want{"October 28, 2025", "DATE", "2025-10-28"}},
		{"day before month", "Signed 28 October 2025 in Rome.", want{"28 October 2025", "DATE", "2025-10-28"}},
		{"ordinal day of month", "the 4th of July 2024 parade", want{"the 4th of July 2024", "DATE", "2024-07-04"}},
		{"iso date", "Filed 2025-10-28 at noon.", want{"2025-10-28", "DATE", "2025-10-28"}},
		{"dotted day first date", "Vertrag vom 28.10.2025 signed.", want{"28.10.2025", "DATE", "2025-10-28"}},
		{"iso timestamp", "published 2025-10-28T15:04:05Z by", want{"2025-10-28T15:04:05Z", "TIME", "2025-10-28T15:04Z"}},
		{"slash date month first", "Due 10/28/2025.", want{"10/28/2025", "DATE", "2025-10-28"}},
		{"weekday with date", "On Tuesday, Oct. 28 the board met.", want{"Tuesday, Oct. 28", "DATE", "2025-10-28"}},
		{"month and year", "It launched in October 2024.", want{"October 2024", "DATE", "2024-10"}},
		{"year after until", "The deal runs until 2032.", want{"2032", "DATE", "2032"}},
		{"decade", "Prices peaked in the 1990s.", want{"the 1990s", "DATE", "199"}},
		{"quarter code with year", "Revenue in Q3 2025 rose.", want{"Q3 2025", "DATE", "2025-Q3"}},
		{"quarter resolved from ref", "Profit rose in the third quarter.", want{"the third quarter", "DATE", "2025-Q3"}},
		{"hyphenated quarter", "It posted a third-quarter loss.", want{"third-quarter", "DATE", "2025-Q3"}},
		{"half of year", "Sales in the first half of 2026 will grow.", want{"the first half of 2026", "DATE", "2026-H1"}},
		{"season with year", "The film opens in summer 2025.", want{"summer 2025", "DATE", "2025-SU"}},
		{"time with zone", "Trading halted at 3 p.m. EST yesterday.", want{"3 p.m. EST yesterday", "TIME", "2025-10-27T15:00"}},
		{"utc time", "The index was down at 16:08 UTC.", want{"16:08 UTC", "TIME", "2025-10-28T16:08Z"}},
		{"clock then comma date stays apart", "At 16:15 UTC, June 1st, he spoke.", want{"16:15 UTC", "TIME", "2025-06-01T16:15Z"}},
		{"today", "The company said today it would cut jobs.", want{"today", "DATE", "2025-10-28"}},
		{"yesterday", "Shares fell yesterday.", want{"yesterday", "DATE", "2025-10-27"}},
		{"tomorrow", "Results are due tomorrow.", want{"tomorrow", "DATE", "2025-10-29"}},
		{"weekday in past tense", "The company said on Monday it had agreed.", want{"Monday", "DATE", "2025-10-27"}},
		{"weekday in future tense", "The board will meet on Friday.", want{"Friday", "DATE", "2025-10-31"}},
		{"last quarter", "Sales fell last quarter.", want{"last quarter", "DATE", "2025-Q3"}},
		{"next year", "It will open next year.", want{"next year", "DATE", "2026"}},
		{"years ago", "It was founded two years ago.", want{"two years ago", "DATE", "2023"}},
		{"this month", "Prices rose this month.", want{"this month", "DATE", "2025-10"}},
		{"last week", "He resigned last week.", want{"last week", "DATE", "2025-W43"}},
		{"earlier this week", "It was announced earlier this week.", want{"earlier this week", "DATE", "2025-W44"}},
		{"bare month in past", "Sales fell in September.", want{"September", "DATE", "2025-09"}},
		{"bare month ahead", "The vote is due in December.", want{"December", "DATE", "2025-12"}},
		{"month of next year", "It ends in March next year.", want{"March next year", "DATE", "2026-03"}},
		{"duration years", "She has worked there for 33 years.", want{"33 years", "DURATION", "P33Y"}},
		{"duration days", "The process takes 90 days.", want{"90 days", "DURATION", "P90D"}},
		{"spelled duration", "Shares are at their lowest in six years.", want{"six years", "DURATION", "P6Y"}},
		{"past years duration", "Shares rose over the past five years.", want{"the past five years", "DURATION", "P5Y"}},
		{"hyphenated duration", "It hit a 12-year low.", want{"12-year", "DURATION", "P12Y"}},
		{"every weekday", "The market is closed every Monday.", want{"every Monday", "SET", "XXXX-WXX-1"}},
		{"annually", "Profits doubled annually.", want{"annually", "SET", "P1Y"}},
		{"each year", "It grows each year.", want{"each year", "SET", "P1Y"}},
		{"rate a year", "It pays $5 million a year.", want{"a year", "SET", "P1Y"}},
		{"now", "The company is now the largest.", want{"now", "DATE", "PRESENT_REF"}},
		{"currently", "He is currently chief executive.", want{"currently", "DATE", "PRESENT_REF"}},
		{"recently", "It recently cut prices.", want{"recently", "DATE", "PAST_REF"}},
		{"recent years", "Sales fell in recent years.", want{"recent years", "DURATION", "PXY"}},
		{"coming weeks", "It will decide in the coming weeks.", want{"the coming weeks", "DURATION", "PXW"}},
		{"the future", "It will invest in the future.", want{"the future", "DATE", "FUTURE_REF"}},
		{"misspelled february", "It happened in Febuary 2024.", want{"Febuary 2024", "DATE", "2024-02"}},
		{"misspelled feburary", "It happened on Feburary 3, 2024.", want{"Feburary 3, 2024", "DATE", "2024-02-03"}},
		{"misspelled september", "It happened in Septmber 2024.", want{"Septmber 2024", "DATE", "2024-09"}},
		{"sept abbreviation", "The quarter ended Sept. 30.", want{"Sept. 30", "DATE", "2025-09-30"}},
		{"thurs abbreviation", "It opened Thurs. to buyers.", want{"Thurs.", "DATE", "2025-10-23"}},
		{"day and clock merge", "It opened Thurs. at 9 a.m. sharp.", want{"Thurs. at 9 a.m.", "TIME", "2025-10-23T09:00"}},
		{"clock then day merge", "It opens at 9 a.m. on Friday, Oct. 31.", want{"9 a.m. on Friday, Oct. 31", "TIME", "2025-10-31T09:00"}},
		{"clock and part of day", "He left at 8 a.m. this morning.", want{"8 a.m. this morning", "TIME", "2025-10-28T08:00"}},
		{"weekday and part of day", "It starts on Sunday early morning.", want{"Sunday early morning", "TIME", "2025-10-26TMO"}},
		{"set with clock", "It runs every Monday at 9 a.m. sharp.", want{"every Monday at 9 a.m.", "SET", "XXXX-WXX-1T09:00"}},
		{"weekday of next week", "Let's meet on Monday of next week.", want{"Monday of next week", "DATE", "2025-11-03"}},
		{"duration after today", "It is due two days after today.", want{"two days after today", "DATE", "2025-10-30"}},
		{"the year with number", "Sales in the year 2008 fell.", want{"the year 2008", "DATE", "2008"}},
		{"coordinated count", "It would take between 60 and 90 days.", want{"60", "DURATION", "P60D"}},
		{"for the day", "The index closed down 2% for the day.", want{"the day", "DATE", "2025-10-28"}},
		{"jan abbreviation", "It is payable Jan. 2 to holders.", want{"Jan. 2", "DATE", "2026-01-02"}},
		{"apostrophe year", "lowest level since '82", want{"'82", "DATE", "1982"}},
		{"fiscal year", "Net rose in fiscal 1989.", want{"fiscal 1989", "DATE", "1989"}},
		{"year-ago quarter", "Sales rose in the third quarter from the year-ago quarter.", want{"the year-ago quarter", "DATE", "2024-Q3"}},
		{"a year earlier after quarter", "Third-quarter net rose 5% from a year earlier.", want{"a year earlier", "DATE", "2024-Q3"}},
		{"same period last year", "Net rose in the third quarter from the same period last year.", want{"the same period last year", "DATE", "2024-Q3"}},
		{"holiday", "Shoppers will return after Thanksgiving.", want{"Thanksgiving", "DATE", "2025-11-27"}},
		{"weekend", "Talks continued over the weekend.", want{"the weekend", "DATE", "2025-W43-WE"}},
		{"this morning", "Shares fell this morning.", want{"this morning", "TIME", "2025-10-28TMO"}},
		{"mid year", "It will ship in mid-2026.", want{"mid-2026", "DATE", "2026"}},
		{"end of this year", "It closes by the end of this year.", want{"the end of this year", "DATE", "2025"}},
		{"century", "She is a 20th century democrat.", want{"20th century", "DATE", "19"}},
		{"curly apostrophe", "Tuesday’s vote was delayed.", want{"Tuesday", "DATE", "2025-10-28"}},
		{"spelled year", "Atlanta nineteen ninety-six was hit.", want{"nineteen ninety-six", "DATE", "1996"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkOne(t, tc.text, ref, Options{}, tc.want)
		})
	}
}

func TestExtractDayFirst(t *testing.T) {
	checkOne(t, "Due 10/11/2025.", ref, Options{DayFirst: true}, want{"10/11/2025", "DATE", "2025-11-10"})
	checkOne(t, "Due 10/11/2025.", ref, Options{}, want{"10/11/2025", "DATE", "2025-10-11"})
}

func TestExtractNoRef(t *testing.T) {
	tests := []struct {
		name string
		text string
		want want
	}{
		{"bare month keeps year open", "Sales fell in October.", want{"October", "DATE", "XXXX-10"}},
		{"yesterday unresolved", "Shares fell yesterday.", want{"yesterday", "DATE", "XXXX-XX-XX"}},
		{"weekday unresolved", "He said on Tuesday it had agreed.", want{"Tuesday", "DATE", "XXXX-WXX-2"}},
		{"next year unresolved", "It will open next year.", want{"next year", "DATE", "XXXX"}},
		{"quarter unresolved", "Profit rose in the third quarter.", want{"the third quarter", "DATE", "XXXX-Q3"}},
		{"absolute date still resolved", "Signed October 28, 2025.", want{"October 28, 2025", "DATE", "2025-10-28"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkOne(t, tc.text, time.Time{}, Options{}, tc.want)
			for _, f := range Extract(tc.text, time.Time{}, Options{}) {
				if len(f.Value) > 0 && f.Value[0] == 'X' && !f.RangeStart.IsZero() {
					t.Errorf("%q: unresolved value %s has a range", f.Text, f.Value)
				}
			}
		})
	}
}

func TestExtractRejects(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"thousands number is not a year", "About 1,500 workers were hired."},
		{"aircraft model is not a year", "Boeing's 737 replacement was delayed."},
		{"money is not a year", "It paid $2025 in fees."},
		{"percent is not a year", "Output rose 2000% in a decade of"},
		{"may the verb", "Prices May rise. The deal may close."},
		{"age is not a duration", "Mary Barra, a 51-year-old engineer, and John, 52 years old, met."},
		{"stock fraction", "Intel eased 1/8 to 31 7/8."},
		{"phone number", "Call 138-2010-2015 now"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range Extract(tc.text, ref, Options{}) {
				if f.Value != "PRESENT_REF" && f.Value != "P1E" && f.Value != "P10Y" {
					t.Errorf("unexpected fact %q = %s %s", f.Text, f.TimexType, f.Value)
				}
			}
		})
	}
}

func TestExtractRanges(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		start, end string
	}{
		{"day", "on Oct. 28, 2025.", "2025-10-28", "2025-10-29"},
		{"month", "in October 2025.", "2025-10-01", "2025-11-01"},
		{"quarter", "in Q3 2025.", "2025-07-01", "2025-10-01"},
		{"half", "in the second half of 2026.", "2026-07-01", "2027-01-01"},
		{"decade", "in the 1990s.", "1990-01-01", "2000-01-01"},
		{"iso week", "He resigned last week.", "2025-10-20", "2025-10-27"},
		{"winter crosses a year", "in winter 2025.", "2025-12-01", "2026-03-01"},
		{"local zone shifts the range", "at 11 p.m. EST Oct. 27, 2025", "2025-10-28", "2025-10-28"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			facts := Extract(tc.text, ref, Options{})
			if len(facts) != 1 {
				t.Fatalf("got %d facts, want 1: %+v", len(facts), facts)
			}
			f := facts[0]
			if got := f.RangeStart.Format("2006-01-02"); got != tc.start {
				t.Errorf("range start %s, want %s", got, tc.start)
			}
			if got := f.RangeEnd.Format("2006-01-02"); got != tc.end {
				t.Errorf("range end %s, want %s", got, tc.end)
			}
		})
	}
}

func TestExtractOrderAndOffsets(t *testing.T) {
	text := "On Monday, Oct. 27, 2025, the firm said sales in 2024 rose.\nFriday\nSeptember 18, 2008"
	facts := Extract(text, ref, Options{})
	if len(facts) < 4 {
		t.Fatalf("got %d facts, want at least 4: %+v", len(facts), facts)
	}
	for i, f := range facts {
		if f.Text != text[f.Start:f.End] {
			t.Errorf("fact %d text %q != text[%d:%d]", i, f.Text, f.Start, f.End)
		}
		if i > 0 && f.Start < facts[i-1].End {
			t.Errorf("fact %d overlaps or is out of order", i)
		}
	}
	for _, f := range facts {
		if f.Text == "Friday\nSeptember 18, 2008" {
			t.Errorf("expression joined across a line break: %q", f.Text)
		}
	}
}
