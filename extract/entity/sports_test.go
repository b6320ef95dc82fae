package entity

import (
	"testing"

	"tidings/corpus"
)

func TestSports(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{
		GazCountry: {"Germany", "Armenia", "Spain"}, GazCity: {"Chicago", "Kansas City", "Detroit", "London", "Surrey", "Essex", "Madrid", "Bilbao"},
		GazRegion: {"England"}, GazFirstName: {"Colin", "Nick"},
	})
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	tests := []resolveCase{
		{
			"results lines name teams",
			"Chicago 6 Kansas City 2\nDetroit 3 Toronto 1\n",
			[]tagged{{"Chicago 6 Kansas City", L, 0}, {"Toronto", L, 0}},
			[]wantFact{{"Chicago", "Chicago", O}, {"Kansas City", "Kansas City", O}, {"Detroit", "Detroit", O}, {"Toronto", "Toronto", O}},
		},
		{
			"standings rows name teams",
			"Standings:\nNewcastle 3 3 0 0 8 2 9\nManchester United 3 2 1 0 7 3 7\n",
			[]tagged{{"Manchester United", O, 0}},
			[]wantFact{{"Newcastle", "Newcastle", O}, {"Manchester United", "Manchester United", O}},
		},
		{
			"percentages and games behind are scores; the dateline stays the city",
			"CHICAGO 1997-08-24\nW L PCT GB\nDETROIT 78 48 .619 -\nCHICAGO 72 55 .567 6 1/2\n",
			[]tagged{{"CHICAGO", L, 0}, {"CHICAGO", L, 1}},
			[]wantFact{{"CHICAGO", "Chicago", L}, {"DETROIT", "Detroit", O}, {"CHICAGO", "Chicago", O}},
		},
		{
			"cricket scores with dashes are results",
			"Surrey 532-8 Essex 210\nKent 301 Sussex 99-2\n",
			[]tagged{{"Surrey", L, 0}, {"Essex", L, 0}},
			[]wantFact{{"Surrey", "Surrey", O}, {"Essex", "Essex", O}, {"Kent", "Kent", O}, {"Sussex", "Sussex", O}},
		},
		{
			"players of a leaderboard stay persons",
			"Colin Montgomerie 68 70 66 204\nNick Faldo 70 70 68 208\n",
			[]tagged{{"Nick Faldo", P, 0}},
			[]wantFact{{"Nick Faldo", "Nick Faldo", P}},
		},
		{
			"a team read as a person is a team",
			"Juventus 2 Lazio 1\nRoma 0 Parma 0\n",
			[]tagged{{"Juventus", P, 0}},
			[]wantFact{{"Juventus", "Juventus", O}, {"Lazio", "Lazio", O}, {"Roma", "Roma", O}, {"Parma", "Parma", O}},
		},
		{
			"countries in results stay places",
			"Germany 2 Armenia 0\nEngland 1 Chicago 1\n",
			[]tagged{{"Germany", L, 0}, {"Armenia", L, 0}, {"England", L, 0}},
			[]wantFact{{"Germany", "Germany", L}, {"Armenia", "Armenia", L}, {"England", "England", L}, {"Chicago", "Chicago", O}},
		},
		{
			"one results line is not a table",
			"Chicago 6 Kansas City 2\nThe rest was rain.",
			[]tagged{{"Chicago", L, 0}, {"Kansas City", L, 0}},
			[]wantFact{{"Chicago", "Chicago", L}, {"Kansas City", "Kansas City", L}},
		},
		{
			"a dateline is not a standings row",
			"LONDON 1996-08-24\nDetroit 3 Toronto 1\n",
			[]tagged{{"LONDON", L, 0}, {"Detroit", L, 0}, {"Toronto", L, 0}},
			[]wantFact{{"LONDON", "London", L}, {"Detroit", "Detroit", L}, {"Toronto", "Toronto", L}},
		},
		{
			"prose with numbers is not a table",
			"Chicago 6 of the best\nDetroit 3 and Toronto 1\n",
			[]tagged{{"Chicago", L, 0}, {"Detroit", L, 0}, {"Toronto", L, 0}},
			[]wantFact{{"Chicago", "Chicago", L}, {"Detroit", "Detroit", L}, {"Toronto", "Toronto", L}},
		},
		{
			"places either side of v are teams",
			"Essex v Surrey was washed out.",
			[]tagged{{"Essex", L, 0}, {"Surrey", L, 0}},
			[]wantFact{{"Essex", "Essex", O}, {"Surrey", "Surrey", O}},
		},
		{
			"nations and persons either side of v stay",
			"England v Germany, and Roe v Wade.",
			[]tagged{{"England", L, 0}, {"Germany", L, 0}, {"Roe", P, 0}, {"Wade", P, 0}},
			[]wantFact{{"England", "England", L}, {"Germany", "Germany", L}, {"Roe", "Roe", P}, {"Wade", "Wade", P}},
		},
		{
			"places either side of a match verb are teams",
			"Essex beat Surrey and London lost to Chicago.",
			[]tagged{{"Essex", L, 0}, {"Surrey", L, 0}, {"London", L, 0}, {"Chicago", L, 0}},
			[]wantFact{{"Essex", "Essex", O}, {"Surrey", "Surrey", O}, {"London", "London", O}, {"Chicago", "Chicago", O}},
		},
		{
			"a match verb and its score before to, with or against join two teams; a ground after at stays",
			"Aston Villa lost 2-1 to Crystal Palace. Leeds won 3-0 against Middlesbrough. Chelsea won 2-1 at Wembley.",
			[]tagged{{"Aston Villa", O, 0}, {"Crystal Palace", L, 0}, {"Leeds", L, 0}, {"Middlesbrough", L, 0}, {"Chelsea", O, 0}, {"Wembley", L, 0}},
			[]wantFact{{"Aston Villa", "Aston Villa", O}, {"Crystal Palace", "Crystal Palace", O}, {"Leeds", "Leeds", O}, {"Middlesbrough", "Middlesbrough", O},
				{"Chelsea", "Chelsea", O}, {"Wembley", "Wembley", L}},
		},
		{
			"in a match report, places met against are teams, and a team is one throughout",
			"Detroit fans cheered. Essex beat Surrey at Chelmsford. Kent drew their match against Detroit. Surrey lead in London, then Essex play at Surrey.",
			[]tagged{{"Detroit", L, 0}, {"Essex", L, 0}, {"Surrey", L, 0}, {"Chelmsford", L, 0}, {"Kent", L, 0}, {"Detroit", L, 1}, {"Surrey", L, 1}, {"London", L, 0}, {"Essex", L, 1}, {"Surrey", L, 2}},
			[]wantFact{{"Detroit", "Detroit", O}, {"Essex", "Essex", O}, {"Surrey", "Surrey", O}, {"Chelmsford", "Chelmsford", L}, {"Kent", "Kent", L}, {"Detroit", "Detroit", O},
				{"Surrey", "Surrey", O}, {"London", "London", L}, {"Essex", "Essex", O}, {"Surrey", "Surrey", L}},
		},
		{
			"a schedule's lines in a results document name teams",
			"Detroit 3 Toronto 1\nChicago 6 Essex 2\nLondon at Detroit\nSurrey at Essex\n",
			[]tagged{{"Detroit", L, 0}, {"Toronto", L, 0}, {"Chicago", L, 0}, {"Essex", L, 0}, {"London", L, 0}, {"Detroit", L, 1}, {"Essex", L, 1}},
			[]wantFact{{"Detroit", "Detroit", O}, {"Toronto", "Toronto", O}, {"Chicago", "Chicago", O}, {"Essex", "Essex", O},
				{"London", "London", O}, {"Detroit", "Detroit", O}, {"Surrey", "Surrey", O}, {"Essex", "Essex", O}},
		},
		{
			"lines of a name at a place in prose name no teams",
			"Smith at Chicago\nJones at Detroit\n",
			[]tagged{{"Smith", P, 0}, {"Chicago", L, 0}, {"Jones", P, 0}, {"Detroit", L, 0}},
			[]wantFact{{"Smith", "Smith", P}, {"Chicago", "Chicago", L}, {"Jones", "Jones", P}, {"Detroit", "Detroit", L}},
		},
		{
			"a place before a player's position or its coach is the club, a country stays",
			"Detroit striker Smith and Germany defender Jones met Chicago coach Brown.",
			[]tagged{{"Detroit", L, 0}, {"Smith", P, 0}, {"Germany", L, 0}, {"Jones", P, 0}, {"Chicago", L, 0}, {"Brown", P, 0}},
			[]wantFact{{"Detroit", "Detroit", O}, {"Smith", "Smith", P}, {"Germany", "Germany", L}, {"Jones", "Jones", P}, {"Chicago", "Chicago", O}, {"Brown", "Brown", P}},
		},
		{
			"a scored result names the opponent, and the team is one throughout",
			"City moved top with a 3-1 win over Brighton. Brighton manager Smith was angry. A 2-0 defeat to Essex followed, then a win over London in the vote.",
			[]tagged{{"City", O, 0}, {"Brighton", L, 0}, {"Brighton", L, 1}, {"Smith", P, 0}, {"Essex", L, 0}, {"London", L, 0}},
			[]wantFact{{"City", "City", O}, {"Brighton", "Brighton", O}, {"Brighton", "Brighton", O}, {"Smith", "Smith", P}, {"Essex", "Essex", O}, {"London", "London", L}},
		},
		{
			"a town a list joins to a club is a team, a country stays",
			"Real Madrid and Barcelona observed a silence. Atletico Madrid, Girona and Athletic Bilbao chase them. Real Madrid and Spain agreed.",
			[]tagged{{"Real Madrid", O, 0}, {"Barcelona", L, 0}, {"Atletico Madrid", O, 0}, {"Girona", L, 0}, {"Athletic Bilbao", O, 0}, {"Real Madrid", O, 1}, {"Spain", L, 0}},
			[]wantFact{{"Real Madrid", "Real Madrid", O}, {"Barcelona", "Barcelona", O}, {"Atletico Madrid", "Atletico Madrid", O}, {"Girona", "Girona", O},
				{"Athletic Bilbao", "Athletic Bilbao", O}, {"Real Madrid", "Real Madrid", O}, {"Spain", "Spain", L}},
		},
		{
			"a town before its coach or manager is the club, a country stays",
			"Barcelona coach Hansi Flick spoke. England manager Gareth Southgate agreed. The London manager position is open.",
			[]tagged{{"Barcelona", L, 0}, {"Hansi Flick", P, 0}, {"England", L, 0}, {"Gareth Southgate", P, 0}, {"London", L, 0}},
			[]wantFact{{"Barcelona", "Barcelona", O}, {"Hansi Flick", "Hansi Flick", P}, {"England", "England", L}, {"Gareth Southgate", "Gareth Southgate", P}, {"London", "London", L}},
		},
		{
			"a country beaten stays a place, also under the name the country list lacks",
			"Spain scored a 3-0 win over Turkey. Germany beat Turkey 2-1.",
			[]tagged{{"Spain", L, 0}, {"Turkey", L, 0}, {"Germany", L, 0}, {"Turkey", L, 1}},
			[]wantFact{{"Spain", "Spain", L}, {"Turkey", "Turkey", L}, {"Germany", "Germany", L}, {"Turkey", "Turkey", L}},
		},
		{
			"against without a fixture in the document names no team",
			"Protests against London grew.",
			[]tagged{{"London", L, 0}},
			[]wantFact{{"London", "London", L}},
		},
		{
			"armies defeating cities are no teams",
			"Rome defeated Carthage.",
			[]tagged{{"Rome", L, 0}, {"Carthage", L, 0}},
			[]wantFact{{"Rome", "Rome", L}, {"Carthage", "Carthage", L}},
		},
		{
			"a person beating a place leaves the place",
			"Smith beat London in the vote.",
			[]tagged{{"Smith", P, 0}, {"London", L, 0}},
			[]wantFact{{"Smith", "Smith", P}, {"London", "London", L}},
		},
		{
			"v without a name beside it is no fixture",
			"Chicago v. the rest: vitamin V London.",
			[]tagged{{"Chicago", L, 0}, {"London", L, 0}},
			[]wantFact{{"Chicago", "Chicago", L}, {"London", "London", L}},
		},
	}
	checkResolveCases(t, gaz, tests)
}

