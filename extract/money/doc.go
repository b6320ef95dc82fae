// Package money finds amounts of money and percentages in news text.
//
// Extract scans the text once with a hand-written scanner: it stops only at
// trigger characters (digits, currency symbols) and at a small set of trigger
// words (spelled numbers, ISO codes, "billions"), and parses forward from
// there with bounded look-ahead and look-behind, so its cost is linear in the
// length of the text. All tables are built once at package init and never
// change, which makes Extract safe for concurrent use.
//
// Conventions follow the MEANTIME annotation: a qualifier word ("about",
// "over", "up to") and the "between" of a range are inside the span, a rate
// unit ("a share", "per hour") is not; it goes to Fact.Per instead.
package money
