package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/pledgewatch/pledgewatch/store"
)

// errDamaged is returned by check when it finds problems; the problems
// themselves are printed.
var errDamaged = errors.New("check: the database is damaged; restore a backup (the file is not repaired in place)")

func runCheck(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "check", "--config FILE [--db FILE]", `
Runs bbolt's consistency check over every page of the database (data_dir/
pledgewatch.db, or --db) and prints what it finds. Exit status 0 when the
file is sound, 1 when it is damaged or cannot be checked.

The check reads the file only; stop 'pledgewatch run' or 'serve' first, since
they hold it.`)
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	dbPath := fs.String("db", "", "database `file` to check instead of data_dir/pledgewatch.db")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("check: unexpected argument %q", fs.Arg(0))
	}
	path := *dbPath
	if path == "" {
		cfg, err := loadConfig(e, *cfgPath)
		if err != nil {
			return err
		}
		path = filepath.Join(cfg.DataDir, dbFile)
	}
	problems, err := store.Check(ctx, path, ledgerLockWait)
	for _, p := range problems {
		fmt.Fprintf(e.stdout, "%s\n", p)
	}
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		fmt.Fprintf(e.stdout, "%s: %d problem(s) found\n", path, len(problems))
		return errDamaged
	}
	fmt.Fprintf(e.stdout, "%s: ok\n", path)
	return nil
}
