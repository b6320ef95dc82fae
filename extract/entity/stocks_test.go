package entity

import (
	"testing"

	"tidings/corpus"
)

func TestCompanyEvidence(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{
		GazCity: {"Tokyo", "Ford", "Texas"}, GazCountry: {"India", "Iraq"}, GazCompany: {"Ford"},
		GazFirstName: {"Ford", "Mary", "Lina"}, GazSurname: {"Ford", "Ramirez"}, GazCommon: {"alphabet", "target", "energy"},
	})
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	tests := []resolveCase{
		{
			"an acronym employing a person is an organization in every mention; a country stays",
			"Launch customer ANA ordered 55. ANA senior vice president Mitsuo Morimoto spoke. India envoy Ravi Rao came.",
			[]tagged{{"ANA", P, 0}, {"ANA", P, 1}, {"Mitsuo Morimoto", P, 0}, {"India", L, 0}, {"Ravi Rao", P, 0}},
			[]wantFact{{"ANA", "ANA", O}, {"ANA", "ANA", O}, {"Mitsuo Morimoto", "Mitsuo Morimoto", P}, {"India", "India", L}, {"Ravi Rao", "Ravi Rao", P}},
		},
		{
			"a name the text defines as a company is one in every mention",
			"Ford cuts jobs. Ford has cut output. Ford is the world's third-largest automaker and growing. Celma, a subsidiary of the group, closed.",
			[]tagged{{"Ford", P, 0}, {"Ford", P, 1}, {"Ford", P, 2}, {"Celma", L, 0}},
			[]wantFact{{"Ford", "Ford", O}, {"Ford", "Ford", O}, {"Ford", "Ford", O}, {"Celma", "Celma", O}},
		},
		{
			"a company noun that heads no phrase defines nothing",
			"Smith, a company spokesman, said so. Mary is the bank manager.",
			[]tagged{{"Smith", P, 0}, {"Mary", P, 0}},
			[]wantFact{{"Smith", "Smith", P}, {"Mary", "Mary", P}},
		},
		{
			"person whose shares rose is a company",
			"Sandoz said it would merge. Sandoz shares rose.",
			[]tagged{{"Sandoz", P, 0}, {"Sandoz", P, 1}},
			[]wantFact{{"Sandoz", "Sandoz", O}, {"Sandoz", "Sandoz", O}},
		},
		{
			"untagged name before shares is tagged",
			"Hoechst AG cut jobs. Hoechst shares fell.",
			[]tagged{{"Hoechst AG", O, 0}},
			[]wantFact{{"Hoechst AG", "Hoechst", O}, {"Hoechst", "Hoechst", O}},
		},
		{
			"name after shares in is a company",
			"Investors bought shares in Moret on Friday.",
			[]tagged{{"Moret", P, 0}},
			[]wantFact{{"Moret", "Moret", O}},
		},
		{
			"a person sharing a view stays a person",
			"Smith shares his view.",
			[]tagged{{"Smith", P, 0}},
			[]wantFact{{"Smith", "Smith", P}},
		},
		{
			"a market stays a place",
			"Tokyo shares fell.",
			[]tagged{{"Tokyo", L, 0}},
			[]wantFact{{"Tokyo", "Tokyo", L}},
		},
		{
			"a name after a company noun is a company, in every mention, a town's name too",
			"The automaker Ford posted a profit. Ford said sales rose.",
			[]tagged{{"Ford", L, 0}, {"Ford", P, 1}},
			[]wantFact{{"Ford", "Ford", O}, {"Ford", "Ford", O}},
		},
		{
			"firm after but, and or a copula is the adjective",
			"Anders Tegnell spoke. The soft-spoken but firm Tegnell laughed. The firm Octel said no.",
			[]tagged{{"Anders Tegnell", P, 0}, {"Tegnell", P, 1}, {"Octel", P, 0}},
			[]wantFact{{"Anders Tegnell", "Anders Tegnell", P}, {"Tegnell", "Anders Tegnell", P}, {"Octel", "Octel", O}},
		},
		{
			"a lone name a company is bought by is a company, a person named in full's surname stays",
			"Tell was bought by Newell in 1994. Elon Musk bid. Twitter was bought by Musk in 2022.",
			[]tagged{{"Tell", O, 0}, {"Newell", P, 0}, {"Elon Musk", P, 0}, {"Twitter", O, 0}, {"Musk", P, 1}},
			[]wantFact{{"Tell", "Tell", O}, {"Newell", "Newell", O}, {"Elon Musk", "Elon Musk", P}, {"Twitter", "Twitter", O}, {"Musk", "Elon Musk", P}},
		},
		{
			"a lone name after a verb only a body takes is an organization, a person named in full's word stays",
			"Speaker Nabih Berri, who heads Amal, spoke. Elon Musk won. He founded Tesla. Later he chaired Musk.",
			[]tagged{{"Nabih Berri", P, 0}, {"Amal", P, 0}, {"Elon Musk", P, 0}, {"Tesla", P, 0}, {"Musk", P, 1}},
			[]wantFact{{"Nabih Berri", "Nabih Berri", P}, {"Amal", "Amal", O}, {"Elon Musk", "Elon Musk", P}, {"Tesla", "Tesla", O}, {"Musk", "Elon Musk", P}},
		},
		{
			"an exchange is a company",
			"The founder of the collapsed cryptocurrency exchange FTX was jailed. FTX's new chief said so.",
			[]tagged{{"FTX", P, 0}, {"FTX", P, 1}},
			[]wantFact{{"FTX", "FTX", O}, {"FTX", "FTX", O}},
		},
		{
			"a company noun opening a sentence describes the name after it and is no part of it",
			"Regulator Ofwat fined the firm. Rivals Lloyds Banking Group and NatWest cut jobs. Chipmaker Nvidia rose. Bank Leumi fell. Rivals Honda and Nissan met.",
			[]tagged{{"Rivals Lloyds Banking Group", O, 0}, {"NatWest", O, 0}, {"Chipmaker Nvidia", O, 0}, {"Bank Leumi", O, 0}, {"Nissan", O, 0}},
			[]wantFact{{"Ofwat", "Ofwat", O}, {"Lloyds Banking Group", "Lloyds Banking Group", O}, {"NatWest", "NatWest", O},
				{"Nvidia", "Nvidia", O}, {"Bank Leumi", "Bank Leumi", O}, {"Honda", "Honda", O}, {"Nissan", "Nissan", O}},
		},
		{
			"a word before a capitalised company role and a person's name is the employer; a theory is not",
			"Nvidia Chief Executive Jensen Huang spoke. WTO Director-General Ngozi Okonjo-Iweala warned. Under the Unitary Executive Theory, laws fell. " +
				"FTC Chair Lina Khan sued. JPMorgan Chief Financial Officer Jeremy Barnum spoke.",
			[]tagged{{"Jensen Huang", P, 0}, {"Ngozi Okonjo-Iweala", P, 0}, {"Unitary Executive Theory", M, 0}, {"Lina Khan", P, 0}, {"Jeremy Barnum", P, 0}},
			[]wantFact{{"Nvidia", "Nvidia", O}, {"Jensen Huang", "Jensen Huang", P}, {"WTO", "World Trade Organization", O},
				{"Ngozi Okonjo-Iweala", "Ngozi Okonjo-Iweala", P}, {"Unitary Executive Theory", "Unitary Executive Theory", M},
				{"FTC", "FTC", O}, {"Lina Khan", "Lina Khan", P}, {"JPMorgan", "JPMorgan", O}, {"Jeremy Barnum", "Jeremy Barnum", P}},
		},
		{
			"a lone name a company owns is a company; a place stays",
			"Ticketmaster, owned by Live Nation, faced a hearing. Greenland, owned by Denmark, voted.",
			[]tagged{{"Live Nation", O, 0}, {"Greenland", L, 0}, {"Denmark", L, 0}},
			[]wantFact{{"Ticketmaster", "Ticketmaster", O}, {"Live Nation", "Live Nation", O}, {"Greenland", "Greenland", L}, {"Denmark", "Denmark", L}},
		},
		{
			"a misc name that speaks as a company is one: a company's word ends it; a nationality or an event stays",
			"Samsung Electronics said it would buy back shares. An Israeli said no. Beijing Olympics said so.",
			[]tagged{{"Samsung Electronics", M, 0}, {"Israeli", M, 0}, {"Beijing Olympics", M, 0}},
			[]wantFact{{"Samsung Electronics", "Samsung Electronics", O}, {"Israeli", "Israeli", M}, {"Beijing Olympics", "Beijing Olympics", M}},
		},
		{
			"an untagged name after a company noun is tagged",
			"Venezuela will nationalize the aluminium maker Norpro. Egypt signed with the sovereign fund ADQ.",
			nil,
			[]wantFact{{"Norpro", "Norpro", O}, {"ADQ", "ADQ", O}},
		},
		{
			"a word before a role only a company has employs the person; a place, a given name or a ministry does not",
			"Separately, Binance founder Changpeng Zhao spoke. Canalys analyst Le Xuan Chiew spoke. Texas spokesman Bob Rae spoke. Ministry spokesman Javed Cheema spoke.",
			[]tagged{{"Changpeng Zhao", P, 0}, {"Le Xuan Chiew", P, 0}, {"Texas", L, 0}, {"Bob Rae", P, 0}, {"Javed Cheema", P, 0}},
			[]wantFact{{"Binance", "Binance", O}, {"Changpeng Zhao", "Changpeng Zhao", P}, {"Canalys", "Canalys", O}, {"Le Xuan Chiew", "Le Xuan Chiew", P},
				{"Texas", "Texas", L}, {"Bob Rae", "Bob Rae", P}, {"Javed Cheema", "Javed Cheema", P}},
		},
		{
			"a regulator or watchdog named beside its noun; not the end of a longer name",
			"Ofwat, the water regulator, ruled. The media watchdog Ofcom fined it. Reporters without Borders, a press watchdog, spoke.",
			nil,
			[]wantFact{{"Ofwat", "Ofwat", O}, {"Ofcom", "Ofcom", O}},
		},
		{
			"a common word capitalised after shares of is a company; a sector before shares is not",
			"Shares of Alphabet rose. Investors sold shares of Target on Monday, while Energy shares rose.",
			nil,
			[]wantFact{{"Alphabet", "Alphabet", O}, {"Target", "Target", O}},
		},
		{
			"after a start-up, a giant or a rival; not a creed or a nationality",
			"Investors in the startup Anthropic gained. Oil giant Shell said so. Hamas met its rival Fatah. Clashes between rival Islamist groups and rival Iraqi forces.",
			[]tagged{{"Shell", P, 0}, {"Fatah", L, 0}},
			[]wantFact{{"Anthropic", "Anthropic", O}, {"Shell", "Shell", O}, {"Fatah", "Fatah", O}, {"Iraqi", "Iraqi", corpus.FactMisc}},
		},
		{
			"a surname that is no company stays a person",
			"He ran the company Ramirez built. Ramirez denied it.",
			[]tagged{{"Ramirez", P, 0}, {"Ramirez", P, 1}},
			[]wantFact{{"Ramirez", "Ramirez", P}, {"Ramirez", "Ramirez", P}},
		},
		{
			"a given name, a country, a longer name and a hyphenated name are left alone",
			"The firm Mary runs grew. The firm India said so. The firm Kleinwort Benson grew. The retailer Wal-Mart grew.",
			[]tagged{{"Mary", P, 0}, {"India", L, 0}, {"Kleinwort Benson", P, 0}},
			[]wantFact{{"Mary", "Mary", P}, {"India", "India", L}, {"Kleinwort Benson", "Kleinwort Benson", P}},
		},
		{
			"a capitalised company noun is no evidence",
			"West Bank Smith met him.",
			[]tagged{{"Smith", P, 0}},
			[]wantFact{{"Smith", "Smith", P}},
		},
		{
			"a weekday is no company",
			"He bought a stake in Saturday trading.",
			nil,
			nil,
		},
	}
	checkResolveCases(t, gaz, tests)
}