func TestScoredTeams(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazCountry: {"brazil", "france"}}), []resolveCase{
		{
			"the side a team beat before the score is a team; a player's opponent is left to the tagger",
			"The Kansas City Chiefs beat the Buffalo Bills 27-24. Roger Federer beat Rafael Nadal 6-4 6-3.",
			[]tagged{{"Kansas City Chiefs", O, 0}, {"Roger Federer", P, 0}},
			[]wantFact{{"Kansas City Chiefs", "Kansas City Chiefs", O}, {"Buffalo Bills", "Buffalo Bills", O}, {"Roger Federer", "Roger Federer", P}},
		},
		{
			"one-word persons on both sides of a match verb before one score are teams; players win by sets",
			"Chelsea thrashed Wolves 4-0. Sinner beat Alcaraz 7-6 (4), 7-5.",
			[]tagged{{"Chelsea", P, 0}, {"Sinner", P, 0}, {"Alcaraz", P, 0}},
			[]wantFact{{"Chelsea", "Chelsea", O}, {"Wolves", "Wolves", O}, {"Sinner", "Sinner", P}, {"Alcaraz", "Alcaraz", P}},
		},
		{
			"a known club split by the tagger before its score is one name",
			"Liverpool beat Aston Villa 2-0 at Anfield.",
			[]tagged{{"Liverpool", O, 0}, {"Aston", O, 0}, {"Villa", O, 0}, {"Anfield", L, 0}},
			[]wantFact{{"Liverpool", "Liverpool", O}, {"Aston Villa", "Aston Villa", O}, {"Anfield", "Anfield", L}},
		},
		{
			"a town before its record is its team; a nation or a town before a place in parentheses stays a place",
			"Allen scored for Buffalo (8-3) on Sunday. Brazil (3-0) tops the group. He lived in Paris (France).",
			[]tagged{{"Allen", P, 0}, {"Buffalo", L, 0}, {"Brazil", L, 0}, {"Paris", L, 0}, {"France", L, 0}},
			[]wantFact{{"Allen", "Allen", P}, {"Buffalo", "Buffalo", O}, {"Brazil", "Brazil", L}, {"Paris", "Paris", L}, {"France", "France", L}},
		},
	})
}

