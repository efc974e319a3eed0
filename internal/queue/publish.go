package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Publish stores data on the work-queue stream s (Articles or Extractions)
// and returns after the server has acknowledged storing it, so a nil error
// means the message is durable. msgID becomes the Nats-Msg-Id header: a
// second publish with the same msgID within Config.Duplicates is dropped
// by the server (and reported as success). An empty msgID disables
// dedupe. While the stream has no leader (a server of the cluster
// restarting) Publish retries for up to Config.LeaderWait; ctx bounds the
// whole. An error wrapping ErrStorageFull means JetStream's storage is
// full. The caller keeps ownership of data.
func (q *Queue) Publish(ctx context.Context, s Stream, msgID string, data []byte) error {
	if !s.work() {
		return fmt.Errorf("%w: cannot publish to %q", ErrUnknownStream, string(s))
	}
	msg := &nats.Msg{Subject: s.subject(), Data: data, Header: nats.Header{}}
	if msgID != "" {
		msg.Header.Set(jetstream.MsgIDHeader, msgID)
	}
	var ack *jetstream.PubAck
	err := q.retry(ctx, q.cfg.LeaderWait, "publish", func(ctx context.Context) error {
		var err error
		ack, err = q.js.PublishMsg(ctx, msg, jetstream.WithExpectStream(string(s)))
		return err
	})
	if err != nil {
		return fmt.Errorf("queue: publish %s %q: %w", s, msgID, q.noteStorageFull(err))
	}
	if ack.Duplicate {
		q.log.Debug("queue: duplicate dropped", "stream", s, "msg_id", msgID)
	}
	return nil
}

// Message is a payload for PublishBatch with its dedupe id (the msgID of
// Publish).
type Message struct {
	ID   string
	Data []byte
}

// publishWindow bounds the publishes of one PublishBatch waiting for the
// server's acknowledgement.
const publishWindow = 64

// PublishBatch stores msgs on the work-queue stream s as Publish does, but
// without waiting for the server's acknowledgement of one message before
// sending the next: up to publishWindow are in flight. It returns one
// outcome per message, in order; nil means that message is durable. A
// message whose publish failed for a transient reason (no stream leader,
// a reconnect, no acknowledgement within a time limit) is published again
// with Publish, which retries for up to Config.LeaderWait; resending is
// safe as long as the message has an ID (the server drops the duplicate).
// ctx bounds the whole. The caller keeps ownership of the payloads.
func (q *Queue) PublishBatch(ctx context.Context, s Stream, msgs []Message) []error {
	errs := make([]error, len(msgs))
	if !s.work() {
		for i := range errs {
			errs[i] = fmt.Errorf("%w: cannot publish to %q", ErrUnknownStream, string(s))
		}
		return errs
	}
	type inFlight struct {
		i   int
		ack jetstream.PubAckFuture
	}
	var window []inFlight
	// settle waits for the oldest publish in flight.
	settle := func() {
		f := window[0]
		window = window[1:]
		timeout := time.NewTimer(opTimeout)
		defer timeout.Stop()
		var err error
		select {
		case <-f.ack.Ok():
		case err = <-f.ack.Err():
		case <-timeout.C:
			err = nats.ErrTimeout
		case <-ctx.Done():
			err = ctx.Err()
		}
		errs[f.i] = q.settlePublish(ctx, s, msgs[f.i], err)
	}
	for i, m := range msgs {
		if ctx.Err() != nil {
			errs[i] = fmt.Errorf("queue: publish %s %q: %w", s, m.ID, ctx.Err())
			continue
		}
		msg := &nats.Msg{Subject: s.subject(), Data: m.Data, Header: nats.Header{}}
		if m.ID != "" {
			msg.Header.Set(jetstream.MsgIDHeader, m.ID)
		}
		ack, err := q.js.PublishMsgAsync(msg, jetstream.WithExpectStream(string(s)))
		if err != nil {
			errs[i] = q.settlePublish(ctx, s, m, err)
			continue
		}
		window = append(window, inFlight{i, ack})
		if len(window) >= publishWindow {
			settle()
		}
	}
	for len(window) > 0 {
		settle()
	}
	return errs
}

// settlePublish turns the outcome err of an asynchronous publish of m into
// PublishBatch's: nil stays nil, a transient failure is retried with
// Publish, others are wrapped (as ErrStorageFull when storage is full).
func (q *Queue) settlePublish(ctx context.Context, s Stream, m Message, err error) error {
	switch {
	case err == nil:
		return nil
	case (transient(err) || errors.Is(err, jetstream.ErrAsyncPublishTimeout) || errors.Is(err, jetstream.ErrTooManyStalledMsgs)) && ctx.Err() == nil:
		q.log.Debug("queue: asynchronous publish failed, publishing again", "stream", s, "msg_id", m.ID, "err", err)
		return q.Publish(ctx, s, m.ID, m.Data)
	default:
		return fmt.Errorf("queue: publish %s %q: %w", s, m.ID, q.noteStorageFull(err))
	}
}
