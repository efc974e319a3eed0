package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// fixture stores a small corpus and returns the ids by a readable name.
func fixture(t *testing.T, s *Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	idOf := map[string]string{}
	add := func(name string, a news.Article, c news.Commitment) {
		save(t, s, a, c)
		idOf[name] = news.CommitmentID(a.ID, c)
	}
	add("de-troops", article(1, "wire", 0), troops("DE", 500, news.StatusPledged, 0.9))
	add("fr-money", article(2, "wire", 1), money("FR", 2e9, "EUR", news.StatusDelivered, 0.8))
	add("us-money", article(3, "paper", 2), money("US", 5e8, "USD", news.StatusPledged, 0.5))
	add("pl-tanks", article(4, "paper", 3), equipment("PL", "Leopard 2 tanks", 14, 0.7))
	add("it-troops", article(5, "blog", 4), troops("IT", 1000, news.StatusConsidering, 0.3))
	add("gb-money", article(6, "blog", 5), money("GB", 1e6, "GBP", news.StatusPledged, 0.95))
	if _, err := s.Reject(ctx, idOf["gb-money"], "ana", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Accept(ctx, idOf["us-money"], "ana", ""); err != nil {
		t.Fatal(err)
	}
	return idOf
}

func TestCommitmentsFilters(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	idOf := fixture(t, s)
	day := func(d int) time.Time { return t0.Add(time.Duration(d) * 24 * time.Hour) }
	tests := []struct {
		name string
		q    Query
		want []string // names, newest first
	}{
		{"all but rejected", Query{}, []string{"it-troops", "pl-tanks", "us-money", "fr-money", "de-troops"}},
		{"review all", Query{Review: ReviewAll}, []string{"gb-money", "it-troops", "pl-tanks", "us-money", "fr-money", "de-troops"}},
		{"country", Query{Country: "de"}, []string{"de-troops"}},
		{"kind", Query{Kind: "money"}, []string{"us-money", "fr-money"}},
		{"kind review all", Query{Kind: "money", Review: ReviewAll}, []string{"gb-money", "us-money", "fr-money"}},
		{"status", Query{Status: "delivered"}, []string{"fr-money"}},
		{"review pending", Query{Review: "pending"}, []string{"it-troops"}},
		{"review rejected", Query{Review: "rejected"}, []string{"gb-money"}},
		{"review accepted", Query{Review: "accepted"}, []string{"us-money"}},
		{"review reviewed", Query{Review: ReviewReviewed}, []string{"us-money"}},
		{"kind money reviewed", Query{Kind: "money", Review: ReviewReviewed}, []string{"us-money"}},
		{"review none", Query{Review: "none"}, []string{"pl-tanks", "fr-money", "de-troops"}},
		{"source", Query{Source: "paper"}, []string{"pl-tanks", "us-money"}},
		{"currency", Query{Currency: "usd"}, []string{"us-money"}},
		{"text", Query{Text: "LEOPARD"}, []string{"pl-tanks"}},
		{"since", Query{Since: day(3)}, []string{"it-troops", "pl-tanks"}},
		{"until", Query{Until: day(1)}, []string{"de-troops"}},
		{"since until", Query{Since: day(1), Until: day(3)}, []string{"us-money", "fr-money"}},
		{"min amount", Query{MinAmount: news.Float64(1001)}, []string{"us-money", "fr-money"}},
		{"max amount", Query{MaxAmount: news.Float64(500)}, []string{"pl-tanks", "de-troops"}},
		{"min max", Query{MinAmount: news.Float64(100), MaxAmount: news.Float64(1e9)}, []string{"it-troops", "us-money", "de-troops"}},
		{"kind and source", Query{Kind: "money", Source: "wire"}, []string{"fr-money"}},
		{"kind source status", Query{Kind: "troops", Source: "blog", Status: "considering", Review: "pending"}, []string{"it-troops"}},
		{"no match join", Query{Kind: "troops", Source: "paper"}, nil},
		{"unknown country", Query{Country: "NZ"}, nil},
	}
	names := map[string]string{}
	for n, id := range idOf {
		names[id] = n
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := s.Commitments(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range page.Items {
				got = append(got, names[c.ID])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if page.Next != "" {
				t.Errorf("Next = %q on a single page", page.Next)
			}
		})
	}
}

func TestCommitmentsInvalid(t *testing.T) {
	s := openTest(t, Options{})
	tests := []struct {
		q     Query
		param string
	}{
		{Query{Country: "Germany"}, "country"},
		{Query{Kind: "tanks"}, "kind"},
		{Query{Status: "maybe"}, "status"},
		{Query{Review: "done"}, "review"},
		{Query{Currency: "EURO"}, "currency"},
		{Query{Limit: -1}, "limit"},
		{Query{Limit: MaxLimit + 1}, "limit"},
		{Query{Cursor: "!!"}, "cursor"},
		{Query{Cursor: "AAAA"}, "cursor"},
		{Query{Since: t0, Until: t0}, "since"},
		{Query{MinAmount: news.Float64(2), MaxAmount: news.Float64(1)}, "min_amount"},
	}
	for _, tt := range tests {
		t.Run(tt.param, func(t *testing.T) {
			_, err := s.Commitments(context.Background(), tt.q)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.param) {
				t.Errorf("err = %v, want ErrInvalid naming %s", err, tt.param)
			}
		})
	}
}

