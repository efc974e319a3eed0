package queue

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/nats-io/nats-server/v2/server"
)

// TestPublishBatch publishes batches on an embedded server: every message
// is stored once (duplicate ids are dropped, inside a batch and across
// batches), in order, more messages than the window included; a stream
// that is not a work queue and a cancelled context fail every message.
func TestPublishBatch(t *testing.T) {
	msgs := func(ids ...string) []Message {
		var out []Message
		for _, id := range ids {
			out = append(out, Message{ID: id, Data: []byte("payload " + id)})
		}
		return out
	}
	var many []string
	for i := range 3*publishWindow + 5 {
		many = append(many, fmt.Sprintf("m%d", i))
	}
	for _, tc := range []struct {
		name        string
		stream      Stream
		before      []string // published first with Publish
		batch       []Message
		cancelled   bool
		wantErr     error // for every message; nil: every outcome nil
		wantPending uint64
	}{
		{name: "one", stream: Articles, batch: msgs("a"), wantPending: 1},
		{name: "more than the window", stream: Extractions, batch: msgs(many...), wantPending: uint64(len(many))},
		{name: "duplicates dropped", stream: Articles, before: []string{"a"}, batch: msgs("a", "b", "b", "c"), wantPending: 3},
		{name: "no id: no dedupe", stream: Articles, batch: msgs("", ""), wantPending: 2},
		{name: "empty batch", stream: Articles, batch: nil, wantPending: 0},
		{name: "not a work queue", stream: Dead, batch: msgs("a", "b"), wantErr: ErrUnknownStream},
		{name: "cancelled", stream: Articles, batch: msgs("a", "b"), cancelled: true, wantErr: context.Canceled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := openTest(t, testConfig(t))
			for _, id := range tc.before {
				publish(t, q, tc.stream, id, []byte("payload "+id))
			}
			ctx, cancel := context.WithCancel(t.Context())
			if tc.cancelled {
				cancel()
			}
			defer cancel()
			errs := q.PublishBatch(ctx, tc.stream, tc.batch)
			if len(errs) != len(tc.batch) {
				t.Fatalf("%d outcomes for %d messages", len(errs), len(tc.batch))
			}
			for i, err := range errs {
				if tc.wantErr == nil && err != nil || tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
					t.Errorf("message %d (%q): %v, want %v", i, tc.batch[i].ID, err, tc.wantErr)
				}
			}
			if tc.wantErr != nil {
				return
			}
			if n := pending(t, q, tc.stream); n != tc.wantPending {
				t.Errorf("Pending = %d, want %d", n, tc.wantPending)
			}
			// Stored in order: consume and compare with the first
			// occurrence of each id.
			var want []string
			seen := map[string]bool{}
			for _, id := range tc.before {
				seen[id] = true
				want = append(want, "payload "+id)
			}
			for _, m := range tc.batch {
				if m.ID == "" || !seen[m.ID] {
					seen[m.ID] = true
					want = append(want, string(m.Data))
				}
			}
			got := make(chan string, len(want))
			c := startConsume(t, q, tc.stream, 1, func(_ context.Context, data []byte) error {
				got <- string(data)
				return nil
			})
			waitFor(t, "every message consumed", func() bool { return len(got) == len(want) })
			c.stop(t)
			close(got)
			var order []string
			for s := range got {
				order = append(order, s)
			}
			if strings.Join(order, "|") != strings.Join(want, "|") {
				t.Errorf("consumed %v, want %v", order, want)
			}
		})
	}
}

// TestPublishBatchStorageFull fills a server's JetStream storage with
// one batch: the messages stored before the limit succeed, the others
// fail with ErrStorageFull, which StorageFull counts.
func TestPublishBatchStorageFull(t *testing.T) {
	srv := startTestServer(t, &server.Options{StoreDir: t.TempDir(), JetStreamMaxStore: 256 << 10})
	q := openTest(t, Config{URL: srv.ClientURL(), Logger: testLogger()})
	data := make([]byte, 32<<10)
	var batch []Message
	for i := range 16 {
		batch = append(batch, Message{ID: fmt.Sprintf("m%d", i), Data: data})
	}
	errs := q.PublishBatch(t.Context(), Articles, batch)
	var stored, full uint64
	for i, err := range errs {
		switch {
		case err == nil:
			stored++
		case errors.Is(err, ErrStorageFull):
			full++
		default:
			t.Errorf("message %d: %v, want nil or ErrStorageFull", i, err)
		}
	}
	if stored == 0 || full == 0 {
		t.Errorf("%d stored and %d refused, want some of each", stored, full)
	}
	if n := pending(t, q, Articles); n != stored {
		t.Errorf("Pending = %d, want the %d messages whose outcome was nil", n, stored)
	}
	if n, last := q.StorageFull(); n != int64(full) || !errors.Is(last, ErrStorageFull) {
		t.Errorf("StorageFull() = %d, %v; want %d and ErrStorageFull", n, last, full)
	}
}

// TestPublishBatchLeaderLoss publishes a batch right after the leader of
// the stream's 3 replicas stopped: the publishes that fail while a new
// leader is elected are published again, and every message is stored.
func TestPublishBatchLeaderLoss(t *testing.T) {
	srvs := startCluster(t, 3)
	var urls []string
	for _, s := range srvs {
		urls = append(urls, s.ClientURL())
	}
	q := openTest(t, Config{URL: strings.Join(urls, ","), Logger: testLogger()})
	ctx := t.Context()
	st, err := q.js.Stream(ctx, string(Extractions))
	if err != nil {
		t.Fatal(err)
	}
	leader := st.CachedInfo().Cluster.Leader
	for _, s := range srvs {
		if s.Name() == leader {
			s.Shutdown()
		}
	}
	var batch []Message
	for i := range 20 {
		batch = append(batch, Message{ID: fmt.Sprintf("x%d", i), Data: []byte("after")})
	}
	for i, err := range q.PublishBatch(ctx, Extractions, batch) {
		if err != nil {
			t.Errorf("message %d: %v", i, err)
		}
	}
	if n := pending(t, q, Extractions); n != 20 {
		t.Errorf("Pending = %d after leader loss, want 20", n)
	}
}
