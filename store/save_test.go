package store

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestSaveExtractionIdempotent(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	a := article(1, "wire", 0)
	cs := []news.Commitment{troops("DE", 500, news.StatusPledged, 0.9), money("FR", 1e9, "EUR", news.StatusPledged, 0.4)}
	got := save(t, s, a, cs...)
	if want := (SaveResult{ArticleNew: true, CommitmentsNew: 2}); got != want {
		t.Fatalf("first save = %+v, want %+v", got, want)
	}
	if cs[0].ID != "" {
		t.Fatal("SaveExtraction modified the caller's slice")
	}
	got = save(t, s, a, cs...)
	if got != (SaveResult{}) {
		t.Fatalf("second save = %+v, want zero", got)
	}
	_, stored, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != 2 {
		t.Fatalf("stored %d commitments, want 2", len(stored))
	}
	for i, c := range stored {
		if want := news.CommitmentID(a.ID, cs[i]); c.ID != want || c.ArticleID != a.ID {
			t.Errorf("commitment %d: id %s article %s, want %s %s", i, c.ID, c.ArticleID, want, a.ID)
		}
		if c.URL != a.URL || !c.Published.Equal(a.Published) {
			t.Errorf("commitment %d: url %q published %v not copied from the article", i, c.URL, c.Published)
		}
	}
	if stored[0].Review != news.ReviewNone || stored[1].Review != news.ReviewPending {
		t.Errorf("review states %q %q, want none, pending", stored[0].Review, stored[1].Review)
	}
	page, err := s.Commitments(ctx, Query{Review: ReviewAll})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) != 2 {
		t.Fatalf("query returned %d commitments, want 2 (no duplicates)", len(page.Items))
	}
	// Duplicates within one extraction are stored once.
	b := article(2, "wire", 0)
	if got := save(t, s, b, cs[0], cs[0]); got.CommitmentsNew != 1 {
		t.Errorf("duplicate commitments in one extraction: %+v", got)
	}
	// A changed article is reported.
	a.Title = "New title"
	if got := save(t, s, a, cs...); !got.ArticleChanged || got.ArticleNew || got.CommitmentsNew != 0 {
		t.Errorf("changed article: %+v", got)
	}
}

func TestSaveExtractionInvalid(t *testing.T) {
	s := openTest(t, Options{})
	tests := []struct {
		name  string
		x     news.Extraction
		param string
	}{
		{"no id or url", news.Extraction{Article: news.Article{Title: "x"}}, "article.id"},
		{"nul in source", news.Extraction{Article: news.Article{URL: "u", Source: "a\x00b"}}, "article.source"},
		{"nul in actor", news.Extraction{Article: article(1, "a", 0), Commitments: []news.Commitment{{Actor: "D\x00"}}}, "commitments[0].actor"},
		{"foreign commitment", news.Extraction{Article: article(1, "a", 0), Commitments: []news.Commitment{{ArticleID: "other"}}}, "commitments[0].article_id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.SaveExtraction(context.Background(), tt.x)
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tt.param) {
				t.Errorf("error %q does not name %s", err, tt.param)
			}
		})
	}
}

func TestReextractionKeepsReviews(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	a := article(1, "wire", 0)
	accepted := troops("DE", 500, news.StatusPledged, 0.3)
	corrected := money("FR", 1e9, "EUR", news.StatusPledged, 0.3)
	rejected := troops("IT", 100, news.StatusPledged, 0.3)
	vanishing := equipment("PL", "tanks", 10, 0.9)
	stays := equipment("NL", "drones", 20, 0.4)
	save(t, s, a, accepted, corrected, rejected, vanishing, stays)
	id := func(c news.Commitment) string { return news.CommitmentID(a.ID, c) }
	if _, err := s.Accept(ctx, id(accepted), "ana", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Correct(ctx, id(corrected), "ana", Correction{Amount: news.Float64(2e9), Currency: ptr("usd")}, "typo"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Reject(ctx, id(rejected), "ana", "not a pledge"); err != nil {
		t.Fatal(err)
	}

	// Re-extraction 1: same commitments with new confidences, minus "vanishing".
	accepted.Confidence, corrected.Confidence, rejected.Confidence, stays.Confidence = 0.2, 0.2, 0.2, 0.1
	res := save(t, s, a, accepted, corrected, rejected, stays)
	if res.CommitmentsRemoved != 1 || res.CommitmentsNew != 0 {
		t.Fatalf("re-extraction = %+v, want 1 removed, 0 new", res)
	}
	check := func(c news.Commitment, want news.ReviewState) news.Commitment {
		t.Helper()
		rec, err := s.Commitment(ctx, id(c))
		if err != nil {
			t.Fatal(err)
		}
		if rec.Commitment.Review != want {
			t.Errorf("%s: review %q, want %q", c.Actor, rec.Commitment.Review, want)
		}
		return rec.Commitment
	}
	check(accepted, news.ReviewAccepted)
	if got := check(corrected, news.ReviewCorrected); *got.Amount != 2e9 || got.Currency != "USD" {
		t.Errorf("correction lost: %v %s", *got.Amount, got.Currency)
	}
	check(rejected, news.ReviewRejected)
	check(stays, news.ReviewPending)
	if _, err := s.Commitment(ctx, id(vanishing)); !errors.Is(err, ErrNotFound) {
		t.Errorf("vanished commitment: err = %v, want ErrNotFound", err)
	}

	// Re-extraction 2: nothing found any more. Human-accepted and corrected
	// commitments stay (stale), the rest go; the rejection is remembered.
	res = save(t, s, a)
	if res.CommitmentsRemoved != 2 {
		t.Fatalf("empty re-extraction = %+v, want 2 removed (rejected, pending)", res)
	}
	for _, c := range []news.Commitment{accepted, corrected} {
		rec, err := s.Commitment(ctx, id(c))
		if err != nil {
			t.Fatal(err)
		}
		if !rec.Stale {
			t.Errorf("%s: not marked stale", c.Actor)
		}
	}
	res = save(t, s, a, rejected)
	if res.CommitmentsNew != 1 {
		t.Fatalf("rejected comes back: %+v", res)
	}
	check(rejected, news.ReviewRejected)
	if q, err := s.ReviewQueue(ctx, QueueQuery{}); err != nil || q.Remaining != 0 {
		t.Errorf("queue after re-extractions: %+v, %v; want empty", q, err)
	}
}

func ptr[T any](v T) *T { return &v }