func TestCurrencyNames(t *testing.T) {
	P := corpus.FactPerson
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"the pound that a market moves is no person",
			"Sterling fell 0.3% against the dollar. Sterling, which has lost 5% this year, rose.",
			[]tagged{{"Sterling", P, 0}, {"Sterling", P, 1}},
			nil,
		},
		{
			"a person so named stays one: named in full, speaking, or in a list",
			"Raheem Sterling scored. Sterling rose 2% in the rankings. Sterling said so. Gerrard, Sterling and Suarez played.",
			[]tagged{{"Raheem Sterling", P, 0}, {"Sterling", P, 1}, {"Sterling", P, 2}, {"Gerrard", P, 0}, {"Sterling", P, 3}, {"Suarez", P, 0}},
			[]wantFact{{"Raheem Sterling", "Raheem Sterling", P}, {"Sterling", "Raheem Sterling", P}, {"Sterling", "Raheem Sterling", P},
				{"Gerrard", "Gerrard", P}, {"Sterling", "Raheem Sterling", P}, {"Suarez", "Suarez", P}},
		},
	})
}

func TestStockLists(t *testing.T) {
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"Milan", "Tokyo", "London"}, GazFirstName: {"John", "sallie"}, GazCommon: {"titan"}, GazCountry: {"south korea"}})
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	tests := []resolveCase{
		{
			"a person the article names in full is no company of a market verb",
			"Pete Buttigieg spoke. Buttigieg surged in Milan.",
			[]tagged{{"Pete Buttigieg", P, 0}, {"Buttigieg", P, 1}, {"Milan", L, 0}},
			[]wantFact{{"Pete Buttigieg", "Pete Buttigieg", P}, {"Buttigieg", "Pete Buttigieg", P}, {"Milan", "Milan", L}},
		},
		{
			"a list of names that fell in a market is companies",
			"Olivetti, Pirelli and Montedison fell in Milan.",
			[]tagged{{"Pirelli", P, 0}, {"Milan", L, 0}},
			[]wantFact{{"Olivetti", "Olivetti", O}, {"Pirelli", "Pirelli", O}, {"Montedison", "Montedison", O}, {"Milan", "Milan", L}},
		},
		{
			"names before shares and a number are companies",
			"Elsevier and Akzo Nobel shares fell 2 percent.",
			[]tagged{{"Akzo Nobel", P, 0}},
			[]wantFact{{"Elsevier", "Elsevier", O}, {"Akzo Nobel", "Akzo Nobel", O}},
		},
		{
			"names after shares of or in are companies",
			"Shares in Severn Trent and United Utilities rose 2% in London.",
			[]tagged{{"Severn Trent", L, 0}},
			[]wantFact{{"Severn Trent", "Severn Trent", O}, {"United Utilities", "United Utilities", O}, {"London", "London", L}},
		},
		{
			"names joined by a hyphen are one word of the list",
			"Volvo and Saab-Scania shares rose 3 percent.",
			[]tagged{{"Scania", O, 0}},
			[]wantFact{{"Volvo", "Volvo", O}, {"Saab-Scania", "Saab-Scania", O}},
		},
		{
			"a name joined by and is cut",
			"Electrolux, Ericsson and Volvo rose in Milan.",
			[]tagged{{"Ericsson and Volvo", O, 0}, {"Milan", L, 0}},
			[]wantFact{{"Electrolux", "Electrolux", O}, {"Ericsson", "Ericsson", O}, {"Volvo", "Volvo", O}, {"Milan", "Milan", L}},
		},
		{
			"a market, an indicator and a pronoun stay",
			"Tokyo fell 2 percent. GDP rose 3 percent. We rose 5 places.",
			[]tagged{{"Tokyo", L, 0}},
			[]wantFact{{"Tokyo", "Tokyo", L}},
		},
		{
			"after shares of a person's name is a company's; a figure may be approximate",
			"Shares of Navient and Sallie Mae rose about 2 percent. Shares of Adani Enterprises tumbled as much as 20 percent.",
			[]tagged{{"Sallie Mae", P, 0}, {"Adani Enterprises", L, 0}},
			[]wantFact{{"Navient", "Navient", O}, {"Sallie Mae", "Sallie Mae", O}, {"Adani Enterprises", "Adani Enterprises", O}},
		},
		{
			"after shares of a misc name or a common word is a company's, a nationality stays",
			"Shares of Tata Motors and Titan rose 2 percent. Shares of German carmakers rose 3 percent.",
			[]tagged{{"Tata Motors", O, 0}, {"Titan", M, 0}, {"German", M, 0}},
			[]wantFact{{"Tata Motors", "Tata Motors", O}, {"Titan", "Titan", O}, {"German", "German", M}},
		},
		{
			"before shares a misc name of two words is a company's, a nationality stays",
			"Samsung Electronics and SK Hynix shares fell 2 percent. European shares fell 1 percent. South Korean shares fell 3 percent.",
			[]tagged{{"Samsung Electronics", M, 0}, {"SK Hynix", O, 0}, {"South Korean", M, 0}},
			[]wantFact{{"Samsung Electronics", "Samsung Electronics", O}, {"SK Hynix", "SK Hynix", O}, {"European", "European", M}, {"South Korean", "South Korean", M}},
		},
		{
			"a sentence adverb before the list is no name",
			"However, GDP plunged nearly 15 percent.",
			nil,
			nil,
		},
		{
			"a stock index the tagger passed over is misc; a longer name or a person the tagger found stays",
			"The S&P 500 gained 0.3 percent and the FTSE 100 fell. Dax Shepard laughed.",
			[]tagged{{"Dax Shepard", P, 0}},
			[]wantFact{{"S&P 500", "S&P 500", corpus.FactMisc}, {"FTSE 100", "FTSE 100", corpus.FactMisc}, {"Dax Shepard", "Dax Shepard", P}},
		},
		{
			"a person who rose stays",
			"John Smith rose 3 places in the ranking.",
			[]tagged{{"John Smith", P, 0}},
			[]wantFact{{"John Smith", "John Smith", P}},
		},
		{
			"without a number or a market the list is left alone",
			"Olivetti and Pirelli rose early.",
			[]tagged{{"Pirelli", P, 0}},
			[]wantFact{{"Pirelli", "Pirelli", P}},
		},
	}
	checkResolveCases(t, gaz, tests)
}

