package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pw.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, ro := range []bool{false, true} {
		_, err := Open(path, Options{Timeout: 50 * time.Millisecond, ReadOnly: ro})
		if !errors.Is(err, ErrLocked) {
			t.Errorf("second Open (read-only %v): err = %v, want ErrLocked", ro, err)
		}
	}
}

func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pw.db")
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only open of a missing file: %v", err)
	}
	w, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := article(1, "wire", 0)
	save(t, w, a, troops("DE", 1, news.StatusPledged, 0.9))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r1, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	defer r2.Close()
	if _, cs, err := r2.Article(ctx, a.ID); err != nil || len(cs) != 1 {
		t.Errorf("read-only Article: %v %v", cs, err)
	}
	if _, err := r1.SaveExtraction(ctx, news.Extraction{Article: a}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("write on read-only: %v", err)
	}
	if _, err := Open(path, Options{Timeout: 50 * time.Millisecond}); !errors.Is(err, ErrLocked) {
		t.Errorf("writer while readers hold the file: %v", err)
	}
}

func TestOpenBadFiles(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte(strings.Repeat("not a database\n", 2000)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(text, Options{}); !errors.Is(err, ErrNotDatabase) {
		t.Errorf("text file: %v", err)
	}
	for _, size := range []int{5, 4096} {
		small := filepath.Join(dir, fmt.Sprintf("small%d", size))
		if err := os.WriteFile(small, make([]byte, size), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Open(small, Options{}); !errors.Is(err, ErrNotDatabase) {
			t.Errorf("file of %d zero bytes: %v", size, err)
		}
	}
	// A bbolt file of another application.
	other := filepath.Join(dir, "other.db")
	db, err := bolt.Open(other, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("users")); return err })
	db.Close()
	if _, err := Open(other, Options{}); !errors.Is(err, ErrNotDatabase) {
		t.Errorf("foreign bbolt file: %v", err)
	}
	// A newer schema.
	path := filepath.Join(dir, "pw.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bMeta).Put(keySchema, []byte("99")) })
	s.Close()
	_, err = Open(path, Options{})
	if !errors.Is(err, ErrSchema) || !strings.Contains(err.Error(), "99") {
		t.Errorf("newer schema: %v", err)
	}
}

func TestValueVersionChecked(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	a := article(1, "wire", 0)
	save(t, s, a)
	s.db.Update(func(tx *bolt.Tx) error {
		data, _ := json.Marshal(articleRec{V: 2, Article: a})
		return tx.Bucket(bArticles).Put([]byte(a.ID), data)
	})
	if _, _, err := s.Article(ctx, a.ID); !errors.Is(err, ErrSchema) {
		t.Errorf("value of v=2: %v", err)
	}
}

func TestRuns(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	for i, id := range []string{"b", "a", "c"} {
		if err := s.SaveRun(ctx, news.Run{ID: id, Started: t0.Add(time.Duration(i) * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	// Saving again replaces, with a new start time.
	if err := s.SaveRun(ctx, news.Run{ID: "b", Started: t0.Add(5 * time.Hour), Pages: 3}); err != nil {
		t.Fatal(err)
	}
	runs, err := s.Runs(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range runs {
		got = append(got, r.ID)
	}
	if !slices.Equal(got, []string{"b", "c", "a"}) || runs[0].Pages != 3 {
		t.Errorf("runs %v", runs)
	}
	if runs, _ := s.Runs(ctx, 1); len(runs) != 1 {
		t.Errorf("limit 1: %d runs", len(runs))
	}
	if err := s.SaveRun(ctx, news.Run{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("empty id: %v", err)
	}
}

func TestArticles(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	for i := range 10 {
		save(t, s, article(i, []string{"wire", "paper"}[i%2], i))
	}
	// An article without a published date sorts by its fetch date.
	undated := article(99, "wire", 0)
	undated.Published = time.Time{}
	undated.FetchedAt = t0.Add(100 * 24 * time.Hour)
	save(t, s, undated)
	var got []string
	q := ArticleQuery{Source: "wire", Limit: 2, WithoutText: true}
	for {
		page, err := s.Articles(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range page.Items {
			if a.Text != "" {
				t.Error("text returned with WithoutText")
			}
			got = append(got, a.Title)
		}
		if page.Next == "" {
			break
		}
		q.Cursor = page.Next
	}
	if want := []string{"Article 99", "Article 8", "Article 6", "Article 4", "Article 2", "Article 0"}; !slices.Equal(got, want) {
		t.Errorf("wire articles %v, want %v", got, want)
	}
	page, err := s.Articles(ctx, ArticleQuery{Since: t0.Add(3 * 24 * time.Hour), Until: t0.Add(5 * 24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 2 || page.Items[0].Title != "Article 4" || page.Items[0].Text == "" {
		t.Errorf("date range: %+v", page.Items)
	}
	if _, err := s.Articles(ctx, ArticleQuery{Limit: -1}); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad limit: %v", err)
	}
	if _, _, err := s.Article(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
}

// TestArticleTextsReextract re-extracts every article from inside the
// iteration, as "pledgewatch reextract" does.
func TestArticleTextsReextract(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	const n = articleBatch*2 + 5
	for i := range n {
		save(t, s, article(i, "wire", i), troops("DE", 1, news.StatusPledged, 0.9))
	}
	seen := map[string]bool{}
	err := s.ArticleTexts(ctx, func(a news.Article) error {
		if seen[a.ID] {
			t.Errorf("article %s visited twice", a.ID)
		}
		seen[a.ID] = true
		if a.Text == "" {
			t.Errorf("article %s without text", a.ID)
		}
		_, err := s.SaveExtraction(ctx, news.Extraction{Article: a, Commitments: []news.Commitment{troops("DE", 2, news.StatusPledged, 0.9)}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != n {
		t.Errorf("visited %d articles, want %d", len(seen), n)
	}
	page, _ := s.Commitments(ctx, Query{MaxAmount: news.Float64(1), Limit: MaxLimit})
	if len(page.Items) != 0 {
		t.Errorf("%d old commitments survive re-extraction", len(page.Items))
	}
	stop := errors.New("stop")
	if err := s.ArticleTexts(ctx, func(news.Article) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("fn error: %v", err)
	}
}

func FuzzCommitmentsQuery(f *testing.F) {
	s := openTest(f, Options{})
	for i := range 5 {
		save(f, s, article(i, "wire", i), troops("DE", int64(i), news.StatusPledged, 0.5), money("FR", 10, "EUR", news.StatusPledged, 0.9))
	}
	first, err := s.Commitments(context.Background(), Query{Limit: 2})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("de", "troops", "", "", "wire", "", "pledged", first.Next)
	f.Add("", "", "pending", "", "", "eur", "", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
	f.Add("group:\x00", "", "", "", "wire\x00x", "", "", "")
	f.Fuzz(func(t *testing.T, country, kind, review, status, source, currency, text, cursor string) {
		q := Query{Country: country, Kind: kind, Review: review, Status: status, Source: source, Currency: currency, Text: text, Cursor: cursor, Limit: 3}
		page, err := s.Commitments(context.Background(), q)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error not ErrInvalid: %v", err)
			}
			return
		}
		if len(page.Items) > 3 {
			t.Fatalf("%d items", len(page.Items))
		}
	})
}

// TestConcurrentReadersAndWriter runs queries while the writer saves and
// reviews; run it with -race.
func TestConcurrentReadersAndWriter(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	done := make(chan error, 1)
	go func() {
		for i := range 100 {
			a := article(i, "wire", i%10)
			c := troops("DE", int64(i), news.StatusPledged, 0.1)
			if _, err := s.SaveExtraction(ctx, news.Extraction{Article: a, Commitments: []news.Commitment{c}}); err != nil {
				done <- err
				return
			}
			if i%3 == 0 {
				if _, err := s.Accept(ctx, news.CommitmentID(a.ID, c), "ana", ""); err != nil {
					done <- err
					return
				}
			}
		}
		done <- nil
	}()
	for running := true; running; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			running = false
		default:
		}
		if _, err := s.Commitments(ctx, Query{Country: "DE", Review: ReviewAll}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.ReviewQueue(ctx, QueueQuery{}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Totals(ctx, LedgerQuery{}); err != nil {
			t.Fatal(err)
		}
	}
	q, err := s.ReviewQueue(ctx, QueueQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if q.Remaining != 66 {
		t.Errorf("remaining %d, want 66", q.Remaining)
	}
}
