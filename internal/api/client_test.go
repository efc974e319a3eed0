package api

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

func errorsAs(err error, target any) bool { return errors.As(err, target) }

func errorsIs(err, target error) bool { return errors.Is(err, target) }

func TestClient(t *testing.T) {
	f := newFixture(t, Config{Token: "tok"})
	ctx := context.Background()
	c := NewClient(strings.TrimPrefix(f.srv.URL, "http://"), "tok", nil)

	page, err := c.Commitments(ctx, store.Query{Country: "GB", Limit: 1})
	if err != nil || len(page.Items) != 1 || page.Next == "" {
		t.Fatalf("page 1 = %+v, %v", page, err)
	}
	page2, err := c.Commitments(ctx, store.Query{Country: "GB", Limit: 1, Cursor: page.Next})
	if err != nil || len(page2.Items) != 1 || page2.Items[0].ID == page.Items[0].ID || page2.Next != "" {
		t.Fatalf("page 2 = %+v, %v", page2, err)
	}

	q, err := c.ReviewQueue(ctx, store.QueueQuery{Limit: 2})
	if err != nil || q.Remaining != 3 || len(q.Items) != 2 {
		t.Fatalf("queue = %+v, %v", q, err)
	}
	got, err := c.Accept(ctx, f.ids["deTanks"], "cli", "")
	if err != nil || got.Review != news.ReviewAccepted {
		t.Fatalf("Accept = %+v, %v", got, err)
	}
	actor := "AT"
	got, err = c.Correct(ctx, f.ids["frTroops"], "cli", store.Correction{Actor: &actor}, "wrong country")
	if err != nil || got.Actor != "AT" {
		t.Fatalf("Correct = %+v, %v", got, err)
	}
	if _, err := c.Reject(ctx, f.ids["ukMoney"], "cli", ""); err != nil {
		t.Fatal(err)
	}
	if f.review(t, f.ids["ukMoney"]) != news.ReviewRejected {
		t.Error("reject not stored")
	}
	rec, err := c.Commitment(ctx, f.ids["frTroops"])
	if err != nil || len(rec.History) != 1 || rec.History[0].Note != "wrong country" {
		t.Errorf("Commitment = %+v, %v", rec, err)
	}

	var buf bytes.Buffer
	if err := c.Export(ctx, store.Query{Review: store.ReviewAll}, "csv", &buf); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 5 {
		t.Errorf("csv export has %d lines, want 5:\n%s", n, buf.String())
	}

	tests := []struct {
		name string
		err  error
		is   []error
	}{
		{"bad param", func() error { _, err := c.Commitments(ctx, store.Query{Kind: "tanks"}); return err }(), []error{ErrBadParam, store.ErrInvalid}},
		{"not found", func() error { _, err := c.Accept(ctx, "0123", "cli", ""); return err }(), []error{ErrNotFound, store.ErrNotFound}},
		{"unauthorized", func() error {
			_, err := NewClient(f.srv.URL, "bad", nil).Commitments(ctx, store.Query{})
			return err
		}(), []error{ErrUnauthorized}},
		{"unavailable", func() error { _, err := c.Reextract(ctx); return err }(), []error{ErrUnavailable}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, want := range tc.is {
				if !errors.Is(tc.err, want) {
					t.Errorf("%v is not %v", tc.err, want)
				}
			}
		})
	}
	var pe *ParamError
	if _, err := c.Commitments(ctx, store.Query{Kind: "tanks"}); !errors.As(err, &pe) || pe.Param != "kind" {
		t.Errorf("param error = %v", err)
	}
	if err := NewClient("ftp://x", "", nil).Health(ctx); err == nil {
		t.Error("bad base URL accepted")
	}
	if err := c.Health(ctx); err != nil {
		t.Errorf("Health: %v", err)
	}
}
