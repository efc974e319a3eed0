package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/internal/pipeline"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/pledgewatch/pledgewatch/internal/testsite"
)

// scaleRig is a crawl-tier test bed: one nats-server process with
// JetStream, a built pledgewatch binary, and local news sites on distinct
// hosts, each a source of the configuration with its feed (even articles)
// and sitemap (odd articles).
type scaleRig struct {
	bin, cfg, addr string
	natsURL        string
	sites          []*testsite.Site
	perHost        int
}

func newScaleRig(t testing.TB, hosts, perHost int, delay time.Duration) *scaleRig {
	t.Helper()
	natsBin := natsServerBin(t)
	r := &scaleRig{bin: filepath.Join(t.TempDir(), "pledgewatch"), addr: freeAddr(t), perHost: perHost}
	if out, err := exec.Command("go", "build", "-o", r.bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := t.TempDir()
	node := &natsNode{name: "nats", clientPort: freePortNum(t), storeDir: filepath.Join(dir, "store"),
		conf: filepath.Join(dir, "nats.conf"), log: filepath.Join(dir, "nats.log")}
	conf := fmt.Sprintf("server_name: solo\nlisten: \"127.0.0.1:%d\"\nmax_payload: %d\njetstream { store_dir: %q }\n",
		node.clientPort, queue.EmbeddedMaxPayload, node.storeDir)
	if err := os.WriteFile(node.conf, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	node.start(t, natsBin)
	t.Cleanup(node.kill)
	r.natsURL = node.url()

	arts := manyArticles(t, hosts*perHost)
	var b strings.Builder
	// "@every 24h": one slot a day, so crawlers started together agree
	// on the run.
	fmt.Fprintf(&b, "data_dir: %s\nhttp:\n  addr: %s\ncrawl:\n  allow_private_networks: true\n  delay: %s\nlog:\n  level: warn\nnats:\n  url: %q\n  ack_wait: 2s\nsources:\n",
		filepath.Join(dir, "data"), r.addr, delay, node.url())
	for h := range hosts {
		s := testsite.New(arts[h*perHost : (h+1)*perHost])
		t.Cleanup(s.Close)
		r.sites = append(r.sites, s)
		fmt.Fprintf(&b, "  - name: host%d\n    feeds: [%s]\n    sitemaps: [%s]\n    schedule: \"@every 24h\"\n", h, s.URL("/feed.xml"), s.URL("/sitemap.xml"))
	}
	r.cfg = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(r.cfg, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return r
}

// articleHits returns how many article pages were fetched, counting
// every fetch, and how many distinct ones.
func (r *scaleRig) articleHits() (fetches, distinct int) {
	for _, s := range r.sites {
		for _, p := range s.Paths() {
			if strings.HasPrefix(p, "/news/") && p != "/news/" {
				fetches += s.Hits(p)
				distinct++
			}
		}
	}
	return fetches, distinct
}

// runProgress reads the shared progress of today's run of each source
// ("@every 24h" slots), nil for a run not recorded yet.
func (r *scaleRig) runProgress(t testing.TB) []*pipeline.RunProgress {
	t.Helper()
	q, err := queue.Open(t.Context(), queue.Config{URL: r.natsURL})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	slot := time.Now().UTC().Truncate(24 * time.Hour)
	var out []*pipeline.RunProgress
	for h := range r.sites {
		b, err := q.Runs().Get(t.Context(), fmt.Sprintf("host%d@%s", h, slot.Format(time.RFC3339)))
		if err != nil {
			t.Fatal(err)
		}
		if b == nil {
			out = append(out, nil)
			continue
		}
		var rp pipeline.RunProgress
		if err := json.Unmarshal(b, &rp); err != nil {
			t.Fatal(err)
		}
		out = append(out, &rp)
	}
	return out
}

// TestIntegrationCrawlersShareTheWork runs three crawler processes, an
// extractor and the store against one nats-server and three local sites:
// every article is fetched once, each feed and sitemap once, all are
// stored, and no site receives requests closer together than crawl.delay,
// across all crawlers. With a crawler SIGKILLed mid-run the run still
// completes; only the jobs it held are done again.
func TestIntegrationCrawlersShareTheWork(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a NATS server and 5 processes; skipped with -short")
	}
	const hosts, perHost, delay = 3, 70, 100 * time.Millisecond
	for _, tc := range []struct {
		name string
		kill bool
	}{
		{"three crawlers", false},
		{"one crawler killed mid-run", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newScaleRig(t, hosts, perHost, delay)
			total := hosts * perHost
			procs := []*roleProc{
				startRole(t, r.bin, "store", "store", r.cfg),
				startRole(t, r.bin, "extractor", "extractor", r.cfg),
			}
			var crawlers []*roleProc
			for i := range 3 {
				c := startRole(t, r.bin, fmt.Sprintf("crawler-%d", i+1), "crawler", r.cfg)
				crawlers = append(crawlers, c)
				procs = append(procs, c)
			}
			killed := crawlers[0]
			dump := func() string {
				var b strings.Builder
				for _, p := range procs {
					fmt.Fprintf(&b, "--- %s (running %v):\n%s\n", p.name, p.running(), tail(readFile(p.log), 20))
				}
				return b.String()
			}
			deadline := time.Now().Add(4 * time.Minute)
			waitUntil := func(what string, cond func() bool) {
				t.Helper()
				for !cond() {
					for _, p := range procs {
						if !p.running() && !(tc.kill && p == killed) {
							t.Fatalf("%s exited while waiting for %s:\n%s", p.name, what, dump())
						}
					}
					if time.Now().After(deadline) {
						t.Fatalf("timed out waiting for %s:\n%s", what, dump())
					}
					time.Sleep(50 * time.Millisecond)
				}
			}
			if tc.kill {
				waitUntil("a quarter of the articles fetched", func() bool { _, d := r.articleHits(); return d >= total/4 })
				if err := killed.cmd.Process.Kill(); err != nil {
					t.Fatal(err)
				}
				<-killed.exited
			}
			waitUntil("every article stored", func() bool { return countStored(r.addr) >= total })
			if n := countStored(r.addr); n != total {
				t.Errorf("%d articles stored, want %d", n, total)
			}
			var runs []*pipeline.RunProgress
			waitUntil("every run finished", func() bool {
				runs = r.runProgress(t)
				for _, rp := range runs {
					// The store counts a run's articles before it acks them.
					if rp == nil || rp.Finished.IsZero() || rp.ArticlesStored < perHost {
						return false
					}
				}
				return true
			})
			// The store role reports the shared runs, finished, with the
			// crawlers' totals.
			client := api.NewClient("http://"+r.addr, "", &http.Client{})
			waitUntil("the store reporting the finished runs", func() bool {
				listed, err := client.Runs(t.Context(), 10)
				if err != nil {
					return false
				}
				finished := 0
				for _, lr := range listed {
					for _, rp := range runs {
						if lr.ID == rp.ID && !lr.Finished.IsZero() && lr.Pages == rp.Pages && lr.ArticlesNew == rp.ArticlesNew && lr.ArticlesStored == rp.ArticlesStored {
							finished++
						}
					}
				}
				return finished == len(runs)
			})
			for h, rp := range runs {
				// A feed and a sitemap job, and one job per page they list:
				// the articles and the page robots.txt disallows; each
				// counted once, even when redone after the kill.
				if rp.Jobs != perHost+3 || rp.JobsDone != rp.Jobs || rp.PagesQueued != perHost+1 {
					t.Errorf("host %d: run %s: %d jobs queued, %d done, %d pages queued; want %d jobs, all done, %d pages",
						h, rp.ID, rp.Jobs, rp.JobsDone, rp.PagesQueued, perHost+3, perHost+1)
				}
				// Each article of the run stored once, counted once, even
				// those published again after the kill.
				if rp.ArticlesStored != perHost || rp.Commitments == 0 {
					t.Errorf("host %d: run %s: %d articles stored with %d new commitments, want %d articles and some commitments",
						h, rp.ID, rp.ArticlesStored, rp.Commitments, perHost)
				}
				if !tc.kill && (rp.ArticlesNew != perHost || rp.Pages != perHost+2 || rp.Errors != 0) {
					t.Errorf("host %d: run %s: %d pages, %d new articles, %d errors; want %d, %d, 0",
						h, rp.ID, rp.Pages, rp.ArticlesNew, rp.Errors, perHost+2, perHost)
				}
			}

			fetches, distinct := r.articleHits()
			if distinct != total {
				t.Errorf("%d distinct article pages fetched, want %d", distinct, total)
			}
			// Only the jobs the killed crawler held (one per host shard
			// at most) may be done twice.
			maxAgain := 0
			if tc.kill {
				maxAgain = hosts
			}
			if again := fetches - distinct; again > maxAgain {
				t.Errorf("%d article fetches repeated, want at most %d", again, maxAgain)
			}
			for h, s := range r.sites {
				for _, p := range []string{"/feed.xml", "/sitemap.xml", "/robots.txt"} {
					if n := s.Hits(p); n < 1 && p != "/robots.txt" || n > 1+maxAgain {
						t.Errorf("host %d: %s fetched %d times, want once", h, p, n)
					}
				}
				if n := s.Hits(testsite.SecretPath); n != 0 {
					t.Errorf("host %d: %s, disallowed by robots.txt, fetched %d times", h, testsite.SecretPath, n)
				}
				reqs := s.Requests()
				for i := 1; i < len(reqs); i++ {
					if gap := reqs[i].Time.Sub(reqs[i-1].Time); gap < delay {
						t.Errorf("host %d: %s came %v after %s, less than crawl.delay %v", h, reqs[i].Path, gap, reqs[i-1].Path, delay)
					}
				}
			}
		})
	}
}

// BenchmarkCrawlersScaleOut measures one run over three hosts (crawl.delay
// 0) with 1 and with 3 crawler processes, from the crawlers' start until
// every article page is fetched; compare the two ns/op. Each iteration
// starts a fresh nats-server, sites and processes (not timed).
//
//	go test ./cmd/pledgewatch -run '^$' -bench CrawlersScaleOut -benchtime 3x
func BenchmarkCrawlersScaleOut(b *testing.B) {
	const hosts, perHost = 3, 70
	for _, crawlers := range []int{1, 3} {
		b.Run(fmt.Sprintf("crawlers=%d", crawlers), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				r := newScaleRig(b, hosts, perHost, 0)
				startRole(b, r.bin, "store", "store", r.cfg)
				startRole(b, r.bin, "extractor", "extractor", r.cfg)
				b.StartTimer()
				for i := range crawlers {
					startRole(b, r.bin, fmt.Sprintf("crawler-%d", i+1), "crawler", r.cfg)
				}
				deadline := time.Now().Add(5 * time.Minute)
				for {
					if _, d := r.articleHits(); d >= hosts*perHost {
						break
					}
					if time.Now().After(deadline) {
						b.Fatal("the crawl did not finish in 5 minutes")
					}
					time.Sleep(5 * time.Millisecond)
				}
			}
			b.ReportMetric(float64(hosts*perHost)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
