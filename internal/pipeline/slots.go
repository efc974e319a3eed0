package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/robfig/cron/v3"
)

// everySlots is an "@every d" schedule aligned on multiples of d since
// the zero time, so that schedulers started at different times agree on
// the slots.
type everySlots struct{ d time.Duration }

func (e everySlots) Next(t time.Time) time.Time { return t.Truncate(e.d).Add(e.d) }

// parseSlots parses a source schedule for the shared scheduler: a cron
// expression, or "@every d" aligned on multiples of d (at least a second).
func parseSlots(spec string) (cron.Schedule, error) {
	s, err := cron.ParseStandard(spec)
	if err != nil {
		return nil, err
	}
	if every, ok := s.(cron.ConstantDelaySchedule); ok {
		return everySlots{d: every.Delay}, nil
	}
	return s, nil
}

// slotLookback bounds how far back lastSlot searches a cron schedule.
const slotLookback = 8 * 24 * time.Hour

// lastSlot returns the latest time of s not after now: the slot a run
// started at now belongs to. A cron schedule with no time in the last
// eight days (a monthly one, say) gives the start of now's day.
func lastSlot(s cron.Schedule, now time.Time) time.Time {
	if e, ok := s.(everySlots); ok {
		return now.Truncate(e.d)
	}
	var last time.Time
	for t := now.Add(-slotLookback); ; {
		n := s.Next(t)
		if n.IsZero() || n.After(now) {
			break
		}
		last, t = n, n
	}
	if last.IsZero() {
		return now.Truncate(24 * time.Hour)
	}
	return last
}

// scheduleShared publishes a run of every scheduled source for its
// current slot at start, then one at each of its times, until ctx ends.
// Every crawler process runs it; the server keeps one run per source and
// slot (PublishRun).
func (p *Pipeline) scheduleShared(ctx context.Context) error {
	c := cron.New()
	type entry struct {
		name  string
		sched cron.Schedule
	}
	var entries []entry
	for _, name := range p.names {
		src := p.sources[name]
		if src.Schedule == "" {
			continue
		}
		sched, err := parseSlots(src.Schedule)
		if err != nil {
			return fmt.Errorf("pipeline: source %s: schedule %q: %w", name, src.Schedule, err)
		}
		entries = append(entries, entry{name, sched})
	}
	publish := func(e entry) {
		slot := lastSlot(e.sched, p.cfg.Now())
		if _, err := p.PublishRun(ctx, e.name, slot); err != nil && ctx.Err() == nil {
			p.log.Error("scheduled run not published", "source", e.name, "slot", slot, "err", err)
		}
	}
	for _, e := range entries {
		c.Schedule(e.sched, cron.FuncJob(func() { publish(e) }))
		p.log.Info("scheduled", "source", e.name, "schedule", p.sources[e.name].Schedule, "next", e.sched.Next(p.cfg.Now()))
		publish(e)
	}
	if len(entries) == 0 {
		p.log.Warn("no source has a schedule; runs start only on request")
	}
	c.Start()
	<-ctx.Done()
	<-c.Stop().Done()
	return nil
}
