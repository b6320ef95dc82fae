package entity

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"tidings/corpus"
)

// results tags the teams of sports results and standings tables as
// organizations. A line of names and scores only ("Arsenal 2 West Ham 0",
// "CLEVELAND 5 Detroit 3", "Newcastle 3 3 0 0 8 2 9") names teams, but
// the tagger reads a city or a county there as a place ("Detroit",
// "Surrey") and runs a place across the scores ("Chicago 6 Kansas City").
// It takes two such lines in a document, so that a lone line of prose
// is never read as a table, or one in a document with the words of a
// match report ("Result of French league match": "Monaco 2 Paris St
// Germain 1"); countries stay places, as in CoNLL.
func (d *doc) results() {
	var runs, fixtures [][2]int
	lines := 0
	for i := range d.toks {
		if !d.lineStart(i) {
			continue
		}
		if rs, ok := d.resultLine(i); ok {
			lines++
			runs = append(runs, rs...)
		} else if rs, ok := d.scheduleLine(i); ok {
			fixtures = append(fixtures, rs...)
		}
	}
	if lines < 2 && (lines == 0 || !d.sportsCue()) {
		return
	}
	runs = append(runs, fixtures...)
	var spans []span
	for _, r := range runs {
		if d.personRun(r[0], r[1]) {
			continue // a leaderboard: "Colin Montgomerie 68 70 66 204"
		}
		spans = append(spans, span{r[0], r[1], d.teamType(r[0], r[1])})
	}
	d.tagSpans(spans)
	d.clubShortForms(spans)
}

// clubShortForms makes organizations of the places in a results document
// that name a club of its table by one of its two words: "Moeller missed
// a penalty for Dortmund" beside "Borussia Dortmund 3 Schalke 0". Not
// after a preposition of place ("in Dortmund") nor a country.
func (d *doc) clubShortForms(clubs []span) {
	short := map[string]bool{}
	for _, c := range clubs {
		if c.typ == corpus.FactOrganization && c.last == c.first+1 {
			short[d.toks[c.first].Text] = true
			short[d.toks[c.last].Text] = true
		}
	}
	if len(short) == 0 {
		return
	}
	for i, m := range d.ms {
		if m.typ == corpus.FactLocation && m.first == m.last && !m.confident && short[d.toks[m.first].Text] &&
			!d.placeContext(m) && !d.isNation([]string{d.toks[m.first].Text}) {
			d.ms[i].typ = corpus.FactOrganization
		}
	}
}

// personRun reports a run of two words or more that opens with a known
// given name: golf and athletics tables list players with their scores
// ("Colin Montgomerie 68 70 66 204"). A single word the tagger called a
// person is a team more often there ("Juventus 2 Lazio 1").
func (d *doc) personRun(first, last int) bool {
	w := d.toks[first].Text
	return first < last && d.gaz.hasLower(w, GazFirstName) && !d.isKnownPlace(w) // not "Paris St Germain", "Preston North End"
}

// resultLine parses the line opening at token i as a result (two names,
// each followed by a score: "Chicago 6 Kansas City 2", "Surrey 532-8
// Essex 210") or a standings row (a name followed by three numbers or
// more, a rank before it allowed: "3. Newcastle 3 3 0 0 8 2 9") and
// returns the names' token spans.
func (d *doc) resultLine(i int) ([][2]int, bool) {
	var (
		runs   [][2]int
		scores []int // numbers after each name
		lead   bool  // a rank before the first name
	)
	k := i
	for k < len(d.toks) && !d.lineBreakBefore(k, i) {
		w := d.toks[k].Text
		switch {
		case isNumericDate(d.wordAt(k)) || isYear(w): // a dateline: "LONDON 1996-08-24", "Monday 09 January 2006"
			return nil, false
		case isScore(d.wordAt(k)): // the word, as the tokenizer cuts ".619" and "6 1/2"
			if len(runs) == 0 {
				lead = true
			} else if hasDigit(w) || hasDigit(d.wordAt(k)) {
				scores[len(scores)-1]++
			}
			for end := d.toks[k].Start + len(d.wordAt(k)); k < len(d.toks) && d.toks[k].Start < end; k++ {
			}
		case w == "(" && len(runs) == 2 && scores[1] > 0 && d.closesLine(k): // "Buffalo 2 ( OT )"
			k = len(d.toks)
		case startsUpper(w):
			start := k
			k = d.teamNameEnd(k, i)
			runs, scores = append(runs, [2]int{start, k - 1}), append(scores, 0)
		default:
			return nil, false
		}
	}
	switch {
	case len(runs) == 2 && !lead && scores[0] >= 1 && scores[1] >= 1 && scores[0] <= 3 && scores[1] <= 3:
		return runs, true
	case len(runs) == 1 && scores[0] >= 3:
		return runs, true
	}
	return nil, false
}

// scheduleLine parses the line opening at token i as a fixture of a
// schedule, two names and "at" alone on their line ("OAKLAND AT
// BOSTON", "Toronto at Chicago"), one of them a known place, and returns
// the names' token spans.
func (d *doc) scheduleLine(i int) ([][2]int, bool) {
	at := -1
	k := i
	for ; k < len(d.toks) && !d.lineBreakBefore(k, i); k++ {
		w := d.toks[k].Text
		switch {
		case isAt(w) && at < 0 && k > i:
			at = k
		case !teamWord(w, k > i && k != at+1):
			return nil, false
		}
	}
	if at < 0 || at+1 >= k {
		return nil, false
	}
	home, away := [2]int{i, at - 1}, [2]int{at + 1, k - 1}
	if !d.isKnownPlace(d.text[d.toks[i].Start:d.toks[at-1].End]) && !d.isKnownPlace(d.text[d.toks[at+1].Start:d.toks[k-1].End]) {
		return nil, false
	}
	return [][2]int{home, away}, true
}

func isAt(w string) bool { return w == "at" || w == "AT" }

// teamWord reports a word of a team's name: capitalised ("West", "Ham",
// "NEW"), or inside one a period, an apostrophe or an ampersand ("St.
// Louis", "Nott'm", "Brighton & Hove").
func teamWord(w string, inside bool) bool {
	if startsUpper(w) {
		return true
	}
	return inside && (w == "." || w == "&" || w == "'")
}

// isScore reports a number of a results table: "2", "532", ".574", "1/2",
// or the dash of "532-8" and of an empty games-behind column.
func isScore(w string) bool {
	if w == "-" {
		return true
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != '.' && r != '/' && r != '-' {
			return false
		}
	}
	return hasDigit(w)
}

