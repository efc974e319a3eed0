package store

import (
	"context"
	"slices"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestSuggestionsWaitForReview checks that a suggestion (a line of a
// fallback or relaxed-check rule) still pending review stays out of the
// ledger, the totals and the default queries, shows in the review queue's
// query, and counts once a reviewer accepts it; a suggestion above the
// review threshold and a pending ordinary line count as before.
func TestSuggestionsWaitForReview(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	suggest := func(c news.Commitment, rule string) news.Commitment {
		c.Rules = []string{rule, "kind." + string(c.Kind)}
		return c
	}
	save(t, s, article(1, "wire", 0),
		troops("DE", 500, news.StatusPledged, 0.9),                                     // ordinary, confident
		suggest(money("FR", 2e6, "EUR", news.StatusPledged, 0.35), "fallback.clause"),  // pending suggestion
		suggest(equipment("PL", "generators", 12, 0.4), "review.valued-goods"),         // pending suggestion
		suggest(money("NL", 5e6, "EUR", news.StatusPledged, 0.8), "fallback.document"), // suggestion above the threshold
		money("IT", 3e6, "EUR", news.StatusPledged, 0.3),                               // ordinary, pending
	)
	all, err := s.Commitments(ctx, Query{Review: ReviewAll, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	byActor := map[string]string{}
	for _, c := range all.Items {
		byActor[c.Actor] = c.ID
	}
	if len(byActor) != 5 {
		t.Fatalf("saved %d commitments, want 5: %+v", len(byActor), all.Items)
	}
	actors := func(q Query) []string {
		t.Helper()
		got, err := allPages(t, s, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for a, id := range byActor {
			if slices.Contains(got, id) {
				out = append(out, a)
			}
		}
		slices.Sort(out)
		return out
	}
	ledgerActors := func() []string {
		t.Helper()
		es, err := allLedger(ctx, s, LedgerQuery{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range es {
			out = append(out, e.Actor)
		}
		slices.Sort(out)
		return out
	}
	check := func(step string, wantDefault, wantPending []string) {
		t.Helper()
		if got := actors(Query{}); !slices.Equal(got, wantDefault) {
			t.Errorf("%s: default query %v, want %v", step, got, wantDefault)
		}
		if got := actors(Query{Review: "pending"}); !slices.Equal(got, wantPending) {
			t.Errorf("%s: pending query %v, want %v", step, got, wantPending)
		}
		qp, err := s.ReviewQueue(ctx, QueueQuery{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		var queued []string
		for _, c := range qp.Items {
			queued = append(queued, c.Actor)
		}
		slices.Sort(queued)
		if !slices.Equal(queued, wantPending) {
			t.Errorf("%s: review queue %v, want %v", step, queued, wantPending)
		}
		if got := ledgerActors(); !slices.Equal(got, wantDefault) {
			t.Errorf("%s: ledger %v, want %v", step, got, wantDefault)
		}
		tot, err := s.Totals(ctx, LedgerQuery{})
		if err != nil {
			t.Fatal(err)
		}
		var money []string
		for _, m := range tot.Money {
			money = append(money, m.Country)
		}
		slices.Sort(money)
		var wantMoney []string
		for _, a := range wantDefault {
			if a == "FR" || a == "NL" || a == "IT" {
				wantMoney = append(wantMoney, a)
			}
		}
		if !slices.Equal(money, wantMoney) {
			t.Errorf("%s: money totals of %v, want %v", step, money, wantMoney)
		}
		if err := s.CheckDerived(ctx); err != nil {
			t.Errorf("%s: CheckDerived: %v", step, err)
		}
	}
	check("saved", []string{"DE", "IT", "NL"}, []string{"FR", "IT", "PL"})
	if got := actors(Query{Review: ReviewAll}); !slices.Equal(got, []string{"DE", "FR", "IT", "NL", "PL"}) {
		t.Errorf("review=all: %v, want every line", got)
	}
	if _, err := s.Accept(ctx, byActor["FR"], "tester", ""); err != nil {
		t.Fatal(err)
	}
	check("FR accepted", []string{"DE", "FR", "IT", "NL"}, []string{"IT", "PL"})
	if _, err := s.Reject(ctx, byActor["PL"], "tester", ""); err != nil {
		t.Fatal(err)
	}
	check("PL rejected", []string{"DE", "FR", "IT", "NL"}, []string{"IT"})
}
