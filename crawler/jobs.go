package crawler

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// PageJob is one article page of a crawl run, listed by a feed or a
// sitemap, for any crawler of a cluster to fetch (CrawlPage).
type PageJob struct {
	// URL is the normalised page URL.
	URL string `json:"url"`
	// Published is the date the feed or sitemap gave for the page.
	Published time.Time `json:"published,omitzero"`
}

// Expand crawls src like Crawl, except that the article pages listed by
// its feeds and sitemaps are not fetched: each is handed to jobs once
// (counted in Stats.PagesQueued; an error from jobs counts as a failure
// of that page). Seeds and the pages reached from them are still crawled
// here, since their links are followed. The validators of feeds and
// sitemaps that listed pages are not recorded, as their pages are stored
// later, elsewhere: they are fetched in full on every run, while their
// pages are still asked conditionally.
func (c *Crawler) Expand(ctx context.Context, src Source, jobs func(context.Context, PageJob) error) (Stats, error) {
	if jobs == nil {
		return Stats{}, fmt.Errorf("crawler: expand %q: %w: no page-job function", src.Name, ErrNilDependency)
	}
	return c.crawlSource(ctx, src, jobs)
}

// CrawlPage fetches the article page of job, a page of source src, as
// Crawl would have fetched it from src's feed or sitemap: asked
// conditionally, published to the Sink unless unchanged, robots.txt and
// the politeness limits obeyed. Failures are counted in Stats; the error
// is ctx's or wraps ErrBadURL.
func (c *Crawler) CrawlPage(ctx context.Context, src Source, job PageJob) (Stats, error) {
	n, err := NormalizeURL(job.URL)
	if err != nil {
		return Stats{}, fmt.Errorf("crawler: source %q: page job: %w", src.Name, err)
	}
	u, _ := url.Parse(n)
	start := &fetch{url: n, kind: kindPage, published: job.Published}
	return c.run(ctx, src, []*fetch{start}, map[string]bool{u.Hostname(): true}, nil)
}

// Delay is the effective spacing of request starts to one host (zero: no
// delay).
func (c *Crawler) Delay() time.Duration { return c.opts.Delay }

// AllowedHosts returns the host names a crawl of src may fetch from:
// src.AllowedDomains, or the hosts of its feed, sitemap and seed URLs.
// Invalid URLs are left out (Crawl reports them).
func AllowedHosts(src Source) []string {
	var out []string
	for _, d := range src.AllowedDomains {
		out = append(out, strings.ToLower(strings.TrimSpace(d)))
	}
	if len(out) > 0 {
		return out
	}
	seen := map[string]bool{}
	for _, list := range [][]string{src.Feeds, src.Sitemaps, src.Seeds} {
		for _, raw := range list {
			n, err := NormalizeURL(raw)
			if err != nil {
				continue
			}
			u, _ := url.Parse(n)
			if h := u.Hostname(); !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
		}
	}
	return out
}

// queueJob hands the article page f to the crawl's page-job function.
func (cr *crawl) queueJob(f *fetch) {
	defer cr.progress()
	if f.parent != nil {
		// Stored elsewhere, later: the lister's validators are not
		// recorded (see Expand).
		f.parent.fail()
	}
	if err := cr.jobs(cr.ctx, PageJob{URL: f.url, Published: f.published}); err != nil {
		cr.failure(f, fmt.Errorf("crawler: queue page job: %w", err))
		return
	}
	cr.mu.Lock()
	cr.stats.PagesQueued++
	cr.mu.Unlock()
}
