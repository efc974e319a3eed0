package queue

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestConsumeBatch publishes messages, then consumes them in batches
// whose handler fails some: each message is settled by its own outcome.
func TestConsumeBatch(t *testing.T) {
	q := openTest(t, testConfig(t))
	const n = 40
	for i := range n {
		publish(t, q, Extractions, fmt.Sprintf("m%d", i), fmt.Appendf(nil, "m%d", i))
	}
	publish(t, q, Extractions, "poison", []byte("poison"))
	publish(t, q, Extractions, "flaky", []byte("flaky"))
	publish(t, q, Extractions, "panic", []byte("panic"))

	var mu sync.Mutex
	handled := map[string]int{}
	var batches, biggest int
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- q.ConsumeBatch(ctx, Extractions, 16, func(ctx context.Context, data [][]byte) []error {
			mu.Lock()
			defer mu.Unlock()
			batches++
			biggest = max(biggest, len(data))
			errs := make([]error, len(data))
			for _, d := range data {
				if string(d) == "panic" {
					panic("boom")
				}
			}
			for i, d := range data {
				handled[string(d)]++
				switch string(d) {
				case "poison":
					errs[i] = Permanent(errors.New("bad payload"))
				case "flaky":
					if handled["flaky"] == 1 {
						errs[i] = errors.New("store busy")
					}
				}
			}
			return errs
		})
	}()
	waitFor(t, "empty work queue", func() bool { return pending(t, q, Extractions) == 0 })
	waitFor(t, "dead letters", func() bool { return pending(t, q, Dead) == 2 })
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("ConsumeBatch = %v", err)
		}
	case <-time.After(guard):
		t.Fatal("ConsumeBatch did not return after cancel")
	}
	mu.Lock()
	defer mu.Unlock()
	for i := range n {
		if c := handled[fmt.Sprintf("m%d", i)]; c != 1 {
			t.Errorf("m%d handled %d times, want 1", i, c)
		}
	}
	if handled["flaky"] != 2 || handled["poison"] != 1 {
		t.Errorf("flaky handled %d times (want 2), poison %d (want 1)", handled["flaky"], handled["poison"])
	}
	if biggest < 2 || biggest > 16 {
		t.Errorf("largest batch %d, want 2…16", biggest)
	}
	dls, err := q.DeadLetters(t.Context(), 10)
	if err != nil {
		t.Fatal(err)
	}
	var reasons []string
	for _, dl := range dls {
		reasons = append(reasons, dl.MsgID+": "+dl.Reason)
	}
	got := strings.Join(reasons, "; ")
	if !strings.Contains(got, "poison: bad payload") || !strings.Contains(got, "panic: queue: handler panic: boom") {
		t.Errorf("dead letters: %s", got)
	}
}

func TestConsumeBatchWrongOutcomes(t *testing.T) {
	q := openTest(t, testConfig(t))
	publish(t, q, Articles, "a", []byte("a"))
	calls := make(chan int, 10)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- q.ConsumeBatch(ctx, Articles, 8, func(ctx context.Context, data [][]byte) []error {
			calls <- len(data)
			if len(calls) == 1 {
				return nil // wrong count: the message must be retried
			}
			return make([]error, len(data))
		})
	}()
	waitFor(t, "empty work queue", func() bool { return pending(t, q, Articles) == 0 })
	cancel()
	<-done
	if len(calls) != 2 {
		t.Errorf("handler called %d times, want 2 (retry after a wrong outcome count)", len(calls))
	}
	if err := q.ConsumeBatch(t.Context(), Dead, 8, nil); !errors.Is(err, ErrUnknownStream) {
		t.Errorf("ConsumeBatch(Dead) = %v, want ErrUnknownStream", err)
	}
}
