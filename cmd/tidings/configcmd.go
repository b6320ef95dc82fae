package main

import (
	"context"
	"fmt"
)

// configCmd: tidings config check [FILE]
func configCmd(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprintln(env.Stderr, "usage: tidings config check [FILE]")
		return errUsage
	}
	file := "config.yaml"
	if len(args) > 1 {
		file = args[1]
	}
	cfg, err := LoadConfig(file)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: ok (%d sources, data in %s)\n", file, len(cfg.Sources), cfg.DataDir)
	return nil
}
