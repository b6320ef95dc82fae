package index

import (
	"errors"
	"fmt"
	"regexp/syntax"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"
)

// titleBoost weighs a match in the title against one in the body.
const titleBoost = 3.0

// maxTextLen bounds the query string; longer ones are almost surely not typed.
const maxTextLen = 4096

// parseText parses s in Bleve's query-string syntax and points unfielded
// terms at title (boosted) and body. Empty s matches all documents.
func parseText(s string) (query.Query, error) {
	if strings.TrimSpace(s) == "" {
		return query.NewMatchAllQuery(), nil
	}
	if len(s) > maxTextLen {
		return nil, fmt.Errorf("longer than %d bytes", maxTextLen)
	}
	q, err := query.NewQueryStringQuery(s).Parse()
	if err != nil {
		return nil, fmt.Errorf("parse: %s", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	if err := checkLeaves(q); err != nil {
		return nil, err
	}
	return retarget(q), nil
}

// maxFuzziness is the most edits Bleve's fuzzy search allows.
const maxFuzziness = 2

// checkLeaves finds what Bleve would only reject while searching: too much
// fuzziness, bad regular expressions.
func checkLeaves(q query.Query) error {
	switch x := q.(type) {
	case *query.BooleanQuery:
		return errors.Join(checkOpt(x.Must), checkOpt(x.Should), checkOpt(x.MustNot), checkOpt(x.Filter))
	case *query.ConjunctionQuery:
		return checkAll(x.Conjuncts)
	case *query.DisjunctionQuery:
		return checkAll(x.Disjuncts)
	case *query.MatchQuery:
		return checkFuzziness(x.Match, x.Fuzziness)
	case *query.MatchPhraseQuery:
		return checkFuzziness(x.MatchPhrase, x.Fuzziness)
	case *query.FuzzyQuery:
		return checkFuzziness(x.Term, x.Fuzziness)
	case *query.RegexpQuery:
		if _, err := syntax.Parse(x.Regexp, syntax.Perl); err != nil {
			return fmt.Errorf("regular expression /%s/: %v", x.Regexp, err)
		}
	}
	return nil
}

func checkOpt(q query.Query) error {
	if q == nil {
		return nil
	}
	return checkLeaves(q)
}

func checkAll(qs []query.Query) error {
	var errs []error
	for _, q := range qs {
		errs = append(errs, checkLeaves(q))
	}
	return errors.Join(errs...)
}

func checkFuzziness(term string, f int) error {
	if f > maxFuzziness {
		return fmt.Errorf("%s~%d: fuzziness is at most %d", term, f, maxFuzziness)
	}
	return nil
}

// retarget rewrites q in place, replacing each unfielded leaf with
// (title^titleBoost OR body). Compound queries keep their own type so the
// query-string semantics (+, -, should) are unchanged.
func retarget(q query.Query) query.Query {
	switch x := q.(type) {
	case *query.BooleanQuery:
		x.Must = retargetOpt(x.Must)
		x.Should = retargetOpt(x.Should)
		x.MustNot = retargetOpt(x.MustNot)
		x.Filter = retargetOpt(x.Filter)
	case *query.ConjunctionQuery:
		for i, c := range x.Conjuncts {
			x.Conjuncts[i] = retarget(c)
		}
	case *query.DisjunctionQuery:
		for i, c := range x.Disjuncts {
			x.Disjuncts[i] = retarget(c)
		}
	case *query.NumericRangeQuery:
		if r, ok := newAmountRange(x.Field(), x.Min, x.Max, x.InclusiveMin == nil || *x.InclusiveMin, x.InclusiveMax != nil && *x.InclusiveMax); ok {
			r.SetBoost(x.Boost())
			return r
		}
	case *query.DateRangeQuery:
		if x.Field() == fieldPublished {
			// Bleve's defaults: the start inclusive, the end exclusive.
			r := newTimeRange(fieldPublished, x.Start.Time, x.End.Time, x.InclusiveStart == nil || *x.InclusiveStart, x.InclusiveEnd != nil && *x.InclusiveEnd)
			r.SetBoost(x.Boost())
			return r
		}
	case *query.MatchQuery:
		if r, ok := exactAmount(x.Field(), x.Match); ok {
			return r
		}
		if x.Field() == fieldDupGroup {
			return dupGroup(x.Match, x.Boost())
		}
		return split(x)
	case *query.MatchPhraseQuery:
		if r, ok := exactAmount(x.Field(), x.MatchPhrase); ok {
			return r
		}
		if x.Field() == fieldDupGroup {
			return dupGroup(x.MatchPhrase, x.Boost())
		}
		if keywordFields[x.Field()] {
			// Keyword fields keep no positions: a phrase is one exact term.
			return term(x.Field(), x.MatchPhrase)
		}
		return splitPhrase(x)
	case *query.WildcardQuery:
		return split(x)
	case *query.RegexpQuery:
		return split(x)
	case *query.FuzzyQuery:
		return split(x)
	case *query.PrefixQuery:
		return split(x)
	case *query.TermQuery:
		if r, ok := exactAmount(x.Field(), x.Term); ok {
			return r
		}
		if x.Field() == fieldDupGroup {
			return dupGroup(x.Term, x.Boost())
		}
		return split(x)
	}
	return q
}

// exactAmount is the query for field:value when field holds amounts
// (percent:27): the amount itself, or nothing when value is not a number.
// ok is false for other fields.
func exactAmount(field, value string) (query.Query, bool) {
	r, ok := newAmountRange(field, nil, nil, true, true)
	if !ok {
		return nil, false
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
	if err != nil {
		return query.NewMatchNoneQuery(), true
	}
	r.min, r.max = &v, &v
	return r, true
}

// dupGroup matches the duplicate group of article id: the article itself
// and its copies (which alone index the group's term).
func dupGroup(id string, boost float64) query.Query {
	id = strings.TrimSpace(id)
	q := query.NewDisjunctionQuery([]query.Query{term(fieldDupGroup, id), query.NewDocIDQuery([]string{id})})
	q.SetBoost(boost)
	return q
}

func retargetOpt(q query.Query) query.Query {
	if q == nil {
		return nil
	}
	return retarget(q)
}

// keywordFields are the fields indexed as one exact term per value.
var keywordFields = map[string]bool{
	fieldSource: true, fieldSite: true, fieldURL: true, fieldLang: true, fieldFacet: true,
	fieldOrg: true, fieldPerson: true, fieldPlace: true, fieldMisc: true,
	fieldCurrency: true, fieldDupGroup: true,
}

// leaf is a pointer to a fieldable, boostable query struct.
type leaf[T any] interface {
	*T
	query.FieldableQuery
	query.BoostableQuery
}

// split returns x when it names a field, else (title^boost OR body) copies.
func split[T any, P leaf[T]](x P) query.Query {
	if x.Field() != "" {
		return x
	}
	boost := x.Boost()
	title, body := *x, *x
	P(&title).SetField(fieldTitle)
	P(&title).SetBoost(boost * titleBoost)
	P(&body).SetField(fieldBody)
	return query.NewDisjunctionQuery([]query.Query{P(&title), P(&body)})
}

// splitPhrase is split for phrases: the body keeps no positions, so its
// phrases are checked by bodyPhraseQuery (fuzzy ones only need all their
// terms).
func splitPhrase(x *query.MatchPhraseQuery) query.Query {
	switch x.Field() {
	case "":
		title := *x
		title.SetField(fieldTitle)
		title.SetBoost(x.Boost() * titleBoost)
		return query.NewDisjunctionQuery([]query.Query{&title, bodyPhrase(x)})
	case fieldBody:
		return bodyPhrase(x)
	}
	return x
}

func bodyPhrase(x *query.MatchPhraseQuery) query.Query {
	if x.Fuzziness > 0 {
		m := query.NewMatchQuery(x.MatchPhrase)
		m.SetField(fieldBody)
		m.SetFuzziness(x.Fuzziness)
		m.SetOperator(query.MatchQueryOperatorAnd)
		m.SetBoost(x.Boost())
		return m
	}
	return newBodyPhrase(x.MatchPhrase, x.Boost())
}
