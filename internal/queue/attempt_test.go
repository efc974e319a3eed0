package queue

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TestFinalAttempt fails a message transiently on every delivery: only
// the handler of the last delivery before dead-lettering sees
// FinalAttempt.
func TestFinalAttempt(t *testing.T) {
	if FinalAttempt(context.Background()) {
		t.Error("FinalAttempt outside a handler")
	}
	for _, maxDeliver := range []int{1, 3} {
		q, err := Open(t.Context(), Config{StoreDir: filepath.Join(t.TempDir(), "nats"), MaxDeliver: maxDeliver,
			NakDelay: 10 * time.Millisecond, MaxNakDelay: 10 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if err := q.Publish(t.Context(), Articles, "m", []byte("x")); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		var mu sync.Mutex
		var seen []bool
		done := make(chan error, 1)
		go func() {
			done <- q.Consume(ctx, Articles, 1, func(hctx context.Context, _ []byte) error {
				mu.Lock()
				defer mu.Unlock()
				seen = append(seen, FinalAttempt(hctx))
				if len(seen) == maxDeliver {
					cancel()
				}
				return errors.New("try again")
			})
		}()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		for i, final := range seen {
			if want := i == maxDeliver-1; final != want {
				t.Errorf("MaxDeliver %d: delivery %d: FinalAttempt = %v, want %v", maxDeliver, i+1, final, want)
			}
		}
		if len(seen) != maxDeliver {
			t.Errorf("MaxDeliver %d: %d deliveries", maxDeliver, len(seen))
		}
		q.Close()
	}
}
