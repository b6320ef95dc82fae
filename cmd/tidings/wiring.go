package main

import (
	"fmt"
	"strings"

	"tidings/index"
	"tidings/ingest"
	"tidings/ingest/fetch"
)

// buildSources turns config sources into scheduled ingest sources; only,
// when set, keeps the named ones.
func buildSources(cfg Config, only string) ([]ingest.Scheduled, error) {
	want := map[string]bool{}
	for _, n := range strings.Split(only, ",") {
		if n = strings.TrimSpace(n); n != "" {
			want[n] = true
		}
	}
	var out []ingest.Scheduled
	for _, s := range cfg.Sources {
		if len(want) > 0 && !want[s.Name] {
			continue
		}
		delete(want, s.Name)
		sched, err := ParseSchedule(s.Schedule)
		if err != nil {
			return nil, fmt.Errorf("source %s: schedule: %w", s.Name, err)
		}
		include, err := ingest.CompilePatterns(s.Include)
		if err != nil {
			return nil, fmt.Errorf("source %s: include: %w", s.Name, err)
		}
		exclude, err := ingest.CompilePatterns(s.Exclude)
		if err != nil {
			return nil, fmt.Errorf("source %s: exclude: %w", s.Name, err)
		}
		out = append(out, ingest.Scheduled{
			Source: &ingest.Source{
				Name: s.Name, Kind: s.Kind, URL: s.URL, Path: s.Path, Currency: s.Currency, MaxArticles: s.MaxArticles,
				Since: s.Since, AllowPrivate: s.AllowPrivate || cfg.Fetch.AllowPrivate, AllowHosts: s.AllowHosts,
				LinkSelector: s.LinkSelector, NextSelector: s.NextSelector, MaxPages: s.MaxPages,
				Include: include, Exclude: exclude,
			},
			Schedule: ingest.Schedule{Every: sched.Every, Cron: sched.Cron},
		})
	}
	for n := range want {
		return nil, fmt.Errorf("--source: no source named %q in the config", n)
	}
	return out, nil
}

func fetchConfig(cfg Config) fetch.Config {
	fc := fetch.DefaultConfig()
	fc.UserAgent = cfg.UserAgent
	fc.Timeout, fc.ConnectTimeout = cfg.Fetch.Timeout, cfg.Fetch.ConnectTimeout
	fc.MaxBodyBytes, fc.MaxRedirects = cfg.Fetch.MaxBodyBytes, cfg.Fetch.MaxRedirects
	fc.PerHostConcurrency, fc.MinDelay = cfg.Fetch.PerHostConcurrency, cfg.Fetch.MinDelay
	fc.Retries, fc.RespectRobots, fc.AllowPrivate = cfg.Fetch.Retries, cfg.Fetch.RespectRobots, cfg.Fetch.AllowPrivate
	if fc.BackoffBase > fc.BackoffMax {
		fc.BackoffBase = fc.BackoffMax
	}
	return fc
}

func indexConfig(cfg Config) index.Config {
	return index.Config{BatchSize: cfg.Index.BatchSize, FlushInterval: cfg.Index.FlushInterval, Rates: cfg.Index.USDRates}
}
