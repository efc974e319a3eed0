// Package pipeline joins the stages of pledgewatch: crawler → queue →
// extractor workers → queue → store writer, plus the scheduler that starts
// ingestion runs. It is the only package besides cmd that imports crawler,
// extractor, store and queue together.
//
// Delivery is at-least-once: a stage acks a message only after its own
// output was durably accepted (published to the next stream, or committed to
// bbolt), and every write is idempotent by stable ids, so a killed process
// loses nothing and duplicates nothing.
//
// Shutdown order, when the context given to the blocking methods ends:
//  1. the scheduler stops starting runs and crawls in progress are cancelled
//     (articles already published stay in the stream);
//  2. extractor workers stop fetching, finish and ack what they hold;
//  3. the store writer stops fetching, commits and acks what it holds;
//  4. the caller then stops the HTTP server, closes the queue (draining the
//     NATS connection, then the embedded server) and closes the store last.
package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/pledgewatch/pledgewatch/store"
	"github.com/prometheus/client_golang/prometheus"
)

// ErrUnknownSource is returned by Ingest for a source name not configured.
var ErrUnknownSource = errors.New("pipeline: unknown source")

// Source is a configured source with its schedule.
type Source struct {
	crawler.Source
	// Schedule is a cron expression or "@every 30m"; empty means the
	// source runs only when asked (pledgewatch crawl).
	Schedule string
}

// Config holds the dependencies of a Pipeline. Queue is required; Store
// and Extractor are nil in roles that do not run those stages.
type Config struct {
	Queue     *queue.Queue
	Store     *store.Store
	Extractor *extractor.Extractor
	Crawl     crawler.Options
	Sources   []Source
	// Workers is the number of extractor goroutines (default 1).
	Workers int
	// MaxCommitments bounds the commitments kept per article (default
	// DefaultMaxCommitments); the rest are counted in Run.CommitmentsCut.
	MaxCommitments int
	// StoreBatch is how many waiting extractions the store writer commits
	// in one transaction (default DefaultStoreBatch; 1 commits each alone).
	StoreBatch int
	Logger     *slog.Logger
	// PollInterval is how often Ingest checks whether the streams have
	// drained (default 100ms).
	PollInterval time.Duration
	// Now returns the current time (default time.Now).
	Now func() time.Time
	// Metrics, if not nil, receives the pipeline's Prometheus instruments.
	Metrics prometheus.Registerer
}

// Pipeline runs the stages. Its methods are safe for concurrent use;
// ingestion runs are serialised.
type Pipeline struct {
	cfg     Config
	log     *slog.Logger
	sources map[string]Source
	names   []string

	metrics     *metrics     // nil without cfg.Metrics
	runMu       sync.Mutex   // one ingestion run at a time
	stored      atomic.Int64 // extractions committed by this process's store writer
	commitments atomic.Int64 // new commitments in them
	cut         atomic.Int64 // commitments left out of them by the per-article limit
	// deadMark is the number of dead letters when the last run ended (or
	// when New ran, before any consumer started), so that a run reports
	// the messages dead-lettered since, even those that failed before it
	// began; -1 when unknown.
	deadMark atomic.Int64
}

type runState struct {
	mu  sync.Mutex
	run news.Run
}

