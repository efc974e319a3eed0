package store

import (
	"context"
	"errors"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestUndo(t *testing.T) {
	ctx := context.Background()
	amount := func(v float64) *float64 { return &v }
	tests := []struct {
		name string
		conf float64 // below 0.5: starts pending
		do   func(s *Store, id string) error
		// what the commitment must look like after the undo
		review news.ReviewState
		amount float64
		queued bool
	}{
		{"accept of a pending line", 0.2, func(s *Store, id string) error { _, err := s.Accept(ctx, id, "ana", ""); return err },
			news.ReviewPending, 1e6, true},
		{"reject of a pending line", 0.2, func(s *Store, id string) error { _, err := s.Reject(ctx, id, "ana", ""); return err },
			news.ReviewPending, 1e6, true},
		{"reject of a confident line", 0.9, func(s *Store, id string) error { _, err := s.Reject(ctx, id, "ana", ""); return err },
			news.ReviewNone, 1e6, false},
		{"correct", 0.2, func(s *Store, id string) error {
			_, err := s.Correct(ctx, id, "ana", Correction{Amount: amount(2e6)}, "")
			return err
		}, news.ReviewPending, 1e6, true},
		{"second correction goes back to the first", 0.2, func(s *Store, id string) error {
			if _, err := s.Correct(ctx, id, "ana", Correction{Amount: amount(2e6)}, ""); err != nil {
				return err
			}
			_, err := s.Correct(ctx, id, "ana", Correction{Amount: amount(3e6)}, "")
			return err
		}, news.ReviewCorrected, 2e6, false},
		{"accept after a correction keeps it", 0.2, func(s *Store, id string) error {
			if _, err := s.Correct(ctx, id, "ana", Correction{Amount: amount(2e6)}, ""); err != nil {
				return err
			}
			_, err := s.Accept(ctx, id, "ana", "")
			return err
		}, news.ReviewCorrected, 2e6, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openTest(t, Options{ReviewThreshold: 0.5})
			save(t, s, article(1, "wire", 1), money("DE", 1e6, "EUR", news.StatusPledged, tc.conf))
			page, err := s.Commitments(ctx, Query{Review: ReviewAll})
			if err != nil || len(page.Items) != 1 {
				t.Fatal(page, err)
			}
			id := page.Items[0].ID
			if err := tc.do(s, id); err != nil {
				t.Fatal(err)
			}
			c, err := s.Undo(ctx, id, "bo", "")
			if err != nil {
				t.Fatal(err)
			}
			if c.Review != tc.review || *c.Amount != tc.amount {
				t.Errorf("after undo: review %q amount %v, want %q %v", c.Review, *c.Amount, tc.review, tc.amount)
			}
			q, err := s.ReviewQueue(ctx, QueueQuery{})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(q.Items) == 1; got != tc.queued {
				t.Errorf("in the queue: %v, want %v", got, tc.queued)
			}
			rec, err := s.Commitment(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			last := rec.History[len(rec.History)-1]
			if last.Action != ActionUndo || last.Who != "bo" || last.To != tc.review || rec.Commitment.Review != tc.review {
				t.Errorf("audit entry %+v, record %q", last, rec.Commitment.Review)
			}
			// The ledger and totals kept on write follow the undo.
			if err := s.CheckDerived(ctx); err != nil {
				t.Errorf("after undo: %v", err)
			}
			// A second undo in a row is refused and changes nothing.
			if _, err := s.Undo(ctx, id, "bo", ""); !errors.Is(err, ErrInvalid) {
				t.Errorf("second undo: %v, want ErrInvalid", err)
			}
			// The undone state survives a re-extraction of the article.
			save(t, s, article(1, "wire", 1), money("DE", 1e6, "EUR", news.StatusPledged, tc.conf))
			if rec2, _ := s.Commitment(ctx, id); rec2.Commitment.Review != tc.review || *rec2.Commitment.Amount != tc.amount {
				t.Errorf("after re-extraction: %q %v", rec2.Commitment.Review, *rec2.Commitment.Amount)
			}
		})
	}
	s := openTest(t, Options{})
	save(t, s, article(1, "wire", 1), money("DE", 1e6, "EUR", news.StatusPledged, 0.9))
	page, _ := s.Commitments(ctx, Query{})
	if _, err := s.Undo(ctx, page.Items[0].ID, "bo", ""); !errors.Is(err, ErrInvalid) {
		t.Errorf("undo without a decision: %v", err)
	}
	if _, err := s.Undo(ctx, "0123", "bo", ""); !errors.Is(err, ErrNotFound) {
		t.Errorf("undo of unknown id: %v", err)
	}
}
