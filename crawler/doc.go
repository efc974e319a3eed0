// Package crawler fetches configured news sources and emits one
// news.Article per article page to a Sink.
//
// # Basics
//
// A Source names feeds (RSS, Atom, JSON Feed), sitemaps (urlsets, sitemap
// indexes, gzipped or not) and seed pages. Crawl fetches them with a colly
// collector, follows feed items and sitemap entries to article pages, and
// follows <a href> links from seeds up to Source.MaxDepth within
// Source.AllowedDomains. Each HTML page goes through ParseArticle
// (go-trafilatura main-text extraction); a page whose main text is at least
// Options.MinArticleChars long, and not made mostly of link texts, is an
// article; anything shorter or link-dense (section and
// index pages) is only a source of links.
//
// Crawls are incremental. Before publishing an article the crawler reads
// State under the article id; when it holds the article's content hash the
// article counts as unchanged and is not published. The crawler does not
// write that hash itself: the stage that stores articles calls MarkStored
// once an article is durably stored, so an article published but lost
// before the store (or whose Publish failed) is published again by the
// next crawl. Feeds and sitemaps are requested with If-None-Match /
// If-Modified-Since from State and a 304 answer ends their processing;
// their validators are recorded only at the end of a crawl in which
// nothing they listed failed and everything they listed is marked stored.
// The article pages they list are asked conditionally too, once their
// article is marked stored: a 304 counts as unchanged. Pages reached from
// seeds are always fetched in full, since their links are followed.
//
// Per-URL failures (HTTP errors, timeouts, redirect loops, oversized
// bodies, sink or state errors) are counted in Stats and do not stop the
// crawl; Crawl itself fails only for an invalid configured URL or when its
// context ends.
//
// # Sharing a crawl
//
// Expand crawls a source but hands the article pages its feeds and
// sitemaps list to a function (which queues them) instead of fetching
// them; CrawlPage fetches one such page, in any process, exactly as
// Crawl would have. Options.RobotsCacheTTL shares robots.txt answers
// through State. The pipeline uses them to spread a run over crawler
// processes.
//
// # Politeness and safety
//
//   - robots.txt is obeyed for the configured User-Agent, on the first URL
//     and on every redirect hop (RFC 9309: a 4xx robots.txt allows all; a
//     5xx or unreachable one disallows the whole site until it answers,
//     asked again at most once a minute; one larger than
//     Options.MaxBodyBytes is an error naming robots.txt).
//   - The work per page is bounded: HTML is cut to Options.MaxParseBytes
//     before parsing, main text to Options.MaxTextBytes, and at most
//     Options.MaxParsingBytes of HTML are parsed at once; cut pages are
//     still emitted and counted in Stats.PagesCut.
//   - Sitemap indexes are followed Options.MaxSitemapDepth levels deep and
//     one Crawl requests at most Options.MaxURLs URLs; what is left out is
//     counted in Stats.URLsDropped and named in Stats.Notes.
//   - Requests to one host are limited to Options.Parallelism in flight,
//     their starts spaced by Options.Delay.
//   - Every request has a timeout covering the body; bodies over
//     Options.MaxBodyBytes fail with ErrBodyTooLarge, and so do gzip bodies
//     that decompress past it.
//   - Redirect chains are limited to MaxRedirects hops and loops are refused.
//   - An SSRF guard refuses connections to loopback, private, link-local and
//     other non-public addresses at dial time unless
//     Options.AllowPrivateNetworks is set. Proxies from the environment are
//     not used, so the guard sees the real target.
//
// # Caveats
//
//   - The colly collector is built without colly.NewCollector, so COLLY_*
//     environment variables have no effect.
//   - Options.Delay zero means the default of one second; use a negative
//     value for no delay.
//   - AllowedDomains match host names exactly: "example.com" does not allow
//     "www.example.com".
//   - robots.txt is fetched once per host per Crawl (again after a minute
//     when it was unavailable), with the crawl's context.
//   - A feed or sitemap listing a page that fails every time (a dead link)
//     never gets its validators recorded, so it is fetched in full on every
//     crawl; the article pages it lists are still asked conditionally.
//   - HTML nested deeper than 512 open elements is refused by the parser
//     and counted as an error.
package crawler
