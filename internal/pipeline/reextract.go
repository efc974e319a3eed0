package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Reextract re-runs the current rules over every stored article, without
// re-crawling, and saves the results. Human review decisions survive (the
// store keeps them by commitment id). It needs the store and the extractor
// in this process, and returns how many articles it re-extracted.
func (p *Pipeline) Reextract(ctx context.Context) (int, error) {
	if p.cfg.Store == nil || p.cfg.Extractor == nil {
		return 0, errors.New("pipeline: reextract needs the store and the extractor in this process")
	}
	// Collect ids first: saving while a read transaction is open could
	// block bbolt's writer on a remap.
	var ids []string
	if err := p.cfg.Store.ArticleTexts(ctx, func(a news.Article) error {
		ids = append(ids, a.ID)
		return nil
	}); err != nil {
		return 0, fmt.Errorf("pipeline: reextract: %w", err)
	}
	n := 0
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return n, fmt.Errorf("pipeline: reextract: %w", err)
		}
		a, _, err := p.cfg.Store.Article(ctx, id)
		if err != nil {
			return n, fmt.Errorf("pipeline: reextract %s: %w", id, err)
		}
		if _, err := p.cfg.Store.SaveExtraction(ctx, Extract(p.cfg.Extractor, a, p.cfg.Now())); err != nil {
			return n, fmt.Errorf("pipeline: reextract %s: %w", a.URL, err)
		}
		n++
	}
	p.log.Info("re-extracted", "articles", n)
	return n, nil
}
