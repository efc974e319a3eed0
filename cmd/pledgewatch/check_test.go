package main

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
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

// TestCheckRepairsLedger deletes a ledger entry kept on write behind the
// store's back: check finds it out of step (exit 1, naming --repair),
// check --repair rebuilds it, and a second check finds the file sound.
func TestCheckRepairsLedger(t *testing.T) {
	f := newLedgerFixture(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	db, err := bolt.Open(f.db, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("ledger"))
		if b == nil {
			return errors.New("no ledger bucket")
		}
		k, _ := b.Cursor().First()
		if k == nil {
			return errors.New("empty ledger")
		}
		return b.Delete(k)
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cli(ctx, "check", "--config", f.cfg)
	if code != 1 || !strings.Contains(errOut, "check --repair") {
		t.Fatalf("check of a file out of step: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = cli(ctx, "check", "--config", f.cfg, "--repair")
	if code != 0 || !strings.Contains(out, "rebuilt") {
		t.Fatalf("check --repair: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = cli(ctx, "check", "--config", f.cfg)
	if code != 0 || !strings.Contains(out, ": ok") {
		t.Fatalf("check after repair: exit %d\n%s%s", code, out, errOut)
	}
}
