package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorsSpeakToTheUser checks that configuration and flag mistakes are
// reported with the key or flag as the user wrote it and how to fix it,
// without the names of internal packages or Go types.
func TestErrorsSpeakToTheUser(t *testing.T) {
	f := newLedgerFixture(t)
	leaks := []string{"api:", "store:", "config:", "config.", "!!", "time.Duration", "unmarshal"}
	tests := []struct {
		name   string
		config string // written to a file and passed to crawl; empty: args only
		args   []string
		want   []string
	}{
		{"duration as a number", "crawl:\n  delay: 5\n", nil, []string{"crawl.delay (line 2)", "write a duration such as 1s"}},
		{"misspelt key", "crawl:\n  dleay: 1s\n", nil, []string{"crawl.dleay (line 2): unknown key", "delay, max_body_bytes"}},
		{"list for a text", "http:\n  addr: [a, b]\n", nil, []string{"http.addr (line 2)", "a list is not a single text value"}},
		{"words for a number", "sources:\n  - name: x\n    seeds: [https://example.org/]\n    max_depth: deep\n", nil,
			[]string{"sources[0].max_depth (line 4)", "\"deep\" is not a whole number"}},
		{"unquoted colon", "log:\n  level: warn: loud\n", nil, []string{"line 2", "must be quoted"}},
		{"missing file", "", []string{"crawl", "--config", "/nonexistent/pw.yaml"}, []string{"--config /nonexistent/pw.yaml: no such file"}},
		{"bad currency", "", []string{"query", "--config", f.cfg, "--currency", "euros"}, []string{"--currency: \"euros\" is not a three-letter currency code"}},
		{"bad correction", "", []string{"review", "correct", "--config", f.cfg, f.ids["money"], "--amount", "a lot"}, []string{"--amount: \"a lot\"", "1.2 billion"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			if tc.config != "" {
				p := filepath.Join(t.TempDir(), "c.yaml")
				if err := os.WriteFile(p, []byte(tc.config), 0o600); err != nil {
					t.Fatal(err)
				}
				args = []string{"crawl", "--config", p}
			}
			code, _, errOut := cli(context.Background(), args...)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			for _, w := range tc.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q lacks %q", errOut, w)
				}
			}
			for _, l := range leaks {
				if strings.Contains(errOut, l) {
					t.Errorf("stderr %q names an internal layer (%q)", errOut, l)
				}
			}
		})
	}
}