// New returns a Pipeline over cfg. It starts nothing.
func New(cfg Config) (*Pipeline, error) {
	if cfg.Queue == nil {
		return nil, errors.New("pipeline: a queue is required")
	}
	if cfg.Workers < 1 {
		cfg.Workers = 1
	}
	if cfg.MaxCommitments < 1 {
		cfg.MaxCommitments = DefaultMaxCommitments
	}
	if cfg.StoreBatch < 1 {
		cfg.StoreBatch = DefaultStoreBatch
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 100 * time.Millisecond
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	p := &Pipeline{cfg: cfg, log: cfg.Logger, sources: map[string]Source{}}
	p.deadMark.Store(-1)
	if n, err := cfg.Queue.Pending(context.Background(), queue.Dead); err == nil {
		p.deadMark.Store(int64(n))
	}
	if cfg.Metrics != nil {
		m, err := newMetrics(cfg.Metrics, cfg.Queue)
		if err != nil {
			return nil, fmt.Errorf("pipeline: metrics: %w", err)
		}
		p.metrics = m
	}
	for _, s := range cfg.Sources {
		if _, dup := p.sources[s.Name]; dup {
			return nil, fmt.Errorf("pipeline: duplicate source %q", s.Name)
		}
		p.sources[s.Name] = s
		p.names = append(p.names, s.Name)
	}
	return p, nil
}

// Sources returns the configured source names in configuration order.
func (p *Pipeline) Sources() []string { return append([]string(nil), p.names...) }

// markParallel bounds the crawl-state writes the store writer has in
// flight after a commit.
const markParallel = 16

// DefaultStoreBatch is the default Config.StoreBatch.
const DefaultStoreBatch = 512

// RunStoreWriter consumes extractions and commits them, articles and
// commitments together, up to Config.StoreBatch at a time in one bbolt
// transaction (one fsync); each message is acked only after the
// transaction commits, so a crash loses nothing and redelivery changes
// nothing. It blocks until ctx ends. It must run in exactly one process:
// the one that holds the store.
//
// A damaged database stops it: the extractions in hand are left for
// redelivery (not dead-lettered) and RunStoreWriter returns an error
// wrapping store.ErrDamaged.
func (p *Pipeline) RunStoreWriter(ctx context.Context) error {
	if p.cfg.Store == nil {
		return errors.New("pipeline: no store configured")
	}
	cctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	err := p.cfg.Queue.ConsumeBatch(cctx, queue.Extractions, p.cfg.StoreBatch, func(hctx context.Context, data [][]byte) []error {
		errs := p.handleExtractions(hctx, data)
		for _, err := range errs {
			if errors.Is(err, store.ErrDamaged) {
				cancel(err)
				break
			}
		}
		return errs
	})
	if cause := context.Cause(cctx); errors.Is(cause, store.ErrDamaged) {
		return fmt.Errorf("pipeline: store writer stopped: %w", cause)
	}
	return err
}

// handleExtractions decodes a batch and saves it in one transaction; a
// message that does not decode, or that the store finds invalid, fails
// alone (permanently).
func (p *Pipeline) handleExtractions(ctx context.Context, data [][]byte) []error {
	errs := make([]error, len(data))
	xs := make([]news.Extraction, 0, len(data))
	idx := make([]int, 0, len(data))
	for i, d := range data {
		var x news.Extraction
		if err := json.Unmarshal(d, &x); err != nil {
			errs[i] = queue.Permanent(fmt.Errorf("pipeline: decode extraction: %w", err))
			continue
		}
		if x.Article.ID == "" {
			errs[i] = queue.Permanent(errors.New("pipeline: extraction without article id"))
			continue
		}
		xs = append(xs, x)
		idx = append(idx, i)
	}
	if len(xs) == 0 {
		return errs
	}
	res, serrs := p.cfg.Store.SaveExtractions(ctx, xs)
	defer p.countRunsStored(ctx, xs, res, serrs) // before the messages are acked
	// Only now may crawls skip the articles; a failure here costs a
	// re-publish by the next crawl, not the article. The marks are
	// independent key-value writes, sent a few at a time.
	var wg sync.WaitGroup
	sem := make(chan struct{}, markParallel)
	for j := range idx {
		if serrs[j] != nil {
			continue
		}
		a := xs[j].Article
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			if err := crawler.MarkStored(ctx, p.cfg.Queue.State(), a); err != nil {
				p.log.Warn("crawl state not updated; the next crawl will publish the article again", "url", a.URL, "err", err)
			}
		})
	}
	wg.Wait()
	for j, i := range idx {
		x := xs[j]
		if err := serrs[j]; err != nil {
			if errors.Is(err, store.ErrInvalid) {
				errs[i] = queue.Permanent(err)
			} else {
				errs[i] = fmt.Errorf("pipeline: store %s: %w", x.Article.URL, err)
			}
			continue
		}
		p.stored.Add(1)
		p.commitments.Add(int64(res[j].CommitmentsNew))
		p.cut.Add(int64(x.CommitmentsCut))
		p.metrics.storedOne(res[j].CommitmentsNew)
		p.log.Debug("stored", "url", x.Article.URL, "commitments", len(x.Commitments), "new", res[j].CommitmentsNew)
	}
	return errs
}

