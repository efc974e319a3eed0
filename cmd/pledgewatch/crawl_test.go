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
