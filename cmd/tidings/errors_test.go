package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Setup errors: one clear line, exit 1, no stack trace.
func TestRunSetupErrorsAreOneLine(t *testing.T) {
	dir := t.TempDir()
	notADir := filepath.Join(dir, "file")
	os.WriteFile(notADir, []byte("x"), 0o644)
	cases := []struct {
		name, yaml, want string
	}{
		{"unreadable sample path", "data_dir: " + dir + "/d1\napi: {listen: ''}\nsources: [{name: sample, kind: file, path: " + dir + "/missing.xml, schedule: 1h}]\n",
			"read feed file"},
		{"data dir is a file", "data_dir: " + notADir + "\napi: {listen: ''}\nsources: [{name: sample, kind: file, path: x.xml, schedule: 1h}]\n",
			"data dir"},
		{"bad config", "sources: [{name: sample, kind: rss, schedule: 1h}]\n", "sources[0].kind"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".yaml")
			os.WriteFile(path, []byte(tc.yaml), 0o644)
			code, _, errOut := runMain(t, "run", "--once", "--quiet", "--config", path)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			lines := strings.Split(strings.TrimSpace(errOut), "\n")
			last := lines[len(lines)-1]
			if !strings.HasPrefix(last, "tidings run: ") || !strings.Contains(last, tc.want) {
				t.Errorf("last stderr line %q; want a 'tidings run:' line mentioning %q", last, tc.want)
			}
			if strings.Contains(errOut, "goroutine ") || strings.Contains(errOut, "panic") {
				t.Errorf("stack trace on stderr:\n%s", errOut)
			}
		})
	}
}

func TestUnknownCommandAndUsage(t *testing.T) {
	if code, _, errOut := runMain(t, "frobnicate"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runMain(t); code != 2 || !strings.Contains(errOut, "usage: tidings") {
		t.Errorf("no command: exit %d, %q", code, errOut)
	}
	if code, _, _ := runMain(t, "search", "--no-such-flag"); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
}