func TestScoresAfter(t *testing.T) {
	for s, want := range map[string]int{" 4-0 on Sunday": 1, " 7-6 (4), 7-5 on Sunday": 2, " 6-4 6-3.": 2, " on Sunday": 0, " 27-24": 1} {
		if got := scoresAfter(s); got != want {
			t.Errorf("scoresAfter(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestClubs(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{
		GazCity: {"Madrid", "Leverkusen", "Amsterdam", "Ipswich", "Paris", "Roma", "Cape Town", "Boston", "Pittsburgh", "Mali"},
	})
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	tests := []resolveCase{
		{
			"club word before a place is a club",
			"Real Madrid beat Bayer Leverkusen.",
			[]tagged{{"Madrid", L, 0}, {"Bayer Leverkusen", P, 0}},
			[]wantFact{{"Real Madrid", "Real Madrid", O}, {"Bayer Leverkusen", "Bayer Leverkusen", O}},
		},
		{
			"a place beating a club the rule found is a team",
			"Barcelona beat Real Madrid 3-1 on Saturday.",
			[]tagged{{"Barcelona", L, 0}},
			[]wantFact{{"Barcelona", "Barcelona", O}, {"Real Madrid", "Real Madrid", O}},
		},
		{
			"a place opening a sentence that goes on to beat a team is a team; a club's first word before its coach is the club",
			"Barcelona came from behind to beat Atletico Madrid 2-1. Atletico coach Radomir Antic said so. Paris voted to draw up rules.",
			[]tagged{{"Barcelona", L, 0}, {"Atletico Madrid", O, 0}, {"Radomir Antic", P, 0}, {"Paris", L, 0}},
			[]wantFact{{"Barcelona", "Barcelona", O}, {"Atletico Madrid", "Atletico Madrid", O}, {"Atletico", "Atletico", O},
				{"Radomir Antic", "Radomir Antic", P}, {"Paris", "Paris", L}},
		},
		{
			"a town before coach or manager and a person is the club; a place a pronoun beats by a score is a team",
			"Alan Shearer scored as they beat Ipswich 2-0. Boston manager Kevin Keegan said so. They beat Amsterdam easily.",
			[]tagged{{"Alan Shearer", P, 0}, {"Ipswich", L, 0}, {"Kevin Keegan", P, 0}, {"Amsterdam", L, 0}},
			[]wantFact{{"Alan Shearer", "Alan Shearer", P}, {"Ipswich", "Ipswich", O}, {"Boston", "Boston", O}, {"Kevin Keegan", "Kevin Keegan", P},
				{"Amsterdam", "Amsterdam", L}},
		},
		{
			"the town of a team named with its nickname in a fixture is the team alone too, but where a place's preposition says the town",
			"The Boston Celtics beat the Ipswich Giants 20-6. The game in Boston drew 60,000. Smith scored for Boston.",
			[]tagged{{"Boston Celtics", O, 0}, {"Ipswich Giants", O, 0}, {"Boston", L, 1}, {"Smith", P, 0}, {"Boston", L, 2}},
			[]wantFact{{"Boston Celtics", "Boston Celtics", O}, {"Ipswich Giants", "Ipswich Giants", O}, {"Boston", "Boston", L}, {"Smith", "Smith", P},
				{"Boston", "Boston", O}},
		},
		{
			"a club named by a word and its town in a fixture goes by the word; a player after his position is a person",
			"Bayern Madrid beat Ipswich 3-1. Bayern 's Mehmet Scholl scored. Juventus striker Alessandro Del Piero was hurt.",
			[]tagged{{"Bayern Madrid", O, 0}, {"Ipswich", L, 0}, {"Bayern", P, 1}, {"Mehmet Scholl", P, 0}, {"Juventus", O, 0}, {"Alessandro Del Piero", O, 0}},
			[]wantFact{{"Bayern Madrid", "Bayern Madrid", O}, {"Ipswich", "Ipswich", O}, {"Bayern", "Bayern", O}, {"Mehmet Scholl", "Mehmet Scholl", P},
				{"Juventus", "Juventus", O}, {"Alessandro Del Piero", "Alessandro Del Piero", P}},
		},
		{
			"a short club word in a line in capitals is a word: no club",
			"OFFICES IN STATES SUCH AS PARIS , BOSTON AND ROMA .",
			[]tagged{{"PARIS", L, 0}, {"BOSTON", L, 0}, {"ROMA", L, 0}},
			[]wantFact{{"PARIS", "Paris", L}, {"BOSTON", "Boston", L}, {"ROMA", "Roma", L}},
		},
		{
			"club word after a place is a club",
			"Ipswich Town lost at home.",
			[]tagged{{"Ipswich", L, 0}},
			[]wantFact{{"Ipswich Town", "Ipswich Town", O}},
		},
		{
			"a North American nickname after its town is the team, and alone after; a style after a place stays",
			"He played for the Pittsburgh Pirates, but the Pirates lost. The Mali Blues genre grew.",
			[]tagged{{"Pittsburgh Pirates", L, 0}, {"Mali Blues", L, 0}},
			[]wantFact{{"Pittsburgh Pirates", "Pittsburgh Pirates", O}, {"Pirates", "Pirates", O}, {"Mali Blues", "Mali Blues", L}},
		},
		{
			"short club word only in capitals",
			"As Paris slept, AS Roma won.",
			[]tagged{{"Paris", L, 0}, {"Roma", P, 0}},
			[]wantFact{{"Paris", "Paris", L}, {"AS Roma", "AS Roma", O}},
		},
		{
			"a place named like a club stays a place",
			"Cape Town is sunny.",
			[]tagged{{"Cape Town", L, 0}},
			[]wantFact{{"Cape Town", "Cape Town", L}},
		},
		{
			"club word without a place is left alone",
			"Real Sociedad and Ajax drew.",
			[]tagged{{"Real Sociedad", O, 0}},
			[]wantFact{{"Real Sociedad", "Real Sociedad", O}},
		},
	}
	checkResolveCases(t, gaz, tests)
}

func TestRiderTeams(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"canada", "spain", "germany", "france"}})
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, gaz, []resolveCase{
		{
			"team between a nationality and a time",
			"Results :\n1. Jacques Villeneuve ( Canada ) Williams 1:45:47.149\nMiguel Indurain ( Spain ) Banesto 4:35:12\n",
			[]tagged{{"Jacques Villeneuve", P, 0}, {"Canada", L, 0}, {"Miguel Indurain", P, 0}, {"Spain", L, 0}},
			[]wantFact{{"Jacques Villeneuve", "Jacques Villeneuve", P}, {"Canada", "Canada", L}, {"Williams", "Williams", O},
				{"Miguel Indurain", "Miguel Indurain", P}, {"Spain", "Spain", L}, {"Banesto", "Banesto", O}},
		},
		{
			"in a table with times a team may end its row or come before same time",
			"Results :\n1. Laurent Jalabert ( France ) ONCE 4:30:12\n2. Tony Rominger ( Spain ) Mapei\n3. Alex Zuelle ( Spain ) Banesto same time\n",
			[]tagged{{"Laurent Jalabert", P, 0}, {"Tony Rominger", P, 0}, {"Alex Zuelle", P, 0}},
			[]wantFact{{"Laurent Jalabert", "Laurent Jalabert", P}, {"France", "France", L}, {"ONCE", "ONCE", O}, {"Tony Rominger", "Tony Rominger", P}, {"Spain", "Spain", L},
				{"Mapei", "Mapei", O}, {"Alex Zuelle", "Alex Zuelle", P}, {"Spain", "Spain", L}, {"Banesto", "Banesto", O}},
		},
		{
			"a row ending in a name is no team without a timed row",
			"1. Tony Rominger ( Spain ) Mapei\n",
			[]tagged{{"Tony Rominger", P, 0}},
			[]wantFact{{"Tony Rominger", "Tony Rominger", P}, {"Spain", "Spain", L}},
		},
		{
			"points after the nationality name no team",
			"1. Michael Schumacher ( Germany ) 53 points",
			[]tagged{{"Michael Schumacher", P, 0}, {"Germany", L, 0}},
			[]wantFact{{"Michael Schumacher", "Michael Schumacher", P}, {"Germany", "Germany", L}},
		},
		{
			"prose before the person leaves the line alone",
			"He said Jacques Villeneuve ( Canada ) Williams 2 was fast.",
			[]tagged{{"Jacques Villeneuve", P, 0}, {"Canada", L, 0}},
			[]wantFact{{"Jacques Villeneuve", "Jacques Villeneuve", P}, {"Canada", "Canada", L}},
		},
	})
}

