package queue

import (
	"context"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Publish stores data on the work-queue stream s (Articles or Extractions)
// and returns after the server has acknowledged storing it, so a nil error
// means the message is durable. msgID becomes the Nats-Msg-Id header: a
// second publish with the same msgID within Config.Duplicates is dropped
// by the server (and reported as success). An empty msgID disables
// dedupe. Publish blocks until the ack, ctx's end or the client's default
// timeout (5s) when ctx has no deadline. The caller keeps ownership of
// data.
func (q *Queue) Publish(ctx context.Context, s Stream, msgID string, data []byte) error {
	if !s.work() {
		return fmt.Errorf("%w: cannot publish to %q", ErrUnknownStream, string(s))
	}
	msg := &nats.Msg{Subject: s.subject(), Data: data, Header: nats.Header{}}
	if msgID != "" {
		msg.Header.Set(jetstream.MsgIDHeader, msgID)
	}
	ack, err := q.js.PublishMsg(ctx, msg, jetstream.WithExpectStream(string(s)))
	if err != nil {
		return fmt.Errorf("queue: publish %s %q: %w", s, msgID, err)
	}
	if ack.Duplicate {
		q.log.Debug("queue: duplicate dropped", "stream", s, "msg_id", msgID)
	}
	return nil
}
