package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/internal/queue"
)

// Crawl work shared by crawler processes (the crawler role).
//
// Every crawler process runs the schedule, but a scheduled run is a
// message on queue.CrawlRuns whose Nats-Msg-Id names the source and the
// slot (the scheduled time), so the server keeps one per slot however
// many schedulers publish it. The crawler that takes the run publishes
// one expansion job per feed, sitemap and seed of the source; the crawler
// that takes an expansion job fetches it and publishes one page job per
// article page it lists; any crawler takes the page jobs. Expansion and
// page jobs go to the shard of their URL's host on queue.CrawlPages,
// taken one at a time across the cluster and acked no sooner than the
// crawl delay after the job's requests: the delay and a parallelism of
// one per host hold for the whole cluster. Jobs carry Nats-Msg-Ids
// (run, kind, URL), so a job redone after a crash does not duplicate
// the jobs it published, and the run's progress record (RunProgress)
// counts each job once by that id. The articles a job publishes carry
// the run id (news.Article.Run), so the store writer counts them in the
// run's record too. pledgewatch crawl --shared publishes a manual run
// (PublishManualRun) and watches the record.

// RobotsCacheTTL is how long crawler processes share a robots.txt answer.
const RobotsCacheTTL = time.Hour

// runJob is a scheduled run of one source, on queue.CrawlRuns.
type runJob struct {
	Run    string    `json:"run"`
	Source string    `json:"source"`
	Slot   time.Time `json:"slot"`
}

// Kinds of crawl jobs on queue.CrawlPages.
const (
	jobFeed    = "feed"
	jobSitemap = "sitemap"
	jobSeed    = "seed"
	jobPage    = "page"
)

// crawlJob is an expansion job (a feed, sitemap or seed of a source) or a
// page job of a run, on queue.CrawlPages.
type crawlJob struct {
	Run    string `json:"run"`
	Source string `json:"source"`
	Kind   string `json:"kind"`
	crawler.PageJob
}

// id is the job's Nats-Msg-Id: its run, kind and URL.
func (j crawlJob) id() string { return j.Run + "|" + j.Kind + "|" + j.URL }

