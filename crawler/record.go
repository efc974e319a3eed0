package crawler

// The crawl state kept in State: the content hash of each published
// article and the ETag / Last-Modified of feeds, sitemaps and the pages
// they list, recorded only once everything they listed is stored.

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

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
