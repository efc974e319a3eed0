package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/mmcdole/gofeed"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Sink receives articles. Publish blocks until the article is durably
// accepted (or fails). It is called from several goroutines at once.
type Sink interface {
	Publish(ctx context.Context, a news.Article) error
}

// State is the crawl state shared by all crawler instances (JetStream KV in
// production; the pipeline adapts it). Get returns (nil, nil) for a missing
// key. Keys are opaque [A-Za-z0-9_-] strings. Both methods are called from
// several goroutines at once.
type State interface {
	Get(ctx context.Context, key string) ([]byte, error)
	Put(ctx context.Context, key string, value []byte) error
}

// Defaults of Options.
const (
	DefaultUserAgent       = "pledgewatch/0.1 (+https://github.com/pledgewatch/pledgewatch)"
	DefaultTimeout         = 30 * time.Second
	DefaultMaxBodyBytes    = 10 << 20
	DefaultDelay           = time.Second
	DefaultParallelism     = 2
	DefaultMinArticleChars = 500
	DefaultMaxParseBytes   = 1 << 20
	DefaultMaxTextBytes    = 256 << 10
	DefaultMaxSitemapDepth = 5
	DefaultMaxURLs         = 10000
	// MaxRedirects is the longest redirect chain followed.
	MaxRedirects = 5
)

// Options configure a Crawler. The zero value of every field means its
// default.
type Options struct {
	// UserAgent is sent with every request and matched against robots.txt
	// groups. Default DefaultUserAgent.
	UserAgent string
	// Timeout bounds one request, from the moment the politeness limits let
	// it go out until its body is read. Default 30s.
	Timeout time.Duration
	// MaxBodyBytes bounds a response body, and a decompressed feed or
	// sitemap; larger ones are cut and counted as errors. Default 10 MiB.
	MaxBodyBytes int64
	// AllowPrivateNetworks lets the crawler connect to loopback, private and
	// link-local addresses. By default an SSRF guard refuses them at dial
	// time (ErrBlockedAddress).
	AllowPrivateNetworks bool
	// Delay spaces the starts of requests to one host. Zero means the
	// default 1s; a negative value means no delay.
	Delay time.Duration
	// Parallelism is the most requests in flight to one host. Default 2.
	Parallelism int
	// MinArticleChars is the shortest main text (in bytes) for a page to
	// count as an article; shorter pages (section and index pages) are not
	// emitted, though their links are followed. Default 500.
	MinArticleChars int
	// MaxParseBytes bounds the HTML of one page that is parsed; a longer
	// page loses the contents of its <script> (but JSON-LD) and <style>
	// elements, and what is still too long is cut before parsing
	// (main-text extraction costs many times the page's size) and counted
	// in Stats.PagesCut. Default 1 MiB.
	MaxParseBytes int
	// MaxTextBytes bounds the main text kept from one page; longer texts
	// are cut at a line break and counted in Stats.PagesCut. Default
	// 256 KiB.
	MaxTextBytes int
	// MaxParsingBytes bounds the HTML being parsed at once by one Crawler,
	// all crawls together; pages wait for their turn. Default twice
	// MaxParseBytes; it is raised to MaxParseBytes when smaller.
	MaxParsingBytes int64
	// MaxSitemapDepth is how many levels of sitemap indexes are followed
	// below a configured sitemap; deeper ones are not fetched and are
	// reported in Stats.Notes. Default 5.
	MaxSitemapDepth int
	// MaxURLs bounds the URLs one Crawl requests (feeds, sitemaps and
	// pages); the rest are counted in Stats.URLsDropped and reported in
	// Stats.Notes. Default 10,000.
	MaxURLs int
	// Logger receives debug and warning records; nil discards them.
	Logger *slog.Logger
	// Progress, if set, is called after each fetch with a copy of the
	// running totals. Calls are serialised; it must not block for long.
	Progress func(Stats)
	// RobotsCacheTTL, when positive, keeps robots.txt answers in State
	// for this long, shared by every Crawler on the same State (crawler
	// processes of a cluster), and in memory. Zero: robots.txt is fetched
	// once per host per Crawl.
	RobotsCacheTTL time.Duration
}

