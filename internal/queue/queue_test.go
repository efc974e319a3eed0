package queue

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

func TestConfigValidation(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		cfg  Config
	}{
		{"no store dir and no url", Config{}},
		{"listen with external url", Config{URL: "nats://127.0.0.1:4222", ListenAddr: "127.0.0.1:-1"}},
		{"cert without key", Config{StoreDir: dir, CertFile: "c.pem"}},
		{"negative ack wait", Config{StoreDir: dir, AckWait: -time.Second}},
		{"negative max deliver", Config{StoreDir: dir, MaxDeliver: -1}},
		{"too many replicas", Config{StoreDir: dir, Replicas: 7}},
		{"replicas on the embedded server", Config{StoreDir: dir, Replicas: 3}},
		{"negative leader wait", Config{StoreDir: dir, LeaderWait: -time.Second}},
		{"negative min max payload", Config{URL: "nats://127.0.0.1:1", MinMaxPayload: -1}},
		{"non-loopback listener", Config{StoreDir: dir, ListenAddr: "0.0.0.0:4222"}},
		{"bad listener port", Config{StoreDir: dir, ListenAddr: "127.0.0.1:http"}},
		{"missing creds file", Config{URL: "nats://127.0.0.1:1", CredsFile: "/nonexistent/pw.creds"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Open(t.Context(), tt.cfg)
			if err == nil {
				q.Close()
				t.Fatal("Open succeeded, want error")
			}
			if !errors.Is(err, ErrConfig) {
				t.Errorf("Open error %v does not wrap ErrConfig", err)
			}
		})
	}
}

func TestConfigDefaults(t *testing.T) {
	cfg, err := Config{StoreDir: "unused"}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if cfg.AckWait != DefaultAckWait || cfg.MaxDeliver != DefaultMaxDeliver || cfg.Duplicates != DefaultDuplicates ||
		cfg.Replicas != 0 || cfg.MinMaxPayload != EmbeddedMaxPayload || cfg.StartWait != DefaultStartWait ||
		cfg.LeaderWait != DefaultLeaderWait || cfg.Logger == nil || cfg.Name == "" {
		t.Errorf("defaults not applied: %+v", cfg)
	}
}

func TestRoundTrip(t *testing.T) {
	q := openTest(t, testConfig(t))
	for _, s := range []Stream{Articles, Extractions} {
		t.Run(string(s), func(t *testing.T) {
			want := map[string]bool{}
			for i := range 5 {
				data := fmt.Sprintf("%s payload %d", s, i)
				want[data] = true
				publish(t, q, s, fmt.Sprintf("id-%d", i), []byte(data))
			}
			if n := pending(t, q, s); n != 5 {
				t.Fatalf("Pending = %d, want 5", n)
			}
			got := make(chan string, 10)
			c := startConsume(t, q, s, 2, func(ctx context.Context, data []byte) error {
				got <- string(data)
				return nil
			})
			for range 5 {
				select {
				case d := <-got:
					if !want[d] {
						t.Errorf("unexpected or repeated payload %q", d)
					}
					delete(want, d)
				case <-time.After(guard):
					t.Fatal("payloads not delivered")
				}
			}
			c.stop(t)
			if n := pending(t, q, s); n != 0 {
				t.Errorf("Pending after consume = %d, want 0", n)
			}
		})
	}
}

func TestDedupe(t *testing.T) {
	q := openTest(t, testConfig(t))
	tests := []struct {
		name        string
		ids         []string
		wantPending uint64
	}{
		{"same id twice", []string{"a", "a"}, 1},
		{"distinct ids", []string{"b", "c"}, 2},
		{"empty id never deduped", []string{"", ""}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := pending(t, q, Articles)
			for _, id := range tt.ids {
				publish(t, q, Articles, id, []byte("payload "+id))
			}
			if got := pending(t, q, Articles) - before; got != tt.wantPending {
				t.Errorf("stored %d messages, want %d", got, tt.wantPending)
			}
		})
	}
}

func TestUnknownStream(t *testing.T) {
	q := openTest(t, testConfig(t))
	ctx := t.Context()
	noop := func(context.Context, []byte) error { return nil }
	if err := q.Publish(ctx, Dead, "x", nil); !errors.Is(err, ErrUnknownStream) {
		t.Errorf("Publish(Dead) = %v, want ErrUnknownStream", err)
	}
	if err := q.Publish(ctx, Stream("PW_NOPE"), "x", nil); !errors.Is(err, ErrUnknownStream) {
		t.Errorf("Publish(PW_NOPE) = %v, want ErrUnknownStream", err)
	}
	if err := q.Consume(ctx, Dead, 1, noop); !errors.Is(err, ErrUnknownStream) {
		t.Errorf("Consume(Dead) = %v, want ErrUnknownStream", err)
	}
	if _, err := q.Pending(ctx, Stream("PW_NOPE")); !errors.Is(err, ErrUnknownStream) {
		t.Errorf("Pending(PW_NOPE) = %v, want ErrUnknownStream", err)
	}
}

