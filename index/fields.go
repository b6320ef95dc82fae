package index

// Field names of the index mapping. Query strings may use them directly
// (org:"OpenAI", published:>2025-01-01, money.EUR:>1000000).
const (
	fieldTitle     = "title"
	fieldBody      = "body"
	fieldBodySeq   = "body_seq" // stored only: the body's terms, for phrases (phrase.go)
	fieldAuthors   = "authors"
	fieldSource    = "source"
	fieldSite      = "site"
	fieldURL       = "url"
	fieldLang      = "lang"
	fieldPublished = "published"
	fieldOrg       = "org"
	fieldPerson    = "person"
	fieldPlace     = "place"
	fieldMisc      = "misc"
	fieldMoney     = "money"      // amounts behind their currency; query strings say money.<ISO 4217 code>
	fieldAmountUSD = "amount_usd" // USD amounts plus others converted with Config.Rates
	fieldCurrency  = "currency"
	// Date facts' first and last days ("2006-01-02", UTC): ISO days sort
	// as text, so term ranges find overlaps, at one term per value where a
	// datetime field would index sixteen.
	fieldMentionFrom = "mention_start"
	fieldMentionTo   = "mention_end"
	fieldPercent     = "percent"
	fieldDupGroup    = "dup_group" // DuplicateOf, or the document's own ID
	// fieldFacet holds every facet value of a document, each behind its
	// facet's prefix, so a faceted search reads one doc-values field per
	// hit instead of six.
	fieldFacet = "facet"
)

// Prefixes of fieldFacet terms.
const (
	prefixOrg    = "o:"
	prefixPerson = "p:"
	prefixPlace  = "l:"
	prefixSource = "s:"
	prefixDay    = "d:" // "d:2006-01-02" (UTC), for the date histogram
	prefixMoney  = "m:" // "m:EUR:2", "m:~USD:1": amount bands, for the money facet
)

// Highlight markers around matched terms in Hit.Snippet. The CLI turns them
// into terminal emphasis or strips them.
const (
	MarkStart = "[["
	MarkEnd   = "]]"
)
