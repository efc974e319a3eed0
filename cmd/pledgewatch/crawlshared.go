package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/pledgewatch/pledgewatch/config"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/pipeline"
	"github.com/pledgewatch/pledgewatch/internal/queue"
)

// errNoCrawler is returned by crawlShared when no crawler process took a
// run in time.
var errNoCrawler = errors.New("no crawler process took the run")

// sharedPoll is how often crawlShared reads the runs' progress.
const sharedPoll = 200 * time.Millisecond

// crawlShared hands one run per named source (all when names is empty)
// to the crawler processes (role crawler) on the external NATS server of
// cfg, and waits until every job of the runs is done and the articles
// and extractions streams are drained, so that every article the runs
// queued is stored (or dead-lettered). It returns the runs' totals, read
// from their shared progress records, with the stored-article and
// commitment counts of the store role. When a run is not taken by a
// crawler within takeWait it returns an error wrapping errNoCrawler.
func crawlShared(ctx context.Context, cfg config.Config, log *slog.Logger, names []string, takeWait time.Duration, progress func(news.Run)) (news.Run, error) {
	q, err := openQueue(ctx, cfg, log, false)
	if err != nil {
		return news.Run{}, err
	}
	defer q.Close()
	p, err := pipeline.New(pipeline.Config{Queue: q, Sources: pipelineSources(cfg), Logger: log})
	if err != nil {
		return news.Run{}, err
	}
	if len(names) == 0 {
		names = p.Sources()
	}
	published := time.Now()
	var ids []string
	for _, n := range names {
		id, err := p.PublishManualRun(ctx, n)
		if err != nil {
			return news.Run{}, err
		}
		ids = append(ids, id)
	}
	t := time.NewTicker(sharedPoll)
	defer t.Stop()
	for {
		run, missing, finished, err := sharedTotals(ctx, p, ids, names)
		if err != nil {
			return run, err
		}
		if progress != nil {
			progress(run)
		}
		if len(missing) > 0 && time.Since(published) > takeWait {
			return run, fmt.Errorf("%w within %v (runs %s are still queued on %s and will be done when a crawler starts): start 'pledgewatch crawler' with this configuration (nats.url %s), or run 'pledgewatch crawl' without --shared to crawl in this process",
				errNoCrawler, takeWait, strings.Join(missing, ", "), queue.CrawlRuns, cfg.NATS.URL)
		}
		if len(missing) == 0 && finished {
			// The store writer counts a run's articles before it acks
			// them: once both streams are empty, the counts are final.
			a, err := q.Pending(ctx, queue.Articles)
			if err != nil {
				return run, err
			}
			x, err := q.Pending(ctx, queue.Extractions)
			if err != nil {
				return run, err
			}
			if a == 0 && x == 0 {
				run, _, _, err := sharedTotals(ctx, p, ids, names)
				return run, err
			}
		}
		select {
		case <-ctx.Done():
			run.Cancelled = true
			run.Error = fmt.Sprintf("stopped waiting: %v; the crawler processes go on with the runs", ctx.Err())
			return run, fmt.Errorf("waiting for runs %s: %w", strings.Join(ids, ", "), ctx.Err())
		case <-t.C:
		}
	}
}

// sharedTotals sums the progress records of the runs ids: missing lists
// the runs no crawler has taken yet; finished tells whether every run
// taken has done all its jobs.
func sharedTotals(ctx context.Context, p *pipeline.Pipeline, ids, names []string) (run news.Run, missing []string, finished bool, err error) {
	run = news.Run{ID: strings.Join(ids, " "), Sources: names}
	finished = true
	for _, id := range ids {
		rp, ok, err := p.RunProgress(ctx, id)
		if err != nil {
			return run, nil, false, err
		}
		if !ok {
			missing = append(missing, id)
			continue
		}
		if rp.Finished.IsZero() {
			finished = false
		} else if rp.Finished.After(run.Finished) {
			run.Finished = rp.Finished
		}
		if run.Started.IsZero() || rp.Started.Before(run.Started) {
			run.Started = rp.Started
		}
		r := rp.Run
		run.Pages += r.Pages
		run.ArticlesNew += r.ArticlesNew
		run.ArticlesUnchanged += r.ArticlesUnchanged
		run.ArticlesStored += r.ArticlesStored
		run.Commitments += r.Commitments
		run.CommitmentsCut += r.CommitmentsCut
		run.Errors += r.Errors
		run.PagesCut += r.PagesCut
		run.CharsetErrors += r.CharsetErrors
		run.URLsDropped += r.URLsDropped
		run.ErrorSamples = news.AppendSamples(run.ErrorSamples, r.ErrorSamples...)
		run.Disallowed = news.AppendSamples(run.Disallowed, r.Disallowed...)
		run.Notes = news.AppendSamples(run.Notes, r.Notes...)
	}
	if !finished {
		run.Finished = time.Time{}
	}
	return run, missing, finished, nil
}