// Ingest runs one ingestion of the named sources (all when names is
// empty): it crawls them one after another, publishing articles, and — when
// this process also runs the extractors and the store writer (wait) —
// waits until both streams have drained, so that every fetched article is
// stored or dead-lettered. progress, if not nil, is called with running
// totals. The run is recorded in the store when there is one.
func (p *Pipeline) Ingest(ctx context.Context, names []string, wait bool, progress func(news.Run)) (news.Run, error) {
	if len(names) == 0 {
		names = p.names
	}
	var srcs []Source
	for _, n := range names {
		s, ok := p.sources[n]
		if !ok {
			return news.Run{}, fmt.Errorf("%w %q (configured: %s)", ErrUnknownSource, n, strings.Join(p.names, ", "))
		}
		srcs = append(srcs, s)
	}
	p.runMu.Lock()
	defer p.runMu.Unlock()

	start := p.cfg.Now().UTC()
	st := &runState{run: news.Run{ID: start.Format("20060102T150405.000000000Z"), Sources: names, Started: start}}
	report := func() {
		if progress != nil {
			st.mu.Lock()
			r := st.run
			st.mu.Unlock()
			progress(r)
		}
	}
	storedBefore, commitmentsBefore, cutBefore := p.stored.Load(), p.commitments.Load(), p.cut.Load()
	fullBefore, _ := p.cfg.Queue.StorageFull()
	deadBefore, derr := p.cfg.Queue.Pending(ctx, queue.Dead)
	if derr != nil {
		return news.Run{}, fmt.Errorf("pipeline: %w", derr)
	}
	if mark := p.deadMark.Load(); mark >= 0 && uint64(mark) < uint64(deadBefore) {
		deadBefore = uint64(mark) // dead-lettered between runs or before this one began
	}

	var crawlErr error
	for _, src := range srcs {
		var base news.Run
		st.mu.Lock()
		base = st.run
		st.mu.Unlock()
		opts := p.cfg.Crawl
		opts.Logger = p.log.With("source", src.Name)
		opts.Progress = func(s crawler.Stats) {
			st.mu.Lock()
			addStats(&st.run, base, s)
			st.mu.Unlock()
			report()
		}
		// A full JetStream store ends the crawl at once: every further
		// article would fail the same way.
		crawlCtx, stopCrawl := context.WithCancelCause(ctx)
		sink := articleSink{q: p.cfg.Queue, full: stopCrawl}
		c, err := crawler.New(opts, p.cfg.Queue.State(), sink)
		if err != nil {
			stopCrawl(nil)
			return news.Run{}, fmt.Errorf("pipeline: %w", err)
		}
		stats, err := c.Crawl(crawlCtx, src.Source)
		stopCrawl(nil)
		p.metrics.crawled(src.Name, stats)
		st.mu.Lock()
		addStats(&st.run, base, stats)
		st.mu.Unlock()
		if ferr := storageFull(p.cfg.Queue, fullBefore); ferr != nil {
			crawlErr = ferr
			break
		}
		if err != nil {
			crawlErr = fmt.Errorf("pipeline: crawl %s: %w", src.Name, err)
			break
		}
	}
	report()

	if wait && crawlErr == nil {
		if err := p.waitDrained(ctx, fullBefore, func() {
			st.mu.Lock()
			st.run.ArticlesStored = int(p.stored.Load() - storedBefore)
			st.run.Commitments = int(p.commitments.Load() - commitmentsBefore)
			st.run.CommitmentsCut = int(p.cut.Load() - cutBefore)
			st.mu.Unlock()
			report()
		}); err != nil {
			crawlErr = err
		}
	}
	st.mu.Lock()
	st.run.ArticlesStored = int(p.stored.Load() - storedBefore)
	st.run.Commitments = int(p.commitments.Load() - commitmentsBefore)
	st.run.CommitmentsCut = int(p.cut.Load() - cutBefore)
	if st.run.CommitmentsCut > 0 && len(st.run.Notes) < 10 {
		st.run.Notes = append(st.run.Notes, fmt.Sprintf("%d commitment(s) beyond extractor.max_commitments_per_article (%d) left out", st.run.CommitmentsCut, p.cfg.MaxCommitments))
	}
	if crawlErr != nil {
		st.run.Error = crawlErr.Error()
		st.run.Cancelled = errors.Is(crawlErr, context.Canceled) || errors.Is(crawlErr, context.DeadlineExceeded)
	}
	if deadAfter, err := p.cfg.Queue.Pending(context.WithoutCancel(ctx), queue.Dead); err == nil {
		p.deadMark.Store(int64(deadAfter))
		if deadAfter > deadBefore {
			n := int(deadAfter - deadBefore)
			st.run.Errors += n
			st.run.ErrorSamples = append(st.run.ErrorSamples, fmt.Sprintf("%d message(s) failed repeatedly and went to the dead-letter stream PW_DEAD (see 'pledgewatch dead list')", n))
		}
	}
	st.run.Finished = p.cfg.Now().UTC()
	run := st.run
	st.mu.Unlock()

	p.metrics.ran(run.Finished.Sub(run.Started), crawlErr)
	if p.cfg.Store != nil {
		if err := p.cfg.Store.SaveRun(context.WithoutCancel(ctx), run); err != nil {
			p.log.Error("record run", "err", err)
		}
	}
	p.log.Info("ingestion run finished", "sources", strings.Join(names, ","), "pages", run.Pages,
		"new", run.ArticlesNew, "unchanged", run.ArticlesUnchanged, "stored", run.ArticlesStored,
		"commitments", run.Commitments, "errors", run.Errors)
	return run, crawlErr
}