func hasDigit(w string) bool {
	return strings.ContainsAny(w, "0123456789")
}

// fixtures retypes the places on either side of "v" or "vs", or of a
// match verb between two names, as teams: "Essex v Surrey", "Lazio vs
// Roma", "Barcelona beat Real Madrid", "Glamorgan lost to Kent". A
// country stays a place and a person stays a person ("Roe v Wade"); so
// does a side with no name tagged. A place before a player's position
// is a team too ("Tottenham striker"). In a document with a fixture, the
// places met "against" are teams too ("their match against
// Nottinghamshire"), and so are the other mentions of a team's name but
// those a preposition of place says are the town ("at Leicester").
func (d *doc) fixtures() {
	d.clubShortStaff()
	teams := map[string]bool{}
	for i, m := range d.ms {
		if m.typ != corpus.FactLocation || m.confident || d.isNation(d.words(m)) {
			continue
		}
		before := false
		for n := 1; n <= 5 && !before; n++ {
			k := m.first - n // the connector's first token
			before = k > 0 && d.versusAt(k) == n && (d.nameEndsAt(k-1) ||
				teamPronouns[d.toks[k-1].Text] && scoreFollows(d.text[d.toks[m.last].End:])) // "as they beat Wimbledon 2-0"
		}
		if before || d.opponentAfter(m.last+1) || d.scoredResultBefore(m.first) || d.goesOnToBeat(m) ||
			m.last+1 < len(d.toks) && playerRoles[d.toks[m.last+1].Text] && d.spaced(m.last) || d.clubStaff(m) {
			d.ms[i].typ, d.ms[i].confident = corpus.FactOrganization, true
			teams[d.key(m)] = true
		}
	}
	// a team the tagger found, named by its town and nickname, in a
	// fixture: its town alone is the team too ("the Dallas Cowboys beat
	// the New York Giants" ... "ran for 94 yards for Dallas"); a club
	// named by a word and its town goes by the word ("Bayern Munich beat
	// Hamburg" ... "Bayern 's Mehmet Scholl", a person)
	var clubWords map[string]bool // "Bayern" of "Bayern Munich"
	for _, m := range d.ms {
		if m.typ != corpus.FactOrganization || m.first == m.last || !d.inFixture(m) {
			continue
		}
		if town := d.text[m.start:d.toks[m.last-1].End]; d.isKnownPlace(town) && !d.isNation(d.tokenTexts(m.first, m.last-1)) {
			teams[town] = true
		}
		if m.last == m.first+1 && d.isKnownPlace(d.toks[m.last].Text) && !d.isKnownPlace(d.toks[m.first].Text) {
			if clubWords == nil {
				clubWords = map[string]bool{}
			}
			clubWords[d.toks[m.first].Text] = true
		}
	}
	if clubWords != nil {
		named := d.fullNameWords()
		for i, m := range d.ms {
			if w := d.toks[m.first].Text; m.first == m.last && !m.confident && m.typ == corpus.FactPerson && clubWords[w] && !named[w] {
				d.ms[i].typ = corpus.FactOrganization // "Bayern 's Mehmet Scholl"
			}
		}
	}
	if len(teams) == 0 {
		return
	}
	for _, m := range d.ms {
		if m.typ == corpus.FactLocation && m.first > 0 && d.toks[m.first-1].Text == "against" && !d.isNation(d.words(m)) {
			teams[d.key(m)] = true
		}
	}
	for i, m := range d.ms {
		if m.typ != corpus.FactLocation || m.confident || !teams[d.key(m)] {
			continue
		}
		if d.placeContext(m) {
			d.ms[i].confident = true // the town, whatever the team's mentions vote
			continue
		}
		d.ms[i].typ, d.ms[i].confident = corpus.FactOrganization, true
	}
}

// playersActions makes a person of a name of two or three words the tagger
// called an organization or a place between "a" and a player's action:
// "to head a Hiroshige Yanagimoto cross", "a Zola free kick" (one word
// is a team's as often: "an Arsenal corner", and stays). Known places
// and companies stay.
func (d *doc) playersActions() {
	for i, m := range d.ms {
		if m.confident || m.typ != corpus.FactOrganization && m.typ != corpus.FactLocation || m.first == m.last || m.last-m.first > 2 ||
			m.first == 0 || d.toks[m.first-1].Text != "a" || m.last+1 >= len(d.toks) || !playerActions[d.toks[m.last+1].Text] {
			continue
		}
		if d.isKnownPlace(d.toks[m.first].Text) || d.knownName(m.first, m.last) || d.hasInstitution(m) || !d.nameWords(m.first, m.last, false) {
			continue
		}
		d.ms[i].typ = corpus.FactPerson
	}
}

// playerActions are the passes and shots a player's name qualifies.
var playerActions = map[string]bool{"cross": true, "pass": true, "shot": true, "header": true, "volley": true, "free-kick": true,
	"corner": true, "through-ball": true, "lob": true, "tackle": true, "strike": true}

// inFixture reports a match verb or "v" right before or after m, a
// name on its other side: "the Dallas Cowboys beat the New York Giants".
func (d *doc) inFixture(m mention) bool {
	j := m.first
	if j > 0 && d.toks[j-1].Text == "the" {
		j--
	}
	for n := 1; n <= 5; n++ {
		if k := j - n; k > 0 && d.versusAt(k) == n && d.nameEndsAt(k-1) {
			return true
		}
	}
	return d.opponentAfter(m.last + 1)
}

// opponentAfter reports a match connector at token k ("beat", "v",
// "drew with") and a name after it, "the" between aside: "beat the
// Boston Red Sox".
func (d *doc) opponentAfter(k int) bool {
	n := d.versusAt(k)
	if n == 0 {
		return false
	}
	k += n
	if k < len(d.toks) && d.toks[k].Text == "the" {
		k++
	}
	return d.nameStartsAt(k)
}

// teamPronouns stand for a team before a match verb.
var teamPronouns = map[string]bool{"they": true, "They": true, "who": true, "which": true}

