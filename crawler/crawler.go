package crawler

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"
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
