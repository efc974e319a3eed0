package queue

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// BatchHandler handles the payloads of a batch of messages and returns
// one outcome per payload, in order (see Consume for what each outcome
// does to its message).
type BatchHandler func(ctx context.Context, data [][]byte) []error

// ConsumeBatch is Consume with one worker that takes up to size messages at
// a time (what is waiting, without waiting for more) and hands them to h
// together, so that h can commit them in one transaction. Each message is
// settled after h returns, by its own outcome: acked (and the ack
// confirmed) on nil, so delivery stays at-least-once; h must be idempotent.
// A panic in h is recovered and the batch is handled again one message at
// a time, so that only the message that panics is dead-lettered.
// Cancellation and fatal errors are as for Consume.
func (q *Queue) ConsumeBatch(ctx context.Context, s Stream, size int, h BatchHandler) error {
	if !s.work() {
		return fmt.Errorf("%w: cannot consume %q", ErrUnknownStream, string(s))
	}
	if h == nil {
		return fmt.Errorf("queue: consume %s: nil handler", s)
	}
	size = min(max(size, 1), 1000)
	var cons jetstream.Consumer
	err := q.retry(ctx, -1, "consumer info", func(ctx context.Context) error {
		var err error
		cons, err = q.js.Consumer(ctx, string(s), durableName)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return q.fatal(s, err)
	}
	hctx := context.WithoutCancel(ctx)
	for ctx.Err() == nil {
		// Block for the first message, then take what else is waiting.
		msgs, err := q.fetch(ctx, s, cons, 1, false)
		if err != nil {
			return err
		}
		if len(msgs) > 0 && size > 1 && ctx.Err() == nil {
			more, err := q.fetch(ctx, s, cons, size-1, true)
			if err != nil {
				return err
			}
			msgs = append(msgs, more...)
		}
		if ctx.Err() != nil {
			for _, m := range msgs {
				q.log.Debug("queue: giving back message fetched during shutdown", "stream", s)
				q.nak(s, m, 0)
			}
			return nil
		}
		if len(msgs) > 0 {
			q.handleBatch(hctx, s, msgs, h)
		}
	}
	return nil
}

// fetch pulls up to n messages: waiting up to fetchWait for them, or
// (noWait) only those available now. Transient fetch errors are logged
// and give no messages; fatal ones are returned.
func (q *Queue) fetch(ctx context.Context, s Stream, cons jetstream.Consumer, n int, noWait bool) ([]jetstream.Msg, error) {
	var batch jetstream.MessageBatch
	var err error
	if noWait {
		batch, err = cons.FetchNoWait(n)
	} else {
		batch, err = cons.Fetch(n, jetstream.FetchMaxWait(fetchWait))
	}
	if err != nil {
		if ctx.Err() != nil && !q.isClosed() {
			return nil, nil
		}
		if q.isClosed() || !transient(err) {
			return nil, q.fatal(s, err)
		}
		q.log.Debug("queue: fetch failed, retrying", "stream", s, "err", err)
		select {
		case <-ctx.Done():
		case <-time.After(fetchWait):
		}
		return nil, nil
	}
	var msgs []jetstream.Msg
	for m := range batch.Messages() {
		msgs = append(msgs, m)
	}
	if err := batch.Error(); err != nil {
		if q.isClosed() || errors.Is(err, jetstream.ErrConsumerDeleted) || errors.Is(err, jetstream.ErrConsumerNotFound) {
			return msgs, q.fatal(s, err)
		}
		if !noWait {
			q.log.Warn("queue: fetch failed, retrying", "stream", s, "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(fetchWait):
			}
		}
	}
	return msgs, nil
}

// handleBatch runs h on msgs and settles each message by its outcome.
func (q *Queue) handleBatch(ctx context.Context, s Stream, msgs []jetstream.Msg, h BatchHandler) {
	type item struct {
		m  jetstream.Msg
		md *jetstream.MsgMetadata
		n  int
	}
	var items []item
	var data [][]byte
	for _, m := range msgs {
		md, n, ok := q.admit(s, m)
		if !ok {
			continue
		}
		items = append(items, item{m, md, n})
		data = append(data, m.Data())
	}
	if len(items) == 0 {
		return
	}
	stop := q.keepAlive(msgs...)
	errs, panicked := q.callBatch(ctx, s, h, data)
	if panicked {
		// Find the message that panics: one at a time.
		for i := range data {
			one, _ := q.callBatch(ctx, s, h, data[i:i+1])
			errs[i] = one[0]
		}
	}
	stop()
	// The acks are confirmed by the server: sent together, not one round
	// trip after the other.
	var wg sync.WaitGroup
	window := make(chan struct{}, ackWindow)
	for i, it := range items {
		if errs[i] != nil {
			q.settle(ctx, s, it.m, it.md, it.n, errs[i])
			continue
		}
		window <- struct{}{}
		wg.Go(func() {
			defer func() { <-window }()
			q.settle(ctx, s, it.m, it.md, it.n, nil)
		})
	}
	wg.Wait()
}

// ackWindow bounds the acks of a batch awaiting confirmation.
const ackWindow = 64

// callBatch runs h, turning a panic into a permanent error for every
// message (panicked reports it). A handler that returns the wrong number
// of outcomes fails every message transiently.
func (q *Queue) callBatch(ctx context.Context, s Stream, h BatchHandler, data [][]byte) (errs []error, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			q.log.Error("queue: handler panic", "stream", s, "panic", r, "stack", string(debug.Stack()))
			errs, panicked = make([]error, len(data)), true
			for i := range errs {
				errs[i] = Permanent(fmt.Errorf("queue: handler panic: %v", r))
			}
		}
	}()
	errs = h(ctx, data)
	if len(errs) != len(data) {
		err := fmt.Errorf("queue: batch handler returned %d outcomes for %d messages", len(errs), len(data))
		errs = make([]error, len(data))
		for i := range errs {
			errs[i] = err
		}
	}
	return errs, false
}
