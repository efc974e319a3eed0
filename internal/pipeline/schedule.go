package pipeline

import (
	"context"
	"fmt"
	"sync"

	"github.com/robfig/cron/v3"
)

// Schedule runs every source that has a schedule once at start, then
// starts an ingestion run of each at its times, and blocks until ctx ends;
// it then stops starting runs, cancels the runs in progress and waits for
// them to return. A run that is still going when its next time comes is
// skipped, not queued. wait is passed to Ingest.
func (p *Pipeline) Schedule(ctx context.Context, wait bool) error {
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	c := cron.New(cron.WithChain(cron.SkipIfStillRunning(cron.DiscardLogger)))
	var scheduled []string
	for _, name := range p.names {
		src := p.sources[name]
		if src.Schedule == "" {
			continue
		}
		sched, err := cron.ParseStandard(src.Schedule)
		if err != nil {
			return fmt.Errorf("pipeline: source %s: schedule %q: %w", name, src.Schedule, err)
		}
		c.Schedule(sched, cron.FuncJob(func() {
			if runCtx.Err() != nil {
				return
			}
			if _, err := p.Ingest(runCtx, []string{name}, wait, nil); err != nil && runCtx.Err() == nil {
				p.log.Error("scheduled run failed", "source", name, "err", err)
			}
		}))
		p.log.Info("scheduled", "source", name, "schedule", src.Schedule, "next", sched.Next(p.cfg.Now()))
		scheduled = append(scheduled, name)
	}
	if len(scheduled) == 0 {
		p.log.Warn("no source has a schedule; runs start only on request (pledgewatch crawl or POST /api/v1/runs)")
	}
	var initial sync.WaitGroup
	if len(scheduled) > 0 {
		initial.Add(1)
		go func() {
			defer initial.Done()
			if _, err := p.Ingest(runCtx, scheduled, wait, nil); err != nil && runCtx.Err() == nil {
				p.log.Error("initial run failed", "err", err)
			}
		}()
	}
	c.Start()
	<-ctx.Done()
	cancel()
	<-c.Stop().Done()
	initial.Wait()
	return nil
}
