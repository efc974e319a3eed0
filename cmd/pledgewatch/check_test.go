package main

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

// TestDamagedDatabaseCommands truncates the database of a ledger fixture
// and runs the commands that open it: each fails with exit status 1 and a
// message that names the damage and the way out, and `check` reports it.
func TestDamagedDatabaseCommands(t *testing.T) {
	f := newLedgerFixture(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	code, out, errOut := cli(ctx, "check", "--config", f.cfg)
	if code != 0 || !strings.Contains(out, ": ok") {
		t.Fatalf("check of a sound file: exit %d\n%s%s", code, out, errOut)
	}

	if err := os.Truncate(f.db, 8<<10); err != nil {
		t.Fatal(err)
	}
	src := "sources:\n  - name: local\n    feeds: [http://127.0.0.1:9/feed.xml]\ncrawl:\n  allow_private_networks: true\n"
	cfgData, _ := os.ReadFile(f.cfg)
	if err := os.WriteFile(f.cfg, append(cfgData, src...), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"export", "--config", f.cfg},
		{"query", "--config", f.cfg},
		{"crawl", "--config", f.cfg},
		{"serve", "--config", f.cfg},
	} {
		t.Run(args[0], func(t *testing.T) {
			code, _, errOut := cli(ctx, args...)
			if code != 1 {
				t.Errorf("exit %d, want 1: %s", code, errOut)
			}
			for _, want := range []string{"the database is damaged", "restore a backup", "pledgewatch check"} {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr %q lacks %q", errOut, want)
				}
			}
		})
	}

	code, out, errOut = cli(ctx, "check", "--config", f.cfg)
	if code != 1 || !strings.Contains(out, "truncated") || !strings.Contains(errOut, "damaged") {
		t.Errorf("check of a truncated file: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
}