// goesOnToBeat reports a place opening a sentence whose verb phrase ends
// in "to" and a match verb before another name: "Barcelona came from
// behind to beat Atletico Madrid", "Ajax went on to draw with PSV".
// No other name or clause mark may come between.
func (d *doc) goesOnToBeat(m mention) bool {
	if !d.sentenceStart(m.first) {
		return false
	}
	for k := m.last + 1; k < len(d.toks) && k <= m.last+8; k++ {
		w := d.toks[k].Text
		if startsUpper(w) || w == "," || w == "." || w == ";" || d.lineBreakBefore(k, m.last) {
			return false
		}
		if w == "to" && d.versusAt(k+1) > 0 {
			return d.opponentAfter(k + 1)
		}
	}
	return false
}

// clubShortStaff tags the untagged first word of a club of the document,
// or an untagged town, before "coach" or "manager" and the person
// holding the post: "Atletico coach Radomir Antic" beside "Atletico
// Madrid", "Newcastle manager Kevin Keegan" (as clubStaff does the town
// the tagger found). Countries and regions stay places.
func (d *doc) clubShortStaff() {
	var spans []span
	for k := 0; k+2 < len(d.toks); k++ {
		if w := d.toks[k+1].Text; w != "coach" && w != "manager" || !startsUpper(d.toks[k].Text) || !d.spaced(k) || d.typeOf(k) != "" {
			continue
		}
		if _, ok := d.personOpening(k + 2); !ok {
			continue
		}
		w := d.toks[k].Text
		if d.gaz.hasLower(w, GazCity) && !d.isPlace(w) || slices.ContainsFunc(d.ms, func(m mention) bool {
			return m.typ == corpus.FactOrganization && m.first < m.last && d.toks[m.first].Text == w
		}) {
			spans = append(spans, span{k, k, corpus.FactOrganization})
		}
	}
	d.tagSpans(spans)
}

// clubStaff reports a town before "coach" or "manager" and the person
// holding the post, which makes the town its club: "Barcelona coach Hansi
// Flick", "Chelsea manager Enzo Maresca". A country stays a place
// ("England manager Gareth Southgate", as in CoNLL), and so does a region.
func (d *doc) clubStaff(m mention) bool {
	k := m.last + 1
	if k+1 >= len(d.toks) || d.toks[k].Text != "coach" && d.toks[k].Text != "manager" || !d.spaced(m.last) || d.isPlace(d.key(m)) {
		return false
	}
	_, ok := d.personOpening(k + 1)
	return ok
}

// scoredResultBefore reports a scored result naming the opponent at
// token k: "a 3-1 win over Brighton", "a 2-0 defeat to Leeds", "a 1-1
// draw with Everton". Without the score a "win over" may be an election's.
func (d *doc) scoredResultBefore(k int) bool {
	if k < 3 || !scoredOpponent[d.toks[k-1].Text] && d.toks[k-1].Text != "over" || !resultNouns[d.toks[k-2].Text] {
		return false
	}
	before := strings.TrimRight(d.text[:d.toks[k-2].Start], " ")
	sp := strings.LastIndexByte(before, ' ')
	return sp >= 0 && scoreFollows(before[sp:])
}

// resultNouns name a match's result after its score.
var resultNouns = map[string]bool{
	"win": true, "victory": true, "defeat": true, "loss": true, "draw": true, "thrashing": true, "rout": true,
	"triumph": true, "success": true, "comeback": true,
}

// playerRoles are the positions only a team's players hold: the place
// before one is the club ("Tottenham striker Teddy Sheringham"), a
// country staying a place as in CoNLL ("England striker Alan Shearer").
// Not "coach", "manager", "captain" or "driver": towns and firms have
// those too.
var playerRoles = map[string]bool{
	"striker": true, "strikers": true, "midfielder": true, "midfielders": true, "defender": true, "defenders": true,
	"goalkeeper": true, "goalkeepers": true, "goalie": true, "winger": true, "playmaker": true, "centre-back": true,
	"center-back": true, "fullback": true, "full-back": true, "quarterback": true, "pitcher": true, "shortstop": true,
	"batsman": true, "bowler": true, "wicketkeeper": true, "wicket-keeper": true,
}

// versusAt returns the number of tokens of a fixture's connector at token
// k ("v", "vs", "beat", "lost to", "drew with", "lost 2-1 to"), or 0.
func (d *doc) versusAt(k int) int {
	if k < 0 || k >= len(d.toks) {
		return 0
	}
	w := d.toks[k].Text
	if w == "" || !matchInitial[w[0]] {
		return 0 // every token asks: most fail on the first letter
	}
	if isVersus(w) || matchVerbs[w] {
		return 1
	}
	first := matchVerbFirst[w]
	switch {
	case first && k+1 < len(d.toks) && matchVerbs[w+" "+d.toks[k+1].Text]:
		return 2
	case (first || w == "won" || w == "wins") && k+4 < len(d.toks) && d.toks[k+2].Text == "-" && scoredOpponent[d.toks[k+4].Text] &&
		scoreFollows(d.text[d.toks[k].End:]):
		return 5 // "lost 2-1 to", "drew 1-1 with", "won 3-0 against"
	}
	return 0
}

// matchInitial holds the first letters of the connectors versusAt knows.
var matchInitial = func() [256]bool {
	var t [256]bool
	for _, w := range []string{"v", "V", "beat", "edged", "thrashed", "lost", "loses", "drew", "draw", "tied", "won", "wins"} {
		t[w[0]] = true
	}
	return t
}()

// scoredOpponent are the words after a match verb and its score before
// the other side: "lost 2-1 to Crystal Palace". Not "at": "won 2-1 at
// Wembley" names the ground.
var scoredOpponent = map[string]bool{"to": true, "with": true, "against": true}

// scoredTeams tags the team a team beat or lost to when the tagger
// missed it before the score: "the Kansas City Chiefs beat the Buffalo
// Bills 27-24". The side before the verb must be a team the tagger
// found (an organization), not a player ("Federer beat Rafael Nadal
// 6-4").
func (d *doc) scoredTeams() {
	var spans []span
	for k := 1; k < len(d.toks); k++ {
		n := d.versusAt(k)
		if n == 0 || isVersus(d.toks[k].Text) {
			continue
		}
		if d.typeOf(k-1) != corpus.FactOrganization {
			d.clubsNamedLikePersons(k, n)
			continue
		}
		first := k + n
		if first < len(d.toks) && d.toks[first].Text == "the" {
			first++
		}
		last := first
		for last < len(d.toks) && last-first < 4 && startsUpper(d.toks[last].Text) && !d.covered(last) {
			last++
		}
		last--
		if last < first || last+1 >= len(d.toks) || !scoreFollows(d.text[d.toks[last].End:]) {
			continue
		}
		spans = append(spans, span{first, last, corpus.FactOrganization})
	}
	d.tagSpans(spans)
	for i, m := range d.ms {
		// a town before its season's record is its team: "for Buffalo
		// (8-3), which had won four straight"; a nation stays a place
		if m.typ == corpus.FactLocation && !m.confident && m.last+1 < len(d.toks) && d.toks[m.last+1].Text == "(" &&
			scoreFollows(" "+d.text[d.toks[m.last+1].End:]) && !d.isNation(d.words(m)) {
			d.ms[i].typ, d.ms[i].confident = corpus.FactOrganization, true
		}
	}
}

