package pipeline

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/queue"
)

// TestHandleArticles hands batches of article messages to the extractor
// stage on an embedded JetStream: each message gets its own outcome (a
// payload that is not an article fails alone and for good), and one
// extraction per article reaches the extractions stream, once however
// often the article comes, with the run moved from the article to the
// extraction.
func TestHandleArticles(t *testing.T) {
	article := func(id, run string) []byte {
		a := news.Article{ID: id, URL: "https://news.example.org/" + id, Title: "Aid " + id,
			Text: "Germany pledged 500 troops to Lithuania on Monday.", ContentHash: "h" + id, Run: run}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, tc := range []struct {
		name          string
		batch         [][]byte
		wantPermanent []bool
		wantIDs       []string // article ids on the extractions stream, sorted
		wantRun       map[string]string
	}{
		{name: "one", batch: [][]byte{article("a1", "")}, wantPermanent: []bool{false}, wantIDs: []string{"a1"}},
		{
			name:          "mixed",
			batch:         [][]byte{article("a1", ""), []byte("{not an article"), article("", ""), article("a2", "r7"), article("a1", "")},
			wantPermanent: []bool{false, true, true, false, false},
			wantIDs:       []string{"a1", "a2"},
			wantRun:       map[string]string{"a1": "", "a2": "r7"},
		},
		{name: "only bad", batch: [][]byte{[]byte("[]"), []byte("")}, wantPermanent: []bool{true, true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, err := queue.Open(t.Context(), queue.Config{StoreDir: filepath.Join(t.TempDir(), "nats")})
			if err != nil {
				t.Fatal(err)
			}
			defer q.Close()
			x, err := extractor.New(extractor.Options{})
			if err != nil {
				t.Fatal(err)
			}
			p, err := New(Config{Queue: q, Extractor: x})
			if err != nil {
				t.Fatal(err)
			}
			errs := p.handleArticles(t.Context(), tc.batch)
			if len(errs) != len(tc.batch) {
				t.Fatalf("%d outcomes for %d messages", len(errs), len(tc.batch))
			}
			for i, err := range errs {
				if (err != nil) != tc.wantPermanent[i] || queue.IsPermanent(err) != tc.wantPermanent[i] {
					t.Errorf("message %d: %v, want permanent failure %v", i, err, tc.wantPermanent[i])
				}
			}
			got := make(chan news.Extraction, 10)
			ctx, cancel := context.WithCancel(t.Context())
			done := make(chan error, 1)
			go func() {
				done <- q.Consume(ctx, queue.Extractions, 1, func(_ context.Context, data []byte) error {
					var x news.Extraction
					if err := json.Unmarshal(data, &x); err != nil {
						t.Errorf("extraction does not decode: %v", err)
					}
					got <- x
					return nil
				})
			}()
			deadline := time.Now().Add(30 * time.Second)
			for {
				n, err := q.Pending(t.Context(), queue.Extractions)
				if err != nil {
					t.Fatal(err)
				}
				if n == 0 || time.Now().After(deadline) {
					break
				}
				time.Sleep(5 * time.Millisecond)
			}
			cancel()
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			close(got)
			var ids []string
			for x := range got {
				ids = append(ids, x.Article.ID)
				if x.Article.Run != "" || x.Run != tc.wantRun[x.Article.ID] {
					t.Errorf("%s: article run %q, extraction run %q; want \"\" and %q", x.Article.ID, x.Article.Run, x.Run, tc.wantRun[x.Article.ID])
				}
				if x.Extractor != extractor.Version {
					t.Errorf("%s: extractor %q, want %q", x.Article.ID, x.Extractor, extractor.Version)
				}
			}
			sort.Strings(ids)
			if strings.Join(ids, ",") != strings.Join(tc.wantIDs, ",") {
				t.Errorf("extractions of %v, want %v", ids, tc.wantIDs)
			}
		})
	}
}