func TestScorers(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"germany"}, GazCity: {"dublin"}})
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	checkResolveCases(t, gaz, []resolveCase{
		{
			"teams and scorers of match summaries",
			"Arsenal 3 ( Wright 12 , 67 , Bergkamp 45 ) Southampton 1 ( Le Tissier 80 pen ) .\n" +
				"Coventry 2 ( Dublin 20 ) Germany 1 ( Klinsmann 88 ) .\n",
			[]tagged{{"Arsenal", O, 0}, {"Coventry 2", M, 0}, {"Dublin", L, 0}, {"Germany", L, 0}},
			[]wantFact{{"Arsenal", "Arsenal", O}, {"Wright", "Wright", P}, {"Bergkamp", "Bergkamp", P},
				{"Southampton", "Southampton", O}, {"Le Tissier", "Le Tissier", P},
				{"Coventry", "Coventry", O}, {"Dublin", "Dublin", P}, {"Germany", "Germany", L}, {"Klinsmann", "Klinsmann", P}},
		},
		{
			"one summary-like phrase is left alone",
			"Apple 3 ( Jobs 12 ) rose.",
			[]tagged{{"Apple", O, 0}},
			[]wantFact{{"Apple", "Apple", O}},
		},
	})
}

func TestLeaderboards(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"germany"}})
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, gaz, []resolveCase{
		{
			"players of a leaderboard are persons",
			"134 Colin Montgomerie 68 66 , Sven Struver ( Germany ) 67 67\n136 Ian Woosnam 70 66\n",
			[]tagged{{"Sven Struver", P, 0}, {"Germany", L, 0}, {"Ian Woosnam", O, 0}},
			[]wantFact{{"Colin Montgomerie", "Colin Montgomerie", P}, {"Sven Struver", "Sven Struver", P}, {"Germany", "Germany", L}, {"Ian Woosnam", "Ian Woosnam", P}},
		},
		{
			"standings rows with ranks are no leaderboard",
			"3 Manchester United 10 6 2 2 20 10 20\n4 Aston Villa 10 5 3 2 15 9 18\n",
			[]tagged{{"Manchester United", O, 0}, {"Aston Villa", O, 0}},
			[]wantFact{{"Manchester United", "Manchester United", O}, {"Aston Villa", "Aston Villa", O}},
		},
	})
}