// clubsNamedLikePersons retypes as teams the one-word persons on both
// sides of match verb k (n tokens) before a single score: "Chelsea
// thrashed Wolves 4-0" (the tagger took Chelsea for a woman). Players
// win by sets, so a second score keeps them persons ("Sinner beat
// Alcaraz 7-6 (4), 7-5").
func (d *doc) clubsNamedLikePersons(k, n int) {
	left, right := k-1, k+n
	if right+1 >= len(d.toks) || !d.lonePerson(left) || !d.lonePerson(right) && (d.covered(right) || !startsUpper(d.toks[right].Text)) {
		return
	}
	rest := d.text[d.toks[right].End:]
	if !scoreFollows(rest) || scoresAfter(rest) > 1 {
		return
	}
	for i, m := range d.ms {
		if m.first == left || m.first == right {
			d.ms[i].typ, d.ms[i].confident = corpus.FactOrganization, true
		}
	}
	if !d.covered(right) {
		d.ms = append(d.ms, mention{first: right, last: right, typ: corpus.FactOrganization, confident: true})
		d.set(&d.ms[len(d.ms)-1])
		d.sortMentions()
	}
}

// lonePerson reports a person of one token at token k.
func (d *doc) lonePerson(k int) bool {
	for _, m := range d.ms {
		if m.first == k && m.last == k && m.typ == corpus.FactPerson {
			return true
		}
	}
	return false
}

// scoresAfter counts the scores opening s, separated by spaces, commas
// and tie-breaks in parentheses: "4-0" is one, "7-6 (4), 7-5" two.
func scoresAfter(s string) int {
	n := 0
	for scoreFollows(s) {
		n++
		t := strings.TrimLeft(s, " ")
		end := strings.IndexAny(t, " ,.;")
		if end < 0 {
			break
		}
		s = t[end:]
		s = strings.TrimLeft(s, ",")
		if strings.HasPrefix(strings.TrimLeft(s, " "), "(") { // a tie-break: "(4)"
			t := strings.TrimLeft(s, " ")
			if c := strings.IndexByte(t, ')'); c >= 0 {
				s = strings.TrimLeft(t[c+1:], ",")
			}
		}
		if !strings.HasPrefix(s, " ") {
			s = " " + s
		}
	}
	return n
}

// scoreFollows reports a match score opening s after white space: "
// 27-24", " 2-1".
func scoreFollows(s string) bool {
	t := strings.TrimLeft(s, " ")
	if len(t) == len(s) {
		return false
	}
	a := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' })
	if a <= 0 || a+1 >= len(t) || t[a] != '-' || t[a+1] < '0' || t[a+1] > '9' {
		return false
	}
	return true
}

// matchVerbFirst open the two-word match verbs.
var matchVerbFirst = map[string]bool{"lost": true, "loses": true, "drew": true, "draw": true, "tied": true}

// matchVerbs join the two sides of a match report.
// Not "defeated" or "crushed": armies and parties do that too ("Rome
// defeated Carthage").
var matchVerbs = map[string]bool{
	"beat": true, "beats": true, "edged": true, "thrashed": true, "lost to": true, "loses to": true,
	"drew with": true, "draw with": true, "tied with": true,
}

// isNation reports a country or a home nation ("England", "Wales"): CoNLL
// keeps national teams places.
func (d *doc) isNation(words []string) bool {
	k := strings.ToLower(strings.Join(words, " "))
	return d.gaz.has(k, GazCountry) || homeNations[k]
}

// homeNations are the nations of sport the country list lacks: the home
// nations, short names, and the names English news keeps for countries
// the list gives by their newer ones ("Turkey" for Türkiye).
var homeNations = map[string]bool{
	"england": true, "scotland": true, "wales": true, "northern ireland": true, "ireland": true,
	"us": true, "u.s.": true, "usa": true, "u.s.a.": true, "uk": true, "u.k.": true, "britain": true, "great britain": true,
	"turkey": true, "czech republic": true, "cape verde": true, "swaziland": true, "burma": true, "holland": true,
	"macedonia": true, "congo": true,
}

func isVersus(w string) bool { return w == "v" || w == "V" || w == "vs" || w == "VS" || w == "vs." }

// nameEndsAt and nameStartsAt report a place or organization mention
// ending or starting at token k.
func (d *doc) nameEndsAt(k int) bool {
	for _, m := range d.ms {
		if m.last == k && (m.typ == corpus.FactLocation || m.typ == corpus.FactOrganization) {
			return true
		}
	}
	return false
}

func (d *doc) nameStartsAt(k int) bool {
	for _, m := range d.ms {
		if m.first == k && (m.typ == corpus.FactLocation || m.typ == corpus.FactOrganization) {
			return true
		}
	}
	return false
}

