package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/queue"
)

// extractBatch is how many waiting articles an extractor worker takes at
// a time: their extractions are published together and their acks
// confirmed together, instead of one round trip after the other. Small,
// so that extractor processes on other machines get their share.
const extractBatch = 16

// RunExtractors consumes articles with cfg.Workers goroutines, each taking
// up to extractBatch waiting articles at a time; it extracts commitments
// and publishes one Extraction per article. It blocks until ctx ends. A
// message is acked only after its extraction was published.
func (p *Pipeline) RunExtractors(ctx context.Context) error {
	if p.cfg.Extractor == nil {
		return errors.New("pipeline: no extractor configured")
	}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	errs := make(chan error, p.cfg.Workers)
	var wg sync.WaitGroup
	for range p.cfg.Workers {
		wg.Go(func() {
			if err := p.cfg.Queue.ConsumeBatch(ctx, queue.Articles, extractBatch, p.handleArticles); err != nil {
				errs <- err
				stop() // one fatal error ends every worker
			}
		})
	}
	wg.Wait()
	close(errs)
	return <-errs // the first fatal error, or nil
}

// handleArticles extracts each article of a batch and publishes the
// extractions together; each message's outcome is its own.
func (p *Pipeline) handleArticles(ctx context.Context, data [][]byte) []error {
	errs := make([]error, len(data))
	out := make([]queue.Message, 0, len(data))
	idx := make([]int, 0, len(data))
	urls := make([]string, 0, len(data))
	for i, d := range data {
		m, url, err := p.extractArticle(d)
		if err != nil {
			errs[i] = err
			continue
		}
		out = append(out, m)
		idx = append(idx, i)
		urls = append(urls, url)
	}
	for j, err := range p.cfg.Queue.PublishBatch(ctx, queue.Extractions, out) {
		if err != nil {
			errs[idx[j]] = fmt.Errorf("pipeline: publish extraction of %s: %w", urls[j], err)
		}
	}
	return errs
}

// extractArticle decodes an article message and returns the message of
// its extraction, and the article's URL.
func (p *Pipeline) extractArticle(data []byte) (queue.Message, string, error) {
	var a news.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return queue.Message{}, "", queue.Permanent(fmt.Errorf("pipeline: decode article: %w", err))
	}
	if a.ID == "" {
		return queue.Message{}, "", queue.Permanent(errors.New("pipeline: article without id"))
	}
	start := time.Now()
	run := a.Run
	a.Run = "" // not stored with the article
	x := ExtractN(p.cfg.Extractor, a, p.cfg.Now(), p.cfg.MaxCommitments)
	x.Run = run
	p.metrics.extractedOne(time.Since(start))
	out, err := json.Marshal(x)
	if err != nil {
		return queue.Message{}, a.URL, queue.Permanent(fmt.Errorf("pipeline: encode extraction: %w", err))
	}
	return queue.Message{ID: a.ID + "." + a.ContentHash + "." + extractor.Version, Data: out}, a.URL, nil
}

// DefaultMaxCommitments is the default bound on the commitments kept per
// article: far more than a real article states, few enough that a page
// made to repeat pledges cannot flood the ledger.
const DefaultMaxCommitments = 200

// Extract runs x over the article and returns the Extraction with
// commitment ids and article ids filled, keeping at most
// DefaultMaxCommitments commitments.
func Extract(x *extractor.Extractor, a news.Article, now time.Time) news.Extraction {
	return ExtractN(x, a, now, DefaultMaxCommitments)
}

// ExtractN is Extract keeping at most max commitments (the first ones in
// the extractor's order); the number left out is in CommitmentsCut.
func ExtractN(x *extractor.Extractor, a news.Article, now time.Time, max int) news.Extraction {
	return extraction(a, x.Extract(a.Text), now, max)
}

// extraction is the Extraction of article a with commitments cs, keeping
// at most max of them (all if max <= 0).
func extraction(a news.Article, cs []news.Commitment, now time.Time, max int) news.Extraction {
	cut := 0
	if max > 0 && len(cs) > max {
		cut = len(cs) - max
		cs = cs[:max:max]
	}
	for i := range cs {
		cs[i].ArticleID = a.ID
		cs[i].ID = news.CommitmentID(a.ID, cs[i])
	}
	return news.Extraction{Article: a, Commitments: cs, Extractor: extractor.Version, ExtractedAt: now.UTC(), CommitmentsCut: cut}
}
