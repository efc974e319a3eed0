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
	fs := newFlagSet(e, "check", "--config FILE [--db FILE] [--repair]", `
Runs bbolt's consistency check over every page of the database (data_dir/
pledgewatch.db, or --db), then rebuilds the ledger, totals and word index
kept on write from the commitments and compares them with the stored ones.
Prints what it finds. Exit status 0 when the file is sound, 1 when it is
damaged, out of step or cannot be checked.

With --repair, ledger, totals and word index that are out of step are
rebuilt from the commitments (pages bbolt finds damaged cannot be repaired:
restore a backup).

The check reads the file only; stop 'pledgewatch run' or 'serve' first, since
they hold it.`)
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	dbPath := fs.String("db", "", "database `file` to check instead of data_dir/pledgewatch.db")
	repair := fs.Bool("repair", false, "rebuild the ledger, totals and word index when they are out of step")
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
	if err := checkDerived(ctx, e, path, *repair); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s: ok\n", path)
	return nil
}

// errOutOfStep is returned by check when the structures kept on write
// differ from what the commitments give and --repair was not asked for.
var errOutOfStep = errors.New("check: the ledger, totals or word index are out of step with the commitments; run `pledgewatch check --repair`")

// checkDerived compares the ledger, totals and word index kept on write
// with a rebuild from the commitments, and rebuilds them when repair is
// set.
func checkDerived(ctx context.Context, e env, path string, repair bool) error {
	st, err := store.Open(path, store.Options{ReadOnly: !repair, Timeout: ledgerLockWait})
	if err != nil {
		return err
	}
	defer st.Close()
	derr := st.CheckDerived(ctx)
	if derr == nil {
		return nil
	}
	fmt.Fprintf(e.stdout, "%v\n", derr)
	if !repair {
		return errOutOfStep
	}
	if err := st.RebuildDerived(ctx); err != nil {
		return err
	}
	if err := st.CheckDerived(ctx); err != nil {
		return fmt.Errorf("check: still out of step after the rebuild: %w", err)
	}
	fmt.Fprintf(e.stdout, "%s: ledger, totals and word index rebuilt\n", path)
	return nil
}
