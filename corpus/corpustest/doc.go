// Package corpustest holds an in-memory corpus.Store for tests and the
// conformance suite every Store implementation must pass (Run).
package corpustest
