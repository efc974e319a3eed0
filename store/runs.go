package store

import (
	"context"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// SaveRun stores r under r.ID, replacing an earlier record of the same run
// (so a run may be saved when it starts and again when it finishes).
func (s *Store) SaveRun(ctx context.Context, r news.Run) error {
	if r.ID == "" {
		return invalidf("run.id", "empty")
	}
	return s.update(ctx, func(tx *bolt.Tx) error {
		runs, byTime := tx.Bucket(bRuns), tx.Bucket(bRunsByTime)
		var old runRec
		found, err := getRec(runs, r.ID, &old)
		if err != nil {
			return fmt.Errorf("store: run %s: %w", r.ID, err)
		}
		if found {
			if err := byTime.Delete(sortKey(old.Run.Started, r.ID)); err != nil {
				return fmt.Errorf("store: run index: %w", err)
			}
		}
		if err := byTime.Put(sortKey(r.Started, r.ID), nil); err != nil {
			return fmt.Errorf("store: run index: %w", err)
		}
		if _, err := putRec(runs, r.ID, &runRec{V: SchemaVersion, Run: r}); err != nil {
			return fmt.Errorf("store: put run: %w", err)
		}
		return nil
	})
}

// Runs returns the latest runs, most recently started first; limit 0
// means DefaultLimit, at most MaxLimit.
func (s *Store) Runs(ctx context.Context, limit int) ([]news.Run, error) {
	n, err := checkLimit(limit)
	if err != nil {
		return nil, err
	}
	var out []news.Run
	err = s.view(ctx, func(tx *bolt.Tx) error {
		runs := tx.Bucket(bRuns)
		c := tx.Bucket(bRunsByTime).Cursor()
		for k, _ := c.First(); k != nil && len(out) < n; k, _ = c.Next() {
			if len(k) <= dateKeyLen {
				return fmt.Errorf("store: corrupt run index key %x", k)
			}
			var r runRec
			id := string(k[dateKeyLen:])
			ok, err := getRec(runs, id, &r)
			if err != nil {
				return fmt.Errorf("store: run %s: %w", id, err)
			}
			if ok {
				out = append(out, r.Run)
			}
		}
		return nil
	})
	return out, err
}