// clubFirst open and clubLast close the names of sports clubs made of a
// club word and a place: "Real Madrid", "Bayer Leverkusen", "Dynamo
// Kiev", "Newcastle United", "Blackburn Rovers". The tagger takes the
// place for the name ("Ajax [Amsterdam]") or the club for a person. Both
// hold each word as titled and in capitals, looked up as written; a word
// of three letters or fewer only in capitals ("AS Roma", "VfB"; not "As
// Paris burned").
var (
	clubFirst = caseForms([]string{
		"Real", "Atletico", "Atlético", "Sporting", "Dynamo", "Dinamo", "Spartak", "Lokomotiv", "CSKA", "Borussia",
		"Eintracht", "Werder", "Hertha", "Olympique", "Bayer", "Inter", "Ajax", "PSV", "Slavia", "Sparta", "Legia",
		"Steaua", "Rapid", "Partizan", "Hapoel", "Maccabi", "Bayern", "FC", "AC", "AS", "SS", "SV", "VfB", "VfL", "TSV", "FK",
		"NK", "SK", "FSV",
	})
	clubLast = caseForms([]string{
		"United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "Town", "Rangers", "Argyle",
		// North American teams' one-word nicknames after their town
		// ("Pittsburgh Pirates" had been a place): baseball, football,
		// basketball, hockey; not "Indians" ("the Taino Indians") or
		// "Blues" (a style: "Mali Blues")
		"Yankees", "Mets", "Dodgers", "Giants", "Cubs", "Braves", "Cardinals", "Phillies", "Orioles", "Tigers",
		"Royals", "Twins", "Mariners", "Astros", "Athletics", "Angels", "Padres", "Rockies", "Diamondbacks",
		"Marlins", "Nationals", "Brewers", "Reds", "Guardians", "Pirates", "Rays",
		"Patriots", "Jets", "Bills", "Dolphins", "Steelers", "Ravens", "Browns", "Bengals", "Texans", "Colts",
		"Jaguars", "Titans", "Broncos", "Chiefs", "Raiders", "Chargers", "Cowboys", "Eagles", "Commanders",
		"Redskins", "Bears", "Packers", "Vikings", "Lions", "Falcons", "Saints", "Panthers", "Buccaneers",
		"49ers", "Seahawks", "Rams",
		"Celtics", "Knicks", "Nets", "76ers", "Raptors", "Bulls", "Cavaliers", "Pistons", "Pacers", "Bucks",
		"Hawks", "Hornets", "Heat", "Magic", "Wizards", "Nuggets", "Timberwolves", "Thunder", "Jazz", "Warriors",
		"Clippers", "Lakers", "Suns", "Kings", "Mavericks", "Rockets", "Grizzlies", "Pelicans", "Spurs",
		"Bruins", "Sabres", "Canadiens", "Senators", "Lightning", "Hurricanes", "Devils", "Islanders", "Flyers",
		"Penguins", "Capitals", "Blackhawks", "Avalanche", "Stars", "Wild", "Predators", "Flames",
		"Oilers", "Canucks", "Ducks", "Sharks", "Kraken", "Coyotes",
	})
	clubFirstFilter = newWordFilter(slices.Collect(maps.Keys(clubFirst)))
	clubLastFilter  = newWordFilter(slices.Collect(maps.Keys(clubLast)))
)

// caseForms returns the words as given and in capitals.
func caseForms(words []string) map[string]bool {
	out := make(map[string]bool, 2*len(words))
	for _, w := range words {
		out[w] = true
		out[strings.ToUpper(w)] = true
	}
	return out
}

// upperFirst reports a token opening with an ASCII capital, or with a
// non-ASCII byte (left to the caller's lookup).
func upperFirst(w string) bool {
	return w != "" && (w[0] >= 'A' && w[0] <= 'Z' || w[0] >= 0x80)
}

// clubs tags a club word and a known place around it, on one line and
// with single spaces, as one organization. A run that is itself a known
// place ("Cape Town") is left alone.
func (d *doc) clubs() {
	var spans []span
	for i := 0; i+1 < len(d.toks); i++ {
		first, last := -1, -1
		if w := d.toks[i].Text; d.clubWord(w) && d.spaced(i) && (len(w) > 3 || !d.onCapsLine(i)) { // "SUCH AS CALIFORNIA" is no club
			if end := d.placeRun(i + 1); end > i {
				first, last = i, end
			}
		}
		if first < 0 && d.clubLastNear(i) {
			if end := d.placeRun(i); end >= i && end+1 < len(d.toks) && d.spaced(end) && startsUpper(d.toks[end+1].Text) &&
				clubLast[d.toks[end+1].Text] {
				first, last = i, end+1
			}
		}
		if first < 0 || d.isKnownPlace(strings.Join(d.tokenTexts(first, last), " ")) || d.overhangs(first, last) {
			continue
		}
		spans = append(spans, span{first, last, corpus.FactOrganization})
		i = last
	}
	d.tagSpans(spans)
	d.teamNicknames(spans)
	if len(spans) > 0 {
		d.clubPartners()
	}
}

// clubPartners makes teams of the towns a list joins to a club named by
// a club word: "Real Madrid and Barcelona observed a minute's silence",
// "Atletico Madrid, Girona and Athletic Bilbao". A country stays a place,
// and so does a town a preposition of place opens.
func (d *doc) clubPartners() {
	joined := map[int]bool{} // the towns made teams: a list goes on from them
	club := func(i int) bool {
		m := d.ms[i]
		return joined[m.first] || m.typ == corpus.FactOrganization && m.first < m.last && (d.clubWord(d.toks[m.first].Text) || clubLast[d.toks[m.last].Text])
	}
	for changed := true; changed; {
		changed = false
		for i := 1; i < len(d.ms); i++ {
			a, b := d.ms[i-1], d.ms[i]
			if b.first != a.last+2 || !isCoordinator(d.toks[a.last+1].Text) && d.toks[a.last+1].Text != "," {
				continue
			}
			for _, p := range [2][2]int{{i - 1, i}, {i, i - 1}} {
				town := d.ms[p[1]]
				if club(p[0]) && town.typ == corpus.FactLocation && !town.confident &&
					!d.isNation(d.words(town)) && !d.placeContext(town) {
					d.ms[p[1]].typ, d.ms[p[1]].confident = corpus.FactOrganization, true
					joined[town.first] = true
					changed = true
				}
			}
		}
	}
}

// teamNicknames tags the lone nicknames of the teams clubs found by town and
// nickname: "the Pirates lost 10-7" after "the Pittsburgh Pirates".
func (d *doc) teamNicknames(teams []span) {
	var names map[string]bool
	for _, s := range teams {
		if w := d.toks[s.last].Text; s.first < s.last && clubLast[w] && !clubFirst[d.toks[s.first].Text] {
			if names == nil {
				names = map[string]bool{}
			}
			names[w] = true
		}
	}
	if names == nil {
		return
	}
	var spans []span
	for k, t := range d.toks {
		if names[t.Text] && !d.covered(k) && (k == 0 || !startsUpper(d.toks[k-1].Text) || d.toks[k-1].Text == "The") &&
			(k+1 == len(d.toks) || !startsUpper(d.toks[k+1].Text)) { // not "Town Hall"
			spans = append(spans, span{k, k, corpus.FactOrganization})
		}
	}
	d.tagSpans(spans)
}

// clubWord reports a word that opens a club's name.
func (d *doc) clubWord(w string) bool {
	return upperFirst(w) && clubFirstFilter.maybe(w) && clubFirst[w]
}

