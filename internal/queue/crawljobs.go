package queue

import (
	"context"
	"fmt"
	"hash/fnv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Crawl work shared by crawler processes.
//
// Scheduled runs go to the work-queue stream CrawlRuns with a Nats-Msg-Id
// naming the source and the slot, so that every scheduler can publish the
// same run and the server keeps one (within CrawlRunDuplicates). Crawlers
// take them through the durable consumer "workers" (Consume).
//
// The pages of a run go to CrawlPages on the subject of their host's shard
// (PageShard). Each shard has its own durable consumer with MaxAckPending
// 1: across every process, at most one job of a shard is handed out at a
// time, and the next only once it is acked. A handler that acks a job no
// sooner than the crawl delay after its last request started therefore
// spaces the requests to one host by the delay across the whole cluster.
const (
	// PageShards is the number of host shards of CrawlPages.
	PageShards = 64
	// CrawlRunDuplicates is the Nats-Msg-Id window of CrawlRuns: a run
	// published again within it (by another scheduler, or one restarted)
	// is dropped by the server.
	CrawlRunDuplicates = 24 * time.Hour
	// RunsBucket is the KV bucket of crawl-run progress (Queue.Runs).
	RunsBucket = "PW_RUNPROGRESS"
	// RunsTTL is how long the progress of a run is kept.
	RunsTTL = 7 * 24 * time.Hour
	// pagesPrefix starts the subject of every page job.
	pagesPrefix = "pw.crawlpages."
	// hdrSubject is the dead-letter header keeping a page job's subject,
	// so that Redrive puts it back on its shard.
	hdrSubject = "Pw-Subject"
)

// PageShard returns the shard of host (host[:port] as in a URL).
func PageShard(host string) int {
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(host)))
	return int(h.Sum32() % PageShards)
}

func pageSubject(shard int) string { return fmt.Sprintf("%s%02d", pagesPrefix, shard) }

func shardConsumer(shard int) string { return fmt.Sprintf("shard-%02d", shard) }

func (q *Queue) crawlRunsConfig(sc jetstream.StreamConfig) jetstream.StreamConfig {
	sc.Duplicates = max(q.cfg.Duplicates, CrawlRunDuplicates)
	return sc
}

func (q *Queue) crawlPagesConfig(sc jetstream.StreamConfig) jetstream.StreamConfig {
	sc.Subjects = []string{pagesPrefix + "*"}
	return sc
}

// setupCrawlJobs creates or updates the shard consumers of CrawlPages. It
// runs when a process starts consuming page jobs, not in Open, so that
// processes that crawl nothing shared do not pay for them.
func (q *Queue) setupCrawlJobs(ctx context.Context) error {
	for shard := range PageShards {
		cc := q.consumerConfig()
		cc.Durable = shardConsumer(shard)
		cc.Description = "pledgewatch crawlers, one page job of a host shard at a time"
		cc.FilterSubject = pageSubject(shard)
		cc.MaxAckPending = 1
		err := q.retry(ctx, q.cfg.StartWait, "create consumer", func(ctx context.Context) error {
			_, err := q.js.CreateOrUpdateConsumer(ctx, string(CrawlPages), cc)
			return err
		})
		if err != nil {
			return fmt.Errorf("queue: consumer %s/%s: %w", CrawlPages, cc.Durable, err)
		}
	}
	return nil
}

// PublishPage stores a page job on shard (see PageShard) of CrawlPages and
// returns once the server has stored it. msgID dedupes as in Publish;
// duplicate reports that the server dropped the job as one.
func (q *Queue) PublishPage(ctx context.Context, shard int, msgID string, data []byte) (duplicate bool, err error) {
	if shard < 0 || shard >= PageShards {
		return false, fmt.Errorf("queue: publish page: shard %d out of range 0..%d", shard, PageShards-1)
	}
	return q.publishSubject(ctx, CrawlPages, pageSubject(shard), msgID, data)
}

func (q *Queue) publishSubject(ctx context.Context, s Stream, subject, msgID string, data []byte) (bool, error) {
	msg := &nats.Msg{Subject: subject, Data: data, Header: nats.Header{}}
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
		return false, fmt.Errorf("queue: publish %s %q: %w", s, msgID, q.noteStorageFull(err))
	}
	return ack.Duplicate, nil
}

// ConsumePages runs one worker per host shard of CrawlPages that calls h
// for each page job, with the outcomes of Consume. Across all processes a
// shard has one job in flight at a time. It blocks like Consume.
func (q *Queue) ConsumePages(ctx context.Context, h Handler) error {
	if h == nil {
		return fmt.Errorf("queue: consume %s: nil handler", CrawlPages)
	}
	if err := q.setupCrawlJobs(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	hctx := context.WithoutCancel(ctx)
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	errs := make(chan error, PageShards)
	var wg sync.WaitGroup
	for shard := range PageShards {
		wg.Go(func() {
			var cons jetstream.Consumer
			err := q.retry(wctx, -1, "consumer info", func(ctx context.Context) error {
				var err error
				cons, err = q.js.Consumer(ctx, string(CrawlPages), shardConsumer(shard))
				return err
			})
			if err == nil {
				err = q.work(wctx, hctx, CrawlPages, cons, h)
			} else if wctx.Err() != nil {
				return
			} else {
				err = q.fatal(CrawlPages, err)
			}
			if err != nil {
				errs <- err
				stop()
			}
		})
	}
	wg.Wait()
	close(errs)
	return <-errs
}
