package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ErrDerivedMismatch means the ledger, totals or word index kept on write
// disagree with the commitments they are computed from.
var ErrDerivedMismatch = errors.New("ledger, totals or word index out of step with the commitments")

// maxReported bounds the differences CheckDerived lists.
const maxReported = 10

// CheckDerived recomputes the structures kept on write (ledger entries,
// totals, word index) from the commitments, in memory, and compares them
// with the stored ones. It returns nil when they agree, or an error
// wrapping ErrDerivedMismatch that lists the first differences. Money sums
// are compared with a relative tolerance of 1e-9 (they are kept by adding
// and subtracting floats). It reads the whole store in one read
// transaction: at a million commitments it takes about a minute and a few
// hundred MB.
func (s *Store) CheckDerived(ctx context.Context) error {
	if !s.derived.Load() {
		return fmt.Errorf("store: %s has no ledger kept on write yet: open it read-write once to build it", s.path)
	}
	return s.view(ctx, func(tx *bolt.Tx) error {
		var diffs []string
		report := func(format string, args ...any) {
			if len(diffs) < maxReported {
				diffs = append(diffs, fmt.Sprintf(format, args...))
			} else if len(diffs) == maxReported {
				diffs = append(diffs, "…")
			}
		}
		// Index keys kept on write, from every commitment.
		wantWords := wordEntries{}
		wantMembers := map[string][]byte{}
		err := tx.Bucket(bCommitments).ForEach(func(k, v []byte) error {
			var r commitRec
			if err := decode(v, &r); err != nil {
				return fmt.Errorf("store: commitment %s: %w", k, err)
			}
			c := r.effective()
			wantWords.add(&r)
			mk, mv, err := member(&r, &c)
			if mk != nil {
				wantMembers[string(mk)] = mv
			}
			return err
		})
		if err != nil {
			return err
		}
		err = tx.Bucket(bLedgerMembers).ForEach(func(k, v []byte) error {
			w, ok := wantMembers[string(k)]
			switch {
			case !ok:
				report("ledger_members: extra key %x", k)
			case !bytes.Equal(w, v):
				report("ledger_members: %x is %x, want %x", k, v, w)
			}
			delete(wantMembers, string(k))
			return nil
		})
		if err != nil {
			return err
		}
		for k := range wantMembers {
			report("ledger_members: missing key %x", k)
		}
		if err := checkWords(tx, wantWords, report); err != nil {
			return err
		}
		// Ledger entries and totals, from the members.
		wantLedger := map[string][]byte{}
		wantIdx := map[string]bool{}
		wantTotals := map[string]aggregate{}
		groups := 0
		c := tx.Bucket(bLedgerMembers).Cursor()
		for k, _ := c.First(); k != nil; {
			gid := append([]byte(nil), k[:min(len(k), groupIDLen)]...)
			es, _, err := groupEntries(tx, gid, gid, time.Time{}, nil)
			if err != nil {
				return err
			}
			groups++
			var items []groupItem
			for i := range es {
				v := encodeEntry(&es[i])
				e := &es[i].LedgerEntry
				ek := ledgerEntryKey(e)
				items = append(items, groupItem{first: ascDateKey(e.First), key: ek})
				wantLedger[string(ek)] = v
				for _, ik := range ledgerIdxKeys(e, ek) {
					wantIdx[string(ik)] = true
				}
				for _, tk := range totalsKeys(e) {
					a := wantTotals[string(tk)]
					a.add(e, 1)
					wantTotals[string(tk)] = a
				}
			}
			if got := tx.Bucket(bLedgerGroups).Get(gid); !bytes.Equal(got, joinGroupItems(items)) {
				report("ledger_groups %x: entry keys differ", gid)
			}
			next := nextPrefix(gid)
			if next == nil {
				break
			}
			k, _ = c.Seek(next)
		}
		if n := tx.Bucket(bLedgerGroups).Stats().KeyN; n != groups {
			report("ledger_groups: %d groups, want %d", n, groups)
		}
		err = tx.Bucket(bLedger).ForEach(func(k, v []byte) error {
			w, ok := wantLedger[string(k)]
			switch {
			case !ok:
				report("ledger: extra entry %x", k)
			case !bytes.Equal(w, v):
				report("ledger: entry %x differs: stored %x, want %x", k, v, w)
			}
			delete(wantLedger, string(k))
			return nil
		})
		if err != nil {
			return err
		}
		for k := range wantLedger {
			report("ledger: missing entry %x", k)
		}
		err = tx.Bucket(bLedgerIdx).ForEach(func(k, _ []byte) error {
			if !wantIdx[string(k)] {
				report("ledger_idx: extra key %q", k)
			}
			delete(wantIdx, string(k))
			return nil
		})
		if err != nil {
			return err
		}
		for k := range wantIdx {
			report("ledger_idx: missing key %q", k)
		}
		err = tx.Bucket(bTotals).ForEach(func(k, v []byte) error {
			got, err := decodeAggregate(v)
			if err != nil {
				return err
			}
			w, ok := wantTotals[string(k)]
			switch {
			case !ok:
				report("totals: extra record %q", k)
			case got.Entries != w.Entries || got.Troops != w.Troops || !closeEnough(got.Amount, w.Amount):
				report("totals %q: stored %+v, want %+v", k, got, w)
			}
			delete(wantTotals, string(k))
			return nil
		})
		if err != nil {
			return err
		}
		for k := range wantTotals {
			report("totals: missing record %q", k)
		}
		if len(diffs) > 0 {
			return fmt.Errorf("store: %w: %q (Store.RebuildDerived rebuilds them)", ErrDerivedMismatch, diffs)
		}
		return nil
	})
}

// RebuildDerived recreates the ledger, totals and word index from the
// commitments (what a read-write Open of an older file does). Queries see
// them empty until it returns.
func (s *Store) RebuildDerived(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if s.readOnly {
		return fmt.Errorf("store: %w", ErrReadOnly)
	}
	if _, err := s.rebuildDerived(); err != nil {
		return fmt.Errorf("store: rebuild: %w", err)
	}
	s.derived.Store(true)
	return nil
}

func closeEnough(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}
