package main

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportCommand(t *testing.T) {
	f := newLedgerFixture(t)
	ctx := context.Background()
	out := filepath.Join(t.TempDir(), "pledges.csv")
	code, stdout, errOut := cli(ctx, "export", "--config", f.cfg, "--format", "csv", "--out", out, "--country", "PL")
	if code != 0 || stdout != "" || !strings.Contains(errOut, "wrote 2 commitment(s)") {
		t.Fatalf("export: exit %d %q %q", code, stdout, errOut)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	if err != nil || len(rows) != 3 || rows[0][0] != "id" {
		t.Fatalf("csv = %v, %v", rows, err)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}

	code, stdout, _ = cli(ctx, "export", "--config", f.cfg)
	if code != 0 || len(decodeJSONL(t, stdout)) != 3 {
		t.Errorf("jsonl to stdout: exit %d\n%s", code, stdout)
	}
	for _, args := range [][]string{{"--format", "xlsx"}, {"--kind", "cash"}, {"--since", "soon"}} {
		code, _, errOut := cli(ctx, append([]string{"export", "--config", f.cfg}, args...)...)
		if code != 2 || !strings.Contains(errOut, strings.TrimPrefix(args[0], "--")) {
			t.Errorf("%v: exit %d %q", args, code, errOut)
		}
	}
}