// clubLastNear reports a club word one or two tokens after a capitalised
// token i: the cheap test before placeRun looks places up.
func (d *doc) clubLastNear(i int) bool {
	if !upperFirst(d.toks[i].Text) {
		return false
	}
	for k := i + 1; k <= i+2 && k < len(d.toks); k++ {
		if w := d.toks[k].Text; upperFirst(w) && clubLastFilter.maybe(w) && clubLast[w] {
			return true
		}
	}
	return false
}

// placeRun returns the last token of the longest known place of one or
// two capitalised words starting at token i, or -1.
func (d *doc) placeRun(i int) int {
	if i >= len(d.toks) || !startsUpper(d.toks[i].Text) {
		return -1
	}
	if i+1 < len(d.toks) && d.spaced(i) && startsUpper(d.toks[i+1].Text) && d.isKnownPlace(d.toks[i].Text+" "+d.toks[i+1].Text) {
		return i + 1
	}
	if d.isKnownPlace(d.toks[i].Text) {
		return i
	}
	return -1
}

// riderTeams tags as organizations the teams results tables give after a
// driver's or rider's nationality: "2. Damon Hill ( Britain ) Arrows
// 1:45:56.228", "Miguel Indurain ( Spain ) Banesto 4:35:12". The tagger
// passes over such a lone capitalised word or calls it a person. The
// team must stand between the closing parenthesis and a number, on a
// line that opens with a rank or the person; in a table where one does,
// a team may end its line or come before "same time" ("3. Alex Zuelle (
// Switzerland ) ONCE same time").
func (d *doc) riderTeams() {
	var spans, loose []span
	for _, m := range d.ms {
		k := m.last + 1
		if m.typ != corpus.FactPerson || k+3 >= len(d.toks) || d.toks[k].Text != "(" || d.toks[k+2].Text != ")" ||
			!d.isNation([]string{d.toks[k+1].Text}) {
			continue
		}
		if !d.rankOnly(d.lineFirst(m.first), m.first) {
			continue
		}
		start, end := k+3, k+3
		for end < len(d.toks) && !d.lineBreakBefore(end, start) && upperFirst(d.toks[end].Text) && end-start < 3 {
			end++
		}
		if end == start || d.isNation(d.tokenTexts(start, end-1)) {
			continue
		}
		if end < len(d.toks) && !d.lineBreakBefore(end, start) && hasDigit(d.toks[end].Text) {
			spans = append(spans, span{start, end - 1, corpus.FactOrganization})
		} else if end >= len(d.toks) || d.lineBreakBefore(end, start) || d.toks[end].Text == "same" || d.toks[end].Text == "s.t." {
			loose = append(loose, span{start, end - 1, corpus.FactOrganization})
		}
	}
	if len(spans) > 0 {
		spans = append(spans, loose...) // a table with times: a row without one ends in its team too
	}
	d.tagSpans(spans)
}

// rankOnly reports whether tokens first to end-1 are a rank or nothing:
// "2.", "2", "".
func (d *doc) rankOnly(first, end int) bool {
	for k := first; k < end; k++ {
		if t := d.toks[k].Text; t != "." && !isScore(t) {
			return false
		}
	}
	return end-first <= 2
}

// upperRun returns the end (exclusive) of the run of capitalised tokens
// from token k that stays on the line of token line.
func (d *doc) upperRun(k, line int) int {
	for k < len(d.toks) && !d.lineBreakBefore(k, line) && upperFirst(d.toks[k].Text) {
		k++
	}
	return k
}

// lineFirst returns the first token of token k's line.
func (d *doc) lineFirst(k int) int {
	for k > 0 && !d.lineStart(k) {
		k--
	}
	return k
}

// scorers tags the teams and goal scorers of match summaries: "Arsenal 3
// ( Wright 12 , 67 , Bergkamp 45 ) Southampton 1 ( Le Tissier 80 pen )".
// A team is a capitalised run before its score and a parenthesis of
// scorers, each scorer a capitalised run before the minutes. It takes two
// such summaries in a document. National teams stay places, as in CoNLL.
func (d *doc) scorers() {
	type summary struct {
		team    [2]int
		scorers [][2]int
	}
	var found []summary
	for k := 2; k+2 < len(d.toks); k++ {
		if d.toks[k].Text != "(" || !smallNumber(d.toks[k-1].Text, 30) || !upperFirst(d.toks[k-2].Text) {
			continue
		}
		start := k - 2
		for start > 0 && upperFirst(d.toks[start-1].Text) && !d.lineBreakBefore(start, start-1) && k-2-start < 3 {
			start--
		}
		s := summary{team: [2]int{start, k - 2}}
		j := k + 1
		for j < len(d.toks) && j-k < 40 && d.toks[j].Text != ")" && !d.lineBreakBefore(j, k) { // a few scorers, not a page
			first := j
			if j = d.scorerEnd(j, 0); j == first {
				j++ // minutes, commas, "pen"
				continue
			}
			if j >= len(d.toks) || !smallNumber(d.toks[j].Text, 130) || j-first == 1 && len(d.toks[first].Text) == 1 {
				s.scorers = nil // minutes, and a scorer's name: not "( B 777 )"
				break
			}
			s.scorers = append(s.scorers, [2]int{first, j - 1})
		}
		if len(s.scorers) > 0 && j < len(d.toks) && d.toks[j].Text == ")" {
			found = append(found, s)
		}
	}
	if len(found) < 2 {
		return
	}
	var spans []span
	for _, s := range found {
		spans = append(spans, span{s.team[0], s.team[1], d.teamType(s.team[0], s.team[1])})
		for _, r := range s.scorers {
			spans = append(spans, span{r[0], r[1], corpus.FactPerson})
		}
	}
	d.tagSpans(spans)
}

