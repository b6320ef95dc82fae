package corpus

import "errors"

// Error kinds callers branch on with errors.Is.
var (
	// ErrNotFound: the requested document, fetch state or run does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: the input is malformed; the error's text names what and where.
	ErrInvalid = errors.New("invalid input")
)
