// Package queue moves byte messages between the stages of pledgewatch
// through NATS JetStream. It is the only package that imports NATS; it
// knows nothing of articles or commitments (the pipeline encodes them).
//
// # Basics
//
// Open connects to an external NATS server (Config.URL) or starts an
// embedded nats-server with JetStream in this process, its data under
// Config.StoreDir, and connects to it in-process (no TCP listener unless
// Config.ListenAddr asks for one). It then creates or updates:
//
//   - the work-queue streams Articles (subject pw.articles) and
//     Extractions (pw.extractions): file storage, a message is removed
//     once acked, Nats-Msg-Id dedupe within Config.Duplicates;
//   - one durable pull consumer "workers" on each, shared by every
//     Consume call of every process (explicit ack, AckWait, MaxDeliver;
//     failed attempts are retried after a delay growing with the delivery
//     count, Config.NakDelay doubling up to Config.MaxNakDelay);
//   - the stream Dead (pw.dead.>, limits retention, Config.DeadMaxAge)
//     that keeps the payloads whose handler failed for good, with the
//     reason, origin and delivery count as headers;
//   - the KV bucket PW_CRAWLSTATE, returned by Queue.State;
//   - the crawl-work streams CrawlRuns (pw.crawlruns, work queue, durable
//     "workers", a 24h Nats-Msg-Id window: one run per id) and CrawlPages
//     (pw.crawlpages.<shard>, work queue) with one durable consumer per
//     host shard (created by ConsumePages), MaxAckPending 1: PublishPage
//     and ConsumePages hand out one job of a shard at a time across every
//     process;
//   - the KV bucket PW_RUNPROGRESS (entries expire after RunsTTL),
//     returned by Queue.Runs.
//
// On a cluster, Config.Replicas (default: 3 when the cluster has at least
// 3 servers, else 1) copies of every stream, consumer and of the KV bucket
// are kept. Open waits for an external server that is unreachable or
// whose JetStream has no leader yet (Config.StartWait); Publish, the KV
// methods, Pending and Consume retry operations that fail because a
// stream has no leader or the connection is being re-established
// (Config.LeaderWait). Open refuses a server whose max_payload is below
// Config.MinMaxPayload (ErrMaxPayload). A refusal to store because
// JetStream's storage is full is reported as ErrStorageFull, never
// retried as a handler failure that could dead-letter the message, and
// counted by Queue.StorageFull.
//
// Publish returns once the server has stored the message; PublishBatch
// stores several with their acknowledgements awaited together (a window
// of asynchronous publishes) and returns an outcome per message. Consume runs
// workers that call a Handler per message and settle it by outcome: nil
// acks (and waits for the server's confirmation), Permanent(err)
// dead-letters at once, any other error redelivers after a growing delay
// until Config.MaxDeliver attempts have failed, then dead-letters.
// ConsumeBatch hands a BatchHandler the messages waiting (up to a batch
// size) together, then settles each by its own outcome in the same way
// (the acks of a batch are confirmed together).
// DeadLetters lists dead letters; Redrive sends one back.
//
// Delivery is at-least-once: a handler may see a message again after a
// crash, a lost ack or an expired AckWait, so handlers must be
// idempotent. Unacked messages survive a restart of the embedded server
// on the same StoreDir.
//
// # Caveats
//
//   - The server's MaxDeliver is Config.MaxDeliver+1: a message whose last
//     attempt was never settled (process killed) comes back once more and
//     is dead-lettered without calling the handler. If that delivery is
//     lost too, the message stays in its stream (counted by Pending) and
//     the server stops delivering it.
//   - A message not acked within AckWait is redelivered, possibly while the
//     first attempt still runs elsewhere; Consume sends progress acks
//     every AckWait/2 while a handler runs to prevent this. A message
//     whose ack timed out is redelivered after AckWait, without growth (the
//     consumer has no server-side BackOff, whose interplay with NAK delays
//     stretches them).
//   - Changing a stream's retention or storage between versions is not
//     possible in place: Open then fails with the server's error.
//   - Dedupe covers only the duplicate window: a msgID republished later
//     is a new message.
//   - Close drains the connection: call it after Consume calls returned.
//   - Automatic replicas count the servers the client knows of (those in
//     Config.URL and those the server announces); a cluster that does not
//     announce its servers (no_advertise) with a single URL gets 1.
//   - A message whose handler keeps failing because storage is full is
//     naked with the growing delay; its delivery count still grows, so a
//     long outage can dead-letter it ("delivery attempts exhausted") once
//     storage is back. 'pledgewatch dead redrive' brings it back.
package queue
