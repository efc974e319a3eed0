package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/pledgewatch/pledgewatch/internal/api"
)

func runExport(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "export", "--config FILE --format csv|jsonl [filters] [--out FILE]", `
Writes every matching commitment (corrections applied, rejected ones left out
unless --review asks for them) as CSV or JSON Lines, to standard output or
--out. The file is written under a temporary name and renamed when complete.

Works while 'pledgewatch run' holds the database: it then asks the running
process over its HTTP API.`)
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	format := fs.String("format", "jsonl", "output `format`: csv or jsonl")
	out := fs.String("out", "", "output `file` (default: standard output)")
	var ff filterFlags
	ff.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("export: unexpected argument %q", fs.Arg(0))
	}
	if err := checkFormat(*format, "csv", "jsonl"); err != nil {
		return err
	}
	q, err := ff.query(e.stderr)
	if err != nil {
		return err
	}
	db, closeDB, err := openLedger(e, *cfgPath, false)
	if err != nil {
		return err
	}
	defer closeDB()

	var w io.Writer = e.stdout
	var tmp *os.File
	if *out != "" {
		tmp, err = os.CreateTemp(filepath.Dir(*out), "."+filepath.Base(*out)+".*")
		if err != nil {
			return fmt.Errorf("export: --out: %w", err)
		}
		defer os.Remove(tmp.Name())
		defer tmp.Close()
		w = tmp
	}
	cw, err := api.NewWriter(w, *format)
	if err != nil {
		return err
	}
	n, err := api.Export(ctx, db, q, 0, cw)
	if err != nil {
		return fmt.Errorf("export: %w", asUsage(err))
	}
	if err := cw.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if tmp != nil {
		if err := tmp.Close(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := os.Rename(tmp.Name(), *out); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		fmt.Fprintf(e.stderr, "wrote %d commitment(s) to %s\n", n, *out)
	}
	return nil
}
