package index

// Log keys used by this package.
const (
	logKeyStage     = "stage"
	logKeyDocs      = "docs"
	logKeyTook      = "took"
	logKeyError     = "error"
	logKeySkipped   = "skipped"
	logKeyBatches   = "batches"
	logKeyBatchSize = "batch_size"
	logKeyInterval  = "flush_interval"
)