func TestSquadsAndScorers(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"germany"}, GazCity: {"derby", "paris"}, GazFirstName: {"peter", "marc", "paris"}})
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, gaz, []resolveCase{
		{
			"clubs of a squad list are organizations, nationalities places",
			"Defenders - Peter Schmeichel ( Manchester United ) , Marc Rieper ( Celtic ) , Jacob Laursen ( Derby ) , Uwe Hahn ( Germany )",
			[]tagged{{"Peter Schmeichel", P, 0}, {"Manchester United", O, 0}, {"Marc Rieper", P, 0}, {"Jacob Laursen", P, 0}, {"Derby", L, 0}, {"Uwe Hahn", P, 0}, {"Germany", L, 0}},
			[]wantFact{{"Peter Schmeichel", "Peter Schmeichel", P}, {"Manchester United", "Manchester United", O}, {"Marc Rieper", "Marc Rieper", P}, {"Celtic", "Celtic", O},
				{"Jacob Laursen", "Jacob Laursen", P}, {"Derby", "Derby", O}, {"Uwe Hahn", "Uwe Hahn", P}, {"Germany", "Germany", L}},
		},
		{
			"scorers line",
			"Result of the league match :\nMonaco 2 Paris St Germain 1\nScorers : Ikpeba ( 12th ) , Henry ( 67th ) ; Rai ( 55th )\n",
			[]tagged{{"Monaco", L, 0}, {"Germain", P, 0}, {"Henry", P, 0}},
			[]wantFact{{"Monaco", "Monaco", O}, {"Paris St Germain", "Paris St Germain", O}, {"Ikpeba", "Ikpeba", P}, {"Henry", "Henry", P}, {"Rai", "Rai", P}},
		},
		{
			"a lone result line without a match word is left alone",
			"Windows 95 Office 97\n",
			[]tagged{{"Windows", O, 0}},
			[]wantFact{{"Windows", "Windows", O}},
		},
		{
			"overtime after a result",
			"NHL results :\nNEW JERSEY 3 Buffalo 2 ( OT )\nDetroit 4 Chicago 1\n",
			[]tagged{{"NEW JERSEY", L, 0}, {"Detroit", O, 0}},
			[]wantFact{{"NEW JERSEY", "New Jersey", O}, {"Buffalo", "Buffalo", O}, {"Detroit", "Detroit", O}, {"Chicago", "Chicago", O}},
		},
		{
			"the half-time score after a result",
			"Results of games played on Thursday:\nPohang 3 Ulsan 2 (halftime 1-0)\nPuchon 2 Chonbuk 1 (halftime 1-1)\n",
			[]tagged{{"Pohang", O, 0}},
			[]wantFact{{"Pohang", "Pohang", O}, {"Ulsan", "Ulsan", O}, {"Puchon", "Puchon", O}, {"Chonbuk", "Chonbuk", O}},
		},
	})
}

