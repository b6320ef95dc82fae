package main

import (
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSIGTERMStopsCleanly sends SIGTERM to the daemon mid-ingestion: it
// exits 0 within its stop timeout, and what it stored is indexed and
// consistent; the next start resumes and completes the work.
func TestSIGTERMStopsCleanly(t *testing.T) {
	bin := buildBinary(t)
	site := startNewsSite(t, 600)
	cfg, dataDir := testConfig(t, fmt.Sprintf(`  - name: local
    kind: feed
    url: %s/feed.xml
    schedule: 1h
    allow_private: true
fetch:
  min_delay: 0s
  per_host_concurrency: 4
`, site.URL))
	cmd := exec.Command(bin, "run", "--config", cfg, "--log-format", "json")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	if !waitForProgress(dataDir, 0, done, 60*time.Second) {
		t.Fatalf("daemon stored nothing:\n%s", stderr.String())
	}
	cmd.Process.Signal(syscall.SIGTERM)
	start := time.Now()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("daemon exit after SIGTERM: %v\n%s", err, stderr.String())
		}
	case <-time.After(35 * time.Second):
		cmd.Process.Kill()
		t.Fatal("daemon did not stop within its 30s stop timeout")
	}
	t.Logf("stopped %s after SIGTERM with %d documents stored", time.Since(start).Round(time.Millisecond), storedCount(dataDir))
	if !strings.Contains(stderr.String(), `"msg":"shutting down"`) {
		t.Errorf("no structured shutdown log line:\n%s", stderr.String())
	}
	assertConsistent(t, dataDir, -1)
	out, err := exec.Command(bin, "run", "--once", "--quiet", "--config", cfg).CombinedOutput()
	if err != nil {
		t.Fatalf("resume: %v\n%s", err, out)
	}
	assertConsistent(t, dataDir, site.count()+60)
}