func TestEmployers(t *testing.T) {
	P, O, L, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation, corpus.FactMisc
	gaz := NewGazetteer([NumGazLists][]string{GazCity: {"london", "bernstein"}, GazSurname: {"london", "bernstein"}})
	checkResolveCases(t, gaz, []resolveCase{
		{
			"a town named like a firm after analysts at is the firm; a town before what stands in it stays",
			"Analysts at Jefferies and Bernstein said so. Dealers at London banks sold.",
			[]tagged{{"Jefferies", O, 0}, {"Bernstein", L, 0}, {"London", L, 0}},
			[]wantFact{{"Jefferies", "Jefferies", O}, {"Bernstein", "Bernstein", O}, {"London", "London", L}},
		},
		{
			"a list of firms after a market job, commas and all; a comma before a person's name ends it",
			"Economists at Commerzbank, ING and Pictet Wealth Management agreed. Analysts at Jefferies, John Smith said, disagreed. Analysts at UOB Kay Hian cut.",
			[]tagged{{"ING", O, 0}, {"John Smith", P, 0}, {"UOB", O, 0}, {"Kay Hian", P, 0}},
			[]wantFact{{"Commerzbank", "Commerzbank", O}, {"ING", "ING", O}, {"Pictet Wealth Management", "Pictet Wealth Management", O},
				{"Jefferies", "Jefferies", O}, {"John Smith", "John Smith", P}, {"UOB Kay Hian", "UOB Kay Hian", O}},
		},
		{
			"the tagger's one name over and after a market job is two firms",
			"Economists at Nomura and Capital Economics said so. The Hang Seng Index fell.",
			[]tagged{{"Nomura and Capital Economics", O, 0}, {"Hang Seng Index", O, 0}},
			[]wantFact{{"Nomura", "Nomura", O}, {"Capital Economics", "Capital Economics", O}, {"Hang Seng Index", "Hang Seng Index", M}},
		},
		{
			"the firms after analysts at are organizations, the second after and too",
			"Analysts at Goldman Sachs and Kleinwort Benson said the alliance would add to earnings.",
			[]tagged{{"Goldman Sachs", O, 0}, {"Kleinwort Benson", P, 0}},
			[]wantFact{{"Goldman Sachs", "Goldman Sachs", O}, {"Kleinwort Benson", "Kleinwort Benson", O}},
		},
		{
			"for, from and with name the firm too",
			"Peter Boockvar, an equity strategist for Miller Tabak, and a market analyst from Cazenove spoke.",
			[]tagged{{"Peter Boockvar", P, 0}, {"Miller Tabak", P, 0}, {"Cazenove", L, 0}},
			[]wantFact{{"Peter Boockvar", "Peter Boockvar", P}, {"Miller Tabak", "Miller Tabak", O}, {"Cazenove", "Cazenove", O}},
		},
		{
			"an untagged firm with of inside",
			"An economist at Bank of Tokyo-Mitsubishi said so.",
			nil,
			[]wantFact{{"Bank of Tokyo-Mitsubishi", "Bank of Tokyo-Mitsubishi", O}},
		},
		{
			"a known place is no firm; other words before at are no job",
			"Dealers at London banks said so. He met Jane Smith at Heathrow.",
			[]tagged{{"London", L, 0}, {"Jane Smith", P, 0}, {"Heathrow", L, 0}},
			[]wantFact{{"London", "London", L}, {"Jane Smith", "Jane Smith", P}, {"Heathrow", "Heathrow", L}},
		},
	})
}