func TestClubShortForms(t *testing.T) {
	P, L := corpus.FactPerson, corpus.FactLocation
	O := corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"dortmund", "hamburg", "bremen"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a club named by one of its words in a results document is the club, not in a place phrase",
			"Results:\nBorussia Dortmund 3 Hamburg 0\nWerder Bremen 1 Schalke 1\nMoeller missed a penalty for Dortmund. The game in Dortmund drew 40,000.",
			[]tagged{{"Borussia Dortmund", O, 0}, {"Hamburg", L, 0}, {"Werder Bremen", O, 0}, {"Schalke", O, 0}, {"Moeller", P, 0}, {"Dortmund", L, 1}, {"Dortmund", L, 2}},
			[]wantFact{{"Borussia Dortmund", "Borussia Dortmund", O}, {"Hamburg", "Hamburg", O}, {"Werder Bremen", "Werder Bremen", O}, {"Schalke", "Schalke", O},
				{"Moeller", "Moeller", P}, {"Dortmund", "Dortmund", O}, {"Dortmund", "Dortmund", L}},
		},
	})
}

func TestCountryPlayers(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"germany", "japan", "spain"}})
	P, L := corpus.FactPerson, corpus.FactLocation
	checkResolveCases(t, gaz, []resolveCase{
		{
			"an untagged name before a country in a results table is a player",
			"Results :\nBarbara Rittner ( Germany ) beat 3 - Kimiko Date ( Japan ) 6-4 6-2\n",
			[]tagged{{"Barbara Rittner", P, 0}, {"Germany", L, 0}, {"Japan", L, 0}},
			[]wantFact{{"Barbara Rittner", "Barbara Rittner", P}, {"Germany", "Germany", L}, {"Kimiko Date", "Kimiko Date", P}, {"Japan", "Japan", L}},
		},
		{
			"outside a document of sport, or once, it says nothing",
			"The Anglo Saxon ( Germany ) and Old Kingdom ( Spain ) trade.\n",
			[]tagged{{"Germany", L, 0}, {"Spain", L, 0}},
			[]wantFact{{"Germany", "Germany", L}, {"Spain", "Spain", L}},
		},
	})
}