// leaderboards tags the players of golf leaderboards as persons: a line
// opens with a total and lists players with their rounds, a nationality
// in parentheses allowed ("134 Colin Montgomerie 68 66 , Sven Struver (
// Germany ) 67 67"). A player is a run of two capitalised words or more;
// it takes two such lines in a document. Rounds and totals run from 55
// to 400, which a standings row's ranks and points do not ("3 Manchester
// United 10 6 2 2").
func (d *doc) leaderboards() {
	var players [][2]int
	lines := 0
	for i := range d.toks {
		if !d.lineStart(i) || !golfScore(d.toks[i].Text) {
			continue
		}
		var line [][2]int
		k := i + 1
		for k < len(d.toks) && !d.lineBreakBefore(k, i) {
			first := k
			if k = d.upperRun(k, i); k-first < 2 || k-first > 4 {
				line = nil
				break
			}
			last := k - 1
			if k+2 < len(d.toks) && d.toks[k].Text == "(" && d.toks[k+2].Text == ")" { // "( Germany )"
				k += 3
			}
			rounds := 0
			for k < len(d.toks) && !d.lineBreakBefore(k, i) && golfScore(d.toks[k].Text) {
				k++
				rounds++
			}
			if rounds == 0 {
				line = nil
				break
			}
			line = append(line, [2]int{first, last})
			if k < len(d.toks) && d.toks[k].Text == "," {
				k++
			}
		}
		if line != nil {
			lines++
			players = append(players, line...)
		}
	}
	if lines < 2 {
		return
	}
	d.tagSpans(typedSpans(players, corpus.FactPerson))
}

// golfScore reports a round or a total: a whole number from 55 to 400.
func golfScore(w string) bool { return numberIn(w, 55, 400) }

// closesLine reports a parenthesis at token k whose closing one ends the
// line: "( OT )", "( 10 innings )", "(halftime 1-0)".
func (d *doc) closesLine(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+6 && !d.lineBreakBefore(j, k); j++ {
		if d.toks[j].Text == ")" {
			return j+1 == len(d.toks) || d.lineBreakBefore(j+1, j)
		}
	}
	return false
}

// sportsCue reports the words of a match report: a lone results line
// counts as one there.
func (d *doc) sportsCue() bool {
	for _, t := range d.toks {
		switch strings.ToLower(t.Text) {
		case "result", "results", "scorers", "attendance", "halftime", "half-time", "standings", "league", "match":
			return true
		}
	}
	return false
}

// scorerLines tags the names of a line of goal scorers as persons:
// "Scorers : Ikpeba ( 12th ) , Henry ( 67th ) ; Rai ( 55th )".
func (d *doc) scorerLines() {
	var spans []span
	for i := 0; i+1 < len(d.toks); i++ {
		if !d.lineStart(i) || d.toks[i+1].Text != ":" {
			continue
		}
		switch strings.ToLower(d.toks[i].Text) {
		case "scorers", "scorer", "goalscorers", "goals":
		default:
			continue
		}
		for k := i + 2; k < len(d.toks) && !d.lineBreakBefore(k, i); k++ {
			if !upperFirst(d.toks[k].Text) {
				continue
			}
			first := k
			k = d.upperRun(k, i) - 1
			if k+1 < len(d.toks) && (d.toks[k+1].Text == "(" || hasDigit(d.toks[k+1].Text)) {
				spans = append(spans, span{first, k, corpus.FactPerson})
			}
		}
	}
	d.tagSpans(spans)
}

// squads tags as organizations the clubs a squad list gives in
// parentheses after its players: "Peter Schmeichel ( Manchester United
// ) , Marc Rieper ( Celtic )". A country there is a nationality and
// stays a place. It takes two such players in a document, each an item
// of a list: a cast list in prose ("Miranda Bailey (Chandra Wilson)
// attempting to ...") names actors there.
func (d *doc) squads() {
	var clubs [][2]int
	for _, m := range d.ms {
		k := m.last + 1
		if m.typ != corpus.FactPerson || k+2 >= len(d.toks) || d.toks[k].Text != "(" || !upperFirst(d.toks[k+1].Text) {
			continue
		}
		end := k + 1
		for end < len(d.toks) && end-k <= 4 && upperFirst(d.toks[end].Text) {
			end++
		}
		if end >= len(d.toks) || d.toks[end].Text != ")" {
			continue
		}
		words := d.tokenTexts(k+1, end-1)
		if d.isNation(words) || d.gaz.hasLower(words[0], GazFirstName) && !d.isKnownPlace(words[0]) || !d.listItem(m.first, end) {
			continue
		}
		start := k + 1
		if d.toks[start].Text == "The" && start < end-1 {
			start++ // "( The Cleveland Clinic )"
		}
		clubs = append(clubs, [2]int{start, end - 1})
	}
	if len(clubs) < 2 {
		return
	}
	d.tagSpans(typedSpans(clubs, corpus.FactOrganization))
}

// listItem reports tokens first to last standing as an item of a list:
// after a line start, a comma, a semicolon, a colon or a dash, and before
// a comma, a semicolon, a period or the line's end.
func (d *doc) listItem(first, last int) bool {
	before := d.lineStart(first) || strings.Contains(",;:-–", d.toks[first-1].Text)
	after := last+1 == len(d.toks) || d.lineBreakBefore(last+1, last) || strings.Contains(",;.", d.toks[last+1].Text)
	return before && after
}

// smallNumber reports a whole number from 0 to max: a score, a minute.
func smallNumber(w string, max int) bool { return numberIn(w, 0, max) }

// isYear reports a year of four digits, 1900 to 2099: no score.
func isYear(w string) bool { return len(w) == 4 && numberIn(w, 1900, 2099) }

// numberIn reports a whole number from lo to hi.
func numberIn(w string, lo, hi int) bool {
	if w == "" || (w[0] < '0' || w[0] > '9') && w[0] != '+' && w[0] != '-' {
		return false // a word: no strconv error built for it
	}
	n, err := strconv.Atoi(w)
	return err == nil && n >= lo && n <= hi
}

// countryPlayers tags as persons the untagged names of two or three
// words that a results table gives a country in parentheses after, at a
// line's opening or after a rank, "beat" or "v": "Barbara Rittner (
// Germany ) beat 3 - Kimiko Date ( Japan ) 6-4 6-2" (the seeding before
// the name had hidden it from the tagger). It takes a document with the
// words of sport and two such names or more.
func (d *doc) countryPlayers() {
	var spans []span
	var cov []int32
	found := 0
	for k := 2; k+2 < len(d.toks); k++ {
		if d.toks[k].Text != "(" || d.toks[k+2].Text != ")" || !d.isNation([]string{d.toks[k+1].Text}) {
			continue
		}
		found++
		if cov == nil {
			cov = d.coverMask()
		}
		first := k
		for first > 0 && k-first < 3 && startsUpper(d.toks[first-1].Text) && cov[first-1] == 0 && !d.lineBreakBefore(first, first-1) {
			first--
		}
		if k-first < 2 || !d.playerOpens(first) || d.isKnownPlace(d.text[d.toks[first].Start:d.toks[k-1].End]) {
			continue
		}
		spans = append(spans, span{first, k - 1, corpus.FactPerson})
	}
	if found >= 2 && d.sportsCue() {
		d.tagSpans(spans)
	}
}

