package fetch

import (
	"context"
	"errors"

	"tidings/corpus"
)

// StateStore keeps per-URL fetch state for conditional GET and reporting.
// corpus.Store satisfies it. Implementations must be safe for concurrent use.
type StateStore interface {
	// FetchState returns what is known about url, or an error wrapping
	// corpus.ErrNotFound.
	FetchState(ctx context.Context, url string) (corpus.FetchState, error)
	// SaveFetchState inserts or replaces the state of st.URL.
	SaveFetchState(ctx context.Context, st corpus.FetchState) error
}

var _ StateStore = corpus.Store(nil)

// loadState returns the stored state of url; the zero state (with URL set)
// when there is none or no store.
func (f *Fetcher) loadState(ctx context.Context, url string) (corpus.FetchState, error) {
	if f.state == nil {
		return corpus.FetchState{URL: url}, nil
	}
	st, err := f.state.FetchState(ctx, url)
	if errors.Is(err, corpus.ErrNotFound) {
		return corpus.FetchState{URL: url}, nil
	}
	if err != nil {
		return corpus.FetchState{}, urlError(url, err)
	}
	return st, nil
}

// saveState records the outcome of fetching prev.URL. A failure to save
// is logged, not returned: the fetch itself succeeded or failed on its own.
func (f *Fetcher) saveState(ctx context.Context, prev corpus.FetchState, resp *Response, fetchErr error) {
	if f.state == nil {
		return
	}
	st := prev
	st.Checked = f.clock.Now().UTC()
	st.Status = 0
	st.Error = ""
	if resp != nil {
		st.Status = resp.Status
	}
	switch {
	case resp != nil && resp.NotModified:
		// A 304 may refresh the validators; keep the old ones otherwise.
		if v := resp.Header.Get("ETag"); v != "" {
			st.ETag = v
		}
		if v := resp.Header.Get("Last-Modified"); v != "" {
			st.LastModified = v
		}
	case resp != nil && fetchErr == nil:
		// Only a body we actually got may set validators; otherwise the
		// next conditional GET would be answered 304 for a body never read.
		st.ETag = resp.Header.Get("ETag")
		st.LastModified = resp.Header.Get("Last-Modified")
	}
	var se *StatusError
	if errors.As(fetchErr, &se) {
		st.Status = se.Status
	}
	if fetchErr != nil && !errors.Is(fetchErr, ErrNotModified) {
		st.Error = fetchErr.Error()
	}
	// Save even when the caller's ctx was cancelled mid-fetch.
	if err := f.state.SaveFetchState(context.WithoutCancel(ctx), st); err != nil {
		f.log.Warn("save fetch state", logKeyURL, prev.URL, logKeyError, err)
	}
}
