package pipeline

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/internal/queue"
)

func TestLastSlot(t *testing.T) {
	now := time.Date(2026, 3, 4, 10, 47, 30, 0, time.UTC)
	for _, tc := range []struct {
		spec string
		want time.Time
	}{
		{"@every 30m", time.Date(2026, 3, 4, 10, 30, 0, 0, time.UTC)},
		{"@every 1h", time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)},
		{"@every 24h", time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"CRON_TZ=UTC 15 * * * *", time.Date(2026, 3, 4, 10, 15, 0, 0, time.UTC)},
		{"CRON_TZ=UTC 0 6 * * *", time.Date(2026, 3, 4, 6, 0, 0, 0, time.UTC)},
		{"CRON_TZ=UTC 0 12 * * *", time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)},
		// Nothing in the last eight days: the start of the day.
		{"CRON_TZ=UTC 0 0 1 1 *", time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(tc.spec, func(t *testing.T) {
			s, err := parseSlots(tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			if got := lastSlot(s, now); !got.Equal(tc.want) {
				t.Errorf("lastSlot = %v, want %v", got, tc.want)
			}
			// Schedulers started at other times within the slot agree.
			if got := lastSlot(s, tc.want.Add(time.Second)); !got.Equal(tc.want) {
				t.Errorf("lastSlot a second into the slot = %v, want %v", got, tc.want)
			}
			if next := s.Next(tc.want); !next.After(now) && tc.spec != "CRON_TZ=UTC 0 0 1 1 *" {
				t.Errorf("Next(slot) = %v is not after now %v", next, now)
			}
		})
	}
	if _, err := parseSlots("every half hour"); err == nil {
		t.Error("parseSlots accepted an invalid schedule")
	}
}

// TestPublishRunOncePerSlot publishes the same run as three schedulers
// would: the server keeps one per source and slot.
func TestPublishRunOncePerSlot(t *testing.T) {
	q, err := queue.Open(t.Context(), queue.Config{StoreDir: filepath.Join(t.TempDir(), "nats")})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	srcs := []Source{
		{Source: crawler.Source{Name: "a", Feeds: []string{"https://a.example/feed"}}, Schedule: "@every 1h"},
		{Source: crawler.Source{Name: "b", Feeds: []string{"https://b.example/feed"}}, Schedule: "@every 1h"},
	}
	var ps []*Pipeline
	for range 3 {
		p, err := New(Config{Queue: q, Sources: srcs})
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	slot := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		source string
		slot   time.Time
		want   uint64
	}{
		{"a", slot, 1},
		{"b", slot, 2},
		{"a", slot.Add(time.Hour), 3},
	} {
		for _, p := range ps {
			if _, err := p.PublishRun(t.Context(), tc.source, tc.slot); err != nil {
				t.Fatal(err)
			}
		}
		if n, err := q.Pending(t.Context(), queue.CrawlRuns); err != nil || n != tc.want {
			t.Errorf("after publishing %s@%v three times: %d runs queued (%v), want %d", tc.source, tc.slot, n, err, tc.want)
		}
	}
	if _, err := ps[0].PublishRun(t.Context(), "nope", slot); !errors.Is(err, ErrUnknownSource) {
		t.Errorf("PublishRun of an unknown source: %v, want ErrUnknownSource", err)
	}
}
