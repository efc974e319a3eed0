package crawler

// One crawl's URLs: what is known about each fetch, the FIFO that keeps
// at most maxInFlight of them in colly, and the crawl's running totals.

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
)

type kind int

const (
	kindPage kind = iota
	kindFeed
	kindSitemap
)

func (k kind) String() string {
	switch k {
	case kindFeed:
		return "feed"
	case kindSitemap:
		return "sitemap"
	}
	return "page"
}

// conditional reports whether f is requested with If-None-Match /
// If-Modified-Since from stored state: feeds, sitemaps and the article
// pages they list. Pages reached from seeds are always fetched in full,
// since their links must be followed.
func (f *fetch) conditional() bool { return f.kind != kindPage || !f.follow }

// fetch is one URL to crawl and what the crawl knows about it.
type fetch struct {
	url    string // normalised
	kind   kind
	follow bool // follow its links (pages reached from seeds)
	depth  int  // links away from the seed
	// smDepth is how many sitemap indexes lead to this fetch from a
	// configured sitemap (0 for the configured ones).
	smDepth int
	// published is the date a feed or sitemap gave for this page.
	published time.Time
	// parent is the feed or sitemap that listed this URL.
	parent *fetch
	// failed is set when this fetch or anything it listed failed; a failed
	// feed or sitemap does not get its conditional state recorded.
	failed atomic.Bool
	// publishedHere lists the articles this fetch or anything it listed
	// published in this crawl (guarded by crawl.mu): a feed or sitemap gets
	// its conditional state recorded only once they are all stored.
	publishedHere []storedCheck
	// skipped is set by the response-headers callback when it refuses the
	// content type; read by the error callback in the same goroutine.
	skipped bool
	// next is the conditional state to record after the crawl (feeds and
	// sitemaps answered 2xx).
	next *record
}

func (f *fetch) fail() {
	for p := f; p != nil; p = p.parent {
		p.failed.Store(true)
	}
}

// crawl is the state of one Crawl call.
type crawl struct {
	c       *Crawler
	ctx     context.Context
	src     Source
	coll    *colly.Collector
	allowed map[string]bool

	progressMu sync.Mutex // serialises Options.Progress calls

	// jobs, if set, takes the article pages listed by feeds and sitemaps
	// instead of fetching them (Expand).
	jobs func(context.Context, PageJob) error

	mu        sync.Mutex
	stats     Stats
	seen      map[string]bool // normalised URLs requested
	inFlight  int             // fetches handed to colly and not done
	queue     []*fetch        // fetches waiting for inFlight < maxInFlight
	emitted   map[string]bool // article ids handled
	condFetch []*fetch        // feeds and sitemaps with state to record
	// pages are the article pages published in this crawl whose
	// conditional state is recorded at the end if the article is stored.
	pages []pendingPage

	limitsHit      map[string]bool // limits already named in Stats.Notes
	robots         robotsCache
	robotsReported map[string]bool // sites whose unavailable robots.txt was counted as an error
}

// visit schedules f unless the crawl is over, f's URL was seen, or its
// host is not allowed. At most maxInFlight requests of a crawl are handed
// to colly at once (each costs a goroutine); the rest wait in a FIFO queue,
// so a sitemap of 50,000 URLs costs 50,000 small structs, not goroutines.
func (cr *crawl) visit(f *fetch) {
	if cr.ctx.Err() != nil {
		return
	}
	u, err := url.Parse(f.url)
	if err != nil || !cr.allowed[u.Hostname()] {
		return
	}
	cr.mu.Lock()
	if cr.seen[f.url] {
		cr.mu.Unlock()
		return
	}
	if len(cr.seen) >= cr.c.opts.MaxURLs {
		cr.mu.Unlock()
		cr.limitReached("urls", fmt.Sprintf("crawl.max_urls_per_source (%d) reached; the URLs after it, first %s, wait for the next run", cr.c.opts.MaxURLs, f.url))
		return
	}
	cr.seen[f.url] = true
	if cr.jobs != nil && f.kind == kindPage && !f.follow {
		cr.mu.Unlock()
		cr.queueJob(f)
		return
	}
	if cr.inFlight >= maxInFlight {
		cr.queue = append(cr.queue, f)
		cr.mu.Unlock()
		return
	}
	cr.inFlight++
	cr.mu.Unlock()
	if !cr.dispatch(f) {
		cr.done()
	}
}

