package pipeline_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/internal/pipeline"
)

// TestCancelledRunIsRecorded cancels an ingestion run while a page is
// being fetched: the run recorded in the store says it was cancelled and
// why, instead of looking like a clean run with no errors.
func TestCancelledRunIsRecorded(t *testing.T) {
	arrived := make(chan struct{}, 1)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		select {
		case arrived <- struct{}{}:
		default:
		}
		<-r.Context().Done() // hang until the crawler gives up
	}))
	defer site.Close()
	e := start(t, t.TempDir(), []pipeline.Source{{Source: crawler.Source{Name: "slow", Seeds: []string{site.URL + "/news/"}}}})

	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		select {
		case <-arrived:
		case <-time.After(time.Minute):
		}
		cancel()
	}()
	_, err := e.p.Ingest(ctx, nil, true, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Ingest: %v, want context.Canceled", err)
	}
	runs, err := e.st.Runs(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 1 {
		t.Fatalf("%d runs recorded, want 1", len(runs))
	}
	r := runs[0]
	if !r.Cancelled || !strings.Contains(r.Error, "canceled") {
		t.Errorf("recorded run: cancelled=%v error=%q, want cancelled with the reason", r.Cancelled, r.Error)
	}
}
