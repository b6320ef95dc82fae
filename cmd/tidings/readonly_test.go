package main

import (
	"io/fs"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadOnlyDataDir: a data dir that cannot be written (made immutable
// with chattr, which holds even for root) gives one clear error and exit
// 1 without harming what is stored; once writable again the run works.
func TestReadOnlyDataDir(t *testing.T) {
	cfg, dataDir := testConfig(t, "")
	if code, out, errOut := runMain(t, "run", "--once", "--quiet", "--config", cfg); code != 0 {
		t.Fatalf("first run: exit %d\n%s%s", code, out, errOut)
	}
	if out, err := exec.Command("chattr", "+i", dataDir).CombinedOutput(); err != nil {
		t.Skipf("cannot make the data dir read-only here (chattr +i: %v %s)", err, out)
	}
	defer exec.Command("chattr", "-i", dataDir).Run()
	code, _, errOut := runMain(t, "run", "--once", "--quiet", "--config", cfg)
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if code != 1 || !strings.HasPrefix(lines[len(lines)-1], "tidings run: ") || strings.Contains(errOut, "goroutine ") {
		t.Errorf("run on a read-only data dir: exit %d, stderr %q; want one clear line and exit 1", code, errOut)
	}
	if out, err := exec.Command("chattr", "-i", dataDir).CombinedOutput(); err != nil {
		t.Fatalf("chattr -i: %v %s", err, out)
	}
	if code, out, errOut := runMain(t, "run", "--once", "--quiet", "--config", cfg); code != 0 || !strings.Contains(out, "60 unchanged") {
		t.Errorf("run after the data dir is writable again: exit %d\n%s%s", code, out, errOut)
	}
	assertConsistent(t, dataDir, 60)
}

// TestRunWritesOnlyUnderDataDir: a run creates files under data_dir and
// nowhere else beside the config.
func TestRunWritesOnlyUnderDataDir(t *testing.T) {
	cfg, dataDir := testConfig(t, "")
	if code, out, errOut := runMain(t, "run", "--once", "--quiet", "--config", cfg); code != 0 {
		t.Fatalf("run: exit %d\n%s%s", code, out, errOut)
	}
	root := filepath.Dir(cfg)
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path == root || path == cfg {
			return err
		}
		if rel, _ := filepath.Rel(dataDir, path); strings.HasPrefix(rel, "..") && !strings.HasPrefix(dataDir, path) {
			t.Errorf("run wrote %s outside data_dir %s", path, dataDir)
		}
		return nil
	})
}
