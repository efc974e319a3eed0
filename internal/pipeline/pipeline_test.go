package pipeline_test

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/pipeline"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/pledgewatch/pledgewatch/internal/testsite"
	"github.com/pledgewatch/pledgewatch/store"
)

// seedsDir is the development corpus, beside the repository.
const seedsDir = "../../../shared/corpus/seeds"

// env is one process's worth of pipeline on temp files: embedded JetStream,
// a bbolt store, the extractor, with the extractor workers and store writer
// running in the background.
type env struct {
	q    *queue.Queue
	st   *store.Store
	p    *pipeline.Pipeline
	stop func()
}

func start(t *testing.T, dir string, sources []pipeline.Source) *env {
	t.Helper()
	ctx := context.Background()
	q, err := queue.Open(ctx, queue.Config{StoreDir: filepath.Join(dir, "nats"), AckWait: 5 * time.Second, MaxDeliver: 3})
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(filepath.Join(dir, "pledgewatch.db"), store.Options{})
	if err != nil {
		q.Close()
		t.Fatal(err)
	}
	x, err := extractor.New(extractor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{
		Queue: q, Store: st, Extractor: x, Sources: sources, Workers: 2,
		Crawl:        crawler.Options{AllowPrivateNetworks: true, Delay: -1, Timeout: 10 * time.Second},
		Logger:       slog.New(slog.DiscardHandler),
		PollInterval: 20 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for _, fn := range []func(context.Context) error{p.RunExtractors, p.RunStoreWriter} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fn(cctx); err != nil {
				t.Errorf("stage: %v", err)
			}
		}()
	}
	e := &env{q: q, st: st, p: p}
	var once sync.Once
	e.stop = func() {
		once.Do(func() {
			cancel()
			wg.Wait()
			if err := q.Close(); err != nil {
				t.Errorf("close queue: %v", err)
			}
			if err := st.Close(); err != nil {
				t.Errorf("close store: %v", err)
			}
		})
	}
	t.Cleanup(e.stop)
	return e
}

func seedSite(t *testing.T) *testsite.Site {
	t.Helper()
	arts, err := testsite.SeedArticles(seedsDir)
	if err != nil {
		t.Skipf("SKIPPED LOUDLY: the seed corpus is not beside the repository (%v)", err)
	}
	site := testsite.New(arts)
	t.Cleanup(site.Close)
	return site
}

func siteSource(site *testsite.Site) pipeline.Source {
	return pipeline.Source{Source: crawler.Source{
		Name:     "local",
		Feeds:    []string{site.URL("/feed.xml")},
		Sitemaps: []string{site.URL("/sitemap.xml")},
		Seeds:    []string{site.URL("/news/")},
		MaxDepth: 1,
	}}
}

func allCommitments(t *testing.T, st *store.Store) []news.Commitment {
	t.Helper()
	var out []news.Commitment
	q := store.Query{Limit: 500}
	for {
		page, err := st.Commitments(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, page.Items...)
		if page.Next == "" {
			return out
		}
		q.Cursor = page.Next
	}
}

// TestIngestEndToEnd crawls a local news site built from the seed corpus
// through embedded JetStream into a bbolt store, and checks what was stored.
func TestIngestEndToEnd(t *testing.T) {
	site := seedSite(t)
	e := start(t, t.TempDir(), []pipeline.Source{siteSource(site)})
	ctx := context.Background()

	run, err := e.p.Ingest(ctx, nil, true, nil)
	if err != nil {
		t.Fatalf("ingest: %v (run %+v)", err, run)
	}
	if run.ArticlesNew != 5 || run.ArticlesStored != 5 {
		t.Errorf("run: new %d stored %d, want 5 and 5 (%+v)", run.ArticlesNew, run.ArticlesStored, run)
	}
	if run.Commitments == 0 {
		t.Errorf("run stored no commitments: %+v", run)
	}
	if n := site.Hits(testsite.SecretPath); n != 0 {
		t.Errorf("robots-disallowed %s was fetched %d times", testsite.SecretPath, n)
	}

	got := allCommitments(t, e.st)
	if len(got) != run.Commitments {
		t.Errorf("store holds %d commitments, run reported %d", len(got), run.Commitments)
	}
	// Commitments the seed texts state unambiguously (shared/eval gold).
	troops := map[string]int64{"PL": 2500, "GB": 3000, "DE": 1800, "FR": 1500}
	for actor, n := range troops {
		if !hasTroops(got, actor, n) {
			t.Errorf("no stored troops commitment %s %d", actor, n)
		}
	}
	if !hasMoney(got, "GB", 1.6e9, "GBP") {
		t.Errorf("no stored money commitment GB 1.6 billion GBP")
	}
	for _, c := range got {
		if c.URL == "" || c.ArticleID == "" || c.ID == "" {
			t.Errorf("commitment without article link: %+v", c)
			break
		}
		a, _, err := e.st.Article(ctx, c.ArticleID)
		if err != nil {
			t.Fatalf("article %s: %v", c.ArticleID, err)
		}
		if c.End > len(a.Text) || a.Text[c.Start:c.End] != c.Evidence {
			t.Errorf("evidence of %s is not text[start:end] of its article", c.ID)
		}
	}

	// The same run again: everything unchanged, nothing new stored.
	run2, err := e.p.Ingest(ctx, nil, true, nil)
	if err != nil {
		t.Fatalf("second ingest: %v", err)
	}
	if run2.ArticlesNew != 0 || run2.ArticlesUnchanged != 5 || run2.Commitments != 0 {
		t.Errorf("second run: %+v, want 0 new, 5 unchanged, 0 commitments", run2)
	}
	if again := allCommitments(t, e.st); len(again) != len(got) {
		t.Errorf("second run changed the store: %d → %d commitments", len(got), len(again))
	}
	if n := site.Hits(testsite.SecretPath); n != 0 {
		t.Errorf("robots-disallowed page fetched on the second run")
	}
	runs, err := e.st.Runs(ctx, 10)
	if err != nil || len(runs) != 2 {
		t.Errorf("runs recorded: %d, %v; want 2", len(runs), err)
	}
}

