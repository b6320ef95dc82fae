package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestShippedConfigIsValid(t *testing.T) {
	cfg, err := LoadConfig(filepath.Join(repoRoot(t), "config.yaml"))
	if err != nil {
		t.Fatalf("shipped config.yaml: %v", err)
	}
	var sample *SourceConfig
	for i := range cfg.Sources {
		if cfg.Sources[i].Name == "sample" {
			sample = &cfg.Sources[i]
		}
	}
	if sample == nil || sample.Kind != "file" {
		t.Fatal("config.yaml has no file source named sample")
	}
	if _, err := os.Stat(sample.Path); err != nil {
		t.Errorf("sample feed: %v", err)
	}
}

func TestParseConfigErrors(t *testing.T) {
	cases := []struct {
		name string
		yaml string
		want []string // each must appear in the error
	}{
		{"unknown top-level key names its path", "data_dri: x\nsources: [{name: a, kind: file, path: f, schedule: 1h}]",
			[]string{"data_dri: unknown key (line 1)"}},
		{"unknown nested key names its path", "sources:\n  - name: a\n    kind: file\n    path: f\n    schedule: 1h\n    shedule: 2h\n",
			[]string{"sources[0].shedule: unknown key"}},
		{"all problems at once", `
sources:
  - name: Bad Name
    kind: rss
    schedule: 10s
  - name: b
    kind: feed
    url: ftp://x
    schedule: "61 * * * *"
    currency: usd
fetch:
  max_body_bytes: 0
`, []string{
			`sources[0].name: want lower-case`, `sources[0].kind: want feed, sitemap, page or file, got "rss"`,
			`sources[0].schedule: interval must be ≥ 1m, got 10s`, `sources[1].url: want an http(s) URL, got "ftp://x"`,
			`sources[1].schedule: neither an interval nor a cron expression`, `sources[1].currency: must be an ISO 4217 code`,
			`fetch.max_body_bytes: must be > 0, got 0`,
		}},
		{"duplicate source names", "sources:\n  - {name: a, kind: file, path: f, schedule: 1h}\n  - {name: a, kind: file, path: g, schedule: 1h}\n",
			[]string{`sources[1].name: "a" is already the name of sources[0]`}},
		{"page source needs a selector", "sources:\n  - {name: a, kind: page, url: 'https://x.example/news', schedule: 1h}\n",
			[]string{"sources[0].link_selector: kind page needs"}},
		{"bad include regexp", "sources:\n  - {name: a, kind: feed, url: 'https://x.example/f', schedule: 1h, include: ['(']}\n",
			[]string{"sources[0].include[0]: bad regular expression"}},
		{"api off loopback needs opt-in", "api: {listen: '0.0.0.0:7878'}\nsources:\n  - {name: a, kind: file, path: f, schedule: 1h}\n",
			[]string{"api.listen: \"0.0.0.0:7878\" is not a loopback address"}},
		{"no sources", "data_dir: ./d\n", []string{"sources: must list at least one source"}},
		{"not YAML", "sources: [", []string{"parse YAML"}},
		{"wrong type", "fetch: {retries: many}\nsources: []\n", []string{"decode"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseConfig(strings.NewReader(tc.yaml))
			if err == nil {
				t.Fatal("ParseConfig accepted a bad config")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestParseConfigDefaultsAndCron(t *testing.T) {
	cfg, err := ParseConfig(strings.NewReader("sources:\n  - {name: a, kind: feed, url: 'https://x.example/f', schedule: '*/15 * * * *'}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DataDir != "./data" || cfg.Fetch.MaxBodyBytes != 10<<20 || cfg.Fetch.MaxRedirects != 10 {
		t.Errorf("defaults not applied: %+v", cfg)
	}
	s, err := ParseSchedule(cfg.Sources[0].Schedule)
	if err != nil || s.Cron != "*/15 * * * *" {
		t.Errorf("cron schedule = %+v, %v", s, err)
	}
}

func TestConfigCheckCommand(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("sources:\n  - {name: a, kind: nope, schedule: 1h}\n  - {name: b, kind: file, schedule: 0}\n"), 0o644)
	code, _, stderr := runMain(t, "config", "check", bad)
	if code != 1 {
		t.Errorf("config check of a bad file: exit %d, want 1", code)
	}
	if !strings.Contains(stderr, "sources[0].kind") || !strings.Contains(stderr, "sources[1].path") {
		t.Errorf("config check does not list every problem:\n%s", stderr)
	}
	if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
		t.Errorf("config check printed a stack trace:\n%s", stderr)
	}
	code, stdout, _ := runMain(t, "config", "check", filepath.Join(repoRoot(t), "config.yaml"))
	if code != 0 || !strings.Contains(stdout, "ok") {
		t.Errorf("config check of the shipped config: exit %d, %s", code, stdout)
	}
}
