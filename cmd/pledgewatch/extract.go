package main

import (
	"context"
	"fmt"
)

func runExtract(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "extract", "[--format jsonl|table] [--mentions] FILE|DIR...", `
Runs the extractor over plain-text (.txt) and HTML (.html) files without NATS
or a store, and prints the commitments found.`)
	format := fs.String("format", "table", "output `format`: jsonl or table")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return fmt.Errorf("extract: not implemented yet (format %s)", *format)
}
