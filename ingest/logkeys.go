package ingest

// Log attribute keys, shared so logs stay greppable.
const (
	LogKeyStage    = "stage"
	LogKeySource   = "source"
	LogKeyURL      = "url"
	LogKeyError    = "error"
	LogKeyOutcome  = "outcome"
	LogKeyFacts    = "facts"
	LogKeyLinks    = "links"
	LogKeyDuration = "duration"
	LogKeyNextRun  = "next_run"
)
