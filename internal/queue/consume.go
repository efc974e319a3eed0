package queue

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Handler processes one message. data is the payload as published; the
// handler owns it. A nil error acks the message; an error marked with
// Permanent dead-letters it at once; any other error is transient and the
// message is redelivered later (dead-lettered once Config.MaxDeliver
// attempts have failed). Delivery is at-least-once: a handler must be
// idempotent, as it may see the same payload again after a crash, a lost
// ack or an expired AckWait.
type Handler func(ctx context.Context, data []byte) error

// permanentError marks an error that retrying cannot fix.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// Permanent marks err as permanent: a Handler returning it (or an error
// wrapping it) has its message dead-lettered without retry. Permanent(nil)
// is nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &permanentError{err: err}
}

// IsPermanent reports whether err or an error it wraps was marked with
// Permanent.
func IsPermanent(err error) bool {
	var p *permanentError
	return errors.As(err, &p)
}

// Consume runs workers goroutines (at least one) that take messages of the
// work-queue stream s from its durable pull consumer and call h for each,
// concurrently. Several Consume calls, in this or other processes, share
// the stream's messages: each message goes to one of them at a time.
// Each worker pulls one message at a time, so no message waits in a
// client-side buffer while its AckWait runs.
//
// Consume blocks until ctx is cancelled or a fatal error occurs (the
// consumer was deleted; the connection was closed: ErrClosed). On
// cancellation it stops fetching: the pull requests in flight (which last
// at most a second) are let run out and what they bring is handed back to
// the server for immediate redelivery; the running handlers finish and
// settle their messages; then Consume returns nil.
//
// h receives a context carrying ctx's values that is NOT cancelled with
// ctx, so that in-flight work completes; a handler that may run long
// should bound itself. While h runs, the message's AckWait is extended
// with progress acks. Outcomes:
//
//   - nil: the message is acked and Consume waits for the server to
//     confirm (so an acked message is not redelivered);
//   - Permanent(err): the payload is copied to Dead with its origin stream,
//     the reason and the delivery count as headers, then terminated;
//   - another error: the message is redelivered after a delay that grows
//     with the delivery count (Config.NakDelay doubling up to
//     Config.MaxNakDelay); on delivery Config.MaxDeliver it is
//     dead-lettered instead;
//   - a panic in h: recovered, logged with its stack and treated as
//     Permanent.
func (q *Queue) Consume(ctx context.Context, s Stream, workers int, h Handler) error {
	if !s.work() {
		return fmt.Errorf("%w: cannot consume %q", ErrUnknownStream, string(s))
	}
	if h == nil {
		return fmt.Errorf("queue: consume %s: nil handler", s)
	}
	workers = max(workers, 1)
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
	errs := make(chan error, workers)
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			if err := q.work(wctx, hctx, s, cons, h); err != nil {
				errs <- err
				stop() // one fatal error ends every worker
			}
		})
	}
	wg.Wait()
	close(errs)
	return <-errs // the first fatal error, or nil
}

// fetchWait is how long one pull request waits for a message; it bounds
// how long Consume takes to notice a cancellation.
const fetchWait = time.Second

// work is one worker: it pulls one message at a time (so that no message
// waits in a client buffer while its AckWait runs) and handles it, until
// ctx ends (nil) or a fatal error.
func (q *Queue) work(ctx, hctx context.Context, s Stream, cons jetstream.Consumer, h Handler) error {
	for ctx.Err() == nil {
		// No FetchContext: a cancelled fetch could drop a message the
		// server has already sent (it would wait AckWait). The request
		// runs out within fetchWait instead.
		batch, err := cons.Fetch(1, jetstream.FetchMaxWait(fetchWait))
		if err != nil {
			if ctx.Err() != nil && !q.isClosed() {
				return nil
			}
			if q.isClosed() || !transient(err) {
				return q.fatal(s, err)
			}
			q.log.Debug("queue: fetch failed, retrying", "stream", s, "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(fetchWait):
			}
			continue
		}
		for m := range batch.Messages() {
			if ctx.Err() != nil {
				q.log.Debug("queue: giving back message fetched during shutdown", "stream", s)
				q.nak(s, m, 0)
				continue
			}
			q.handle(hctx, s, m, h)
		}
		if err := batch.Error(); err != nil {
			if q.isClosed() || errors.Is(err, jetstream.ErrConsumerDeleted) || errors.Is(err, jetstream.ErrConsumerNotFound) {
				return q.fatal(s, err)
			}
			q.log.Warn("queue: fetch failed, retrying", "stream", s, "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(fetchWait):
			}
		}
	}
	return nil
}

// fatal wraps an error that ends Consume.
func (q *Queue) fatal(s Stream, err error) error {
	if q.isClosed() {
		return fmt.Errorf("queue: consume %s: %w: %w", s, ErrClosed, err)
	}
	return fmt.Errorf("queue: consume %s: %w", s, err)
}

// handle runs h on m and settles m by the outcome.
func (q *Queue) handle(ctx context.Context, s Stream, m jetstream.Msg, h Handler) {
	md, n, ok := q.admit(s, m)
	if !ok {
		return
	}
	stop := q.keepAlive(m)
	err := q.call(withAttempt(ctx, n, q.cfg.MaxDeliver), s, h, m.Data())
	stop()
	q.settle(ctx, s, m, md, n, err)
}

