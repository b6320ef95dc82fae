package corpus

import "time"

// Document is one stored article.
type Document struct {
	ID          int64  // assigned by the Store; 0 before the first save
	URL         string // canonical URL; unique in a Store
	Source      string // name of the configured source that found it
	Title       string
	Authors     []string
	Published   time.Time // zero when unknown
	Modified    time.Time // zero when unknown
	Fetched     time.Time
	Language    string // BCP 47 primary tag, e.g. "en"; empty when unknown
	SiteName    string
	ImageURL    string
	Text        string // main body text, paragraphs separated by "\n\n"
	RawHTML     []byte // the page as fetched (stores compress it)
	ContentHash string // hex SHA-256 of Text, for exact dedup
	SimHash     uint64 // 64-bit SimHash of Text, for near-duplicate detection
	DuplicateOf int64  // ID of the document this one is a near copy of; 0 if none
	DateSource  string // which signal gave Published (feed, json-ld, meta, url, …)
}

// SaveOutcome says what SaveDocument did.
type SaveOutcome int

// The outcomes of SaveDocument.
const (
	SaveNew       SaveOutcome = iota + 1 // no document had this URL
	SaveUpdated                          // the URL was stored with another content hash
	SaveUnchanged                        // the URL was stored with the same content hash
)

func (o SaveOutcome) String() string {
	switch o {
	case SaveNew:
		return "new"
	case SaveUpdated:
		return "updated"
	case SaveUnchanged:
		return "unchanged"
	}
	return "unknown"
}

// FetchState is what a Store remembers about one fetched URL, for
// conditional GET and error reporting.
type FetchState struct {
	URL          string
	ETag         string
	LastModified string
	Status       int // last HTTP status; 0 when the request failed before a response
	Error        string
	Checked      time.Time
}

// Run records one run of one source.
type Run struct {
	ID        int64
	Source    string
	Started   time.Time
	Finished  time.Time // zero while running or when the process died mid-run
	New       int
	Updated   int
	Unchanged int
	Failed    int
	Facts     int
	Error     string
}
