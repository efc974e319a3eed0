package store

import (
	"context"
	"fmt"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Undo reverts the last decision on a commitment (accept, reject or
// correct): its review state and correction go back to what they were
// before, so a commitment that was pending returns to the review queue. The
// undo is itself an audit entry (ActionUndo). A commitment without a
// decision, or whose last entry is already an undo, is ErrInvalid naming
// "id". It returns the commitment's effective values after the undo.
func (s *Store) Undo(ctx context.Context, id, who, note string) (news.Commitment, error) {
	return s.decide(ctx, id, who, func(w *txWriter, now time.Time) (news.Commitment, error) {
		return undoTx(w, now, id, who, note)
	})
}

// undoTx reverts the last decision on id in w's transaction and audits
// the undo; the caller flushes w.
func undoTx(w *txWriter, now time.Time, id, who, note string) (news.Commitment, error) {
	tx := w.tx
	old, err := loadCommit(tx, id)
	if err != nil {
		return news.Commitment{}, err
	}
	hist, err := history(tx, id)
	if err != nil {
		return news.Commitment{}, err
	}
	if len(hist) == 0 {
		return news.Commitment{}, invalidf("id", "commitment %s has no decision to undo", id)
	}
	last := hist[len(hist)-1]
	if last.Action == ActionUndo {
		return news.Commitment{}, invalidf("id", "the last decision on commitment %s was already undone", id)
	}
	rec := old
	rec.Review = last.From
	rec.Correction = last.PrevCorrection
	reviews := tx.Bucket(bReviews)
	if (rec.Review == news.ReviewNone || rec.Review == news.ReviewPending) && rec.Correction == nil {
		// Back to the machine's state: no human decision to keep.
		if err := reviews.Delete([]byte(id)); err != nil {
			return news.Commitment{}, fmt.Errorf("store: delete review: %w", err)
		}
	} else {
		rv := reviewRec{V: SchemaVersion, State: rec.Review, Correction: rec.Correction, By: who, At: now}
		if _, err := putRec(reviews, id, &rv); err != nil {
			return news.Commitment{}, fmt.Errorf("store: put review: %w", err)
		}
	}
	if _, err := writeCommit(w, id, &old, &rec); err != nil {
		return news.Commitment{}, err
	}
	if err := w.reindexCommit(&old, &rec); err != nil {
		return news.Commitment{}, err
	}
	if note == "" {
		note = fmt.Sprintf("undo of %s #%d", last.Action, last.Seq)
	}
	e := AuditEntry{V: SchemaVersion, CommitmentID: id, Action: ActionUndo, Who: who, At: now, Note: note,
		PrevCorrection: old.Correction, Before: old.effective(), After: rec.effective(), From: old.Review, To: rec.Review}
	if err := putAudit(tx, &e); err != nil {
		return news.Commitment{}, err
	}
	return e.After, nil
}
