package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// RunProgress is the progress of a crawl run shared by crawler processes,
// kept in one place: the queue's Runs bucket, under the run id. Every
// crawler updates it atomically as it queues and finishes the run's jobs.
type RunProgress struct {
	news.Run
	// Jobs counts the expansion and page jobs queued for the run; JobsDone
	// those finished. The run is over when JobsDone reaches Jobs (then
	// Finished is set).
	Jobs     int `json:"jobs"`
	JobsDone int `json:"jobs_done"`
	// PagesQueued counts the article pages handed to page jobs.
	PagesQueued int `json:"pages_queued"`
}

// maxRunErrorSamples bounds RunProgress.ErrorSamples.
const maxRunErrorSamples = 10

// RunProgress returns the progress of the shared crawl run id, or false
// when there is none (unknown, or expired after queue.RunsTTL).
func (p *Pipeline) RunProgress(ctx context.Context, id string) (RunProgress, bool, error) {
	b, err := p.cfg.Queue.Runs().Get(ctx, id)
	if err != nil || b == nil {
		return RunProgress{}, false, err
	}
	var rp RunProgress
	if err := json.Unmarshal(b, &rp); err != nil {
		return RunProgress{}, false, fmt.Errorf("pipeline: run %s: bad progress record: %w", id, err)
	}
	return rp, true, nil
}

// updateRun applies fn to the progress of run id atomically; it reports
// whether this update finished the run.
func (p *Pipeline) updateRun(ctx context.Context, id, source string, fn func(*RunProgress)) (finished bool, rp RunProgress, err error) {
	err = p.cfg.Queue.Runs().Update(ctx, id, func(cur []byte) ([]byte, error) {
		rp = RunProgress{}
		if cur != nil {
			if err := json.Unmarshal(cur, &rp); err != nil {
				p.log.Warn("bad run progress record, starting it again", "run", id, "err", err)
				rp = RunProgress{}
			}
		}
		if rp.ID == "" {
			rp.ID, rp.Sources, rp.Started = id, []string{source}, p.cfg.Now().UTC()
		}
		wasOver := !rp.Finished.IsZero()
		fn(&rp)
		finished = false
		if !wasOver && rp.Jobs > 0 && rp.JobsDone >= rp.Jobs {
			rp.Finished = p.cfg.Now().UTC()
			finished = true
		}
		return json.Marshal(rp)
	})
	return finished, rp, err
}

// jobQueued counts n jobs queued for run id (negative: duplicates).
func (p *Pipeline) jobQueued(ctx context.Context, id, source string, n int) {
	if _, _, err := p.updateRun(ctx, id, source, func(rp *RunProgress) { rp.Jobs += n }); err != nil {
		p.log.Warn("run progress not updated", "run", id, "err", err)
	}
}

// jobDone counts a finished job of run id with its crawl totals, and logs
// the run's totals when it was the last.
func (p *Pipeline) jobDone(ctx context.Context, id, source string, s crawler.Stats) {
	finished, rp, err := p.updateRun(ctx, id, source, func(rp *RunProgress) {
		rp.JobsDone++
		rp.Pages += s.Pages
		rp.PagesQueued += s.PagesQueued
		rp.ArticlesNew += s.ArticlesNew
		rp.ArticlesUnchanged += s.ArticlesUnchanged
		rp.Errors += s.Errors
		for _, e := range s.ErrorSamples {
			if len(rp.ErrorSamples) < maxRunErrorSamples {
				rp.ErrorSamples = append(rp.ErrorSamples, e)
			}
		}
	})
	if err != nil {
		p.log.Warn("run progress not updated", "run", id, "err", err)
		return
	}
	if finished {
		p.log.Info("crawl run finished", "run", id, "took", rp.Finished.Sub(rp.Started).Round(time.Millisecond),
			"pages", rp.Pages, "new", rp.ArticlesNew, "unchanged", rp.ArticlesUnchanged, "errors", rp.Errors)
	}
}

// sharedRunsFlush is how often RecordSharedRuns writes the runs that
// changed to the store.
const sharedRunsFlush = time.Second

// RecordSharedRuns keeps the store's runs (GET /api/v1/runs, the web UI)
// up to date with the progress of the runs of crawler processes, until
// ctx ends. Changes are written once a second, the last state of each
// run. ArticlesStored and Commitments are not counted for these runs.
func (p *Pipeline) RecordSharedRuns(ctx context.Context) error {
	if p.cfg.Store == nil {
		return errors.New("pipeline: no store configured")
	}
	var mu sync.Mutex
	dirty := map[string]news.Run{}
	flush := func() {
		mu.Lock()
		runs := dirty
		dirty = map[string]news.Run{}
		mu.Unlock()
		for _, r := range runs {
			if err := p.cfg.Store.SaveRun(context.WithoutCancel(ctx), r); err != nil {
				p.log.Error("record shared run", "run", r.ID, "err", err)
			}
		}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(sharedRunsFlush)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				flush()
				return
			case <-t.C:
				flush()
			}
		}
	}()
	err := p.cfg.Queue.Runs().Watch(ctx, func(b []byte) {
		var rp RunProgress
		if err := json.Unmarshal(b, &rp); err != nil || rp.ID == "" {
			p.log.Warn("bad run progress record ignored", "err", err)
			return
		}
		mu.Lock()
		dirty[rp.ID] = rp.Run
		mu.Unlock()
	})
	if err != nil {
		return err
	}
	<-done
	return nil
}
