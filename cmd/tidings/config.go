package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"go.yaml.in/yaml/v3"

	"tidings/ingest/discover"
)

// Config is config.yaml. Defaults come from DefaultConfig; every field
// may be overridden. Durations are Go durations ("15m", "1h30m").
type Config struct {
	DataDir   string         `yaml:"data_dir"`
	UserAgent string         `yaml:"user_agent"`
	Fetch     FetchConfig    `yaml:"fetch"`
	Pipeline  PipeConfig     `yaml:"pipeline"`
	Extract   ExtractConfig  `yaml:"extract"`
	Index     IndexConfig    `yaml:"index"`
	API       APIConfig      `yaml:"api"`
	Sources   []SourceConfig `yaml:"sources"`
}

// FetchConfig sets politeness and limits for every HTTP request.
type FetchConfig struct {
	Timeout            time.Duration `yaml:"timeout"`
	ConnectTimeout     time.Duration `yaml:"connect_timeout"`
	MaxBodyBytes       int64         `yaml:"max_body_bytes"`
	MaxRedirects       int           `yaml:"max_redirects"`
	PerHostConcurrency int           `yaml:"per_host_concurrency"`
	MinDelay           time.Duration `yaml:"min_delay"`
	Retries            int           `yaml:"retries"`
	RespectRobots      bool          `yaml:"respect_robots"`
	AllowPrivate       bool          `yaml:"allow_private"`
}

// PipeConfig sizes the ingestion pipeline.
type PipeConfig struct {
	FetchWorkers   int           `yaml:"fetch_workers"`
	ExtractWorkers int           `yaml:"extract_workers"`
	StopTimeout    time.Duration `yaml:"stop_timeout"`
	StartJitter    time.Duration `yaml:"start_jitter"`
}

// ExtractConfig sets extraction defaults; sources may override Currency.
type ExtractConfig struct {
	Currency string `yaml:"currency"`
	DayFirst bool   `yaml:"day_first"`
}

// IndexConfig sets index batching and the optional currency rate table.
type IndexConfig struct {
	BatchSize     int                `yaml:"batch_size"`
	FlushInterval time.Duration      `yaml:"flush_interval"`
	USDRates      map[string]float64 `yaml:"usd_rates"`
}

// APIConfig is the daemon's loopback HTTP API that search, export and
// status use while `tidings run` holds the index.
type APIConfig struct {
	Listen      string `yaml:"listen"`
	AllowRemote bool   `yaml:"allow_remote"`
	Token       string `yaml:"token"`
}

// SourceConfig is one news source.
type SourceConfig struct {
	Name         string        `yaml:"name"`
	Kind         string        `yaml:"kind"` // feed, sitemap, page, file
	URL          string        `yaml:"url"`
	Path         string        `yaml:"path"`
	Schedule     string        `yaml:"schedule"` // interval ("15m") or cron ("0 * * * *")
	Currency     string        `yaml:"currency"`
	MaxArticles  int           `yaml:"max_articles"`
	Since        time.Duration `yaml:"since"` // sitemaps: only URLs newer than this
	AllowPrivate bool          `yaml:"allow_private"`
	AllowHosts   []string      `yaml:"allow_hosts"`
	LinkSelector string        `yaml:"link_selector"`
	NextSelector string        `yaml:"next_selector"`
	MaxPages     int           `yaml:"max_pages"`
	Include      []string      `yaml:"include"`
	Exclude      []string      `yaml:"exclude"`
}

// DefaultConfig returns the defaults every config.yaml starts from.
func DefaultConfig() Config {
	return Config{
		DataDir:   "./data",
		UserAgent: "tidings/0.1 (+https://github.com/tidings/tidings)",
		Fetch: FetchConfig{
			Timeout: 30 * time.Second, ConnectTimeout: 10 * time.Second, MaxBodyBytes: 10 << 20, MaxRedirects: 10,
			PerHostConcurrency: 2, MinDelay: time.Second, Retries: 3, RespectRobots: true,
		},
		Pipeline: PipeConfig{FetchWorkers: 8, ExtractWorkers: 2, StopTimeout: 30 * time.Second, StartJitter: 10 * time.Second},
		Extract:  ExtractConfig{Currency: "USD"},
		Index:    IndexConfig{BatchSize: 500, FlushInterval: time.Second},
		API:      APIConfig{Listen: "127.0.0.1:7878"},
	}
}