// maxInFlight bounds the requests of one crawl handed to colly at once.
const maxInFlight = 64

// done is called when a dispatched fetch has finished (colly's OnScraped
// or OnError, or dispatch failing). It hands the next queued fetch to
// colly, or drops the queue once the crawl's context has ended.
func (cr *crawl) done() {
	for {
		cr.mu.Lock()
		if cr.ctx.Err() != nil {
			cr.queue = nil
		}
		if len(cr.queue) == 0 {
			cr.inFlight--
			cr.mu.Unlock()
			return
		}
		next := cr.queue[0]
		cr.queue[0] = nil
		cr.queue = cr.queue[1:]
		cr.mu.Unlock()
		if cr.dispatch(next) {
			return
		}
	}
}

// dispatch hands f to colly. It reports whether colly took the request, in
// which case exactly one of OnScraped or OnError will follow.
func (cr *crawl) dispatch(f *fetch) bool {
	hdr := http.Header{}
	switch f.kind {
	case kindFeed:
		hdr.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8")
	case kindSitemap:
		hdr.Set("Accept", "application/xml, text/xml;q=0.9, */*;q=0.8")
	default:
		hdr.Set("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.5")
	}
	if f.conditional() {
		rec, err := cr.getRecord(fetchKey(f.url))
		if err != nil {
			cr.failure(f, err)
			cr.progress()
			return false
		}
		if rec.ETag != "" {
			hdr.Set("If-None-Match", rec.ETag)
		}
		if rec.LastModified != "" {
			hdr.Set("If-Modified-Since", rec.LastModified)
		}
	}
	if u, err := url.Parse(f.url); err == nil {
		if err := cr.robotsCheck(u, true); err != nil {
			cr.robotsRefused(f, err)
			cr.progress()
			return false
		}
	}
	cctx := colly.NewContext()
	cctx.Put("fetch", f)
	err := cr.coll.Request(http.MethodGet, f.url, nil, cctx, hdr)
	switch {
	case err == nil:
		return true
	case errors.Is(err, colly.ErrRobotsTxtBlocked):
		cr.c.log.Debug("crawler: disallowed by robots.txt", "url", f.url)
		cr.disallowed(f.url)
		cr.progress()
	case errors.Is(err, colly.ErrForbiddenDomain), errors.Is(err, colly.ErrMaxDepth):
	default:
		cr.failure(f, err)
		cr.progress()
	}
	return false
}

func (cr *crawl) fetchOf(ctx *colly.Context) *fetch {
	if ctx == nil {
		return nil
	}
	f, _ := ctx.GetAny("fetch").(*fetch)
	return f
}

// failure counts a per-URL error, unless it is only the crawl's context
// ending.
func (cr *crawl) failure(f *fetch, err error) {
	f.fail()
	if cr.ctx.Err() != nil {
		return
	}
	var ue *url.Error
	if errors.As(err, &ue) { // "Get \"…\": …" names the URL again
		err = ue.Err
	}
	msg := f.url + ": " + err.Error()
	cr.c.log.Warn("crawler: fetch failed", "kind", f.kind, "url", f.url, "err", err)
	cr.mu.Lock()
	cr.stats.Errors++
	if len(cr.stats.ErrorSamples) < maxErrorSamples {
		cr.stats.ErrorSamples = append(cr.stats.ErrorSamples, msg)
	}
	cr.mu.Unlock()
}

func (cr *crawl) countPage() {
	cr.mu.Lock()
	cr.stats.Pages++
	cr.mu.Unlock()
}

func (cr *crawl) snapshot() Stats {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	s := cr.stats
	s.ErrorSamples = append([]string(nil), s.ErrorSamples...)
	s.Disallowed = append([]string(nil), s.Disallowed...)
	s.Notes = append([]string(nil), s.Notes...)
	return s
}

// progress reports the running totals to Options.Progress, serialised.
func (cr *crawl) progress() {
	if cr.c.opts.Progress == nil {
		return
	}
	cr.progressMu.Lock()
	defer cr.progressMu.Unlock()
	cr.c.opts.Progress(cr.snapshot())
}
