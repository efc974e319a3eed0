package crawler

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
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
// keeps up with the crawl); the others are fetched in full next time. The
// state is read and written stateParallel keys at a time.
func (cr *crawl) recordStoredPages() {
	cr.mu.Lock()
	pages := cr.pages
	cr.mu.Unlock()
	// Only pages recordPage keeps cost a look-up of their article.
	var keep []pendingPage
	var checks []storedCheck
	for _, p := range pages {
		if recordable(p.f, p.rec) {
			keep = append(keep, p)
			checks = append(checks, p.check)
		}
	}
	memo := map[string]bool{}
	cr.lookUpStored(checks, memo)
	var stored []pendingPage
	for _, p := range keep {
		if memo[p.check.id] {
			stored = append(stored, p)
		}
	}
	inParallel(len(stored), stateParallel, func(i int) {
		if err := cr.recordPage(stored[i].f, stored[i].rec); err != nil {
			cr.failure(stored[i].f, err)
		}
	})
}

// stateParallel bounds the crawl-state reads or writes in flight at the
// end of a crawl.
const stateParallel = 16

// lookUpStored does what isStored does for every check whose id memo does
// not hold yet, stateParallel reads at a time.
func (cr *crawl) lookUpStored(checks []storedCheck, memo map[string]bool) {
	var todo []storedCheck
	queued := map[string]bool{}
	for _, chk := range checks {
		if _, found := memo[chk.id]; !found && !queued[chk.id] {
			queued[chk.id] = true
			todo = append(todo, chk)
		}
	}
	ok := make([]bool, len(todo))
	inParallel(len(todo), stateParallel, func(i int) {
		rec, err := cr.getRecord(todo[i].id)
		ok[i] = err == nil && rec.Hash == todo[i].hash
	})
	for i, chk := range todo {
		memo[chk.id] = ok[i]
	}
}

// inParallel calls f(0) … f(n-1), at most width at a time, and returns
// when all have returned.
func inParallel(n, width int, f func(i int)) {
	var wg sync.WaitGroup
	slots := make(chan struct{}, width)
	for i := range n {
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			f(i)
		})
	}
	wg.Wait()
}
