// Package extract turns article text into facts: money amounts and
// percentages (extract/money), dates resolved against the publication time
// (extract/date) and named entities with canonical names (extract/entity).
//
// It is pure and deterministic: no network, files, clock, logging or
// mutable globals. The reference time is a parameter.
package extract