// Source is one configured news source.
type Source struct {
	Name string
	// Feeds are RSS, Atom or JSON Feed URLs; their item links are fetched
	// as article pages.
	Feeds []string
	// Sitemaps are sitemap.xml URLs: urlsets, sitemap indexes, gzipped or
	// not. Their <loc> URLs are fetched as article pages.
	Sitemaps []string
	// Seeds are article or section pages; links are followed up to
	// MaxDepth within AllowedDomains.
	Seeds []string
	// AllowedDomains are the host names (exact match, no port) the crawl
	// may fetch from. Empty means the hosts of the feed, sitemap and seed
	// URLs.
	AllowedDomains []string
	// MaxDepth is how many links away from a seed the crawl goes: 0 means
	// only the seed pages themselves.
	MaxDepth int
}

// Stats are the totals of one Crawl.
type Stats struct {
	// Pages counts successful HTTP fetches (feeds, sitemaps, pages,
	// including 304 Not Modified answers).
	Pages int
	// ArticlesNew counts articles published to the Sink (new or changed).
	ArticlesNew int
	// ArticlesUnchanged counts articles whose content hash matched State.
	// Items of a feed or sitemap answered 304 are not fetched and not
	// counted.
	ArticlesUnchanged int
	// Skipped counts URLs not fetched or not parsed on purpose: disallowed
	// by robots.txt or not HTML.
	Skipped int
	// Disallowed holds the first few URLs that robots.txt kept the crawl
	// from fetching.
	Disallowed []string
	// Errors counts per-URL failures; ErrorSamples holds the first five
	// messages.
	Errors       int
	ErrorSamples []string
	// PagesCut counts pages cut before parsing (Options.MaxParseBytes) or
	// whose main text was cut (Options.MaxTextBytes).
	PagesCut int
	// CharsetErrors counts pages with bytes that were not valid in their
	// character set (say windows-1251 text labelled UTF-8); those bytes
	// were replaced with U+FFFD.
	CharsetErrors int
	// URLsDropped counts URLs not requested because Options.MaxURLs was
	// reached or their sitemap was nested deeper than
	// Options.MaxSitemapDepth.
	URLsDropped int
	// Notes holds the first five messages about cuts and limits reached.
	Notes []string
	// PagesQueued counts article pages handed to a page-job function
	// (Expand) instead of being fetched.
	PagesQueued int
}

// maxErrorSamples is how many error messages Stats keeps.
const maxErrorSamples = 5

// Crawler fetches sources and emits articles. It is safe for concurrent
// use; concurrent crawls share the per-host politeness limits.
type Crawler struct {
	opts      Options
	state     State
	sink      Sink
	log       *slog.Logger
	transport *politeTransport
	parsing   *byteBudget       // HTML being parsed, all crawls together
	rt        http.RoundTripper // transport, behind the robots.txt cache if any
}

