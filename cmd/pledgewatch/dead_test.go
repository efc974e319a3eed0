package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/queue"
)

// TestDeadLettersListAndRedrive puts a malformed message on the articles
// stream of a data directory, lets 'crawl' process the queue (the message
// fails permanently and is dead-lettered), then lists and redrives it.
func TestDeadLettersListAndRedrive(t *testing.T) {
	site := seedSite(t)
	cfg := writeConfig(t, site, freeAddr(t))
	ctx := context.Background()

	q, err := queue.Open(ctx, queue.Config{StoreDir: filepath.Join(filepath.Dir(cfg), "data", "nats")})
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Publish(ctx, queue.Articles, "poison", []byte("{not an article")); err != nil {
		t.Fatal(err)
	}
	if err := q.Close(); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := cli(ctx, "crawl", "--config", cfg)
	if code != 1 || !strings.Contains(out, "dead-letter") {
		t.Fatalf("crawl: code %d, want 1 (an error) and a dead-letter note\n%s%s", code, out, errOut)
	}
	code, out, errOut = cli(ctx, "dead", "list", "--config", cfg)
	if code != 0 || !strings.Contains(out, "PW_ARTICLES") || !strings.Contains(out, "decode article") {
		t.Fatalf("dead list: code %d\n%s%s", code, out, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("dead list shows %d lines, want a header and one dead letter:\n%s", len(lines), out)
	}
	seq := strings.Fields(lines[1])[0]

	code, out, errOut = cli(ctx, "dead", "redrive", "--config", cfg, seq)
	if code != 0 || !strings.Contains(out, "redriven "+seq) {
		t.Fatalf("dead redrive %s: code %d\n%s%s", seq, code, out, errOut)
	}
	code, out, _ = cli(ctx, "dead", "list", "--config", cfg)
	if code != 0 || !strings.Contains(out, "no dead letters") {
		t.Errorf("after redrive: code %d\n%s", code, out)
	}
	if code, _, errOut := cli(ctx, "dead", "redrive", "--config", cfg, "999"); code != 1 || !strings.Contains(errOut, "not found") {
		t.Errorf("redrive of an unknown seq: code %d, %q", code, errOut)
	}
	for _, args := range [][]string{{"dead"}, {"dead", "purge"}, {"dead", "redrive", "--config", cfg}, {"dead", "redrive", "--config", cfg, "x"}, {"dead", "list", "--config", cfg, "--limit", "0"}} {
		if code, _, _ := cli(ctx, args...); code != 2 {
			t.Errorf("%v: code %d, want 2", args, code)
		}
	}
}
