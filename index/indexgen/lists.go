package indexgen

// common are frequent English news words, most frequent first; the Zipf
// head of the vocabulary.
var common = []string{
	"the", "of", "and", "to", "in", "a", "said", "for", "on", "that", "is", "with", "was", "its", "by",
	"as", "at", "from", "it", "has", "be", "have", "year", "will", "are", "an", "which", "market", "company",
	"but", "this", "percent", "million", "billion", "new", "after", "more", "government", "would", "also",
	"people", "first", "last", "week", "shares", "two", "over", "could", "than", "about", "been", "were",
	"into", "price", "prices", "growth", "deal", "bank", "investors", "sales", "report", "quarter", "profit",
	"economy", "officials", "plan", "state", "rates", "chief", "executive", "workers", "energy", "oil",
	"trade", "chip", "chips", "supply", "data", "election", "court", "policy", "tax", "budget", "rise",
	"fall", "higher", "lower", "record", "analysts", "expected", "told", "according", "earlier", "month",
	"minister", "president", "country", "global", "industry", "technology", "software", "cloud", "model",
	"artificial", "intelligence", "funding", "startup", "round", "valuation", "acquisition", "merger",
	"lawsuit", "regulators", "inflation", "interest", "central", "demand", "jobs", "unemployment", "housing",
	"stocks", "bonds", "currency", "exports", "imports", "tariffs", "factory", "production", "revenue",
	"earnings", "forecast", "outlook", "debt", "loan", "credit", "climate", "emissions", "electric",
	"vehicles", "battery", "semiconductor", "network", "security", "attack", "health", "hospital", "drug",
	"vaccine", "research", "university", "students", "school", "city", "council", "police", "crisis",
}

// syllables build the long tail of rarer words.
var syllables = []string{
	"ba", "co", "den", "fa", "gor", "hel", "ix", "jun", "ka", "lor", "men", "nor", "op", "pra", "qui",
	"ras", "sel", "tor", "ul", "ven", "wex", "yor", "zan", "ter", "ston", "ric", "lan", "mar", "vis", "tec",
}

var orgPrefixes = []string{
	"Apex", "Blue", "Cedar", "Delta", "Ever", "First", "Global", "Harbor", "Iron", "Juniper", "Keystone",
	"Lumen", "Metro", "North", "Orion", "Pacific", "Quantum", "River", "Summit", "Titan", "United",
	"Vertex", "West", "Zenith", "Atlas", "Beacon", "Crown", "Dynamo", "Echo", "Falcon",
}

var orgSuffixes = []string{
	"Capital", "Bank", "Energy", "Motors", "Systems", "Labs", "Holdings", "Group", "Pharma", "Networks",
	"Foods", "Airlines", "Partners", "Semiconductor", "Insurance", "Robotics", "Media", "Logistics",
}

var firstNames = []string{
	"James", "Maria", "Wei", "Fatima", "John", "Anna", "Luis", "Priya", "David", "Sofia", "Ahmed",
	"Elena", "Kenji", "Grace", "Omar", "Laura", "Ivan", "Chloe", "Samuel", "Nadia", "Peter", "Aisha",
	"Carlos", "Hannah", "Yuki", "Daniel", "Leila", "Mark", "Rosa", "Thomas",
}

var lastNames = []string{
	"Smith", "Garcia", "Chen", "Khan", "Müller", "Rossi", "Silva", "Patel", "Kim", "Novak", "Haddad",
	"Ivanova", "Tanaka", "Okafor", "Dubois", "Jensen", "Lopez", "Nguyen", "Cohen", "Schmidt", "Brown",
	"Wilson", "Moreau", "Santos", "Yilmaz", "Kowalski", "Larsen", "Reyes", "Sato", "Walker",
}

var places = []string{
	"Washington", "London", "Beijing", "Brussels", "Tokyo", "Berlin", "Paris", "New York", "Frankfurt",
	"Shanghai", "Mumbai", "São Paulo", "Seoul", "Sydney", "Toronto", "Singapore", "Dubai", "Madrid",
	"Rome", "Moscow", "Taipei", "Mexico City", "Lagos", "Nairobi", "Jakarta", "Istanbul", "Zurich",
	"Amsterdam", "Stockholm", "Warsaw", "California", "Texas", "Bavaria", "Ontario", "Hong Kong",
	"Geneva", "Vienna", "Cairo", "Johannesburg", "Buenos Aires",
}

var miscNames = []string{
	"Olympics", "COP30", "Brexit", "World Cup", "Nasdaq", "S&P 500", "Dow Jones", "FTSE 100", "Nikkei",
	"Bitcoin", "iPhone", "Android", "Windows", "ChatGPT", "Model Y",
}

// currencies with their symbols and weights (percent of money facts).
var currencies = []struct {
	code, symbol string
	weight       int
}{
	{"USD", "$", 60}, {"EUR", "€", 18}, {"GBP", "£", 10}, {"JPY", "¥", 6}, {"CNY", "CNY ", 4}, {"CHF", "CHF ", 2},
}

var sources = []struct{ name, site string }{
	{"reuters", "Reuters"}, {"ap", "AP News"}, {"bbc", "BBC News"}, {"guardian", "The Guardian"},
	{"nyt", "The New York Times"}, {"wsj", "The Wall Street Journal"}, {"ft", "Financial Times"},
	{"bloomberg", "Bloomberg"}, {"cnbc", "CNBC"}, {"dw", "DW"}, {"lemonde", "Le Monde"},
	{"aljazeera", "Al Jazeera"}, {"nikkei", "Nikkei Asia"}, {"scmp", "South China Morning Post"},
	{"techcrunch", "TechCrunch"}, {"verge", "The Verge"}, {"wired", "Wired"}, {"economist", "The Economist"},
	{"politico", "Politico"}, {"axios", "Axios"},
}
