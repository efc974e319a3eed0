package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestPageShard(t *testing.T) {
	for _, h := range []string{"example.org", "EXAMPLE.org", "127.0.0.1:8080", "", "news.example:443"} {
		s := PageShard(h)
		if s < 0 || s >= PageShards {
			t.Errorf("PageShard(%q) = %d, out of 0..%d", h, s, PageShards-1)
		}
	}
	if PageShard("Example.ORG") != PageShard("example.org") {
		t.Error("PageShard depends on the case of the host")
	}
	if _, err := openTest(t, testConfig(t)).PublishPage(t.Context(), PageShards, "x", nil); err == nil {
		t.Error("PublishPage accepted a shard out of range")
	}
}

// runPages runs ConsumePages on q in the background until the test ends.
func runPages(t *testing.T, q *Queue, h Handler) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- q.ConsumePages(ctx, h) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("ConsumePages returned %v", err)
			}
		case <-time.After(guard):
			t.Errorf("ConsumePages did not return after cancel")
		}
	})
}

// TestConsumePagesOneJobPerShardAcrossProcesses runs two connections (as
// two crawler processes) on the page jobs of two shards: each job is
// handled once, duplicates by msg id are dropped, and never are two jobs
// of one shard handled at the same time, even in different processes.
func TestConsumePagesOneJobPerShardAcrossProcesses(t *testing.T) {
	cfg := testConfig(t)
	cfg.ListenAddr = "127.0.0.1:-1"
	q1 := openTest(t, cfg)
	q2 := openTest(t, Config{URL: q1.ClientURL(), Logger: testLogger()})

	shards := []int{3, 40}
	const perShard = 8
	for _, s := range shards {
		for i := range perShard {
			id := fmt.Sprintf("run|page|%d-%d", s, i)
			data := []byte(fmt.Sprintf("%d", s))
			for copy := range 2 { // the second copy is a duplicate
				dup, err := q1.PublishPage(t.Context(), s, id, data)
				if err != nil {
					t.Fatal(err)
				}
				if dup != (copy == 1) {
					t.Errorf("copy %d of %s: duplicate %v", copy, id, dup)
				}
			}
		}
	}
	if n := pending(t, q1, CrawlPages); n != uint64(len(shards)*perShard) {
		t.Fatalf("%d page jobs stored, want %d (duplicates dropped)", n, len(shards)*perShard)
	}

	var mu sync.Mutex
	inFlight, maxInFlight, handled := map[string]int{}, map[string]int{}, 0
	h := func(_ context.Context, data []byte) error {
		k := string(data)
		mu.Lock()
		inFlight[k]++
		maxInFlight[k] = max(maxInFlight[k], inFlight[k])
		mu.Unlock()
		time.Sleep(10 * time.Millisecond)
		mu.Lock()
		inFlight[k]--
		handled++
		mu.Unlock()
		return nil
	}
	runPages(t, q1, h)
	runPages(t, q2, h)
	waitFor(t, "every page job handled", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return handled >= len(shards)*perShard
	})
	waitFor(t, "the page jobs acked", func() bool { return pending(t, q1, CrawlPages) == 0 })
	mu.Lock()
	defer mu.Unlock()
	if handled != len(shards)*perShard {
		t.Errorf("handled %d jobs, want %d", handled, len(shards)*perShard)
	}
	for k, m := range maxInFlight {
		if m != 1 {
			t.Errorf("shard %s: %d jobs handled at once, want 1", k, m)
		}
	}
}

// TestRedrivePageJob checks that a dead-lettered page job goes back to
// its shard.
func TestRedrivePageJob(t *testing.T) {
	q := openTest(t, testConfig(t))
	var mu sync.Mutex
	calls := 0
	runPages(t, q, func(context.Context, []byte) error {
		mu.Lock()
		defer mu.Unlock()
		calls++
		if calls == 1 {
			return Permanent(errors.New("broken"))
		}
		return nil
	})
	if _, err := q.PublishPage(t.Context(), 7, "job", []byte("x")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the job dead-lettered", func() bool { return pending(t, q, Dead) == 1 })
	dls, err := q.DeadLetters(t.Context(), 1)
	if err != nil || len(dls) != 1 || dls[0].Stream != CrawlPages {
		t.Fatalf("DeadLetters = %+v, %v", dls, err)
	}
	if err := q.Redrive(t.Context(), dls[0].Seq); err != nil {
		t.Fatalf("Redrive: %v", err)
	}
	waitFor(t, "the redriven job handled", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return calls == 2
	})
	waitFor(t, "the job acked", func() bool { return pending(t, q, CrawlPages) == 0 })
}
