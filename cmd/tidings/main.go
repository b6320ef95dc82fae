// Command tidings ingests news on a schedule, extracts facts from every
// article, and answers searches and exports over them.
//
//	tidings run [--once]          ingest every configured source
//	tidings search QUERY          ranked hits with snippets and facets
//	tidings facts                 money and other facts with their articles
//	tidings export                facts (and articles) as JSON Lines, JSON or CSV
//	tidings status                per-source runs, schedule and back-off
//	tidings reindex               rebuild the search index from the store
//	tidings extract               fact-contract JSON Lines in, facts out
//	tidings parse --jsonl --root  pages in, parsed articles out
//	tidings config check [FILE]   validate a config file
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// command is one subcommand: it parses its own flags from args.
type command struct {
	name  string
	usage string
	run   func(ctx context.Context, env *Env, args []string) error
}

var commands = []command{
	{"run", "ingest every configured source (on schedule, or --once)", runCmd},
	{"search", "search articles: ranked hits, snippets and facets", searchCmd},
	{"facts", "list facts (e.g. money over $1B) with their articles", factsCmd},
	{"export", "export facts or articles as JSON Lines, JSON or CSV", exportCmd},
	{"status", "show each source's last and next run and back-off", statusCmd},
	{"reindex", "rebuild the search index from the store", reindexCmd},
	{"extract", "read fact-contract JSON Lines on stdin, write facts", extractCmd},
	{"parse", "parse saved pages: --jsonl --root DIR < truth.jsonl", parseCmd},
	{"config", "config check [FILE]: validate a config file", configCmd},
}

// Env is what a subcommand sees of the process.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	os.Exit(Main(ctx, env, os.Args[1:]))
}

// Main runs one subcommand and returns the exit code: 0, 1 for an error
// (printed as one line per problem), 2 for a usage error.
func Main(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, errUsage):
			return 2
		default:
			fmt.Fprintf(env.Stderr, "tidings %s: %s\n", c.name, oneLinePerProblem(err))
			return 1
		}
	}
	fmt.Fprintf(env.Stderr, "tidings: unknown command %q\n", args[0])
	usage(env.Stderr)
	return 2
}

// errUsage marks a usage error whose message the flag package printed.
var errUsage = errors.New("usage")

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: tidings COMMAND [flags]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.usage)
	}
	fmt.Fprintln(w, "\nRun 'tidings COMMAND -h' for a command's flags.")
}

// oneLinePerProblem prints joined errors one per line, indented under the
// first, so a config with five mistakes shows five lines.
func oneLinePerProblem(err error) string {
	lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
	return strings.Join(lines, "\n  ")
}
