package queue

import (
	"context"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
)

// setup creates or updates the streams, consumers and KV bucket, retrying
// while JetStream is unavailable (see Config.StartWait).
func (q *Queue) setup(ctx context.Context) error {
	for _, sc := range q.streamConfigs() {
		err := q.retry(ctx, q.cfg.StartWait, "create stream", func(ctx context.Context) error {
			_, err := q.js.CreateOrUpdateStream(ctx, sc)
			return err
		})
		if err != nil {
			return fmt.Errorf("queue: stream %s: %w", sc.Name, q.replicaHint(err))
		}
	}
	for _, s := range []Stream{Articles, Extractions, CrawlRuns} {
		err := q.retry(ctx, q.cfg.StartWait, "create consumer", func(ctx context.Context) error {
			_, err := q.js.CreateOrUpdateConsumer(ctx, string(s), q.consumerConfig())
			return err
		})
		if err != nil {
			return fmt.Errorf("queue: consumer %s/%s: %w", s, durableName, err)
		}
	}
	var kv jetstream.KeyValue
	err := q.retry(ctx, q.cfg.StartWait, "create kv", func(ctx context.Context) error {
		var err error
		kv, err = q.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
			Bucket:      StateBucket,
			Description: "pledgewatch crawl state (seen URLs, ETags)",
			History:     1,
			Storage:     jetstream.FileStorage,
			Replicas:    q.replicas,
		})
		return err
	})
	if err != nil {
		return fmt.Errorf("queue: kv %s: %w", StateBucket, q.replicaHint(err))
	}
	q.kv = &KV{kv: kv, q: q}
	err = q.retry(ctx, q.cfg.StartWait, "create kv", func(ctx context.Context) error {
		var err error
		kv, err = q.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
			Bucket:      RunsBucket,
			Description: "pledgewatch progress of crawl runs shared by crawler processes",
			History:     1,
			TTL:         RunsTTL,
			Storage:     jetstream.FileStorage,
			Replicas:    q.replicas,
		})
		return err
	})
	if err != nil {
		return fmt.Errorf("queue: kv %s: %w", RunsBucket, q.replicaHint(err))
	}
	q.runs = &KV{kv: kv, q: q}
	return nil
}

func (q *Queue) streamConfigs() []jetstream.StreamConfig {
	work := func(s Stream, desc string) jetstream.StreamConfig {
		return jetstream.StreamConfig{
			Name:        string(s),
			Description: desc,
			Subjects:    []string{s.subject()},
			Retention:   jetstream.WorkQueuePolicy,
			Storage:     jetstream.FileStorage,
			Replicas:    q.replicas,
			Duplicates:  q.cfg.Duplicates,
		}
	}
	return []jetstream.StreamConfig{
		work(Articles, "pledgewatch crawled articles awaiting extraction"),
		work(Extractions, "pledgewatch extractions awaiting the store"),
		q.crawlRunsConfig(work(CrawlRuns, "pledgewatch scheduled crawl runs awaiting a crawler")),
		q.crawlPagesConfig(work(CrawlPages, "pledgewatch page jobs of crawl runs, one subject per host shard")),
		{
			Name:        string(Dead),
			Description: "pledgewatch dead letters: payloads whose handler failed for good",
			Subjects:    []string{deadPrefix + ">"},
			Retention:   jetstream.LimitsPolicy,
			Storage:     jetstream.FileStorage,
			Replicas:    q.replicas,
			Duplicates:  q.cfg.Duplicates,
			MaxAge:      q.cfg.DeadMaxAge,
		},
	}
}

// consumerConfig is the durable pull consumer of a work-queue stream. The
// server's MaxDeliver is one more than Config.MaxDeliver so that a message
// whose last handler attempt was lost (process killed, AckWait expired)
// is delivered once more and dead-lettered instead of being stranded.
//
// The consumer has no server-side BackOff: the server offsets a NAK delay
// by BackOff[n]-AckWait, which would turn short retry delays into long
// ones. Retries back off through Consume's growing NAK delays instead.
func (q *Queue) consumerConfig() jetstream.ConsumerConfig {
	return jetstream.ConsumerConfig{
		Durable:       durableName,
		Description:   "pledgewatch workers",
		DeliverPolicy: jetstream.DeliverAllPolicy,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		MaxDeliver:    q.cfg.MaxDeliver + 1,
		ReplayPolicy:  jetstream.ReplayInstantPolicy,
		Replicas:      q.replicas,
	}
}
