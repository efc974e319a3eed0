package main

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/pledgewatch/pledgewatch/internal/testsite"
)

// TestIntegrationLostArticlesAreCrawledAgain reproduces a queue losing
// published articles before they reach the store (a NATS server lost with
// its disk while the crawl state survives elsewhere): the crawler role
// publishes every article, the articles stream is then emptied, and the
// next crawl must publish and store them all instead of skipping them as
// already seen.
func TestIntegrationLostArticlesAreCrawledAgain(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a NATS server and the crawler role; skipped with -short")
	}
	const n = 12
	site := testsite.New(manyArticles(t, n))
	defer site.Close()
	srv := startNATS(t, t.TempDir(), -1, 0)
	defer func() { srv.Shutdown(); srv.WaitForShutdown() }()
	cfg := writeConfig(t, site, freeAddr(t))
	data, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, "    schedule: \"@every 1h\"\n"...) // the crawler role crawls once at start
	if err := os.WriteFile(cfg, data, 0o600); err != nil {
		t.Fatal(err)
	}
	withNATS(t, cfg, srv.ClientURL())

	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	queued := func() uint64 {
		st, err := js.Stream(context.Background(), string(queue.Articles))
		if err != nil {
			return 0
		}
		return st.CachedInfo().State.Msgs
	}

	// Only the crawler runs: every article waits in PW_ARTICLES.
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan string, 1)
	go func() {
		var errb bytes.Buffer
		run(ctx, []string{"crawler", "--config", cfg}, env{getenv: func(string) string { return "" }, stdout: &bytes.Buffer{}, stderr: &errb})
		done <- errb.String()
	}()
	deadline := time.Now().Add(time.Minute)
	for queued() < n {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("the crawler queued %d of %d articles:\n%s", queued(), n, <-done)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	<-done

	// The queue loses them, with its dedupe state, as a server that lost
	// its disk does; the next Open creates the stream again.
	if err := js.DeleteStream(context.Background(), string(queue.Articles)); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := cli(context.Background(), "crawl", "--config", cfg)
	if code != 0 {
		t.Fatalf("crawl after the loss: exit %d\n%s\n%s", code, out, errOut)
	}
	seen, commitments, missing := storedCounts(t, cfg)
	if len(seen) != n {
		t.Errorf("stored %d of %d articles after the queue lost them; crawl said:\n%s", len(seen), n, out)
	}
	if commitments == 0 || missing != 0 {
		t.Errorf("%d commitments stored, %d missing", commitments, missing)
	}
}
