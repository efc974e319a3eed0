package store

import (
	"context"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// MaxBatch bounds the decisions of one ReviewBatch or Merge.
const MaxBatch = 500

// Decision is one action of a review batch: accept, reject or undo of the
// commitment ID, with an optional note for its audit entry.
type Decision struct {
	ID, Action, Note string
}

// ReviewBatch applies decisions in one transaction: all of them or, if one
// fails (an unknown id, an undo with nothing to undo), none. Each is
// audited as if made alone. It returns the effective values after each
// decision, in order. An empty batch, more than MaxBatch decisions, an id
// named twice or an action other than accept, reject and undo is
// ErrInvalid naming the field.
func (s *Store) ReviewBatch(ctx context.Context, who string, ds []Decision) ([]news.Commitment, error) {
	if strings.TrimSpace(who) == "" {
		return nil, invalidf("who", "empty")
	}
	if len(ds) == 0 {
		return nil, invalidf("ids", "no commitments selected")
	}
	if len(ds) > MaxBatch {
		return nil, invalidf("ids", "%d commitments selected; at most %d at a time", len(ds), MaxBatch)
	}
	seen := make(map[string]bool, len(ds))
	for _, d := range ds {
		if d.ID == "" {
			return nil, invalidf("id", "empty")
		}
		if seen[d.ID] {
			return nil, invalidf("ids", "commitment %s is named twice", d.ID)
		}
		seen[d.ID] = true
		switch d.Action {
		case ActionAccept, ActionReject, ActionUndo:
		default:
			return nil, invalidf("action", "%q is not one of accept, reject, undo", d.Action)
		}
	}
	out := make([]news.Commitment, len(ds))
	err := s.update(ctx, func(tx *bolt.Tx) error {
		w := newTxWriter(tx)
		now := s.now()
		for i, d := range ds {
			var err error
			if d.Action == ActionUndo {
				out[i], err = undoTx(w, now, d.ID, who, d.Note)
			} else {
				out[i], err = reviewTx(w, now, d.ID, who, d.Note, d.Action, nil)
			}
			if err != nil {
				return err
			}
		}
		return w.flush()
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Merge records that the commitments dups report the same commitment as
// keep: keep is accepted and each of dups rejected with the note
// "duplicate of <keep>", in one transaction (see ReviewBatch). Undoing
// keep and each of dups reverts it.
func (s *Store) Merge(ctx context.Context, keep string, dups []string, who, note string) ([]news.Commitment, error) {
	if keep == "" {
		return nil, invalidf("keep", "empty: name the commitment to keep")
	}
	if len(dups) == 0 {
		return nil, invalidf("duplicates", "empty: name at least one duplicate of %s", keep)
	}
	ds := []Decision{{ID: keep, Action: ActionAccept, Note: joinNote(fmt.Sprintf("merge: kept, %d duplicate(s) rejected", len(dups)), note)}}
	for _, id := range dups {
		ds = append(ds, Decision{ID: id, Action: ActionReject, Note: joinNote("duplicate of "+keep, note)})
	}
	return s.ReviewBatch(ctx, who, ds)
}

func joinNote(a, b string) string {
	if b == "" {
		return a
	}
	return a + "; " + b
}