func addStats(r *news.Run, base news.Run, s crawler.Stats) {
	r.Pages = base.Pages + s.Pages
	r.ArticlesNew = base.ArticlesNew + s.ArticlesNew
	r.ArticlesUnchanged = base.ArticlesUnchanged + s.ArticlesUnchanged
	r.Errors = base.Errors + s.Errors
	r.ErrorSamples = news.AppendSamples(slices.Clone(base.ErrorSamples), s.ErrorSamples...)
	r.Disallowed = news.AppendSamples(slices.Clone(base.Disallowed), s.Disallowed...)
	r.PagesCut = base.PagesCut + s.PagesCut
	r.CharsetErrors = base.CharsetErrors + s.CharsetErrors
	r.URLsDropped = base.URLsDropped + s.URLsDropped
	r.Notes = news.AppendSamples(slices.Clone(base.Notes), s.Notes...)
}

// waitDrained polls until the articles and extractions streams hold no
// unacknowledged message, calling tick after each poll.
func (p *Pipeline) waitDrained(ctx context.Context, fullBefore int64, tick func()) error {
	t := time.NewTicker(p.cfg.PollInterval)
	defer t.Stop()
	for {
		a, err := p.cfg.Queue.Pending(ctx, queue.Articles)
		if err != nil {
			return fmt.Errorf("pipeline: %w", err)
		}
		x, err := p.cfg.Queue.Pending(ctx, queue.Extractions)
		if err != nil {
			return fmt.Errorf("pipeline: %w", err)
		}
		tick()
		if a == 0 && x == 0 {
			return nil
		}
		if err := storageFull(p.cfg.Queue, fullBefore); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("pipeline: waiting for %d article(s) and %d extraction(s) to be processed: %w", a, x, ctx.Err())
		case <-t.C:
		}
	}
}

// storageFull returns an error for the user when JetStream refused to
// store a message because its storage is full since StorageFull counted
// before: the run cannot finish then.
func storageFull(q *queue.Queue, before int64) error {
	n, err := q.StorageFull()
	if n == before {
		return nil
	}
	return fmt.Errorf("pipeline: %w; free disk space on the NATS server (or raise its max_file_store) and run again: articles not stored yet are kept or fetched again", err)
}

// articleSink publishes crawled articles on the articles stream. The
// message id is article id + content hash, so a re-crawl of an unchanged
// page is deduplicated by JetStream even if the crawl state was lost.
// A storage-full error also calls full.
type articleSink struct {
	q    *queue.Queue
	full func(error)
}

func (s articleSink) Publish(ctx context.Context, a news.Article) error {
	a.Run = runOf(ctx)
	data, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("pipeline: encode article: %w", err)
	}
	err = s.q.Publish(ctx, queue.Articles, a.ID+"."+a.ContentHash, data)
	if errors.Is(err, queue.ErrStorageFull) && s.full != nil {
		s.full(err)
	}
	return err
}
