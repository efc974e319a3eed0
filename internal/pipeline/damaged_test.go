package pipeline_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/pipeline"
	"github.com/pledgewatch/pledgewatch/internal/queue"
	"github.com/pledgewatch/pledgewatch/store"
)

// TestStoreWriterStopsOnDamagedDatabase truncates the database under a
// running store writer: the writer stops with ErrDamaged instead of
// dead-lettering extraction after extraction, and the extraction stays in
// its stream for when the database is restored.
func TestStoreWriterStopsOnDamagedDatabase(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	q, err := queue.Open(ctx, queue.Config{StoreDir: filepath.Join(dir, "nats"), AckWait: 5 * time.Second, MaxDeliver: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	dbPath := filepath.Join(dir, "pledgewatch.db")
	st, err := store.Open(dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := pipeline.New(pipeline.Config{Queue: q, Store: st})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(dbPath, 4<<10); err != nil {
		t.Fatal(err)
	}
	a := news.Article{URL: "https://news.example/a", Title: "A", Text: "Germany pledged 500 troops."}
	a.ID, a.ContentHash = news.ArticleID(a.URL), news.ContentHash(a.Title, a.Text)
	data, _ := json.Marshal(news.Extraction{Article: a, Extractor: "test", ExtractedAt: time.Now().UTC()})
	if err := q.Publish(ctx, queue.Extractions, a.ID, data); err != nil {
		t.Fatal(err)
	}

	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	err = p.RunStoreWriter(wctx)
	if !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("RunStoreWriter: %v, want an error wrapping store.ErrDamaged", err)
	}
	if n, err := q.Pending(ctx, queue.Dead); err != nil || n != 0 {
		t.Errorf("dead letters: %d, %v; want none", n, err)
	}
	if n, err := q.Pending(ctx, queue.Extractions); err != nil || n != 1 {
		t.Errorf("extractions pending: %d, %v; want the one not stored", n, err)
	}
}
