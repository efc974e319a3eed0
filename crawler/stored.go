package crawler

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// MarkStored records in state that article a, with its content hash, is
// stored, so that crawls skip it while its content is unchanged. The stage
// that stores articles calls it once a is durably stored; the crawler
// never marks an article it only published, so an article lost on its way
// to the store (a queue server lost with its disk, say) is published again
// by the next crawl.
func MarkStored(ctx context.Context, state State, a news.Article) error {
	if a.ID == "" || a.ContentHash == "" {
		return fmt.Errorf("crawler: mark stored: article %q without id or content hash", a.URL)
	}
	b, err := json.Marshal(record{Hash: a.ContentHash, Time: time.Now().UTC()})
	if err != nil {
		return fmt.Errorf("crawler: mark stored %s: %w", a.ID, err)
	}
	if err := state.Put(ctx, a.ID, b); err != nil {
		return fmt.Errorf("crawler: mark stored %s: %w", a.ID, err)
	}
	return nil
}

// storedCheck is an article published by this crawl: stored once State
// holds its content hash under its id.
type storedCheck struct{ id, hash string }

// pendingPage is an article page published by this crawl, with the
// conditional state to record for it once its article is stored.
type pendingPage struct {
	f     *fetch
	rec   record
	check storedCheck
}

// isStored reports whether the article of chk is marked stored, caching
// answers in memo. A state error counts as not stored.
func (cr *crawl) isStored(chk storedCheck, memo map[string]bool) bool {
	if ok, found := memo[chk.id]; found {
		return ok
	}
	rec, err := cr.getRecord(chk.id)
	ok := err == nil && rec.Hash == chk.hash
	memo[chk.id] = ok
	return ok
}

// allStored reports whether every article f (or anything it listed)
// published in this crawl is already stored.
func (cr *crawl) allStored(f *fetch, memo map[string]bool) bool {
	cr.mu.Lock()
	checks := append([]storedCheck(nil), f.publishedHere...)
	cr.mu.Unlock()
	for _, chk := range checks {
		if !cr.isStored(chk, memo) {
			return false
		}
	}
	return true
}

// recordStoredPages records the conditional state of the article pages
// published in this crawl whose article is stored by now (when the store
// keeps up with the crawl); the others are fetched in full next time.
func (cr *crawl) recordStoredPages() {
	cr.mu.Lock()
	pages := cr.pages
	cr.mu.Unlock()
	memo := map[string]bool{}
	for _, p := range pages {
		// Only pages recordPage keeps cost a look-up of their article.
		if !recordable(p.f, p.rec) || !cr.isStored(p.check, memo) {
			continue
		}
		if err := cr.recordPage(p.f, p.rec); err != nil {
			cr.failure(p.f, err)
		}
	}
}