func TestAckOnlyAfterSuccess(t *testing.T) {
	q := openTest(t, testConfig(t))
	publish(t, q, Articles, "flaky", []byte("flaky payload"))
	var calls atomic.Int32
	done := make(chan struct{})
	c := startConsume(t, q, Articles, 1, func(ctx context.Context, data []byte) error {
		if string(data) != "flaky payload" {
			t.Errorf("payload %q", data)
		}
		if calls.Add(1) == 1 {
			return errors.New("store unavailable")
		}
		close(done)
		return nil
	})
	select {
	case <-done:
	case <-time.After(guard):
		t.Fatal("message not redelivered after a transient failure")
	}
	c.stop(t)
	if n := calls.Load(); n != 2 {
		t.Errorf("handler called %d times, want 2", n)
	}
	if n := pending(t, q, Articles); n != 0 {
		t.Errorf("Pending = %d, want 0", n)
	}
	if n := pending(t, q, Dead); n != 0 {
		t.Errorf("dead letters = %d, want 0", n)
	}
}

func TestPermanentErrorDeadLetters(t *testing.T) {
	q := openTest(t, testConfig(t))
	publish(t, q, Extractions, "poison", []byte("poison payload"))
	publish(t, q, Extractions, "fine", []byte("fine payload"))
	var poisonCalls atomic.Int32
	fine := make(chan struct{})
	c := startConsume(t, q, Extractions, 1, func(ctx context.Context, data []byte) error {
		if string(data) == "poison payload" {
			poisonCalls.Add(1)
			return fmt.Errorf("decode: %w", Permanent(errors.New("bad json\nat line 1")))
		}
		close(fine)
		return nil
	})
	<-fine
	waitFor(t, "dead letter", func() bool { return pending(t, q, Dead) == 1 })
	waitFor(t, "empty work queue", func() bool { return pending(t, q, Extractions) == 0 })
	c.stop(t)
	if n := poisonCalls.Load(); n != 1 {
		t.Errorf("poison handler called %d times, want 1", n)
	}
	dls, err := q.DeadLetters(t.Context(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(dls) != 1 {
		t.Fatalf("DeadLetters = %d, want 1", len(dls))
	}
	dl := dls[0]
	if dl.Stream != Extractions || dl.MsgID != "poison" || dl.Deliveries != 1 ||
		string(dl.Data) != "poison payload" || dl.Reason != "decode: bad json at line 1" || dl.StreamSeq != 1 {
		t.Errorf("dead letter = %+v", dl)
	}
}

func TestMaxDeliverExhaustion(t *testing.T) {
	cfg := testConfig(t)
	cfg.MaxDeliver = 3
	q := openTest(t, cfg)
	publish(t, q, Articles, "doomed", []byte("doomed payload"))
	var calls atomic.Int32
	c := startConsume(t, q, Articles, 2, func(ctx context.Context, data []byte) error {
		return fmt.Errorf("attempt %d failed", calls.Add(1))
	})
	waitFor(t, "dead letter", func() bool { return pending(t, q, Dead) == 1 })
	waitFor(t, "empty work queue", func() bool { return pending(t, q, Articles) == 0 })
	c.stop(t)
	if n := calls.Load(); n != 3 {
		t.Errorf("handler called %d times, want MaxDeliver = 3", n)
	}
	dls, err := q.DeadLetters(t.Context(), 0)
	if err != nil || len(dls) != 1 {
		t.Fatalf("DeadLetters = %v, %v", dls, err)
	}
	if dls[0].Deliveries != 3 || !strings.Contains(dls[0].Reason, "attempt 3 failed") || dls[0].Stream != Articles {
		t.Errorf("dead letter = %+v", dls[0])
	}
}

func TestPanicDeadLetters(t *testing.T) {
	q := openTest(t, testConfig(t))
	publish(t, q, Articles, "p", []byte("x"))
	var calls atomic.Int32
	c := startConsume(t, q, Articles, 1, func(ctx context.Context, data []byte) error {
		calls.Add(1)
		panic("index out of range")
	})
	waitFor(t, "dead letter", func() bool { return pending(t, q, Dead) == 1 })
	c.stop(t)
	if n := calls.Load(); n != 1 {
		t.Errorf("handler called %d times, want 1", n)
	}
	dls, err := q.DeadLetters(t.Context(), 1)
	if err != nil || len(dls) != 1 || !strings.Contains(dls[0].Reason, "index out of range") {
		t.Errorf("DeadLetters = %+v, %v", dls, err)
	}
}

// TestUnsettledDeliveryDeadLettered simulates a worker that dies on every
// attempt: deliveries are fetched and never settled until the attempts are
// used up; the next delivery is dead-lettered without calling the handler.
func TestUnsettledDeliveryDeadLettered(t *testing.T) {
	cfg := testConfig(t)
	cfg.MaxDeliver = 2
	cfg.AckWait = 50 * time.Millisecond
	q := openTest(t, cfg)
	publish(t, q, Articles, "crasher", []byte("crasher payload"))
	cons, err := q.js.Consumer(t.Context(), string(Articles), durableName)
	if err != nil {
		t.Fatal(err)
	}
	for attempt := 1; attempt <= cfg.MaxDeliver; attempt++ {
		batch, err := cons.Fetch(1, jetstream.FetchMaxWait(guard))
		if err != nil {
			t.Fatal(err)
		}
		var got int
		for m := range batch.Messages() {
			md, _ := m.Metadata()
			if md.NumDelivered != uint64(attempt) {
				t.Errorf("delivery %d has NumDelivered %d", attempt, md.NumDelivered)
			}
			got++ // never acked: the worker "died"
		}
		if got != 1 {
			t.Fatalf("attempt %d fetched %d messages (err %v)", attempt, got, batch.Error())
		}
	}
	var calls atomic.Int32
	c := startConsume(t, q, Articles, 1, func(ctx context.Context, data []byte) error {
		calls.Add(1)
		return nil
	})
	waitFor(t, "dead letter", func() bool { return pending(t, q, Dead) == 1 })
	waitFor(t, "empty work queue", func() bool { return pending(t, q, Articles) == 0 })
	c.stop(t)
	if n := calls.Load(); n != 0 {
		t.Errorf("handler called %d times, want 0", n)
	}
	dls, err := q.DeadLetters(t.Context(), 1)
	if err != nil || len(dls) != 1 || dls[0].Deliveries != 3 || !strings.Contains(dls[0].Reason, "never acknowledged") {
		t.Errorf("DeadLetters = %+v, %v", dls, err)
	}
}

func TestRedrive(t *testing.T) {
	q := openTest(t, testConfig(t))
	publish(t, q, Articles, "r", []byte("redrive me"))
	var fixed atomic.Bool
	ok := make(chan string, 1)
	c := startConsume(t, q, Articles, 1, func(ctx context.Context, data []byte) error {
		if !fixed.Load() {
			return Permanent(errors.New("rule bug"))
		}
		ok <- string(data)
		return nil
	})
	waitFor(t, "dead letter", func() bool { return pending(t, q, Dead) == 1 })
	dls, err := q.DeadLetters(t.Context(), 1)
	if err != nil || len(dls) != 1 {
		t.Fatalf("DeadLetters = %v, %v", dls, err)
	}
	fixed.Store(true)
	if err := q.Redrive(t.Context(), dls[0].Seq); err != nil {
		t.Fatalf("Redrive: %v", err)
	}
	select {
	case d := <-ok:
		if d != "redrive me" {
			t.Errorf("redriven payload %q", d)
		}
	case <-time.After(guard):
		t.Fatal("redriven message not delivered")
	}
	c.stop(t)
	if n := pending(t, q, Dead); n != 0 {
		t.Errorf("dead letters after redrive = %d, want 0", n)
	}
	if err := q.Redrive(t.Context(), dls[0].Seq); err == nil {
		t.Error("second Redrive of the same dead letter succeeded")
	}
}

func TestManyWorkersExactlyOnce(t *testing.T) {
	q := openTest(t, testConfig(t))
	const total = 400
	for i := range total {
		publish(t, q, Articles, fmt.Sprintf("m%d", i), fmt.Appendf(nil, "m%d", i))
	}
	var mu sync.Mutex
	seen := map[string]int{}
	var handled atomic.Int32
	h := func(ctx context.Context, data []byte) error {
		mu.Lock()
		seen[string(data)]++
		mu.Unlock()
		handled.Add(1)
		return nil
	}
	// Two Consume calls stand for two processes sharing the stream.
	c1 := startConsume(t, q, Articles, 8, h)
	c2 := startConsume(t, q, Articles, 8, h)
	waitFor(t, "all messages handled", func() bool { return handled.Load() >= total })
	waitFor(t, "all messages acked", func() bool { return pending(t, q, Articles) == 0 })
	c1.stop(t)
	c2.stop(t)
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != total {
		t.Errorf("%d distinct messages handled, want %d", len(seen), total)
	}
	for d, n := range seen {
		if n != 1 {
			t.Errorf("%s handled %d times", d, n)
		}
	}
}

func TestRestartKeepsUnacked(t *testing.T) {
	cfg := testConfig(t)
	q, err := Open(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		publish(t, q, Articles, fmt.Sprintf("a%d", i), fmt.Appendf(nil, "article %d", i))
	}
	if err := q.State().Put(t.Context(), "https://example.org/feed", []byte("etag-1")); err != nil {
		t.Fatal(err)
	}
	// One message is taken and acked before the restart: it must not return.
	took, took2 := make(chan string, 1), make(chan string, 1)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		d := <-took
		cancel()
		took2 <- d
	}()
	var once sync.Once
	err = q.Consume(ctx, Articles, 1, func(ctx context.Context, data []byte) error {
		once.Do(func() { took <- string(data) })
		return nil
	})
	if err != nil {
		t.Fatalf("Consume: %v", err)
	}
	first := <-took2
	if err := q.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	q2 := openTest(t, cfg)
	// Consume may have taken more than one before it stopped; what
	// Pending reports must be exactly what is delivered after restart.
	left := pending(t, q2, Articles)
	if left == 0 || left > 2 {
		t.Fatalf("Pending after restart = %d, want 1 or 2", left)
	}
	got := make(chan string, 3)
	c := startConsume(t, q2, Articles, 1, func(ctx context.Context, data []byte) error {
		got <- string(data)
		return nil
	})
	waitFor(t, "restored messages consumed", func() bool { return pending(t, q2, Articles) == 0 })
	c.stop(t)
	close(got)
	var n uint64
	for d := range got {
		n++
		if d == first {
			t.Errorf("acked message %q delivered again after restart", d)
		}
	}
	if n != left {
		t.Errorf("delivered %d after restart, want %d", n, left)
	}
	v, err := q2.State().Get(t.Context(), "https://example.org/feed")
	if err != nil || string(v) != "etag-1" {
		t.Errorf("state after restart = %q, %v", v, err)
	}
}

func TestConsumeCancelLetsInFlightFinish(t *testing.T) {
	q := openTest(t, testConfig(t))
	publish(t, q, Articles, "slow", []byte("slow payload"))
	started := make(chan struct{})
	release := make(chan struct{})
	var ctxErrAfterCancel atomic.Value
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- q.Consume(ctx, Articles, 2, func(hctx context.Context, data []byte) error {
			close(started)
			<-release
			ctxErrAfterCancel.Store(fmt.Sprint(hctx.Err()))
			return nil
		})
	}()
	<-started
	cancel()
	select {
	case err := <-done:
		t.Fatalf("Consume returned %v while a handler was running", err)
	default:
	}
	close(release)
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Consume = %v, want nil", err)
		}
	case <-time.After(guard):
		t.Fatal("Consume did not return after cancel")
	}
	if got := ctxErrAfterCancel.Load(); got != "<nil>" {
		t.Errorf("handler context error after cancel = %v, want nil", got)
	}
	if n := pending(t, q, Articles); n != 0 {
		t.Errorf("in-flight message not acked: Pending = %d", n)
	}
}