// TestRestartKeepsQueuedWork publishes articles with no workers running,
// stops the process, and checks a new process on the same data dir stores
// them: nothing is lost across a shutdown.
func TestRestartKeepsQueuedWork(t *testing.T) {
	site := seedSite(t)
	dir := t.TempDir()
	ctx := context.Background()
	src := siteSource(site)

	q, err := queue.Open(ctx, queue.Config{StoreDir: filepath.Join(dir, "nats")})
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{Queue: q, Sources: []pipeline.Source{src},
		Crawl: crawler.Options{AllowPrivateNetworks: true, Delay: -1}})
	if err != nil {
		t.Fatal(err)
	}
	run, err := p.Ingest(ctx, nil, false, nil)
	if err != nil || run.ArticlesNew != 5 {
		t.Fatalf("crawl only: %+v, %v", run, err)
	}
	if n, err := q.Pending(ctx, queue.Articles); err != nil || n != 5 {
		t.Fatalf("pending articles %d, %v; want 5", n, err)
	}
	if err := q.Close(); err != nil {
		t.Fatal(err)
	}

	e := start(t, dir, []pipeline.Source{src})
	deadline := time.Now().Add(time.Minute)
	for {
		a, err1 := e.q.Pending(ctx, queue.Articles)
		x, err2 := e.q.Pending(ctx, queue.Extractions)
		if err := errors.Join(err1, err2); err != nil {
			t.Fatal(err)
		}
		if a == 0 && x == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("queued work not processed after restart: %d articles, %d extractions pending", a, x)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if got := allCommitments(t, e.st); !hasTroops(got, "PL", 2500) {
		t.Errorf("after restart the store lacks the PL 2500 troops commitment (%d commitments)", len(got))
	}
}

func TestIngestUnknownSource(t *testing.T) {
	e := start(t, t.TempDir(), nil)
	if _, err := e.p.Ingest(context.Background(), []string{"nope"}, true, nil); !errors.Is(err, pipeline.ErrUnknownSource) {
		t.Errorf("got %v, want ErrUnknownSource", err)
	}
}

func hasTroops(cs []news.Commitment, actor string, n int64) bool {
	for _, c := range cs {
		if c.Actor == actor && c.Kind == news.KindTroops && c.Troops != nil && *c.Troops == n {
			return true
		}
	}
	return false
}

func hasMoney(cs []news.Commitment, actor string, amount float64, cur string) bool {
	for _, c := range cs {
		if c.Actor == actor && c.Kind == news.KindMoney && c.Amount != nil && c.Currency == cur &&
			*c.Amount > amount*0.995 && *c.Amount < amount*1.005 {
			return true
		}
	}
	return false
}

// TestScheduleRunsAtStartAndStops checks that a scheduled source is crawled
// once when the scheduler starts, and that cancelling stops it.
func TestScheduleRunsAtStartAndStops(t *testing.T) {
	site := seedSite(t)
	src := siteSource(site)
	src.Schedule = "@every 1h"
	e := start(t, t.TempDir(), []pipeline.Source{src})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.p.Schedule(ctx, true) }()
	deadline := time.Now().Add(time.Minute)
	for {
		runs, err := e.st.Runs(context.Background(), 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(runs) == 1 {
			if runs[0].ArticlesStored != 5 {
				t.Errorf("initial run stored %d articles, want 5", runs[0].ArticlesStored)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no initial run recorded")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Schedule: %v", err)
	}
}