func TestCrudeGrades(t *testing.T) {
	P, O, M := corpus.FactPerson, corpus.FactOrganization, corpus.FactMisc
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"a benchmark crude before an oil word is no person or company",
			"Brent crude rose 1%, while West Texas Intermediate futures gained.",
			[]tagged{{"Brent", P, 0}, {"West Texas Intermediate", O, 0}},
			[]wantFact{{"Brent", "Brent", M}, {"West Texas Intermediate", "West Texas Intermediate", M}},
		},
		{
			"a person named Brent stays one",
			"Brent Bennett was freed. Later Brent said he would go.",
			[]tagged{{"Brent Bennett", P, 0}, {"Brent", P, 1}},
			[]wantFact{{"Brent Bennett", "Brent Bennett", P}, {"Brent", "Brent Bennett", P}},
		},
	})
}

func TestDescribedNames(t *testing.T) {
	P, O, L := corpus.FactPerson, corpus.FactOrganization, corpus.FactLocation
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{GazCountry: {"western australia"}}), []resolveCase{
		{
			"a name of two words after a company noun is the company, not the place the tagger read; a person and a known place stay",
			"It flies national flag carrier Garuda Indonesia. The producer Peter Horton spoke. The operator Western Australia paid.",
			[]tagged{{"Garuda Indonesia", L, 0}, {"Peter Horton", P, 0}, {"Western Australia", L, 0}},
			[]wantFact{{"Garuda Indonesia", "Garuda Indonesia", O}, {"Peter Horton", "Peter Horton", P}, {"Western Australia", "Western Australia", L}},
		},
	})
}

func TestIndexCompanies(t *testing.T) {
	O, M := corpus.FactOrganization, corpus.FactMisc
	checkResolveCases(t, NewGazetteer([NumGazLists][]string{}), []resolveCase{
		{
			"an index's name is the company where the article names the company; the index stays before its words",
			"Dow Jones & Co. bid for Telerate Inc. Dow Jones shares fell on the Big Board. The Dow Jones industrial average rose.",
			[]tagged{{"Dow Jones", M, 0}, {"& Co.", O, 0}, {"Telerate Inc.", O, 0}, {"Dow Jones", M, 1}, {"Dow Jones", M, 2}},
			[]wantFact{{"Dow Jones & Co.", "Dow Jones", O}, {"Telerate Inc.", "Telerate", O}, {"Dow Jones", "Dow Jones", O}, {"Big Board", "Big Board", O}, {"Dow Jones", "Dow Jones", M}},
		},
		{
			"elsewhere the index is the index",
			"The Dow Jones closed higher.",
			[]tagged{{"Dow Jones", M, 0}},
			[]wantFact{{"Dow Jones", "Dow Jones", M}},
		},
	})
}
