package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/pledgewatch/pledgewatch/store"
)

// DeadLetters returns up to n messages the pipeline gave up on, newest
// first (n <= 0: all), with the article URL their payload names.
func (p *Pipeline) DeadLetters(ctx context.Context, n int) ([]news.DeadLetter, error) {
	dls, err := p.cfg.Queue.DeadLetters(ctx, n)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	out := make([]news.DeadLetter, 0, len(dls))
	for _, d := range dls {
		out = append(out, news.DeadLetter{Seq: d.Seq, Stream: string(d.Stream), MsgID: d.MsgID, Reason: d.Reason,
			Deliveries: d.Deliveries, Time: d.Time, URL: payloadURL(d.Data), Bytes: len(d.Data)})
	}
	return out, nil
}

// payloadURL is the article URL of an article or extraction message, or
// "" when the payload does not decode.
func payloadURL(data []byte) string {
	var m struct {
		URL     string `json:"url"`
		Article struct {
			URL string `json:"url"`
		} `json:"article"`
	}
	if json.Unmarshal(data, &m) != nil {
		return ""
	}
	if m.URL != "" {
		return m.URL
	}
	return m.Article.URL
}

// Redrive puts dead letter seq back on the stream it came from, for
// another try (after the cause was fixed: a rules or store upgrade, disk
// space …). A seq that is not a dead letter gives an error wrapping
// store.ErrNotFound.
func (p *Pipeline) Redrive(ctx context.Context, seq uint64) error {
	if err := p.cfg.Queue.Redrive(ctx, seq); err != nil {
		if errors.Is(err, queue.ErrNoDeadLetter) {
			return fmt.Errorf("pipeline: dead letter %d: %w", seq, store.ErrNotFound)
		}
		return fmt.Errorf("pipeline: %w", err)
	}
	return nil
}
