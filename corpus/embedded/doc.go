// Package embedded is the default corpus.Store: one SQLite database file
// (modernc.org/sqlite, pure Go) in WAL mode, with versioned schema
// migrations applied at open.
package embedded
