package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"strings"
	"testing"
	"time"
)

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestSearchWhileRunning: while `tidings run` holds the data dir, search
// and status go through its API; after it stops they open the data dir.
func TestSearchWhileRunning(t *testing.T) {
	cfg, dataDir := testConfig(t, "")
	addr := freeAddr(t)
	b, _ := os.ReadFile(cfg)
	os.WriteFile(cfg, bytes.Replace(b, []byte(`listen: ""`), []byte(`listen: "`+addr+`"`), 1), 0o644)

	ctx, stop := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var runOut, runErr bytes.Buffer
	go func() {
		env := &Env{Stdin: strings.NewReader(""), Stdout: &runOut, Stderr: &runErr, Getenv: func(string) string { return "" }}
		done <- Main(ctx, env, []string{"run", "--quiet", "--config", cfg})
	}()
	// Wait until the scheduled first run has stored and indexed the sample.
	deadline := time.Now().Add(60 * time.Second)
	for {
		code, out, _ := runMain(t, "status", "--config", cfg, "--json")
		var rep statusReport
		if code == 0 && json.Unmarshal([]byte(out), &rep) == nil && rep.Running && rep.Indexed == 60 {
			if rep.Sources[0].NextRun == nil {
				t.Errorf("status from the daemon has no next run: %s", out)
			}
			break
		}
		if time.Now().After(deadline) {
			stop()
			t.Fatalf("daemon did not index the sample in time; last status: exit %d %s\nrun stderr: %s", code, out, runErr.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !dataDirBusy(Config{DataDir: dataDir}) {
		t.Fatal("data dir not locked while running")
	}
	code, out, errOut := runMain(t, "search", "--config", cfg, "--json", "Boeing")
	if code != 0 {
		t.Fatalf("search via API: exit %d: %s", code, errOut)
	}
	var res searchJSON
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Total == 0 {
		t.Fatalf("search via API: %v, %s", err, out)
	}
	code, _, errOut = runMain(t, "search", "--config", cfg, `title:"unclosed`)
	if code == 0 || strings.Contains(errOut, "panic") {
		t.Errorf("malformed query via API: exit %d, %s", code, errOut)
	}
	// A second writer is refused with one clear line.
	code, _, errOut = runMain(t, "run", "--once", "--config", cfg)
	if code != 1 || !strings.Contains(errOut, "locked by another tidings process") {
		t.Errorf("second run: exit %d, %q", code, errOut)
	}

	stop()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("daemon exit %d: %s", code, runErr.String())
		}
	case <-time.After(40 * time.Second):
		t.Fatal("daemon did not stop within its stop timeout")
	}
	// Daemon gone: search opens the index directly.
	code, out, errOut = runMain(t, "search", "--config", cfg, "--json", "Boeing")
	var direct searchJSON
	if code != 0 || json.Unmarshal([]byte(out), &direct) != nil || direct.Total != res.Total {
		t.Errorf("direct search after stop: exit %d, %s, total %d want %d", code, errOut, direct.Total, res.Total)
	}
	assertConsistent(t, dataDir, 60)
}

func TestSearchErrorsAreOneLine(t *testing.T) {
	cfg := sampleConfig(t)
	cases := [][]string{
		{"--since", "2020-01-01", "--until", "2019-01-01", "x"},
		{"--sort", "sideways", "x"},
		{"--min-amount", "5", "--max-amount", "1", "x"},
		{"--mentions-between", "2020", "x"},
		{"--page", "0", "x"},
		{`title:"unclosed`},
		{"+"},
	}
	for _, args := range cases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, _, errOut := runMain(t, append([]string{"search", "--config", cfg}, args...)...)
			if code == 0 {
				t.Fatalf("exit 0, want an error")
			}
			if strings.Count(strings.TrimSpace(errOut), "\n") > 2 || strings.Contains(errOut, "goroutine") {
				t.Errorf("error is not short and clean: %q", errOut)
			}
		})
	}
	t.Run("missing index", func(t *testing.T) {
		dir := t.TempDir()
		path := dir + "/c.yaml"
		os.WriteFile(path, []byte(fmt.Sprintf("data_dir: %s/none\napi: {listen: ''}\nsources: [{name: a, kind: file, path: f, schedule: 1h}]\n", dir)), 0o644)
		code, _, errOut := runMain(t, "search", "--config", path, "x")
		if code != 1 || errOut == "" {
			t.Errorf("search without an index: exit %d, %q", code, errOut)
		}
	})
}
