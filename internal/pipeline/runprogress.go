package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// RunProgress is the progress of a crawl run shared by crawler processes,
// kept in one place: the queue's Runs bucket, under the run id. Every
// crawler updates it atomically as it queues and finishes the run's jobs,
// and the store writer as it stores the run's articles (ArticlesStored,
// Commitments, CommitmentsCut).
type RunProgress struct {
	news.Run
	// Jobs counts the expansion and page jobs queued for the run; JobsDone
	// those finished, or dead-lettered (counted in Errors). The run is
	// over when JobsDone reaches Jobs (then Finished is set). Both count
	// distinct jobs, from JobStates: a job queued or done again after a
	// crash is counted once.
	Jobs     int `json:"jobs"`
	JobsDone int `json:"jobs_done"`
	// PagesQueued counts the article pages handed to page jobs.
	PagesQueued int `json:"pages_queued"`
	// JobStates maps the key of every job of the run (jobKey) to
	// stateQueued or stateDone.
	JobStates map[string]uint8 `json:"job_states,omitempty"`
}

// States of a job in RunProgress.JobStates.
const (
	stateQueued = 1
	stateDone   = 2
)

// jobKey is the short key of the crawl job with message id id in
// RunProgress.JobStates: 16 hex digits of its SHA-256, so a run's record
// holds some 40,000 jobs within a default nats-server's 1 MB payload limit.
func jobKey(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:8])
}

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

// updateRun applies fn to the progress of run id atomically, then counts
// its jobs; it reports whether this update finished the run.
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
		if rp.JobStates == nil {
			rp.JobStates = map[string]uint8{}
		}
		wasOver := !rp.Finished.IsZero()
		fn(&rp)
		rp.Jobs, rp.JobsDone = len(rp.JobStates), 0
		for _, st := range rp.JobStates {
			if st == stateDone {
				rp.JobsDone++
			}
		}
		finished = false
		if !wasOver && rp.Jobs > 0 && rp.JobsDone >= rp.Jobs {
			rp.Finished = p.cfg.Now().UTC()
			finished = true
		}
		return json.Marshal(rp)
	})
	return finished, rp, err
}

// runStarted records that run id was taken by a crawler (the record
// exists from then on, with no job yet).
func (p *Pipeline) runStarted(ctx context.Context, id, source string) {
	if _, _, err := p.updateRun(ctx, id, source, func(*RunProgress) {}); err != nil {
		p.log.Warn("run progress not updated", "run", id, "err", err)
	}
}

// jobQueued counts the job with message id job as queued for run id,
// unless it was counted before.
func (p *Pipeline) jobQueued(ctx context.Context, id, source, job string) {
	k := jobKey(job)
	if _, _, err := p.updateRun(ctx, id, source, func(rp *RunProgress) {
		if rp.JobStates[k] == 0 {
			rp.JobStates[k] = stateQueued
		}
	}); err != nil {
		p.log.Warn("run progress not updated", "run", id, "err", err)
	}
}

// jobDone counts the job with message id job of run id as finished with
// its crawl totals (unless it was counted before: a job redone after a
// crash), and logs the run's totals when it was the last.
func (p *Pipeline) jobDone(ctx context.Context, id, source, job string, s crawler.Stats) {
	k := jobKey(job)
	finished, rp, err := p.updateRun(ctx, id, source, func(rp *RunProgress) {
		if rp.JobStates[k] == stateDone {
			return
		}
		rp.JobStates[k] = stateDone
		rp.Pages += s.Pages
		rp.PagesQueued += s.PagesQueued
		rp.ArticlesNew += s.ArticlesNew
		rp.ArticlesUnchanged += s.ArticlesUnchanged
		rp.Errors += s.Errors
		rp.PagesCut += s.PagesCut
		rp.CharsetErrors += s.CharsetErrors
		rp.URLsDropped += s.URLsDropped
		rp.ErrorSamples = news.AppendSamples(rp.ErrorSamples, s.ErrorSamples...)
		rp.Disallowed = news.AppendSamples(rp.Disallowed, s.Disallowed...)
		rp.Notes = news.AppendSamples(rp.Notes, s.Notes...)
	})
	p.logRunUpdate(id, finished, rp, err)
}

// jobFailed counts the job with message id job of run id as finished
// with one error, cause: it was dead-lettered, so it will not be done
// again (unless redriven). The run then ends with errors instead of
// staying unfinished.
func (p *Pipeline) jobFailed(ctx context.Context, id, source, job string, cause error) {
	k := jobKey(job)
	finished, rp, err := p.updateRun(ctx, id, source, func(rp *RunProgress) {
		if rp.JobStates[k] == stateDone {
			return
		}
		rp.JobStates[k] = stateDone
		rp.Errors++
		rp.ErrorSamples = news.AppendSamples(rp.ErrorSamples, fmt.Sprintf("%v (the job went to the dead-letter stream PW_DEAD: see 'pledgewatch dead list')", cause))
	})
	p.logRunUpdate(id, finished, rp, err)
}

// runFailed records that run id could not queue its jobs (cause; the run
// was dead-lettered): one error, and the run is finished unless jobs it
// queued are still to be done.
func (p *Pipeline) runFailed(ctx context.Context, id, source string, cause error) {
	_, rp, err := p.updateRun(ctx, id, source, func(rp *RunProgress) {
		rp.Errors++
		rp.ErrorSamples = news.AppendSamples(rp.ErrorSamples, fmt.Sprintf("run not started in full: %v (it went to the dead-letter stream PW_DEAD: see 'pledgewatch dead list')", cause))
		if rp.Finished.IsZero() && rp.Jobs == rp.JobsDone {
			rp.Finished = p.cfg.Now().UTC()
		}
	})
	p.logRunUpdate(id, false, rp, err)
}

// runStored counts in run id the articles of the run that the store
// writer stored (new or changed in the store: a redelivered extraction
// is not counted again) and their new and cut commitments.
func (p *Pipeline) runStored(ctx context.Context, id, source string, articles, commitments, cut int) {
	_, _, err := p.updateRun(ctx, id, source, func(rp *RunProgress) {
		rp.ArticlesStored += articles
		rp.Commitments += commitments
		rp.CommitmentsCut += cut
	})
	if err != nil {
		p.log.Warn("run progress not updated", "run", id, "err", err)
	}
}

// countRunsStored counts the stored extractions of xs (serrs[i] nil) that
// belong to shared runs in their runs' progress (runStored), one update
// per run.
func (p *Pipeline) countRunsStored(ctx context.Context, xs []news.Extraction, res []store.SaveResult, serrs []error) {
	type counts struct {
		source                      string
		articles, commitments, cuts int
	}
	runs := map[string]*counts{}
	for i, x := range xs {
		if x.Run == "" || serrs[i] != nil {
			continue
		}
		c := runs[x.Run]
		if c == nil {
			c = &counts{source: x.Article.Source}
			runs[x.Run] = c
		}
		if res[i].ArticleNew || res[i].ArticleChanged {
			c.articles++
			c.cuts += x.CommitmentsCut
		}
		c.commitments += res[i].CommitmentsNew
	}
	for id, c := range runs {
		if c.articles+c.commitments > 0 {
			p.runStored(ctx, id, c.source, c.articles, c.commitments, c.cuts)
		}
	}
}

func (p *Pipeline) logRunUpdate(id string, finished bool, rp RunProgress, err error) {
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
// run.
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
