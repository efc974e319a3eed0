package queue

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// TestIntegrationExternalServer runs a separate nats-server (in this
// process, listening on a random loopback TCP port) and uses it through
// Config.URL, the path of a multi-machine deployment.
func TestIntegrationExternalServer(t *testing.T) {
	srv, err := server.NewServer(&server.Options{
		Host:       "127.0.0.1",
		Port:       -1,
		JetStream:  true,
		StoreDir:   t.TempDir(),
		NoLog:      true,
		NoSigs:     true,
		MaxPayload: EmbeddedMaxPayload,
	})
	if err != nil {
		t.Fatal(err)
	}
	srv.Start()
	t.Cleanup(func() {
		srv.Shutdown()
		srv.WaitForShutdown()
	})
	if !srv.ReadyForConnections(guard) {
		t.Fatal("external server not ready")
	}
	cfg := Config{
		URL:      srv.ClientURL(),
		Name:     "pw-test",
		NakDelay: 5 * time.Millisecond,
		Logger:   testLogger(),
	}
	producer := openTest(t, cfg)
	worker := openTest(t, cfg) // Open is idempotent: streams exist already
	if producer.ClientURL() != srv.ClientURL() {
		t.Errorf("ClientURL = %q, want %q", producer.ClientURL(), srv.ClientURL())
	}

	publish(t, producer, Articles, "a1", []byte("article one"))
	publish(t, producer, Articles, "a1", []byte("article one again"))
	publish(t, producer, Articles, "a2", []byte("article two"))
	if n := pending(t, worker, Articles); n != 2 {
		t.Fatalf("Pending = %d, want 2 (dedupe)", n)
	}
	got := make(chan string, 4)
	failed := false
	c := startConsume(t, worker, Articles, 2, func(ctx context.Context, data []byte) error {
		if string(data) == "article two" && !failed {
			failed = true // one worker at a time sees this message
			return Permanent(errFixture)
		}
		got <- string(data)
		return nil
	})
	select {
	case d := <-got:
		if d != "article one" {
			t.Errorf("payload %q", d)
		}
	case <-time.After(guard):
		t.Fatal("message not delivered through the external server")
	}
	waitFor(t, "dead letter", func() bool { return pending(t, producer, Dead) == 1 })
	waitFor(t, "empty work queue", func() bool { return pending(t, producer, Articles) == 0 })
	c.stop(t)

	if err := producer.State().Put(t.Context(), "seen:https://example.org/x", []byte("1")); err != nil {
		t.Fatal(err)
	}
	if v, err := worker.State().Get(t.Context(), "seen:https://example.org/x"); err != nil || string(v) != "1" {
		t.Errorf("state shared across connections: %q, %v", v, err)
	}
}
