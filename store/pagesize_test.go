package store

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestPageSize checks that a new file gets pageSize pages and that a file
// of bbolt's default 4 KiB pages, as older versions created, keeps them
// and is read and written as before.
func TestPageSize(t *testing.T) {
	tests := []struct {
		name    string
		created int // page size of the file before Open; 0: no file
		want    int
	}{
		{"new file", 0, pageSize},
		{"older file of 4 KiB pages", 4096, 4096},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "pw.db")
			if tt.created != 0 {
				db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: tt.created})
				if err != nil {
					t.Fatal(err)
				}
				db.Close()
			}
			s, err := Open(path, Options{NoSync: true})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got := s.db.Info().PageSize; got != tt.want {
				t.Fatalf("page size %d, want %d", got, tt.want)
			}
			xs := make([]news.Extraction, 300)
			for i := range xs {
				xs[i] = benchExtraction(i)
			}
			if _, errs := s.SaveExtractions(ctx, xs); slices.ContainsFunc(errs, func(err error) bool { return err != nil }) {
				t.Fatal(errs)
			}
			page, err := s.Commitments(ctx, Query{Country: "DE", Kind: "money", Limit: 1000})
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Items) != 30 {
				t.Errorf("DE money: %d commitments, want 30", len(page.Items))
			}
			if err := s.CheckDerived(ctx); err != nil {
				t.Error(err)
			}
			s.Close()
			if problems, err := Check(ctx, path, 0); err != nil || len(problems) != 0 {
				t.Errorf("Check = %v, %v", problems, err)
			}
		})
	}
}
