package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/store"
)

// summaryCount reads the number of a line of the run summary printed by
// crawl ("  articles stored     12"), or -1.
func summaryCount(out, field string) int {
	m := regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(field) + ` +(\d+)$`).FindStringSubmatch(out)
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// countCommitments counts the commitments the store role serves.
func countCommitments(t *testing.T, c *api.Client) int {
	t.Helper()
	n := 0
	q := store.Query{Limit: 500}
	for {
		page, err := c.Commitments(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		n += len(page.Items)
		if page.Next == "" {
			return n
		}
		q.Cursor = page.Next
	}
}

// TestIntegrationCrawlWaitsForSharedRun runs 'pledgewatch crawl --shared'
// against a nats-server where crawler processes, an extractor and the
// store run: crawl returns only once every article of its run is stored,
// and reports the run's exact counts, which the store role lists too. A
// second crawl finds nothing new. With no crawler process crawl says so
// and exits 1.
func TestIntegrationCrawlWaitsForSharedRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a NATS server and 4 processes; skipped with -short")
	}
	const hosts, perHost = 2, 20
	total := hosts * perHost
	type crawlRun struct{ new, unchanged, stored int }
	for _, tc := range []struct {
		name     string
		crawlers int
		runs     []crawlRun // expected summaries of successive crawls; none: crawl fails
	}{
		{"two crawlers", 2, []crawlRun{{total, 0, total}, {0, total, 0}}},
		{"no crawler", 0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newScaleRig(t, hosts, perHost, 20*time.Millisecond)
			// Manual runs only: no scheduled run for the crawlers to start.
			b, err := os.ReadFile(r.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(r.cfg, []byte(strings.ReplaceAll(string(b), "    schedule: \"@every 24h\"\n", "")), 0o600); err != nil {
				t.Fatal(err)
			}
			procs := []*roleProc{startRole(t, r.bin, "store", "store", r.cfg)}
			if tc.runs == nil {
				procs = append(procs, startRole(t, r.bin, "extractor", "extractor", r.cfg))
			}
			for i := range tc.crawlers {
				procs = append(procs, startRole(t, r.bin, fmt.Sprintf("crawler-%d", i+1), "crawler", r.cfg))
			}
			client := api.NewClient("http://"+r.addr, "", &http.Client{})
			for deadline := time.Now().Add(time.Minute); client.Health(t.Context()) != nil; time.Sleep(50 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("the store role did not start:\n%s", tail(readFile(procs[0].log), 20))
				}
			}
			crawl := func() (stdout, stderr string, code int) {
				ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
				defer cancel()
				cmd := exec.CommandContext(ctx, r.bin, "crawl", "--config", r.cfg, "--shared", "--crawler-wait", "3s")
				var out, errOut strings.Builder
				cmd.Stdout, cmd.Stderr = &out, &errOut
				err := cmd.Run()
				var ee *exec.ExitError
				switch {
				case err == nil:
				case errors.As(err, &ee):
					code = ee.ExitCode()
				default:
					t.Fatalf("crawl: %v", err)
				}
				return out.String(), errOut.String(), code
			}

			if tc.runs == nil {
				out, errOut, code := crawl()
				if code != 1 || !strings.Contains(errOut, "no crawler process took the run") || !strings.Contains(errOut, "pledgewatch crawler") {
					t.Errorf("crawl with no crawler: exit %d, stderr %q, stdout %q; want exit 1 naming the missing crawler role", code, errOut, out)
				}
				return
			}
			// The first crawl runs before any extractor: it must still be
			// waiting once the crawlers have finished its runs.
			type result struct {
				out, errOut string
				code        int
			}
			first := make(chan result, 1)
			go func() { o, e, c := crawl(); first <- result{o, e, c} }()
			for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
				runs, err := client.Runs(t.Context(), 20)
				if err != nil {
					t.Fatal(err)
				}
				done := 0
				for _, lr := range runs {
					if !lr.Finished.IsZero() && lr.ArticlesNew == perHost {
						done++
					}
				}
				if done == hosts {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("the crawlers did not finish the runs: %+v", runs)
				}
			}
			time.Sleep(5 * sharedPoll) // room for a crawl that does not wait to return
			select {
			case res := <-first:
				t.Fatalf("crawl returned before any article was stored: exit %d\n%s", res.code, res.out)
			default:
			}
			procs = append(procs, startRole(t, r.bin, "extractor", "extractor", r.cfg))

			storedBefore, commitmentsBefore := 0, 0
			for i, want := range tc.runs {
				var out, errOut string
				var code int
				if i == 0 {
					res := <-first
					out, errOut, code = res.out, res.errOut, res.code
				} else {
					out, errOut, code = crawl()
				}
				if code != 0 {
					t.Fatalf("crawl %d: exit %d\nstdout:\n%s\nstderr:\n%s", i+1, code, out, errOut)
				}
				// crawl returned: everything its run queued is stored.
				stored, commitments := countStored(r.addr), countCommitments(t, client)
				got := crawlRun{summaryCount(out, "articles new"), summaryCount(out, "articles unchanged"), summaryCount(out, "articles stored")}
				if got != want {
					t.Errorf("crawl %d: new %d unchanged %d stored %d, want %d %d %d\n%s", i+1, got.new, got.unchanged, got.stored, want.new, want.unchanged, want.stored, out)
				}
				if stored-storedBefore != want.stored {
					t.Errorf("crawl %d returned with %d articles newly stored, want %d", i+1, stored-storedBefore, want.stored)
				}
				if n := summaryCount(out, "commitments new"); n != commitments-commitmentsBefore || (want.stored > 0 && n == 0) {
					t.Errorf("crawl %d reports %d new commitments; the store holds %d more", i+1, n, commitments-commitmentsBefore)
				}
				storedBefore, commitmentsBefore = stored, commitments

				// The store role lists each run with the same counts.
				ids := strings.Fields(strings.TrimPrefix(strings.SplitN(out, " (", 2)[0], "run "))
				if len(ids) != hosts {
					t.Fatalf("crawl %d: %d run ids in %q, want %d", i+1, len(ids), out, hosts)
				}
				var listedStored, listed int
				for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
					runs, err := client.Runs(t.Context(), 20)
					if err != nil {
						t.Fatal(err)
					}
					listedStored, listed = 0, 0
					for _, lr := range runs {
						for _, id := range ids {
							if lr.ID == id && !lr.Finished.IsZero() {
								listed++
								listedStored += lr.ArticlesStored
							}
						}
					}
					if listed == hosts && listedStored == want.stored || time.Now().After(deadline) {
						break
					}
				}
				if listed != hosts || listedStored != want.stored {
					t.Errorf("crawl %d: /api/v1/runs lists %d of the runs finished with %d articles stored, want %d with %d", i+1, listed, listedStored, hosts, want.stored)
				}
			}
		})
	}
}
