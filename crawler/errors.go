package crawler

import "errors"

// Sentinel errors. Errors returned or counted by the crawler wrap them, so
// callers test with errors.Is.
var (
	// ErrBadURL reports a URL that is not an absolute http(s) URL.
	ErrBadURL = errors.New("bad URL")
	// ErrNoContent reports an HTML page in which no main text was found.
	ErrNoContent = errors.New("no main text")
	// ErrBlockedAddress reports a connection refused by the SSRF guard: the
	// host resolved to a loopback, private, link-local or otherwise
	// non-public address and Options.AllowPrivateNetworks is false.
	ErrBlockedAddress = errors.New("address not allowed")
	// ErrBodyTooLarge reports a response (or decompressed sitemap or feed)
	// larger than Options.MaxBodyBytes.
	ErrBodyTooLarge = errors.New("body too large")
	// ErrTooManyRedirects reports a redirect chain longer than the limit or
	// one that comes back to a URL it already visited.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrHTTPStatus reports a response with a status other than 2xx (or 304
	// to a conditional request).
	ErrHTTPStatus = errors.New("unexpected HTTP status")
	// ErrNotSitemap reports an XML document whose root is neither <urlset>
	// nor <sitemapindex>.
	ErrNotSitemap = errors.New("not a sitemap")
	// ErrSitemapTooLarge reports a sitemap with more than MaxSitemapEntries
	// entries.
	ErrSitemapTooLarge = errors.New("sitemap has too many entries")
	// ErrNilDependency reports a nil State or Sink given to New.
	ErrNilDependency = errors.New("nil dependency")
)
