package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestReviewQueueOrder(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{ReviewThreshold: 0.5})
	confs := []float64{0.45, 0.1, 0.3, 0.9, 0.5, 0.2, 0.3, 0}
	for i, c := range confs {
		save(t, s, article(i, "wire", i), troops("DE", int64(i+1), news.StatusPledged, c))
	}
	var got []float64
	q := QueueQuery{Limit: 2}
	for {
		page, err := s.ReviewQueue(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if page.Remaining != 6 {
			t.Errorf("remaining %d, want 6", page.Remaining)
		}
		for _, c := range page.Items {
			if c.Review != news.ReviewPending {
				t.Errorf("queue item in state %q", c.Review)
			}
			got = append(got, c.Confidence)
		}
		if page.Next == "" {
			break
		}
		q.Cursor = page.Next
	}
	if want := []float64{0, 0.1, 0.2, 0.3, 0.3, 0.45}; !slices.Equal(got, want) {
		t.Fatalf("queue %v, want %v", got, want)
	}
	first, _ := s.ReviewQueue(ctx, QueueQuery{Limit: 1})
	if _, err := s.Accept(ctx, first.Items[0].ID, "ana", ""); err != nil {
		t.Fatal(err)
	}
	after, _ := s.ReviewQueue(ctx, QueueQuery{})
	if after.Remaining != 5 || after.Items[0].Confidence != 0.1 {
		t.Errorf("after accept: remaining %d, first %v", after.Remaining, after.Items[0].Confidence)
	}
	if _, err := s.ReviewQueue(ctx, QueueQuery{Cursor: "%%"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad cursor: %v", err)
	}
}

func TestAuditLogAppendOnly(t *testing.T) {
	ctx := context.Background()
	now := t0
	s := openTest(t, Options{Now: func() time.Time { now = now.Add(time.Minute); return now }})
	a := article(1, "wire", 0)
	c := money("FR", 1e9, "EUR", news.StatusPledged, 0.2)
	save(t, s, a, c)
	id := news.CommitmentID(a.ID, c)

	after, err := s.Correct(ctx, id, "ana", Correction{Amount: news.Float64(2e9), Status: ptr(news.StatusDelivered)}, "misread")
	if err != nil {
		t.Fatal(err)
	}
	if *after.Amount != 2e9 || after.Status != news.StatusDelivered || after.Review != news.ReviewCorrected {
		t.Errorf("after correct: %+v", after)
	}
	log1, err := s.AuditLog(ctx, AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Correct(ctx, id, "bo", Correction{Currency: ptr("usd")}, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Accept(ctx, id, "cy", "looks right"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Reject(ctx, id, "dee", ""); err != nil {
		t.Fatal(err)
	}
	log2, err := s.AuditLog(ctx, AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(log2) != 4 {
		t.Fatalf("%d entries, want 4", len(log2))
	}
	if !slices.EqualFunc(log1, log2[:1], func(a, b AuditEntry) bool {
		return a.Seq == b.Seq && a.At.Equal(b.At) && a.Who == b.Who && a.Note == b.Note
	}) {
		t.Error("earlier entry changed")
	}
	wantWho := []string{"ana", "bo", "cy", "dee"}
	wantTo := []news.ReviewState{news.ReviewCorrected, news.ReviewCorrected, news.ReviewAccepted, news.ReviewRejected}
	for i, e := range log2 {
		if e.Seq != uint64(i+1) || e.Who != wantWho[i] || e.To != wantTo[i] || e.CommitmentID != id {
			t.Errorf("entry %d: %+v", i, e)
		}
		if i > 0 && !e.At.After(log2[i-1].At) {
			t.Errorf("entry %d: time %v not after %v", i, e.At, log2[i-1].At)
		}
	}
	if log2[0].Before.Review != news.ReviewPending || *log2[0].Before.Amount != 1e9 || *log2[0].After.Amount != 2e9 {
		t.Errorf("before/after of the first correction: %+v", log2[0])
	}
	// Corrections merge: the second kept the first's amount.
	if *log2[1].After.Amount != 2e9 || log2[1].After.Currency != "USD" {
		t.Errorf("merged correction: %+v", log2[1].After)
	}
	// Accept keeps the correction.
	if log2[2].After.Currency != "USD" || log2[2].After.Review != news.ReviewAccepted {
		t.Errorf("accept after correct: %+v", log2[2].After)
	}
	rec, err := s.Commitment(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.History) != 4 || rec.Article.ID != a.ID || rec.Commitment.Review != news.ReviewRejected {
		t.Errorf("record: %d history, article %q, review %q", len(rec.History), rec.Article.ID, rec.Commitment.Review)
	}
	page, _ := s.AuditLog(ctx, AuditQuery{After: 2, Limit: 1})
	if len(page) != 1 || page[0].Seq != 3 {
		t.Errorf("audit page after 2: %+v", page)
	}
}

func TestReviewInvalid(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	a := article(1, "wire", 0)
	c := troops("DE", 1, news.StatusPledged, 0.2)
	save(t, s, a, c)
	id := news.CommitmentID(a.ID, c)
	tests := []struct {
		name string
		err  error
		call func() error
		want string
	}{
		{"no who", ErrInvalid, func() error { _, err := s.Accept(ctx, id, " ", ""); return err }, "who"},
		{"missing", ErrNotFound, func() error { _, err := s.Reject(ctx, "nope", "ana", ""); return err }, "nope"},
		{"empty correction", ErrInvalid, func() error { _, err := s.Correct(ctx, id, "ana", Correction{}, ""); return err }, "fields"},
		{"bad kind", ErrInvalid, func() error {
			_, err := s.Correct(ctx, id, "ana", Correction{Kind: ptr(news.Kind("x"))}, "")
			return err
		}, "kind"},
		{"bad status", ErrInvalid, func() error {
			_, err := s.Correct(ctx, id, "ana", Correction{Status: ptr(news.Status("x"))}, "")
			return err
		}, "status"},
		{"bad actor", ErrInvalid, func() error { _, err := s.Correct(ctx, id, "ana", Correction{Actor: ptr("Germany")}, ""); return err }, "actor"},
		{"negative troops", ErrInvalid, func() error { _, err := s.Correct(ctx, id, "ana", Correction{Troops: news.Int64(-1)}, ""); return err }, "troops"},
		{"bad currency", ErrInvalid, func() error { _, err := s.Correct(ctx, id, "ana", Correction{Currency: ptr("E")}, ""); return err }, "currency"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %v naming %s", err, tt.err, tt.want)
			}
		})
	}
	if log, _ := s.AuditLog(ctx, AuditQuery{}); len(log) != 0 {
		t.Errorf("failed actions logged: %+v", log)
	}
}
