package fetch

// Log attribute keys.
const (
	logKeyURL     = "url"
	logKeyHost    = "host"
	logKeyStatus  = "status"
	logKeyAttempt = "attempt"
	logKeyWait    = "wait"
	logKeyError   = "error"
)
