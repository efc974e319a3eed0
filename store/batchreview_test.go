package store

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestReviewBatch: a batch is all or nothing, each decision is audited,
// and the kept ledger and totals stay in step (CheckDerived).
func TestReviewBatch(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		batch   func(id []string) []Decision
		wantErr string // field of the ErrInvalid, or "notfound"
		want    []news.ReviewState
	}{
		{"accept two", func(id []string) []Decision {
			return []Decision{{ID: id[0], Action: ActionAccept}, {ID: id[1], Action: ActionAccept}}
		}, "", []news.ReviewState{news.ReviewAccepted, news.ReviewAccepted, news.ReviewPending}},
		{"reject all three", func(id []string) []Decision {
			return []Decision{{ID: id[0], Action: ActionReject}, {ID: id[1], Action: ActionReject}, {ID: id[2], Action: ActionReject}}
		}, "", []news.ReviewState{news.ReviewRejected, news.ReviewRejected, news.ReviewRejected}},
		{"unknown id leaves all unchanged", func(id []string) []Decision {
			return []Decision{{ID: id[0], Action: ActionAccept}, {ID: "beef", Action: ActionAccept}}
		}, "notfound", []news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
		{"undo with nothing to undo leaves all unchanged", func(id []string) []Decision {
			return []Decision{{ID: id[0], Action: ActionReject}, {ID: id[1], Action: ActionUndo}}
		}, "id", []news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
		{"id twice", func(id []string) []Decision {
			return []Decision{{ID: id[0], Action: ActionReject}, {ID: id[0], Action: ActionAccept}}
		}, "ids", []news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
		{"bad action", func(id []string) []Decision { return []Decision{{ID: id[0], Action: "correct"}} },
			"action", []news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
		{"empty", func([]string) []Decision { return nil }, "ids", []news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openTest(t, Options{ReviewThreshold: 0.5})
			save(t, s, article(1, "wire", 1), money("DE", 1e6, "EUR", news.StatusPledged, 0.2), troops("FR", 300, news.StatusPledged, 0.3))
			save(t, s, article(2, "blog", 2), money("DE", 1e6, "EUR", news.StatusPledged, 0.4))
			page, err := s.ReviewQueue(ctx, QueueQuery{})
			if err != nil || len(page.Items) != 3 {
				t.Fatal(page, err)
			}
			id := ids(page.Items)
			_, err = s.ReviewBatch(ctx, "ana", tc.batch(id))
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("batch: %v", err)
			case tc.wantErr == "notfound" && !errors.Is(err, ErrNotFound):
				t.Fatalf("err %v, want not found", err)
			case tc.wantErr != "" && tc.wantErr != "notfound" && (!errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), " "+tc.wantErr+":")):
				t.Fatalf("err %v, want invalid %s", err, tc.wantErr)
			}
			for i, x := range id {
				rec, err := s.Commitment(ctx, x)
				if err != nil {
					t.Fatal(err)
				}
				if rec.Commitment.Review != tc.want[i] {
					t.Errorf("%d: review %q, want %q", i, rec.Commitment.Review, tc.want[i])
				}
				decided := tc.want[i] != news.ReviewPending
				if got := len(rec.History) == 1; got != decided {
					t.Errorf("%d: %d audit entries", i, len(rec.History))
				}
			}
			if err := s.CheckDerived(ctx); err != nil {
				t.Errorf("derived data after the batch: %v", err)
			}
		})
	}
}

// TestMerge: merging keeps one report, rejects the others as duplicates
// (the totals count the kept one once), and undoing each reverts it.
func TestMerge(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{ReviewThreshold: 0.5})
	save(t, s, article(1, "wire", 1), money("DE", 1e6, "EUR", news.StatusPledged, 0.2))
	save(t, s, article(2, "blog", 200), money("DE", 1e6, "EUR", news.StatusPledged, 0.3))
	page, err := s.ReviewQueue(ctx, QueueQuery{})
	if err != nil || len(page.Items) != 2 {
		t.Fatal(page, err)
	}
	keep, dup := page.Items[0].ID, page.Items[1].ID
	before, err := s.Totals(ctx, LedgerQuery{})
	if err != nil || before.Entries != 2 {
		t.Fatalf("totals before: %+v %v", before, err)
	}
	if _, err := s.Merge(ctx, keep, []string{dup}, "ana", ""); err != nil {
		t.Fatal(err)
	}
	after, err := s.Totals(ctx, LedgerQuery{})
	if err != nil || after.Entries != 1 || after.Money[0].Amount != 1e6 {
		t.Fatalf("totals after merge: %+v %v", after, err)
	}
	h, err := s.History(ctx, dup)
	if err != nil || len(h) != 1 || h[0].Action != ActionReject || h[0].Note != "duplicate of "+keep {
		t.Fatalf("audit of the duplicate: %+v %v", h, err)
	}
	if _, err := s.ReviewBatch(ctx, "ana", []Decision{{ID: keep, Action: ActionUndo}, {ID: dup, Action: ActionUndo}}); err != nil {
		t.Fatal(err)
	}
	if q, err := s.ReviewQueue(ctx, QueueQuery{}); err != nil || q.Remaining != 2 {
		t.Fatalf("queue after undoing the merge: %+v %v", q, err)
	}
	if err := s.CheckDerived(ctx); err != nil {
		t.Error(err)
	}
	for _, bad := range []struct {
		keep string
		dups []string
	}{{"", []string{dup}}, {keep, nil}} {
		if _, err := s.Merge(ctx, bad.keep, bad.dups, "ana", ""); !errors.Is(err, ErrInvalid) {
			t.Errorf("Merge(%q, %v): %v, want invalid", bad.keep, bad.dups, err)
		}
	}
}
