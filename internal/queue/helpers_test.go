package queue

import (
	"context"
	"log/slog"
	"os"
	"testing"
	"time"
)

// guard bounds waits for events that must happen; reaching it means the
// code under test is broken (it is never a performance assertion).
const guard = 30 * time.Second

// testLogger discards unless PW_QUEUE_TEST_LOG is set (then it logs to
// stderr at debug level).
func testLogger() *slog.Logger {
	if os.Getenv("PW_QUEUE_TEST_LOG") == "" {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// testConfig is an embedded-server config in a fresh temp dir with short
// retry delays.
func testConfig(t testing.TB) Config {
	return Config{
		StoreDir:    t.TempDir(),
		NakDelay:    5 * time.Millisecond,
		MaxNakDelay: 20 * time.Millisecond,
		Logger:      testLogger(),
	}
}

// openTest opens cfg and closes the queue at the end of the test.
func openTest(t testing.TB, cfg Config) *Queue {
	t.Helper()
	q, err := Open(t.Context(), cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := q.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return q
}

// consumer runs Consume in the background.
type consumer struct {
	cancel context.CancelFunc
	done   chan error
}

func startConsume(t testing.TB, q *Queue, s Stream, workers int, h Handler) *consumer {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	c := &consumer{cancel: cancel, done: make(chan error, 1)}
	go func() { c.done <- q.Consume(ctx, s, workers, h) }()
	t.Cleanup(func() { c.stop(t) })
	return c
}

// stop cancels Consume and checks that it returns nil. Safe to call twice.
func (c *consumer) stop(t testing.TB) {
	t.Helper()
	c.cancel()
	select {
	case err, ok := <-c.done:
		if ok && err != nil {
			t.Errorf("Consume returned %v, want nil", err)
		}
		if ok {
			close(c.done)
		}
	case <-time.After(guard):
		t.Fatalf("Consume did not return after cancel")
	}
}

// waitFor polls cond until it holds.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(guard)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// pending returns q.Pending or fails the test.
func pending(t testing.TB, q *Queue, s Stream) uint64 {
	t.Helper()
	n, err := q.Pending(context.Background(), s)
	if err != nil {
		t.Fatalf("Pending(%s): %v", s, err)
	}
	return n
}

func publish(t testing.TB, q *Queue, s Stream, id string, data []byte) {
	t.Helper()
	if err := q.Publish(context.Background(), s, id, data); err != nil {
		t.Fatalf("Publish(%s, %q): %v", s, id, err)
	}
}