func TestConsumeReturnsWhenIdleAndCancelled(t *testing.T) {
	q := openTest(t, testConfig(t))
	for _, workers := range []int{0, 1, 16} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			c := startConsume(t, q, Extractions, workers, func(context.Context, []byte) error { return nil })
			c.stop(t)
		})
	}
}

func TestConsumeAfterClose(t *testing.T) {
	q, err := Open(t.Context(), testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		close(started)
		done <- q.Consume(context.Background(), Articles, 1, func(context.Context, []byte) error { return nil })
	}()
	<-started
	if err := q.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil && !errors.Is(err, ErrClosed) {
			t.Errorf("Consume after Close = %v, want ErrClosed", err)
		}
		if err == nil {
			t.Error("Consume after Close returned nil")
		}
	case <-time.After(guard):
		t.Fatal("Consume did not return after Close")
	}
	if err := q.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}
}

func TestListenAddrSharesWithSecondProcess(t *testing.T) {
	cfg := testConfig(t)
	cfg.ListenAddr = "127.0.0.1:-1"
	q := openTest(t, cfg)
	url := q.ClientURL()
	if !strings.HasPrefix(url, "nats://127.0.0.1:") {
		t.Fatalf("ClientURL = %q", url)
	}
	other := openTest(t, Config{URL: url, Name: "other", Logger: testLogger()})
	publish(t, other, Articles, "x", []byte("from the other process"))
	got := make(chan string, 1)
	c := startConsume(t, q, Articles, 1, func(ctx context.Context, data []byte) error {
		got <- string(data)
		return nil
	})
	select {
	case d := <-got:
		if d != "from the other process" {
			t.Errorf("payload %q", d)
		}
	case <-time.After(guard):
		t.Fatal("message from the second connection not delivered")
	}
	c.stop(t)
}

