package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"tidings/corpus/embedded"
)

// Paths under data_dir.
func storePath(cfg Config) string { return filepath.Join(cfg.DataDir, "tidings.db") }
func indexPath(cfg Config) string { return filepath.Join(cfg.DataDir, "index") }
func lockPath(cfg Config) string  { return filepath.Join(cfg.DataDir, "LOCK") }

// dataLock is an exclusive lock on data_dir: one writing tidings process
// (run or reindex) at a time.
type dataLock struct{ f *os.File }

// errDataDirLocked: another process holds the data dir.
var errDataDirLocked = errors.New("data dir in use")

func lockDataDir(cfg Config) (*dataLock, error) {
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	f, err := os.OpenFile(lockPath(cfg), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("data dir %s: %w", cfg.DataDir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		b, _ := os.ReadFile(lockPath(cfg))
		f.Close()
		return nil, fmt.Errorf("%w: %s is locked by another tidings process (pid %s); stop it first", errDataDirLocked, cfg.DataDir, strings.TrimSpace(string(b)))
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &dataLock{f: f}, nil
}

func (l *dataLock) Close() error {
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	return l.f.Close()
}

// dataDirBusy reports whether a tidings process holds the data dir.
func dataDirBusy(cfg Config) bool {
	f, err := os.Open(lockPath(cfg))
	if err != nil {
		return false
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); err != nil {
		return true
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}

// openStore opens the embedded store, refusing to create one where none
// exists unless create is set (search on an empty data dir is a mistake).
func openStore(ctx context.Context, cfg Config, create bool) (*embedded.Store, error) {
	path := storePath(cfg)
	if !create {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("no store at %s: run `tidings run --once` first", path)
		}
	}
	return embedded.Open(ctx, path)
}
