package crawler

import (
	"context"
	"net/http"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
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