// admit reads m's delivery metadata and returns its delivery number. A
// message without metadata is nakked and one past MaxDeliver (its last
// attempt was never acknowledged) dead-lettered; ok is false for both.
func (q *Queue) admit(s Stream, m jetstream.Msg) (md *jetstream.MsgMetadata, n int, ok bool) {
	md, err := m.Metadata()
	if err != nil {
		q.log.Error("queue: message without metadata", "stream", s, "err", err)
		q.nak(s, m, q.cfg.NakDelay)
		return nil, 0, false
	}
	n = int(min(md.NumDelivered, uint64(q.cfg.MaxDeliver+1)))
	if n > q.cfg.MaxDeliver {
		q.deadLetter(s, m, md, n, "delivery attempts exhausted: the last attempt was never acknowledged")
		return nil, 0, false
	}
	return md, n, true
}

// settle acks, retries or dead-letters m, delivery n, by the handler's
// outcome err.
func (q *Queue) settle(ctx context.Context, s Stream, m jetstream.Msg, md *jetstream.MsgMetadata, n int, err error) {
	switch {
	case err == nil:
		actx, cancel := context.WithTimeout(ctx, opTimeout)
		defer cancel()
		if err := m.DoubleAck(actx); err != nil {
			q.log.Warn("queue: ack failed, message will be redelivered", "stream", s, "seq", md.Sequence.Stream, "err", err)
		}
	case errors.Is(err, ErrStorageFull) || storageFull(err):
		// Not the message's fault: retry without dead-lettering.
		if !errors.Is(err, ErrStorageFull) {
			_ = q.noteStorageFull(err) // counted by Publish otherwise
		}
		delay := q.nakDelay(n)
		q.log.Warn("queue: storage full, will retry", "stream", s, "seq", md.Sequence.Stream, "retry_in", delay, "err", err)
		q.nak(s, m, delay)
	case IsPermanent(err):
		q.deadLetter(s, m, md, n, err.Error())
	case n >= q.cfg.MaxDeliver:
		q.deadLetter(s, m, md, n, fmt.Sprintf("failed %d deliveries, last error: %v", n, err))
	default:
		delay := q.nakDelay(n)
		q.log.Info("queue: handler failed, will retry", "stream", s, "seq", md.Sequence.Stream,
			"delivery", n, "retry_in", delay, "err", err)
		q.nak(s, m, delay)
	}
}

// call runs h, turning a panic into a permanent error.
func (q *Queue) call(ctx context.Context, s Stream, h Handler, data []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			q.log.Error("queue: handler panic", "stream", s, "panic", r, "stack", string(debug.Stack()))
			err = Permanent(fmt.Errorf("queue: handler panic: %v", r))
		}
	}()
	return h(ctx, data)
}

// keepAlive sends progress acks for msgs every AckWait/2 until the
// returned function is called (which waits for the sender to stop).
func (q *Queue) keepAlive(msgs ...jetstream.Msg) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(max(q.cfg.AckWait/2, time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				for _, m := range msgs {
					if err := m.InProgress(); err != nil {
						q.log.Debug("queue: progress ack failed", "err", err)
					}
				}
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}

// nakDelay is the redelivery delay after a transient failure of delivery n.
func (q *Queue) nakDelay(n int) time.Duration {
	d := q.cfg.NakDelay
	for i := 1; i < n && d < q.cfg.MaxNakDelay; i++ {
		d *= 2
	}
	return min(d, q.cfg.MaxNakDelay)
}

// nak asks for redelivery after delay (0: now).
func (q *Queue) nak(s Stream, m jetstream.Msg, delay time.Duration) {
	var err error
	if delay > 0 {
		err = m.NakWithDelay(delay)
	} else {
		err = m.Nak()
	}
	if err != nil {
		q.log.Warn("queue: nak failed, message will be redelivered after AckWait", "stream", s, "err", err)
	}
}

// Headers of a dead letter.
const (
	hdrStream     = "Pw-Stream"
	hdrStreamSeq  = "Pw-Stream-Seq"
	hdrMsgID      = "Pw-Msg-Id"
	hdrReason     = "Pw-Reason"
	hdrDeliveries = "Pw-Deliveries"
	// maxReason bounds the reason header (error texts may quote payloads).
	maxReason = 1024
)

// deadLetter copies m to Dead with the reason, then terminates m. If the
// copy fails, m is nak'ed instead so that it is not lost.
func (q *Queue) deadLetter(s Stream, m jetstream.Msg, md *jetstream.MsgMetadata, n int, reason string) {
	reason = headerValue(reason, maxReason)
	seq := strconv.FormatUint(md.Sequence.Stream, 10)
	hdr := nats.Header{}
	hdr.Set(hdrStream, string(s))
	hdr.Set(hdrStreamSeq, seq)
	hdr.Set(hdrReason, reason)
	hdr.Set(hdrDeliveries, strconv.Itoa(n))
	hdr.Set(hdrSubject, m.Subject())
	if id := m.Headers().Get(jetstream.MsgIDHeader); id != "" {
		hdr.Set(hdrMsgID, headerValue(id, maxReason))
	}
	// Dedupe: a message dead-lettered twice (lost Term) is stored once.
	hdr.Set(jetstream.MsgIDHeader, string(s)+":"+seq)
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	_, err := q.js.PublishMsg(ctx, &nats.Msg{Subject: s.deadSubject(), Header: hdr, Data: m.Data()},
		jetstream.WithExpectStream(string(Dead)))
	if err != nil {
		q.log.Error("queue: dead-letter failed, will retry", "stream", s, "seq", md.Sequence.Stream, "err", err)
		q.nak(s, m, q.cfg.NakDelay)
		return
	}
	q.log.Warn("queue: dead-lettered", "stream", s, "seq", md.Sequence.Stream, "deliveries", n, "reason", reason)
	if err := m.TermWithReason(headerValue(reason, 256)); err != nil {
		q.log.Warn("queue: term failed, message will be redelivered", "stream", s, "seq", md.Sequence.Stream, "err", err)
	}
}
