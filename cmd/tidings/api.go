package main

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"tidings/corpus"
	"tidings/index"
)

// The daemon's HTTP JSON API, served on loopback while `tidings run` holds
// the index, so that search and status work during ingestion.
//
//	POST /v1/search   body: index.Query   → index.Result
//	GET  /v1/status                       → statusReport
type apiServer struct {
	srv *http.Server
	ln  net.Listener
}

func startAPI(cfg Config, d *daemon, log *slog.Logger) (*apiServer, error) {
	ln, err := net.Listen("tcp", cfg.API.Listen)
	if err != nil {
		return nil, fmt.Errorf("api listen %s: %w", cfg.API.Listen, err)
	}
	d.ix.SetTexts(d.store) // snippets come from the store
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/search", func(w http.ResponseWriter, r *http.Request) {
		var q index.Query
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&q); err != nil {
			writeAPIError(w, http.StatusBadRequest, fmt.Errorf("bad query JSON: %w", err))
			return
		}
		res, err := d.ix.Search(r.Context(), q)
		if err != nil {
			status := http.StatusInternalServerError
			if errors.Is(err, corpus.ErrInvalid) {
				status = http.StatusBadRequest
			}
			writeAPIError(w, status, err)
			return
		}
		writeJSON(w, res)
	})
	mux.HandleFunc("GET /v1/status", func(w http.ResponseWriter, r *http.Request) {
		rep, err := buildStatus(r.Context(), d.cfg, d.store, d.nextRuns(), d.backoffs())
		if err != nil {
			writeAPIError(w, http.StatusInternalServerError, err)
			return
		}
		writeJSON(w, rep)
	})
	var h http.Handler = mux
	if cfg.API.Token != "" {
		h = requireToken(cfg.API.Token, mux)
	}
	s := &apiServer{ln: ln, srv: &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("api stopped", "error", err.Error())
		}
	}()
	log.Info("api listening", "addr", ln.Addr().String())
	return s, nil
}

func (s *apiServer) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	s.srv.Shutdown(ctx)
}

func requireToken(token string, next http.Handler) http.Handler {
	want := []byte("Bearer " + token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), want) != 1 {
			writeAPIError(w, http.StatusUnauthorized, errors.New("missing or wrong API token"))
			return
		}
		next.ServeHTTP(w, r)
	})
}

type apiError struct {
	Error string `json:"error"`
}

func writeAPIError(w http.ResponseWriter, status int, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(apiError{Error: err.Error()})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// apiClient talks to a running daemon.
type apiClient struct {
	base  string
	token string
	http  *http.Client
}

func newAPIClient(cfg Config) *apiClient {
	return &apiClient{base: "http://" + cfg.API.Listen, token: cfg.API.Token, http: &http.Client{Timeout: 30 * time.Second}}
}

func (c *apiClient) Close() error { return nil }

func (c *apiClient) Search(ctx context.Context, q index.Query) (*index.Result, error) {
	var res index.Result
	if err := c.call(ctx, http.MethodPost, "/v1/search", q, &res); err != nil {
		return nil, err
	}
	return &res, nil
}

func (c *apiClient) Status(ctx context.Context) (*statusReport, error) {
	var rep statusReport
	if err := c.call(ctx, http.MethodGet, "/v1/status", nil, &rep); err != nil {
		return nil, err
	}
	return &rep, nil
}

func (c *apiClient) call(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return err
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("a tidings run holds the data dir but its API at %s does not answer: %w", c.base, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var e apiError
		json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&e)
		if e.Error == "" {
			e.Error = resp.Status
		}
		if resp.StatusCode == http.StatusBadRequest {
			return fmt.Errorf("%w: %s", corpus.ErrInvalid, e.Error)
		}
		return fmt.Errorf("tidings API %s: %s", path, e.Error)
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("tidings API %s: bad response (did the daemon stop mid-request?): %w", path, err)
	}
	return nil
}