func TestPermanent(t *testing.T) {
	base := errors.New("boom")
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"plain", base, false},
		{"permanent", Permanent(base), true},
		{"wrapped permanent", fmt.Errorf("ctx: %w", Permanent(base)), true},
		{"joined", errors.Join(base, Permanent(base)), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsPermanent(tt.err); got != tt.want {
				t.Errorf("IsPermanent = %v, want %v", got, tt.want)
			}
		})
	}
	if Permanent(nil) != nil {
		t.Error("Permanent(nil) != nil")
	}
	if !errors.Is(Permanent(base), base) {
		t.Error("Permanent does not unwrap")
	}
}

func TestNakDelayGrows(t *testing.T) {
	q := &Queue{cfg: Config{NakDelay: time.Second, MaxNakDelay: 10 * time.Second}}
	tests := []struct {
		n    int
		want time.Duration
	}{{1, time.Second}, {2, 2 * time.Second}, {3, 4 * time.Second}, {4, 8 * time.Second}, {5, 10 * time.Second}, {500, 10 * time.Second}}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			if got := q.nakDelay(tt.n); got != tt.want {
				t.Errorf("nakDelay(%d) = %s, want %s", tt.n, got, tt.want)
			}
		})
	}
}

func TestConsumerMaxDeliver(t *testing.T) {
	q := &Queue{cfg: Config{AckWait: 20 * time.Minute, MaxDeliver: 4}}
	cc := q.consumerConfig()
	if cc.MaxDeliver != 5 || cc.AckWait != 20*time.Minute || len(cc.BackOff) != 0 || cc.AckPolicy != jetstream.AckExplicitPolicy {
		t.Errorf("consumer config = %+v", cc)
	}
}