// RunCrawlers runs the crawler role's share of the crawl work until ctx
// ends: the shared schedule (publishing runs), one worker taking runs and
// one worker per host shard taking expansion and page jobs. On
// cancellation the jobs in progress finish and are acked.
func (p *Pipeline) RunCrawlers(ctx context.Context) error {
	opts := p.cfg.Crawl
	opts.Logger = p.log
	opts.Progress = nil
	opts.RobotsCacheTTL = RobotsCacheTTL
	c, err := crawler.New(opts, p.cfg.Queue.State(), articleSink{q: p.cfg.Queue})
	if err != nil {
		return fmt.Errorf("pipeline: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make(chan error, 3)
	var wg sync.WaitGroup
	for _, fn := range []func() error{
		func() error { return p.scheduleShared(ctx) },
		func() error { return p.cfg.Queue.Consume(ctx, queue.CrawlRuns, 1, p.handleRun) },
		func() error {
			return p.cfg.Queue.ConsumePages(ctx, func(hctx context.Context, data []byte) error {
				return p.handleCrawlJob(hctx, c, data)
			})
		},
	} {
		wg.Go(func() {
			if err := fn(); err != nil {
				errs <- err
				cancel()
			}
		})
	}
	wg.Wait()
	close(errs)
	return <-errs
}

// PublishRun publishes a run of the named source for slot on
// queue.CrawlRuns and returns its id (source@slot); the server drops it
// when the same run was published within queue.CrawlRunDuplicates.
func (p *Pipeline) PublishRun(ctx context.Context, source string, slot time.Time) (string, error) {
	slot = slot.UTC()
	return p.publishRun(ctx, runJob{Run: source + "@" + slot.Format(time.RFC3339), Source: source, Slot: slot})
}

// PublishManualRun publishes a run of the named source asked for now (by
// pledgewatch crawl), outside the schedule, and returns its id
// (source@manual-time): the crawler processes do it like a scheduled
// run, and its progress is RunProgress(id).
func (p *Pipeline) PublishManualRun(ctx context.Context, source string) (string, error) {
	now := p.cfg.Now().UTC()
	return p.publishRun(ctx, runJob{Run: source + "@manual-" + now.Format("20060102T150405.000000000Z"), Source: source, Slot: now})
}

func (p *Pipeline) publishRun(ctx context.Context, j runJob) (string, error) {
	if _, ok := p.sources[j.Source]; !ok {
		return "", fmt.Errorf("%w %q", ErrUnknownSource, j.Source)
	}
	data, err := json.Marshal(j)
	if err != nil {
		return "", fmt.Errorf("pipeline: encode run: %w", err)
	}
	if err := p.cfg.Queue.Publish(ctx, queue.CrawlRuns, j.Run, data); err != nil {
		return "", fmt.Errorf("pipeline: publish run %s: %w", j.Run, err)
	}
	p.log.Debug("run published", "run", j.Run)
	return j.Run, nil
}

// handleRun publishes the expansion jobs of a run: one per feed, sitemap
// and seed of its source. A run that fails for good (dead-lettered) is
// recorded with the error, and finished unless jobs it queued remain.
func (p *Pipeline) handleRun(ctx context.Context, data []byte) error {
	var j runJob
	if err := json.Unmarshal(data, &j); err != nil {
		return queue.Permanent(fmt.Errorf("pipeline: decode run: %w", err))
	}
	err := p.startRun(ctx, j)
	if err != nil && j.Run != "" && (queue.IsPermanent(err) || queue.FinalAttempt(ctx)) {
		p.runFailed(ctx, j.Run, j.Source, err)
	}
	return err
}

func (p *Pipeline) startRun(ctx context.Context, j runJob) error {
	src, ok := p.sources[j.Source]
	if !ok {
		return queue.Permanent(fmt.Errorf("%w %q in run %s: crawler processes must share one configuration", ErrUnknownSource, j.Source, j.Run))
	}
	p.log.Info("crawl run started", "run", j.Run)
	p.runStarted(ctx, j.Run, j.Source)
	for _, l := range []struct {
		kind string
		urls []string
	}{{jobFeed, src.Feeds}, {jobSitemap, src.Sitemaps}, {jobSeed, src.Seeds}} {
		for _, u := range l.urls {
			cj := crawlJob{Run: j.Run, Source: j.Source, Kind: l.kind, PageJob: crawler.PageJob{URL: u}}
			if err := p.publishCrawlJob(ctx, cj); err != nil {
				return err
			}
		}
	}
	return nil
}

// publishCrawlJob publishes j on the shard of its URL's host. The job is
// counted in the run's progress (once, by its message id) before it is
// published, so the run cannot look finished while a job it queued is
// still to be counted; a job the server drops as a duplicate is the same
// job, counted already.
func (p *Pipeline) publishCrawlJob(ctx context.Context, j crawlJob) error {
	u, err := url.Parse(j.URL)
	if err != nil || u.Host == "" {
		return queue.Permanent(fmt.Errorf("pipeline: run %s: %s URL %q is not absolute", j.Run, j.Kind, j.URL))
	}
	data, err := json.Marshal(j)
	if err != nil {
		return fmt.Errorf("pipeline: encode crawl job: %w", err)
	}
	id := j.id()
	p.jobQueued(ctx, j.Run, j.Source, id)
	if _, err := p.cfg.Queue.PublishPage(ctx, queue.PageShard(u.Host), id, data); err != nil {
		return fmt.Errorf("pipeline: publish %s job %s: %w", j.Kind, j.URL, err)
	}
	return nil
}

// handleCrawlJob runs an expansion or page job with c, then holds the job
// (so no other job of its host shard starts anywhere) for the crawl delay.
// A job that fails for good (dead-lettered) is counted in its run as
// finished with an error.
func (p *Pipeline) handleCrawlJob(ctx context.Context, c *crawler.Crawler, data []byte) error {
	var j crawlJob
	if err := json.Unmarshal(data, &j); err != nil {
		return queue.Permanent(fmt.Errorf("pipeline: decode crawl job: %w", err))
	}
	err := p.crawlJob(withRun(ctx, j.Run), c, j)
	if err != nil && j.Run != "" && (queue.IsPermanent(err) || queue.FinalAttempt(ctx)) {
		p.jobFailed(ctx, j.Run, j.Source, j.id(), fmt.Errorf("%s job %s: %w", j.Kind, j.URL, err))
	}
	return err
}

func (p *Pipeline) crawlJob(ctx context.Context, c *crawler.Crawler, j crawlJob) error {
	src, ok := p.sources[j.Source]
	if !ok {
		return queue.Permanent(fmt.Errorf("%w %q in run %s: crawler processes must share one configuration", ErrUnknownSource, j.Source, j.Run))
	}
	var stats crawler.Stats
	var err error
	switch j.Kind {
	case jobPage:
		stats, err = c.CrawlPage(ctx, src.Source, j.PageJob)
	case jobFeed, jobSitemap, jobSeed:
		one := crawler.Source{Name: src.Name, AllowedDomains: crawler.AllowedHosts(src.Source), MaxDepth: src.MaxDepth}
		switch j.Kind {
		case jobFeed:
			one.Feeds = []string{j.URL}
		case jobSitemap:
			one.Sitemaps = []string{j.URL}
		default:
			one.Seeds = []string{j.URL}
		}
		stats, err = c.Expand(ctx, one, func(ctx context.Context, pj crawler.PageJob) error {
			return p.publishCrawlJob(ctx, crawlJob{Run: j.Run, Source: j.Source, Kind: jobPage, PageJob: pj})
		})
	default:
		return queue.Permanent(fmt.Errorf("pipeline: crawl job of unknown kind %q", j.Kind))
	}
	p.metrics.crawled(src.Name, stats)
	if err == nil || errors.Is(err, crawler.ErrBadURL) {
		p.jobDone(ctx, j.Run, j.Source, j.id(), stats)
	}
	p.log.Debug("crawl job done", "run", j.Run, "kind", j.Kind, "url", j.URL, "pages", stats.Pages,
		"queued", stats.PagesQueued, "new", stats.ArticlesNew, "unchanged", stats.ArticlesUnchanged, "errors", stats.Errors)
	if err != nil {
		if errors.Is(err, crawler.ErrBadURL) {
			return queue.Permanent(err)
		}
		return err
	}
	if d := c.Delay(); d > 0 {
		time.Sleep(d) // the job's last request started before now
	}
	return nil
}

// runKey is the context key of the shared run a crawl job belongs to.
type runKey struct{}

// withRun returns ctx carrying the id of the shared run whose job is
// crawled, for articleSink to stamp on the articles.
func withRun(ctx context.Context, run string) context.Context {
	return context.WithValue(ctx, runKey{}, run)
}

// runOf returns the shared run id carried by ctx, or "".
func runOf(ctx context.Context) string {
	s, _ := ctx.Value(runKey{}).(string)
	return s
}
