package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// commonFlags are the flags every command that reads the config takes.
type commonFlags struct {
	config    string
	logFormat string
	logLevel  string
	quiet     bool
}

func newFlagSet(name string, w io.Writer, c *commonFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("tidings "+name, flag.ContinueOnError)
	fs.SetOutput(w)
	if c != nil {
		fs.StringVar(&c.config, "config", "config.yaml", "config file")
		fs.StringVar(&c.logFormat, "log-format", "text", "log format: text or json")
		fs.StringVar(&c.logLevel, "log-level", "info", "log level: debug, info, warn or error")
		fs.BoolVar(&c.quiet, "quiet", false, "log only warnings and errors; no progress bar")
	}
	return fs
}

// parseFlags parses args, mapping flag errors to errUsage (the flag
// package has printed them) and -h to a clean exit.
func parseFlags(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return errUsage
	}
	if err != nil {
		return errUsage
	}
	return nil
}

func (c *commonFlags) logger(w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.logLevel)); err != nil {
		return nil, fmt.Errorf("--log-level: want debug, info, warn or error, got %q", c.logLevel)
	}
	if c.quiet && level < slog.LevelWarn {
		level = slog.LevelWarn
	}
	opts := &slog.HandlerOptions{Level: level}
	switch strings.ToLower(c.logFormat) {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("--log-format: want text or json, got %q", c.logFormat)
}

// listFlag collects a repeatable or comma-separated flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}
