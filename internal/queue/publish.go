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