func TestCommitmentsPagination(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	// 3 commitments per article, 20 articles, some sharing a date.
	want := map[string]bool{}
	for i := range 20 {
		a := article(i, []string{"wire", "paper"}[i%2], i/3)
		cs := []news.Commitment{troops("DE", int64(i+1), news.StatusPledged, 0.9), money("FR", float64(i+1), "EUR", news.StatusPledged, 0.9),
			equipment("PL", "tanks", int64(i+1), 0.9)}
		save(t, s, a, cs...)
		for _, c := range cs {
			want[news.CommitmentID(a.ID, c)] = true
		}
	}
	for _, tt := range []struct {
		name  string
		q     Query
		total int
	}{
		{"all", Query{}, 60},
		{"source", Query{Source: "wire"}, 30},
		{"source and kind", Query{Source: "paper", Kind: "troops"}, 10},
		{"since", Query{Since: t0.Add(3 * 24 * time.Hour)}, 60 - 27},
	} {
		for _, limit := range []int{1, 7, 30, 100} {
			t.Run(fmt.Sprintf("%s/limit=%d", tt.name, limit), func(t *testing.T) {
				q := tt.q
				q.Limit = limit
				seen := map[string]bool{}
				var all []news.Commitment
				for pages := 0; ; pages++ {
					if pages > 100 {
						t.Fatal("pagination does not end")
					}
					page, err := s.Commitments(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					if len(page.Items) > limit {
						t.Fatalf("page of %d > limit %d", len(page.Items), limit)
					}
					for _, c := range page.Items {
						if seen[c.ID] {
							t.Fatalf("duplicate %s", c.ID)
						}
						if !want[c.ID] {
							t.Fatalf("unknown id %s", c.ID)
						}
						seen[c.ID] = true
					}
					all = append(all, page.Items...)
					if page.Next == "" {
						break
					}
					q.Cursor = page.Next
				}
				if len(all) != tt.total {
					t.Errorf("got %d items over all pages, want %d", len(all), tt.total)
				}
				sorted := sort.SliceIsSorted(all, func(i, j int) bool {
					if !all[i].Published.Equal(all[j].Published) {
						return all[i].Published.After(all[j].Published)
					}
					return all[i].ID < all[j].ID
				})
				if !sorted {
					t.Error("items not sorted by date desc, then id")
				}
			})
		}
	}
}

func TestCorrectionOverridesEverywhere(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	idOf := fixture(t, s)
	id := idOf["de-troops"]
	if _, err := s.Correct(ctx, id, "ana", Correction{Actor: ptr("nl"), Troops: news.Int64(700)}, ""); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Commitments(ctx, Query{Country: "DE"}); len(p.Items) != 0 {
		t.Errorf("old actor still indexed: %v", ids(p.Items))
	}
	p, err := s.Commitments(ctx, Query{Country: "NL", Review: "corrected"})
	if err != nil || len(p.Items) != 1 || *p.Items[0].Troops != 700 || p.Items[0].Actor != "NL" {
		t.Fatalf("corrected query: %+v %v", p.Items, err)
	}
	tot, err := s.Totals(ctx, LedgerQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(tot.Troops, TroopTotal{Country: "NL", Troops: 700, Entries: 1}) {
		t.Errorf("totals ignore the correction: %+v", tot.Troops)
	}
	rec, err := s.Commitment(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Machine.Actor != "DE" || *rec.Machine.Troops != 500 {
		t.Errorf("machine values lost: %+v", rec.Machine)
	}
}