func TestDriversTeams(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a one-word person before driver and a person's name is the team; a full name stays",
			"He led Williams driver Jacques Villeneuve. Damon Hill driver Tom Jones laughed.",
			[]tagged{{"Williams", P, 0}, {"Jacques Villeneuve", P, 0}, {"Damon Hill", P, 0}, {"Tom Jones", P, 0}},
			[]wantFact{{"Williams", "Williams", O}, {"Jacques Villeneuve", "Jacques Villeneuve", P}, {"Damon Hill", "Damon Hill", P}, {"Tom Jones", "Tom Jones", P}},
		},
		{
			"a one-word person before team-mate and a person's name is the team",
			"Hill led his Benetton team-mate Gerhard Berger.",
			[]tagged{{"Hill", P, 0}, {"Benetton", P, 0}, {"Gerhard Berger", P, 0}},
			[]wantFact{{"Hill", "Hill", P}, {"Benetton", "Benetton", O}, {"Gerhard Berger", "Gerhard Berger", P}},
		},
	})
}

func TestMatchSummaries(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	gaz := NewGazetteer([NumGazLists][]string{GazCountry: {"england", "netherlands"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a summary's sides are teams and its scorers persons; countries stay places",
			"Ajax Amsterdam 2 (Babangida 15, Musampa 78) Graafschap Doetinchem 0. Halftime 1-0.\nEngland 2 (Shearer 23 pen) Netherlands 1 (de Boer 90).\n",
			[]tagged{{"Ajax Amsterdam 2", corpus.FactMisc, 0}},
			[]wantFact{{"Ajax Amsterdam", "Ajax Amsterdam", O}, {"Babangida", "Babangida", P}, {"Musampa", "Musampa", P}, {"Graafschap Doetinchem", "Graafschap Doetinchem", O},
				{"England", "England", L}, {"Shearer", "Shearer", P}, {"Netherlands", "Netherlands", L}, {"de Boer", "de Boer", P}},
		},
		{
			"prose with a number and parentheses is no summary",
			"Windows 95 (Microsoft 1995) Office 97 sold well.\n",
			nil,
			nil,
		},
	})
}

func TestPlayersActions(t *testing.T) {
	P, O := corpus.FactPerson, corpus.FactOrganization
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"manchester"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a name of two words between a and a player's action is the player; a town's club stays",
			"Takagi rose to head a Hiroshige Yanagimoto cross. He met a Manchester United corner.",
			[]tagged{{"Takagi", P, 0}, {"Hiroshige Yanagimoto", O, 0}, {"Manchester United", O, 0}},
			[]wantFact{{"Takagi", "Takagi", P}, {"Hiroshige Yanagimoto", "Hiroshige Yanagimoto", P}, {"Manchester United", "Manchester United", O}},
		},
	})
}