func TestOpenBadStoreDir(t *testing.T) {
	file := t.TempDir() + "/not-a-dir"
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(t)
	cfg.StoreDir = file
	q, err := Open(t.Context(), cfg)
	if err == nil {
		q.Close()
		t.Fatal("Open on a file as StoreDir succeeded")
	}
}

// TestLongHandlerNotRedelivered checks that progress acks keep a message
// that takes longer than AckWait from being redelivered to another worker.
func TestLongHandlerNotRedelivered(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for several AckWaits")
	}
	cfg := testConfig(t)
	cfg.AckWait = 2 * time.Second
	q := openTest(t, cfg)
	publish(t, q, Articles, "long", []byte("long job"))
	var calls atomic.Int32
	finished := make(chan struct{})
	c := startConsume(t, q, Articles, 4, func(ctx context.Context, data []byte) error {
		if calls.Add(1) == 1 {
			time.Sleep(3 * cfg.AckWait) // idle workers would get a redelivery without progress acks
			close(finished)
		}
		return nil
	})
	<-finished
	waitFor(t, "ack", func() bool { return pending(t, q, Articles) == 0 })
	c.stop(t)
	if n := calls.Load(); n != 1 {
		t.Errorf("handler called %d times, want 1", n)
	}
}

// TestLargeMessage checks that the embedded server takes messages well past
// nats-server's default 1 MiB payload limit (an extraction carries a whole
// article) and refuses, with an error, those past EmbeddedMaxPayload.
func TestLargeMessage(t *testing.T) {
	q := openTest(t, testConfig(t))
	big := bytes.Repeat([]byte("x"), 5<<20)
	publish(t, q, Extractions, "big", big)
	got := make(chan int, 1)
	c := startConsume(t, q, Extractions, 1, func(ctx context.Context, data []byte) error {
		got <- len(data)
		return nil
	})
	select {
	case n := <-got:
		if n != len(big) {
			t.Errorf("received %d bytes, want %d", n, len(big))
		}
	case <-time.After(guard):
		t.Fatal("large message not delivered")
	}
	c.stop(t)
	if err := q.Publish(context.Background(), Extractions, "too-big", bytes.Repeat([]byte("x"), EmbeddedMaxPayload+1)); err == nil {
		t.Error("a message past EmbeddedMaxPayload was accepted")
	}
}
