package crawler

// What a crawl does with each answer: refuse bodies that are not HTML,
// count errors, and hand feeds, sitemaps and article pages to their
// readers.

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/mmcdole/gofeed"
)

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