// playerOpens reports token k opening a player's name in a results line:
// at the line's opening, or after a seeding ("3 -"), "beat", "v" or "vs".
func (d *doc) playerOpens(k int) bool {
	if d.lineStart(k) {
		return true
	}
	switch p := d.toks[k-1].Text; {
	case p == "-" && k >= 2 && startsDigitOr(d.toks[k-2].Text, ""), p == "beat", p == "beats", isVersus(p):
		return true
	}
	return false
}

// driversTeams makes organizations of the one-word persons before
// "driver" or "team-mate" and a person's name: "Williams driver Jacques
// Villeneuve", "McLaren driver Mika Hakkinen", "his Williams team-mate
// Jacques Villeneuve", teams named after their founders (an employer
// before "driver" is a firm in any case: "Uber driver").
func (d *doc) driversTeams() {
	for i, m := range d.ms {
		k := m.last + 1
		if m.typ != corpus.FactPerson || m.first != m.last || m.confident || k+1 >= len(d.toks) || !d.spaced(m.last) {
			continue
		}
		switch {
		case d.toks[k].Text == "driver" || d.toks[k].Text == "teammate":
			k++
		case d.toks[k].Text == "team" && d.gluedHyphen(k+1) && d.toks[k+2].Text == "mate" && k+3 < len(d.toks):
			k += 3 // "team-mate"
		default:
			continue
		}
		if n, ok := d.personOpening(k); ok && n.first < n.last {
			d.ms[i].typ = corpus.FactOrganization
		}
	}
}

// matchSummaries tags the teams and the scorers of a match summary's
// line, each side's name, its goals and the scorers with their minutes
// in parentheses: "Ajax Amsterdam 2 (Babangida 15, Musampa 78)
// Graafschap Doetinchem 0." The tagger had made "Ajax Amsterdam 2" one
// misc name and passed the rest over. A country stays a place.
func (d *doc) matchSummaries() {
	var spans []span
	for i := range d.toks {
		if !d.lineStart(i) || !startsUpper(d.toks[i].Text) || !d.parenOnLine(i) {
			continue
		}
		teams, scorers, ok := d.summaryLine(i)
		if !ok {
			continue
		}
		for _, t := range teams {
			spans = append(spans, span{t[0], t[1], d.teamType(t[0], t[1])})
		}
		for _, p := range scorers {
			spans = append(spans, span{p[0], p[1], corpus.FactPerson})
		}
	}
	d.tagSpans(spans)
}

// summaryLine parses the line opening at token i as a match summary:
// two sides, each a name and its goals, the scorers of a side that
// scored in parentheses after them, the line or its sentence ending
// after the second side. It returns the names' and the scorers' token
// spans.
func (d *doc) summaryLine(i int) (teams, scorers [][2]int, ok bool) {
	k := i
	onLine := func() bool { return k < len(d.toks) && !d.lineBreakBefore(k, i) }
	side := func() bool {
		start := k
		if k = d.teamNameEnd(k, i); k == start || !onLine() || !isScore(d.toks[k].Text) || !hasDigit(d.toks[k].Text) {
			return false
		}
		teams = append(teams, [2]int{start, k - 1})
		k++
		if !onLine() || d.toks[k].Text != "(" {
			return true
		}
		for k++; ; k++ { // a scorer, the minutes, then "," or ")"
			first := k
			if k = d.scorerEnd(k, 3); k == first || d.lineBreakBefore(k-1, i) {
				return false
			}
			scorers = append(scorers, [2]int{first, k - 1})
			minutes := 0
			for onLine() && (hasDigit(d.toks[k].Text) || goalMarks[d.toks[k].Text]) {
				k++
				minutes++
			}
			if minutes == 0 || !onLine() {
				return false
			}
			switch d.toks[k].Text {
			case ",":
				continue
			case ")":
				k++
				return true
			}
			return false
		}
	}
	if !side() || !side() || len(scorers) == 0 {
		return nil, nil, false
	}
	if onLine() && d.toks[k].Text != "." && d.toks[k].Text != ";" {
		return nil, nil, false
	}
	return teams, scorers, true
}

// goalMarks follow a goal's minute: a penalty, an own goal, stoppage
// time ("45+1").
var goalMarks = map[string]bool{"pen": true, "penalty": true, "og": true, "+": true, "-": true}

// scorerEnd returns the token after the scorer's name opening at token
// k, up to max words (0: any): capitalised words, a surname's particle
// inside or first ("de Boer", "Van Hooijdonk"); k itself where none
// opens there.
func (d *doc) scorerEnd(k, max int) int {
	first := k
	for k < len(d.toks) && (max == 0 || k-first < max) && (upperFirst(d.toks[k].Text) && !hasDigit(d.toks[k].Text) ||
		nameParticles[d.toks[k].Text] && k+1 < len(d.toks) && upperFirst(d.toks[k+1].Text)) {
		k++
	}
	return k
}

// parenOnLine reports a parenthesis opening on the line of token i: a
// summary's scorers stand in one.
func (d *doc) parenOnLine(i int) bool {
	for k := i + 1; k < len(d.toks) && !d.lineBreakBefore(k, i); k++ {
		if d.toks[k].Text == "(" {
			return true
		}
	}
	return false
}

// teamType is the type of a team's name at tokens first to last: a
// country is a place, as in CoNLL, any other side an organization.
func (d *doc) teamType(first, last int) corpus.FactType {
	if d.isNation(d.tokenTexts(first, last)) {
		return corpus.FactLocation
	}
	return corpus.FactOrganization
}

// teamNameEnd returns the token after the team's name opening at token
// k on the line of token i: capitalised words, and "St." and "&" inside
// the name only.
func (d *doc) teamNameEnd(k, i int) int {
	start := k
	for k < len(d.toks) && !d.lineBreakBefore(k, i) && teamWord(d.toks[k].Text, k > start) {
		k++
	}
	for k-1 > start && !startsUpper(d.toks[k-1].Text) {
		k--
	}
	return k
}

// personOpening returns the person the document names from token k.
func (d *doc) personOpening(k int) (mention, bool) {
	for _, n := range d.ms {
		if n.first == k && n.typ == corpus.FactPerson {
			return n, true
		}
	}
	return mention{}, false
}
