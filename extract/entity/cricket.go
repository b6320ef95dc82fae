package entity

import (
	"regexp"

	"tidings/corpus"
)

// scorecards tags the players of cricket scorecards as persons. A batting
// line names the batsman and how he was out, with the fielder and the
// bowler ("Nasser Hussain c Dravid b Kumble 107", "Alec Stewart lbw b
// Prasad 45", "Mark Ealham not out 34"); a bowling line gives each
// bowler's overs, maidens, runs and wickets ("Srinath 24-5-67-1"). The
// tagger misses the lone surnames and runs "Hussain b Kumble" into one
// name. Two such lines make a scorecard; one is left alone.
func (d *doc) scorecards() {
	if !d.hasToken("b") {
		return // every scorecard names a bowler: "b Kumble"
	}
	var runs [][2]int
	lines := 0
	for i := range d.toks {
		if !d.lineStart(i) {
			continue
		}
		if rs := d.battingLine(i); rs != nil {
			lines++
			runs = append(runs, rs...)
		} else if rs := d.bowlingFigures(i); rs != nil {
			lines++
			runs = append(runs, rs...)
		}
	}
	if lines < 2 {
		return
	}
	d.tagSpans(typedSpans(runs, corpus.FactPerson))
}

// battingLine parses the line at token i as a batting line and returns
// the players' token spans, or nil.
func (d *doc) battingLine(i int) [][2]int {
	end := d.lineEnd(i)
	k := i
	var runs [][2]int
	name := func() bool { // a run of capitalised words, initials included
		start := k
		if k = d.upperRun(k, i); k == start {
			return false
		}
		runs = append(runs, [2]int{start, k - 1})
		return true
	}
	word := func(w string) bool {
		if k < end && d.toks[k].Text == w {
			k++
			return true
		}
		return false
	}
	if !name() {
		return nil
	}
	switch {
	case word("c"):
		if !word("and") && !(word("sub") || name()) {
			return nil
		}
		if !word("b") || !name() {
			return nil
		}
	case word("st"):
		if !name() || !word("b") || !name() {
			return nil
		}
	case word("lbw"), word("hit") && word("wicket"):
		if !word("b") || !name() {
			return nil
		}
	case word("b"):
		if !name() {
			return nil
		}
	case word("run"):
		if !word("out") {
			return nil
		}
		if word("(") && (!name() || !word(")")) {
			return nil
		}
	case word("not"), word("retired"):
		if !word("out") && !word("hurt") {
			return nil
		}
	default:
		return nil
	}
	if k >= end || !isScore(d.toks[k].Text) {
		return nil
	}
	return runs
}

// bowlingFigure matches overs-maidens-runs-wickets: "24-5-67-1", "21.3-4-60-1".
var bowlingFigure = regexp.MustCompile(`^\d{1,2}(\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$`)

// bowlingFigures returns the spans of the names before bowling figures on
// the line at token i ("Bowling : Srinath 24-5-67-1 , Prasad 21-4-60-1"),
// or nil.
func (d *doc) bowlingFigures(i int) [][2]int {
	var runs [][2]int
	for k := i; k < len(d.toks) && !d.lineBreakBefore(k, i); k++ {
		if !upperFirst(d.toks[k].Text) {
			continue
		}
		start := k
		k = d.upperRun(k, i) - 1
		if k+1 < len(d.toks) && !d.lineBreakBefore(k+1, i) && bowlingFigure.MatchString(d.wordAt(k+1)) && d.toks[start].Text != "Bowling" {
			runs = append(runs, [2]int{start, k})
		}
	}
	return runs
}

// hasToken reports a token written w.
func (d *doc) hasToken(w string) bool {
	for _, t := range d.toks {
		if t.Text == w {
			return true
		}
	}
	return false
}
