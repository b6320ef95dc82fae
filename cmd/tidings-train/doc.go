// Command tidings-train trains the named-entity model that extract/entity
// embeds, from the licence-clean training sets and gazetteers under the
// shared evaluation folder:
//
//	go run ./cmd/tidings-train -eval ../shared/eval -out extract/entity/model/ner.bin.gz
//
// Training is deterministic for a given -seed. It prints per-epoch progress
// and, at the end, strict and relaxed F1 on the development sets (never on
// the test sets).
package main
