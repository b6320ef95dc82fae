package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// repoRoot is the repository's top folder (this package is two below it).
func repoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// testConfig writes a config using the bundled sample and a temp data dir,
// plus extra YAML appended to the sources list.
func testConfig(t testing.TB, extraSources string) (path, dataDir string) {
	dir := t.TempDir()
	dataDir = filepath.Join(dir, "data")
	sample := filepath.Join(repoRoot(t), "corpus", "sample", "feed.xml")
	cfg := `data_dir: ` + dataDir + `
pipeline:
  start_jitter: 0s
api:
  listen: ""
sources:
  - name: sample
    kind: file
    path: ` + sample + `
    schedule: 1h
` + extraSources
	path = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, dataDir
}

// runMain runs the CLI in-process and returns its exit code and output.
func runMain(t testing.TB, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code = Main(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func runMainStdin(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code = Main(context.Background(), env, args)
	return code, out.String(), errb.String()
}
