package index

// Log keys used by this package.
const (
	logKeyStage = "stage"
	logKeyDocs  = "docs"
	logKeyTook  = "took"
	logKeyError = "error"
)
