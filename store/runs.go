package store

import (
	"context"
	"encoding/hex"
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

// RunQuery pages through the runs, most recently started first.
type RunQuery struct {
	// Cursor is Next of the previous page, or empty.
	Cursor string
	// Limit is the page size: 0 means DefaultLimit, at most MaxLimit.
	Limit int
}

// RunPage is one page of runs.
type RunPage struct {
	Items []news.Run
	// Next is the cursor of the following page, empty on the last.
	Next string
}

// RunsPage returns one page of runs, most recently started first. A
// cursor that is not one this method returned is ErrInvalid.
func (s *Store) RunsPage(ctx context.Context, q RunQuery) (RunPage, error) {
	n, err := checkLimit(q.Limit)
	if err != nil {
		return RunPage{}, err
	}
	var start []byte
	if q.Cursor != "" {
		if start, err = hex.DecodeString(q.Cursor); err != nil || len(start) <= dateKeyLen {
			return RunPage{}, invalidf("cursor", "%q is not a cursor from a previous page", q.Cursor)
		}
	}
	var page RunPage
	err = s.view(ctx, func(tx *bolt.Tx) error {
		runs := tx.Bucket(bRuns)
		c := tx.Bucket(bRunsByTime).Cursor()
		k, _ := c.First()
		if start != nil {
			k, _ = c.Seek(start)
		}
		for ; k != nil; k, _ = c.Next() {
			if len(page.Items) == n {
				page.Next = hex.EncodeToString(k)
				return nil
			}
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
				page.Items = append(page.Items, r.Run)
			}
		}
		return nil
	})
	return page, err
}