// New returns a Crawler that reads and writes crawl state in state and
// publishes articles to sink. Neither may be nil (ErrNilDependency).
func New(opts Options, state State, sink Sink) (*Crawler, error) {
	if state == nil || sink == nil {
		return nil, fmt.Errorf("crawler: %w: state and sink are required", ErrNilDependency)
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	switch {
	case opts.Delay == 0:
		opts.Delay = DefaultDelay
	case opts.Delay < 0:
		opts.Delay = 0
	}
	if opts.Parallelism <= 0 {
		opts.Parallelism = DefaultParallelism
	}
	if opts.MinArticleChars <= 0 {
		opts.MinArticleChars = DefaultMinArticleChars
	}
	if opts.MaxParseBytes <= 0 {
		opts.MaxParseBytes = DefaultMaxParseBytes
	}
	if opts.MaxTextBytes <= 0 {
		opts.MaxTextBytes = DefaultMaxTextBytes
	}
	if opts.MaxParsingBytes <= 0 {
		opts.MaxParsingBytes = 2 * int64(opts.MaxParseBytes)
	}
	if opts.MaxParsingBytes < int64(opts.MaxParseBytes) {
		opts.MaxParsingBytes = int64(opts.MaxParseBytes)
	}
	if opts.MaxSitemapDepth <= 0 {
		opts.MaxSitemapDepth = DefaultMaxSitemapDepth
	}
	if opts.MaxURLs <= 0 {
		opts.MaxURLs = DefaultMaxURLs
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Crawler{opts: opts, state: state, sink: sink, log: log, transport: newPoliteTransport(opts),
		parsing: newByteBudget(opts.MaxParsingBytes)}
	c.rt = c.transport
	if opts.RobotsCacheTTL > 0 {
		c.rt = newRobotsTransport(c.transport, state, opts.RobotsCacheTTL, opts.Delay, log)
	}
	return c, nil
}

// record is the crawl state stored under an article id (Hash set) or under
// the key of a feed or sitemap URL (ETag / LastModified set).
type record struct {
	Hash         string    `json:"hash,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Time         time.Time `json:"time"`
}

// fetchKey is the State key of a feed or sitemap URL.
func fetchKey(normURL string) string { return "fetch-" + news.ArticleID(normURL) }

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

// fetch is one URL to crawl and what the crawl knows about it.
// conditional reports whether f is requested with If-None-Match /
// If-Modified-Since from stored state: feeds, sitemaps and the article
// pages they list. Pages reached from seeds are always fetched in full,
// since their links must be followed.
func (f *fetch) conditional() bool { return f.kind != kindPage || !f.follow }

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

// Crawl runs one ingestion of src and returns when every discovered page is
// done or ctx ends (then with ctx's error and the totals so far). Per-URL
// failures are counted in Stats, not returned. It returns an error
// wrapping ErrBadURL without crawling when a configured URL is invalid.
func (c *Crawler) Crawl(ctx context.Context, src Source) (Stats, error) {
	return c.crawlSource(ctx, src, nil)
}

// crawlSource is Crawl, with the article pages listed by feeds and
// sitemaps handed to jobs when it is not nil (Expand).
func (c *Crawler) crawlSource(ctx context.Context, src Source, jobs func(context.Context, PageJob) error) (Stats, error) {
	var starts []*fetch
	add := func(raw string, k kind) error {
		n, err := NormalizeURL(raw)
		if err != nil {
			return fmt.Errorf("crawler: source %q: %w", src.Name, err)
		}
		starts = append(starts, &fetch{url: n, kind: k, follow: k == kindPage})
		return nil
	}
	for _, u := range src.Feeds {
		if err := add(u, kindFeed); err != nil {
			return Stats{}, err
		}
	}
	for _, u := range src.Sitemaps {
		if err := add(u, kindSitemap); err != nil {
			return Stats{}, err
		}
	}
	for _, u := range src.Seeds {
		if err := add(u, kindPage); err != nil {
			return Stats{}, err
		}
	}

	allowed := make(map[string]bool)
	for _, d := range src.AllowedDomains {
		allowed[strings.ToLower(strings.TrimSpace(d))] = true
	}
	if len(allowed) == 0 {
		for _, f := range starts {
			u, _ := url.Parse(f.url)
			allowed[u.Hostname()] = true
		}
	}
	return c.run(ctx, src, starts, allowed, jobs)
}

// run crawls from starts within allowed; jobs, if not nil, takes the
// article pages listed by feeds and sitemaps (see Expand).
func (c *Crawler) run(ctx context.Context, src Source, starts []*fetch, allowed map[string]bool, jobs func(context.Context, PageJob) error) (Stats, error) {
	cr := &crawl{
		c:       c,
		ctx:     ctx,
		src:     src,
		allowed: allowed,
		jobs:    jobs,
		seen:    make(map[string]bool),
		emitted: make(map[string]bool),
	}
	cr.coll = c.newCollector(ctx, allowed, cr.checkRedirect)
	cr.coll.OnResponseHeaders(cr.onResponseHeaders)
	cr.coll.OnResponse(cr.onResponse)
	cr.coll.OnError(cr.onError)
	// Registered last: runs after onResponse has visited the page's links.
	cr.coll.OnScraped(func(*colly.Response) { cr.done() })

	for _, f := range starts {
		cr.visit(f)
	}
	cr.coll.Wait()

	if err := ctx.Err(); err != nil {
		return cr.snapshot(), err
	}
	cr.recordStoredPages()
	cr.recordConditionalState()
	return cr.snapshot(), nil
}

// newCollector builds a colly collector without colly.NewCollector, so
// that COLLY_* environment variables cannot change its behaviour.
func (c *Crawler) newCollector(ctx context.Context, allowed map[string]bool, checkRedirect func(*http.Request) error) *colly.Collector {
	coll := &colly.Collector{}
	coll.Init()
	coll.UserAgent = c.opts.UserAgent
	coll.IgnoreRobotsTxt = true // checked by the crawl, on every redirect hop (robots.go)
	coll.Async = true
	// Deduplication is done by the crawl on normalised URLs; colly's own
	// would also turn legitimate redirects into errors.
	coll.AllowURLRevisit = true
	coll.ParseHTTPErrorResponse = true
	coll.DetectCharset = false // ParseArticle decodes from the raw bytes
	coll.MaxBodySize = 0       // the transport enforces the limit, with an error
	coll.Context = ctx
	for d := range allowed {
		coll.AllowedDomains = append(coll.AllowedDomains, d)
	}
	coll.WithTransport(c.rt)
	coll.SetRequestTimeout(0) // the transport times each request once it may start
	coll.DisableCookies()
	coll.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		if len(via) >= MaxRedirects {
			return fmt.Errorf("crawler: %w: %d hops", ErrTooManyRedirects, len(via))
		}
		target := normalize(req.URL)
		for _, v := range via {
			if normalize(v.URL) == target {
				return fmt.Errorf("crawler: %w: loop back to %s", ErrTooManyRedirects, target)
			}
		}
		return checkRedirect(req)
	})
	return coll
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

// onResponseHeaders refuses page bodies that are not HTML.
func (cr *crawl) onResponseHeaders(r *colly.Response) {
	f := cr.fetchOf(r.Ctx)
	if f == nil || f.kind != kindPage || r.StatusCode < 200 || r.StatusCode > 299 {
		return
	}
	if !isHTML(contentType(r.Headers)) {
		f.skipped = true
		r.Request.Abort()
	}
}

// isHTML reports whether a Content-Type names HTML; an absent one is
// given the benefit of the doubt.
func isHTML(contentType string) bool {
	if strings.TrimSpace(contentType) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

func (cr *crawl) onError(r *colly.Response, err error) {
	f := cr.fetchOf(r.Ctx)
	if f == nil {
		return
	}
	defer cr.done()
	defer cr.progress()
	if errors.Is(err, ErrRobotsDisallowed) {
		cr.c.log.Debug("crawler: redirect disallowed by robots.txt", "url", f.url, "err", err)
		cr.disallowed(f.url)
		return
	}
	if f.skipped && errors.Is(err, colly.ErrAbortedAfterHeaders) {
		cr.c.log.Debug("crawler: not HTML, skipped", "url", f.url)
		cr.mu.Lock()
		cr.stats.Skipped++
		cr.mu.Unlock()
		return
	}
	cr.failure(f, err)
}

func (cr *crawl) onResponse(r *colly.Response) {
	f := cr.fetchOf(r.Ctx)
	if f == nil {
		return
	}
	defer cr.progress()
	switch {
	case r.StatusCode == http.StatusNotModified && f.conditional():
		cr.c.log.Debug("crawler: not modified", "kind", f.kind, "url", f.url)
		cr.countPage()
		if f.kind == kindPage {
			// Only pages once emitted have a record to be asked with.
			cr.mu.Lock()
			cr.stats.ArticlesUnchanged++
			cr.mu.Unlock()
		}
		return
	case r.StatusCode < 200 || r.StatusCode > 299:
		cr.failure(f, fmt.Errorf("crawler: %w: %d", ErrHTTPStatus, r.StatusCode))
		return
	}
	body, err := gunzip(r.Body, cr.c.opts.MaxBodyBytes)
	if err != nil {
		cr.failure(f, err)
		return
	}
	cr.countPage()
	switch f.kind {
	case kindFeed:
		err = cr.handleFeed(f, body)
	case kindSitemap:
		err = cr.handleSitemap(f, body)
	default:
		err = cr.handlePage(f, r, body)
	}
	if err != nil {
		cr.failure(f, err)
		return
	}
	if f.kind != kindPage {
		f.next = &record{ETag: r.Headers.Get("ETag"), LastModified: r.Headers.Get("Last-Modified")}
		if f.next.ETag != "" || f.next.LastModified != "" {
			cr.mu.Lock()
			cr.condFetch = append(cr.condFetch, f)
			cr.mu.Unlock()
		}
	}
}

// gunzip returns body decompressed when it starts with the gzip magic
// number, failing with ErrBodyTooLarge past limit bytes.
func gunzip(body []byte, limit int64) ([]byte, error) {
	if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
		return body, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("crawler: gzip: %w", err)
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("crawler: gzip: %w", err)
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("crawler: gzip: %w: more than %d bytes decompressed", ErrBodyTooLarge, limit)
	}
	return out, nil
}

func (cr *crawl) handleFeed(f *fetch, body []byte) error {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("crawler: feed: %w", err)
	}
	for _, item := range feed.Items {
		if item == nil {
			continue
		}
		link := item.Link
		if link == "" && len(item.Links) > 0 {
			link = item.Links[0]
		}
		n, ok := cr.resolve(f.url, link)
		if !ok {
			continue
		}
		child := &fetch{url: n, kind: kindPage, parent: f}
		if item.PublishedParsed != nil {
			child.published = item.PublishedParsed.UTC()
		} else if item.UpdatedParsed != nil {
			child.published = item.UpdatedParsed.UTC()
		}
		cr.visit(child)
	}
	return nil
}

func (cr *crawl) handleSitemap(f *fetch, body []byte) error {
	sm, err := ParseSitemap(bytes.NewReader(body))
	if err != nil {
		return err
	}
	for _, s := range sm.Sitemaps {
		if n, ok := cr.resolve(f.url, s); ok {
			if f.smDepth >= cr.c.opts.MaxSitemapDepth {
				cr.limitReached("sitemap-depth", fmt.Sprintf("sitemap indexes nested deeper than crawl.max_sitemap_depth (%d) not followed, first %s", cr.c.opts.MaxSitemapDepth, n))
				continue
			}
			cr.visit(&fetch{url: n, kind: kindSitemap, parent: f, smDepth: f.smDepth + 1})
		}
	}
	for _, u := range sm.URLs {
		if n, ok := cr.resolve(f.url, u.Loc); ok {
			cr.visit(&fetch{url: n, kind: kindPage, parent: f, published: u.Published})
		}
	}
	return nil
}

// resolve turns a link found in the document at baseURL into a normalised
// absolute http(s) URL.
func (cr *crawl) resolve(baseURL, link string) (string, bool) {
	link = strings.TrimSpace(link)
	if link == "" {
		return "", false
	}
	b, err := url.Parse(baseURL)
	if err != nil {
		return "", false
	}
	u, err := b.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return "", false
	}
	return normalize(u), true
}

func (cr *crawl) handlePage(f *fetch, r *colly.Response, body []byte) error {
	pageURL := f.url
	if r.Request != nil && r.Request.URL != nil {
		pageURL = r.Request.URL.String() // after redirects
	}
	p, err := cr.parse(pageURL, body, contentType(r.Headers))
	if f.follow && f.depth < cr.src.MaxDepth {
		for _, l := range p.links {
			cr.visit(&fetch{url: l, kind: kindPage, follow: true, depth: f.depth + 1, parent: f})
		}
	}
	if err != nil {
		if errors.Is(err, ErrNoContent) {
			cr.c.log.Debug("crawler: no main text", "url", pageURL)
			return nil
		}
		return err
	}
	a := p.article
	if len(a.Text) < cr.c.opts.MinArticleChars || p.linkDense {
		cr.c.log.Debug("crawler: not an article", "url", pageURL, "text_bytes", len(a.Text), "link_dense", p.linkDense)
		return nil
	}
	a.Source = cr.src.Name
	a.FetchedAt = time.Now().UTC()
	if a.Published.IsZero() {
		a.Published = f.published
	}
	return cr.emit(a, r.Headers, f)
}

// emit publishes a unless State marks its content hash stored (see
// MarkStored). It does not mark a itself: the stage that stores articles
// does, so that an article lost between the queue and the store is
// published again by the next crawl.
//
// For an article page listed by a feed or sitemap, it also records the
// page's ETag / Last-Modified under the fetched URL once the article is
// known to be stored (unchanged now, or stored by the end of this crawl),
// so the next crawl asks for it conditionally.
func (cr *crawl) emit(a news.Article, h *http.Header, f *fetch) error {
	cr.mu.Lock()
	if cr.emitted[a.ID] {
		cr.mu.Unlock()
		return nil
	}
	cr.emitted[a.ID] = true
	cr.mu.Unlock()

	prev, err := cr.getRecord(a.ID)
	if err != nil {
		return err
	}
	rec := record{Hash: a.ContentHash, Time: a.FetchedAt}
	if h != nil {
		rec.ETag = h.Get("ETag")
		rec.LastModified = h.Get("Last-Modified")
	}
	if prev.Hash == a.ContentHash {
		cr.mu.Lock()
		cr.stats.ArticlesUnchanged++
		cr.mu.Unlock()
		return cr.recordPage(f, rec)
	}
	if err := cr.c.sink.Publish(cr.ctx, a); err != nil {
		return fmt.Errorf("crawler: publish %s: %w", a.URL, err)
	}
	cr.mu.Lock()
	cr.stats.ArticlesNew++
	chk := storedCheck{id: a.ID, hash: a.ContentHash}
	cr.pages = append(cr.pages, pendingPage{f: f, rec: rec, check: chk})
	for p := f; p != nil; p = p.parent {
		p.publishedHere = append(p.publishedHere, chk)
	}
	cr.mu.Unlock()
	return nil
}

// recordPage stores the conditional state of a feed or sitemap item page
// under its fetched URL; other pages and answers without validators are
// not recorded.
func (cr *crawl) recordPage(f *fetch, rec record) error {
	if !recordable(f, rec) {
		return nil
	}
	return cr.putRecord(fetchKey(f.url), rec)
}

// recordable reports whether recordPage stores rec for f: a feed or
// sitemap item page whose answer had validators.
func recordable(f *fetch, rec record) bool {
	return f != nil && f.conditional() && (rec.ETag != "" || rec.LastModified != "")
}

func (cr *crawl) getRecord(key string) (record, error) {
	b, err := cr.c.state.Get(cr.ctx, key)
	if err != nil {
		return record{}, fmt.Errorf("crawler: state get %s: %w", key, err)
	}
	var rec record
	if len(b) == 0 {
		return rec, nil
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		// A corrupt record is treated as missing: the page is re-published.
		cr.c.log.Warn("crawler: bad state record, ignored", "key", key, "err", err)
		return record{}, nil
	}
	return rec, nil
}

func (cr *crawl) putRecord(key string, rec record) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("crawler: state put %s: %w", key, err)
	}
	if err := cr.c.state.Put(cr.ctx, key, b); err != nil {
		return fmt.Errorf("crawler: state put %s: %w", key, err)
	}
	return nil
}

// recordConditionalState stores ETag / Last-Modified of the feeds and
// sitemaps that succeeded together with everything they listed, so the
// next crawl can ask for them conditionally without losing a failed page.
func (cr *crawl) recordConditionalState() {
	cr.mu.Lock()
	fs := cr.condFetch
	cr.mu.Unlock()
	now := time.Now().UTC()
	stored := map[string]bool{}
	for _, f := range fs {
		if f.failed.Load() || !cr.allStored(f, stored) {
			continue
		}
		f.next.Time = now
		if err := cr.putRecord(fetchKey(f.url), *f.next); err != nil {
			cr.failure(f, err)
		}
	}
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
