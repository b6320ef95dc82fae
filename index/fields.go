package index

// Field names of the index mapping. Query strings may use them directly
// (org:"OpenAI", published:>2025-01-01, money.EUR:>1000000).
const (
	fieldTitle       = "title"
	fieldBody        = "body"
	fieldAuthors     = "authors"
	fieldSource      = "source"
	fieldSite        = "site"
	fieldURL         = "url"
	fieldLang        = "lang"
	fieldPublished   = "published"
	fieldDay         = "published_day" // "2006-01-02" (UTC), for the date histogram
	fieldOrg         = "org"
	fieldPerson      = "person"
	fieldPlace       = "place"
	fieldMisc        = "misc"
	fieldMoney       = "money"      // sub-document: money.<ISO 4217 code> numeric amounts
	fieldAmountUSD   = "amount_usd" // USD amounts plus others converted with Config.Rates
	fieldCurrency    = "currency"
	fieldMoneyBand   = "money_band" // "EUR:2", "~USD:1": per-document amount bands, for the money facet
	fieldMentionFrom = "mention_start"
	fieldMentionTo   = "mention_end"
	fieldPercent     = "percent"
	fieldDupGroup    = "dup_group" // DuplicateOf, or the document's own ID
)

// Highlight markers around matched terms in Hit.Snippet. The CLI turns them
// into terminal emphasis or strips them.
const (
	MarkStart = "[["
	MarkEnd   = "]]"
)