// LoadConfig reads and validates the config file at path. Relative paths
// in it (data_dir, sources' path) are taken relative to the file's folder.
func LoadConfig(path string) (Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("read config: %w", err)
	}
	cfg, err := ParseConfig(bytes.NewReader(b))
	if err != nil {
		return Config{}, fmt.Errorf("config %s: %w", path, err)
	}
	base := filepath.Dir(path)
	cfg.DataDir = relativeTo(base, cfg.DataDir)
	for i := range cfg.Sources {
		if cfg.Sources[i].Path != "" {
			cfg.Sources[i].Path = relativeTo(base, cfg.Sources[i].Path)
		}
	}
	return cfg, nil
}

func relativeTo(base, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(base, p)
}

// ParseConfig decodes YAML over the defaults, strictly (an unknown key is
// an error naming its path), then validates the whole config, reporting
// every problem at once.
func ParseConfig(r io.Reader) (Config, error) {
	cfg := DefaultConfig()
	var root yaml.Node
	if err := yaml.NewDecoder(r).Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return cfg, cfg.Validate()
		}
		return cfg, fmt.Errorf("parse YAML: %w", err)
	}
	if errs := unknownKeys(&root, reflect.TypeOf(cfg), ""); len(errs) > 0 {
		return cfg, errors.Join(errs...)
	}
	if err := root.Decode(&cfg); err != nil {
		return cfg, fmt.Errorf("decode: %w", err)
	}
	return cfg, cfg.Validate()
}

// unknownKeys walks the YAML tree beside the Go type it decodes into and
// reports each key the type has no field for, by its YAML path.
func unknownKeys(n *yaml.Node, t reflect.Type, path string) []error {
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		return unknownKeys(n.Content[0], t, path)
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var errs []error
	switch {
	case t.Kind() == reflect.Struct && n.Kind == yaml.MappingNode:
		fields := map[string]reflect.Type{}
		for i := 0; i < t.NumField(); i++ {
			if tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]; tag != "" {
				fields[tag] = t.Field(i).Type
			}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := n.Content[i].Value
			p := joinPath(path, key)
			ft, ok := fields[key]
			if !ok {
				errs = append(errs, fmt.Errorf("%s: unknown key (line %d)", p, n.Content[i].Line))
				continue
			}
			errs = append(errs, unknownKeys(n.Content[i+1], ft, p)...)
		}
	case t.Kind() == reflect.Slice && n.Kind == yaml.SequenceNode:
		for i, c := range n.Content {
			errs = append(errs, unknownKeys(c, t.Elem(), fmt.Sprintf("%s[%d]", path, i))...)
		}
	}
	return errs
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

var sourceName = regexp.MustCompile(`^[a-z0-9][a-z0-9_.-]*$`)

// Validate checks the whole config and returns every problem, each naming
// its YAML path and the bad value.
func (c Config) Validate() error {
	var errs []error
	bad := func(path, format string, args ...any) { errs = append(errs, fmt.Errorf(path+": "+format, args...)) }
	if c.DataDir == "" {
		bad("data_dir", "must not be empty")
	}
	positive := map[string]int64{
		"fetch.max_body_bytes": c.Fetch.MaxBodyBytes, "fetch.per_host_concurrency": int64(c.Fetch.PerHostConcurrency),
		"pipeline.fetch_workers": int64(c.Pipeline.FetchWorkers), "pipeline.extract_workers": int64(c.Pipeline.ExtractWorkers),
		"index.batch_size": int64(c.Index.BatchSize), "fetch.timeout": int64(c.Fetch.Timeout),
		"fetch.connect_timeout": int64(c.Fetch.ConnectTimeout), "pipeline.stop_timeout": int64(c.Pipeline.StopTimeout),
		"index.flush_interval": int64(c.Index.FlushInterval),
	}
	for _, k := range sortedKeys(positive) {
		if positive[k] <= 0 {
			bad(k, "must be > 0, got %v", positive[k])
		}
	}
	if c.Fetch.MaxRedirects < 0 || c.Fetch.Retries < 0 || c.Fetch.MinDelay < 0 || c.Pipeline.StartJitter < 0 {
		bad("fetch", "max_redirects, retries, min_delay and pipeline.start_jitter must not be negative")
	}
	if !isCurrency(c.Extract.Currency) {
		bad("extract.currency", "must be an ISO 4217 code like USD, got %q", c.Extract.Currency)
	}
	for code, rate := range c.Index.USDRates {
		if !isCurrency(code) || rate <= 0 {
			bad("index.usd_rates."+code, "want an ISO 4217 code and a rate > 0, got %v", rate)
		}
	}
	errs = append(errs, c.API.validate()...)
	names := map[string]int{}
	for i, s := range c.Sources {
		p := fmt.Sprintf("sources[%d]", i)
		if j, dup := names[s.Name]; dup {
			bad(p+".name", "%q is already the name of sources[%d]", s.Name, j)
		}
		names[s.Name] = i
		errs = append(errs, s.validate(p)...)
	}
	if len(c.Sources) == 0 {
		bad("sources", "must list at least one source")
	}
	return errors.Join(errs...)
}

