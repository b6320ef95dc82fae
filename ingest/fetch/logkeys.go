package fetch

// Log attribute keys.
const (
	logKeyStage   = "stage"
	logKeyURL     = "url"
	logKeyStatus  = "status"
	logKeyAttempt = "attempt"
	logKeyWait    = "wait"
	logKeyError   = "error"
)
