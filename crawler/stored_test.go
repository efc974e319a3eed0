package crawler

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/testsite"
)

// TestUnstoredArticleIsPublishedAgain publishes articles that never reach
// the store (the queue lost them): the next crawl must publish them again,
// fetching the feed in full, until a crawl finds them stored.
func TestUnstoredArticleIsPublishedAgain(t *testing.T) {
	site := newTestSite(t)
	st := newMemState()
	src := Source{Name: "rss", Feeds: []string{site.URL + "/feed.rss"}}
	lastFeedStatus := func() int {
		s := site.statuses("/feed.rss")
		return s[len(s)-1]
	}
	steps := []struct {
		name           string
		sink           *memSink
		new, unchanged int
		feedStatus     int
	}{
		{"published, lost before the store", &memSink{}, -1, 0, http.StatusOK},
		{"published again, lost again", &memSink{}, -1, 0, http.StatusOK},
		{"published again, stored", &memSink{stored: st}, -1, 0, http.StatusOK},
		{"all stored: the feed answers 304", &memSink{stored: st}, 0, 0, http.StatusNotModified},
	}
	n := 0
	for _, step := range steps {
		c := mustNew(t, testOptions(), st, step.sink)
		stats, err := c.Crawl(context.Background(), src)
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		if n == 0 {
			n = stats.ArticlesNew
			if n == 0 {
				t.Fatalf("%s: no article published: %+v", step.name, stats)
			}
		}
		wantNew, wantUnchanged := step.new, step.unchanged
		if wantNew < 0 {
			wantNew = n
		}
		if wantUnchanged < 0 {
			wantUnchanged = n
		}
		if stats.ArticlesNew != wantNew || stats.ArticlesUnchanged != wantUnchanged || step.sink.count() != wantNew {
			t.Errorf("%s: %+v, %d published; want %d new, %d unchanged", step.name, stats, step.sink.count(), wantNew, wantUnchanged)
		}
		if got := lastFeedStatus(); got != step.feedStatus {
			t.Errorf("%s: feed answered %d, want %d", step.name, got, step.feedStatus)
		}
	}
}

func TestMarkStored(t *testing.T) {
	st := newMemState()
	tests := []struct {
		name    string
		a       news.Article
		wantErr bool
	}{
		{"ok", news.Article{ID: "a1", URL: "https://x.org/a", ContentHash: "h1"}, false},
		{"no id", news.Article{URL: "https://x.org/b", ContentHash: "h1"}, true},
		{"no hash", news.Article{ID: "a2", URL: "https://x.org/c"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := MarkStored(context.Background(), st, tt.a)
			if (err != nil) != tt.wantErr {
				t.Fatalf("MarkStored = %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			cr := &crawl{c: &Crawler{state: st, log: nil}, ctx: context.Background()}
			if !cr.isStored(storedCheck{id: tt.a.ID, hash: tt.a.ContentHash}, map[string]bool{}) {
				t.Error("article not seen as stored after MarkStored")
			}
			if cr.isStored(storedCheck{id: tt.a.ID, hash: "other"}, map[string]bool{}) {
				t.Error("a changed article seen as stored")
			}
		})
	}
}

// countingState is a memState that counts the reads of each key.
type countingState struct {
	*memState
	mu    sync.Mutex
	reads map[string]int
}

func (s *countingState) Get(ctx context.Context, key string) ([]byte, error) {
	s.mu.Lock()
	s.reads[key]++
	s.mu.Unlock()
	return s.memState.Get(ctx, key)
}

// TestStoredPagesWithoutValidatorsNotLookedUp crawls a site whose pages
// send neither ETag nor Last-Modified (there is no conditional state to
// record for them): the crawl reads each article's record once, to see
// whether it changed, and not again at the end.
func TestStoredPagesWithoutValidatorsNotLookedUp(t *testing.T) {
	var arts []testsite.Article
	for i := range 6 {
		arts = append(arts, testsite.Article{Slug: fmt.Sprintf("a%d", i), Title: fmt.Sprintf("Report number %d on support", i),
			Body:      strings.Repeat(fmt.Sprintf("Ministers of country %d agreed on a package of support for the coming year. ", i), 8),
			Published: time.Date(2025, 9, 1+i, 8, 0, 0, 0, time.UTC)})
	}
	site := testsite.New(arts)
	defer site.Close()
	st := &countingState{memState: newMemState(), reads: map[string]int{}}
	sink := &memSink{stored: st.memState}
	stats, err := mustNew(t, testOptions(), st, sink).Crawl(context.Background(),
		Source{Name: "site", Feeds: []string{site.URL("/feed.xml")}, Sitemaps: []string{site.URL("/sitemap.xml")}})
	if err != nil {
		t.Fatal(err)
	}
	if stats.ArticlesNew != len(arts) {
		t.Fatalf("%+v, want %d new articles", stats, len(arts))
	}
	for _, a := range sink.byURL() {
		if n := st.reads[a.ID]; n != 1 {
			t.Errorf("record of %s read %d times, want 1", a.URL, n)
		}
	}
}
