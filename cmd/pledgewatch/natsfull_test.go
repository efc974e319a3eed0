package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/pipeline"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/pledgewatch/pledgewatch/internal/testsite"
	"github.com/pledgewatch/pledgewatch/store"
)

// manyArticles returns n distinct articles made from the seed corpus, or
// skips the test when the corpus is missing.
func manyArticles(t testing.TB, n int) []testsite.Article {
	t.Helper()
	arts, err := testsite.SeedArticles(seedsDir)
	if err != nil {
		t.Skipf("SKIPPED LOUDLY: seed corpus missing beside the repository: %v", err)
	}
	var many []testsite.Article
	for i := range n {
		a := arts[i%len(arts)]
		a.Slug = fmt.Sprintf("%s-%d", a.Slug, i)
		a.Title = fmt.Sprintf("%s (%d)", a.Title, i)
		many = append(many, a)
	}
	return many
}

// withNATS rewrites the config at path to use the external NATS servers
// at urls, with a short ack wait so that messages held by a killed
// process come back quickly.
func withNATS(t *testing.T, path, urls string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, fmt.Sprintf("nats:\n  url: %q\n  ack_wait: 3s\n", urls)...)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// storedCounts opens the database under the config's data_dir read-only
// and returns how many times each article URL is stored, how many
// commitments are stored, and how many of the commitments the extractor
// finds in the stored articles are missing from the store.
func storedCounts(t *testing.T, cfgPath string) (perURL map[string]int, commitments, missing int) {
	t.Helper()
	st, err := store.Open(filepath.Join(filepath.Dir(cfgPath), "data", dbFile), store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open database: %v", err)
	}
	defer st.Close()
	x, err := extractor.New(extractor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	have := map[string]bool{}
	cq := store.Query{Review: store.ReviewAll, Limit: store.MaxLimit}
	for {
		page, err := st.Commitments(ctx, cq)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range page.Items {
			have[c.ID] = true
		}
		if page.Next == "" {
			break
		}
		cq.Cursor = page.Next
	}
	perURL = map[string]int{}
	q := store.ArticleQuery{Limit: 100}
	for {
		page, err := st.Articles(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range page.Items {
			perURL[a.URL]++
			for _, c := range pipeline.Extract(x, a, time.Now()).Commitments {
				if !have[c.ID] {
					missing++
				}
			}
		}
		if page.Next == "" {
			break
		}
		q.Cursor = page.Next
	}
	return perURL, len(have), missing
}

// startNATS starts a nats-server with JetStream in this process on a
// loopback port, storing under dir, limited to maxStore bytes of file
// storage.
func startNATS(t *testing.T, dir string, port int, maxStore int64) *server.Server {
	t.Helper()
	srv, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: port, JetStream: true, StoreDir: dir, JetStreamMaxStore: maxStore,
		MaxPayload: queue.EmbeddedMaxPayload, NoLog: true, NoSigs: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	srv.Start()
	if !srv.ReadyForConnections(30 * time.Second) {
		t.Fatal("nats-server not ready")
	}
	return srv
}

// TestIntegrationFullDiskFailsCrawl fills JetStream's storage during a
// crawl: crawl must exit non-zero with a clear message instead of waiting
// forever, and once there is room again a second crawl stores every
// article exactly once.
func TestIntegrationFullDiskFailsCrawl(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a NATS store; skipped with -short")
	}
	const n = 30
	arts := manyArticles(t, n)
	site := testsite.New(arts)
	defer site.Close()
	dir := t.TempDir()
	port := freePortNum(t)

	// Room for the streams' first few articles, not for 30 articles and
	// their extractions.
	srv := startNATS(t, dir, port, 96<<10)
	cfg := writeConfig(t, site, freeAddr(t))
	withNATS(t, cfg, srv.ClientURL())

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	start := time.Now()
	code, out, errOut := cli(ctx, "crawl", "--config", cfg)
	t.Logf("first crawl took %s", time.Since(start))
	if ctx.Err() != nil {
		t.Fatalf("crawl hung on a full JetStream store (stopped by the test):\n%s\n%s", out, errOut)
	}
	if code == 0 || !strings.Contains(errOut, "storage is full") || !strings.Contains(errOut, "free disk space") {
		t.Fatalf("crawl on a full store: exit %d, want non-zero and a clear message; stderr:\n%s\nstdout:\n%s", code, errOut, out)
	}
	t.Logf("first crawl (exit %d): %s", code, lastLine(errOut))

	// Room again: restart the server on the same store without the limit.
	srv.Shutdown()
	srv.WaitForShutdown()
	srv = startNATS(t, dir, port, 0)
	defer func() { srv.Shutdown(); srv.WaitForShutdown() }()
	start = time.Now()
	code, out, errOut = cli(ctx, "crawl", "--config", cfg)
	t.Logf("second crawl took %s", time.Since(start))
	if code != 0 {
		t.Fatalf("crawl after freeing space: exit %d\n%s\n%s", code, out, errOut)
	}
	seen, commitments, missing := storedCounts(t, cfg)
	if len(seen) != n {
		t.Errorf("stored %d distinct articles after the second crawl, want %d", len(seen), n)
	}
	for u, c := range seen {
		if c != 1 {
			t.Errorf("%s stored %d times", u, c)
		}
	}
	if commitments == 0 || missing != 0 {
		t.Errorf("%d commitments stored, %d of the stored articles' commitments missing", commitments, missing)
	}
}

// lastLine returns the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// freePortNum returns a loopback TCP port that was free a moment ago.
func freePortNum(t testing.TB) int {
	t.Helper()
	_, p, err := net.SplitHostPort(freeAddr(t))
	if err != nil {
		t.Fatal(err)
	}
	n, err := strconv.Atoi(p)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
