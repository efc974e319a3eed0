package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCrawlExitAndSummary runs crawls whose sources fail or are kept out
// by robots.txt and checks the exit code and what the summary says.
func TestCrawlExitAndSummary(t *testing.T) {
	site := seedSite(t)
	tests := []struct {
		name         string
		allowPrivate bool
		source       string
		code         int
		want         []string
	}{
		{"ssrf guard names the key", false, fmt.Sprintf("feeds: [%s]", site.URL("/feed.xml")), 1,
			[]string{"address not allowed", "crawl.allow_private_networks: true", "fetch or pipeline errors"}},
		{"failed feed exits 1", true, fmt.Sprintf("feeds: [%s]", site.URL("/no-such-feed.xml")), 1,
			[]string{"errors              1", "404"}},
		{"robots-disallowed seed is named", true, fmt.Sprintf("seeds: [%s]", site.URL("/private/plans")), 0,
			[]string{"disallowed by the site's robots.txt", site.URL("/private/plans")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			cfg := fmt.Sprintf("data_dir: data\nhttp:\n  addr: %s\ncrawl:\n  allow_private_networks: %v\n  delay: 0s\nlog:\n  level: error\nsources:\n  - name: local\n    %s\n",
				freeAddr(t), tc.allowPrivate, tc.source)
			path := filepath.Join(dir, "config.yaml")
			if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
				t.Fatal(err)
			}
			code, out, errOut := cli(context.Background(), "crawl", "--config", path)
			if code != tc.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tc.code, out, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(out+errOut, w) {
					t.Errorf("output lacks %q:\n%s%s", w, out, errOut)
				}
			}
		})
	}
}

// TestCrawlSharedUsage checks the usage errors of crawl --shared: each
// says what was typed and how to fix it, and nothing is crawled.
func TestCrawlSharedUsage(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yaml")
	cfg := fmt.Sprintf("data_dir: data\nhttp:\n  addr: %s\nsources:\n  - name: local\n    feeds: [\"http://127.0.0.1:1/feed.xml\"]\n", freeAddr(t))
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"shared without a NATS server", []string{"--shared"}, []string{"--shared", "nats.url", "--nats URL"}},
		{"nats without shared", []string{"--nats", "nats://127.0.0.1:4222"}, []string{"--nats nats://127.0.0.1:4222 needs --shared"}},
		{"bad nats URL", []string{"--shared", "--nats", "http://x"}, []string{"--nats", "nats.url", "http://x"}},
		{"non-positive crawler wait", []string{"--shared", "--nats", "nats://127.0.0.1:4222", "--crawler-wait", "0s"}, []string{"--crawler-wait 0s", "positive"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := cli(context.Background(), append([]string{"crawl", "--config", path}, tc.args...)...)
			if code != 2 {
				t.Errorf("exit %d, want 2\n%s%s", code, out, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "data")); err == nil {
				t.Error("a usage error created data_dir")
			}
		})
	}
}
