package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// Reextract re-runs the current rules over every stored article, without
// re-crawling, and saves the results. Human review decisions survive (the
// store keeps them by commitment id). It needs the store and the extractor
// in this process, and returns how many articles it re-extracted.
func (p *Pipeline) Reextract(ctx context.Context) (int, error) {
	if p.cfg.Store == nil || p.cfg.Extractor == nil {
		return 0, errors.New("pipeline: reextract needs the store and the extractor in this process")
	}
	n, err := ReextractN(ctx, p.cfg.Store, p.cfg.Extractor, p.cfg.Now(), p.cfg.MaxCommitments)
	p.log.Info("re-extracted", "articles", n, "err", err)
	return n, err
}

// Reextract re-runs x over every article in st and saves the results, as
// Pipeline.Reextract does, for a process that runs no pipeline, keeping
// at most DefaultMaxCommitments commitments per article.
func Reextract(ctx context.Context, st *store.Store, x *extractor.Extractor, now time.Time) (int, error) {
	return ReextractN(ctx, st, x, now, DefaultMaxCommitments)
}

// ReextractN is Reextract keeping at most max commitments per article.
func ReextractN(ctx context.Context, st *store.Store, x *extractor.Extractor, now time.Time, max int) (int, error) {
	// Collect ids first: saving while a read transaction is open could
	// block bbolt's writer on a remap.
	var ids []string
	if err := st.ArticleTexts(ctx, func(a news.Article) error {
		ids = append(ids, a.ID)
		return nil
	}); err != nil {
		return 0, fmt.Errorf("pipeline: reextract: %w", err)
	}
	n, failed := 0, 0
	var first error
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return n, fmt.Errorf("pipeline: reextract: %w", err)
		}
		a, _, err := st.Article(ctx, id)
		if err != nil {
			return n, fmt.Errorf("pipeline: reextract %s: %w", id, err)
		}
		cs, err := x.TryExtract(a.Text)
		if err != nil {
			failed++
			if first == nil {
				first = fmt.Errorf("%s: %w", a.URL, err)
			}
			continue
		}
		if _, err := st.SaveExtraction(ctx, extraction(a, cs, now, max)); err != nil {
			return n, fmt.Errorf("pipeline: reextract %s: %w", a.URL, err)
		}
		n++
	}
	if failed > 0 {
		return n, fmt.Errorf("pipeline: reextract: the extractor failed on %d of %d articles, which keep their earlier commitments (first: %w)", failed, len(ids), first)
	}
	return n, nil
}