func (a APIConfig) validate() []error {
	if a.Listen == "" {
		return nil // API off
	}
	host, _, err := net.SplitHostPort(a.Listen)
	if err != nil {
		return []error{fmt.Errorf("api.listen: want host:port, got %q", a.Listen)}
	}
	if !isLoopback(host) {
		if !a.AllowRemote {
			return []error{fmt.Errorf("api.listen: %q is not a loopback address; set api.allow_remote: true and api.token to serve off-loopback", a.Listen)}
		}
		if len(a.Token) < 16 {
			return []error{fmt.Errorf("api.token: off-loopback serving needs a token of at least 16 characters")}
		}
	}
	return nil
}

func (s SourceConfig) validate(p string) []error {
	var errs []error
	bad := func(path, format string, args ...any) { errs = append(errs, fmt.Errorf(p+path+": "+format, args...)) }
	if !sourceName.MatchString(s.Name) {
		bad(".name", "want lower-case letters, digits, '-', '_' or '.', got %q", s.Name)
	}
	switch s.Kind {
	case "feed", "sitemap", "page":
		if u, err := url.Parse(s.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad(".url", "want an http(s) URL, got %q", s.URL)
		}
		if s.Path != "" {
			bad(".path", "only for kind file, got %q", s.Path)
		}
	case "file":
		if s.Path == "" {
			bad(".path", "kind file needs the path of a feed file")
		}
	default:
		bad(".kind", "want feed, sitemap, page or file, got %q", s.Kind)
	}
	if s.Kind == "page" {
		if s.LinkSelector == "" {
			bad(".link_selector", "kind page needs a CSS selector for article links")
		} else if err := (discover.ListingOptions{LinkSelector: s.LinkSelector, NextSelector: s.NextSelector}).Validate(); err != nil {
			bad("", "%v", err)
		}
	}
	if _, err := ParseSchedule(s.Schedule); err != nil {
		bad(".schedule", "%v", err)
	}
	if s.Currency != "" && !isCurrency(s.Currency) {
		bad(".currency", "must be an ISO 4217 code like USD, got %q", s.Currency)
	}
	if s.MaxArticles < 0 || s.MaxPages < 0 || s.Since < 0 {
		bad("", "max_articles, max_pages and since must not be negative")
	}
	for i, re := range append(append([]string{}, s.Include...), s.Exclude...) {
		if _, err := regexp.Compile(re); err != nil {
			key := fmt.Sprintf(".include[%d]", i)
			if i >= len(s.Include) {
				key = fmt.Sprintf(".exclude[%d]", i-len(s.Include))
			}
			bad(key, "bad regular expression %q: %v", re, err)
		}
	}
	return errs
}

// Schedule is a parsed source schedule: an interval or a cron expression.
type Schedule struct {
	Every time.Duration
	Cron  string
}

// ParseSchedule reads "15m" as an interval (at least 1m) and anything else
// as a five-field cron expression.
func ParseSchedule(s string) (Schedule, error) {
	if s == "" {
		return Schedule{}, fmt.Errorf("must be an interval like 15m or a cron expression like \"*/15 * * * *\"")
	}
	if d, err := time.ParseDuration(s); err == nil {
		if d < time.Minute {
			return Schedule{}, fmt.Errorf("interval must be ≥ 1m, got %s", s)
		}
		return Schedule{Every: d}, nil
	}
	if _, err := cron.ParseStandard(s); err != nil {
		return Schedule{}, fmt.Errorf("neither an interval nor a cron expression: %q (%v)", s, err)
	}
	return Schedule{Cron: s}, nil
}

func isCurrency(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
