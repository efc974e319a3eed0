package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
	bolt "go.etcd.io/bbolt"
)

// writeDamageFixture writes a store of a few hundred articles at a new
// path, closes it and returns the path.
func writeDamageFixture(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pw.db")
	s, err := Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 300 {
		a := article(i, "src", i%30)
		a.Text += " " + strings.Repeat(fmt.Sprintf("Filler sentence %d. ", i), 20)
		save(t, s, a, troops("Germany", int64(100+i), news.StatusPledged, 0.9), money("France", float64(i), "EUR", news.StatusPledged, 0.3))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// leafPages returns the ids of the leaf pages of the file at path, and
// its page size.
func leafPages(t *testing.T, path string) ([]int, int) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var leaves []int
	db.View(func(tx *bolt.Tx) error {
		for id := 2; int64(id)*int64(db.Info().PageSize) < tx.Size(); id++ {
			if p, err := tx.Page(id); err == nil && p != nil && p.Type == "leaf" {
				leaves = append(leaves, id)
			}
		}
		return nil
	})
	if len(leaves) < 3 {
		t.Fatalf("only %d leaf pages in the fixture", len(leaves))
	}
	return leaves, db.Info().PageSize
}

// readEverything reads every article and commitment of s.
func readEverything(s *Store) error {
	ctx := context.Background()
	if err := s.ArticleTexts(ctx, func(news.Article) error { return nil }); err != nil {
		return err
	}
	_, err := s.Commitments(ctx, Query{Limit: 1000})
	if err != nil {
		return err
	}
	_, err = s.Runs(ctx, 100)
	return err
}

func TestDamagedDatabase(t *testing.T) {
	tests := []struct {
		name   string
		damage func(t *testing.T, path string)
	}{
		{"truncated to half", func(t *testing.T, path string) {
			fi, _ := os.Stat(path)
			if err := os.Truncate(path, fi.Size()/2); err != nil {
				t.Fatal(err)
			}
		}},
		{"truncated to 8 KB", func(t *testing.T, path string) {
			if err := os.Truncate(path, 8<<10); err != nil {
				t.Fatal(err)
			}
		}},
		{"scribbled leaf pages", func(t *testing.T, path string) {
			// Every third leaf page, so that the articles, the
			// commitments and their indexes all have one.
			ids, size := leafPages(t, path)
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			junk := []byte(strings.Repeat("\xde\xad\xbe\xef", size/4))
			for i := 0; i < len(ids); i += 3 {
				if _, err := f.WriteAt(junk, int64(ids[i]*size)); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"scribbled meta pages", func(t *testing.T, path string) {
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			for _, off := range []int64{16 + 8, pageSize + 16 + 8} { // inside both meta structs
				if _, err := f.WriteAt([]byte("scribble"), off); err != nil {
					t.Fatal(err)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeDamageFixture(t)
			if problems, err := Check(context.Background(), path, 0); err != nil || len(problems) != 0 {
				t.Fatalf("sound fixture: Check = %v, %v", problems, err)
			}
			tt.damage(t, path)

			for _, ro := range []bool{false, true} {
				s, err := Open(path, Options{ReadOnly: ro})
				if err == nil {
					// Damage Open cannot see without reading every page
					// shows when the page is read.
					err = readEverything(s)
					s.Close()
				}
				if !errors.Is(err, ErrDamaged) {
					t.Fatalf("read-only %v: got %v, want an error wrapping ErrDamaged", ro, err)
				}
				if !strings.Contains(err.Error(), "pledgewatch check") || !strings.Contains(err.Error(), "restore a backup") {
					t.Errorf("message %q gives no advice", err)
				}
			}
			problems, err := Check(context.Background(), path, 0)
			if err != nil {
				t.Fatalf("Check: %v", err)
			}
			if len(problems) == 0 {
				t.Error("Check found no problem in a damaged file")
			}
		})
	}
}

// TestWriteOnTruncatedOpenStore truncates the file under an open store:
// writes fail with ErrDamaged (bbolt faults mid-transaction and may keep
// its writer lock), later writes fail at once instead of waiting for that
// lock, and Close returns.
func TestWriteOnTruncatedOpenStore(t *testing.T) {
	path := writeDamageFixture(t)
	s, err := Open(path, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, 8<<10); err != nil {
		t.Fatal(err)
	}
	x := news.Extraction{Article: article(1000, "src", 1), Extractor: "test", ExtractedAt: t0}
	for i := range 2 {
		if _, err := s.SaveExtraction(context.Background(), x); !errors.Is(err, ErrDamaged) {
			t.Fatalf("write %d: %v, want ErrDamaged", i, err)
		}
	}
	if err := readEverything(s); !errors.Is(err, ErrDamaged) {
		t.Errorf("reads: %v, want ErrDamaged", err)
	}
	if err := s.Close(); !errors.Is(err, ErrDamaged) {
		t.Errorf("Close: %v, want ErrDamaged", err)
	}
}

// TestReadsOnTruncatedOpenStore truncates the file under an open store,
// into or past its meta pages: every read fails with ErrDamaged, again
// and again (a fault while bbolt holds its meta lock would leave later
// transactions waiting for it forever).
func TestReadsOnTruncatedOpenStore(t *testing.T) {
	tests := []struct {
		name string
		size int64
	}{
		{"inside the first meta page", pageSize / 2},
		{"inside the second meta page", pageSize + 8},
		{"after the meta pages", 2 * pageSize},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeDamageFixture(t)
			s, err := Open(path, Options{NoSync: true, ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := os.Truncate(path, tt.size); err != nil {
				t.Fatal(err)
			}
			for i := range 3 {
				if err := readEverything(s); !errors.Is(err, ErrDamaged) {
					t.Fatalf("read %d: %v, want ErrDamaged", i, err)
				}
			}
		})
	}
}
