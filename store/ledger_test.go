package store

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestLedgerDedupesAcrossArticles(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	de := troops("DE", 5000, news.StatusPledged, 0.9)
	// The same pledge syndicated by three outlets within a week …
	save(t, s, article(1, "wire", 0), de)
	save(t, s, article(2, "paper", 2), de)
	save(t, s, article(3, "blog", 6), de)
	// … reported again two months later: a second entry.
	save(t, s, article(4, "wire", 60), de)
	// Same actor and kind, other value or status: other entries.
	save(t, s, article(5, "wire", 1), troops("DE", 6000, news.StatusPledged, 0.9))
	save(t, s, article(6, "wire", 1), troops("DE", 5000, news.StatusDelivered, 0.9))
	// Two articles report the same money.
	fr := money("FR", 1e9, "EUR", news.StatusPledged, 0.9)
	save(t, s, article(7, "wire", 3), fr)
	save(t, s, article(8, "paper", 4), fr)

	entries, err := allLedger(ctx, s, LedgerQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 5 {
		t.Fatalf("%d entries, want 5: %+v", len(entries), entries)
	}
	var first *LedgerEntry
	for i, e := range entries {
		if e.Actor == "DE" && *e.Troops == 5000 && e.Status == news.StatusPledged && e.First.Equal(t0) {
			first = &entries[i]
		}
	}
	if first == nil {
		t.Fatal("no entry for the first DE report")
	}
	var srcs []string
	for _, src := range first.Sources {
		srcs = append(srcs, src.Source)
	}
	if !slices.Equal(srcs, []string{"wire", "paper", "blog"}) {
		t.Errorf("sources %v, want wire, paper, blog", srcs)
	}
	if !first.Last.Equal(t0.Add(6 * 24 * time.Hour)) {
		t.Errorf("last %v", first.Last)
	}
	// A shorter window splits the first group.
	entries, err = allLedger(ctx, s, LedgerQuery{Query: Query{Country: "DE", Status: "pledged"}, Window: 3 * 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 4 {
		t.Errorf("window 3d: %d entries, want 4", len(entries))
	}

	tot, err := s.Totals(ctx, LedgerQuery{})
	if err != nil {
		t.Fatal(err)
	}
	// DE: 5000 (3 reports) + 5000 (two months later) + 6000 + 5000 delivered.
	if want := []TroopTotal{{Country: "DE", Troops: 21000, Entries: 4}}; !slices.Equal(tot.Troops, want) {
		t.Errorf("troops %+v, want %+v", tot.Troops, want)
	}
	if want := []MoneyTotal{{Country: "FR", Currency: "EUR", Amount: 1e9, EUR: 1e9, Converted: true, Entries: 1}}; !slices.Equal(tot.Money, want) {
		t.Errorf("money %+v, want %+v", tot.Money, want)
	}
}

func TestTotalsEUR(t *testing.T) {
	ctx := context.Background()
	rates, err := ParseRates(strings.NewReader("2025-01-01,USD,0.9\n2025-03-05,USD,0.8\n2025-01-01,GBP,1.2\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := openTest(t, Options{Rates: rates})
	save(t, s, article(1, "wire", 0), money("US", 100, "USD", news.StatusPledged, 0.9))    // 2025-03-01: 0.9
	save(t, s, article(2, "wire", 10), money("US", 100, "USD", news.StatusDelivered, 0.9)) // 2025-03-11: 0.8
	save(t, s, article(3, "wire", 0), money("US", 50, "EUR", news.StatusPledged, 0.9))
	save(t, s, article(4, "wire", 0), money("GB", 10, "GBP", news.StatusPledged, 0.9))
	save(t, s, article(5, "wire", 0), money("GB", 7, "XAF", news.StatusPledged, 0.9))
	save(t, s, article(6, "wire", 0), money("GB", 1000, "GBP", news.StatusConsidering, 0.9))
	tot, err := s.Totals(ctx, LedgerQuery{})
	if err != nil {
		t.Fatal(err)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	want := map[string]float64{"US": 90 + 80 + 50, "GB": 12}
	for _, e := range tot.EUR {
		if !near(e.EUR, want[e.Country]) {
			t.Errorf("%s: %v EUR, want %v", e.Country, e.EUR, want[e.Country])
		}
		if e.Country == "GB" && !slices.Equal(e.Unconverted, []string{"XAF"}) {
			t.Errorf("GB unconverted %v, want XAF", e.Unconverted)
		}
	}
	if len(tot.EUR) != 2 || tot.EUR[0].Country != "US" {
		t.Errorf("EUR totals %+v, want US then GB", tot.EUR)
	}
	for _, m := range tot.Money {
		switch m.Currency {
		case "USD":
			if m.Amount != 200 || !near(m.EUR, 170) || !m.Converted {
				t.Errorf("USD %+v: original amount must be kept, EUR 170", m)
			}
		case "XAF":
			if m.Converted || m.Amount != 7 {
				t.Errorf("XAF %+v", m)
			}
		case "GBP":
			if m.Amount != 10 {
				t.Errorf("GBP %+v: considering pledge counted", m)
			}
		}
	}
	// Rejected commitments leave the totals.
	page, _ := s.Commitments(ctx, Query{Currency: "GBP", Status: "pledged"})
	if _, err := s.Reject(ctx, page.Items[0].ID, "ana", ""); err != nil {
		t.Fatal(err)
	}
	tot, _ = s.Totals(ctx, LedgerQuery{Query: Query{Country: "GB"}})
	if len(tot.EUR) != 1 || tot.EUR[0].EUR != 0 {
		t.Errorf("after reject: %+v", tot.EUR)
	}
	// An explicit status counts only that status.
	tot, _ = s.Totals(ctx, LedgerQuery{Query: Query{Status: "considering"}})
	if len(tot.Money) != 1 || tot.Money[0].Amount != 1000 {
		t.Errorf("status considering: %+v", tot.Money)
	}
}

func TestDefaultRates(t *testing.T) {
	r := DefaultRates()
	for _, cur := range []string{"USD", "GBP", "JPY", "CAD", "PLN"} {
		if _, rate, ok := r.ToEUR(1, cur, time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)); !ok || rate.Date.Year() != 2024 {
			t.Errorf("%s: rate %+v ok %v", cur, rate, ok)
		}
	}
	if v, _, ok := r.ToEUR(3, "EUR", time.Time{}); !ok || v != 3 {
		t.Errorf("EUR: %v %v", v, ok)
	}
	// Before the first rate, the earliest applies.
	if _, rate, ok := r.ToEUR(1, "USD", time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)); !ok || rate.Date.Year() != 2022 {
		t.Errorf("early date: %+v", rate)
	}
}

func TestParseRatesErrors(t *testing.T) {
	for _, in := range []string{
		"2025-01-01,USD",
		"2025-13-01,USD,1",
		"2025-01-01,US,1",
		"2025-01-01,USD,0",
		"2025-01-01,USD,-1",
		"2025-01-01,USD,NaN",
		"2025-01-01,USD,1\n2025-01-01,usd,2",
	} {
		t.Run(in, func(t *testing.T) {
			if _, err := ParseRates(strings.NewReader(in)); err == nil {
				t.Error("no error")
			}
		})
	}
}

func FuzzParseRates(f *testing.F) {
	f.Add("# c\n2025-01-01,USD,0.9\n\n2024-01-01, gbp ,1.1\n")
	f.Add("2025-01-01,USD,1e308\n")
	f.Fuzz(func(t *testing.T, in string) {
		r, err := ParseRates(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, cur := range r.Currencies() {
			v, rate, ok := r.ToEUR(1, cur, time.Now())
			if !ok || rate.EURPerUnit <= 0 || v != rate.EURPerUnit {
				t.Fatalf("%s: %v %+v %v", cur, v, rate, ok)
			}
		}
	})
}

// TestLedgerCacheFollowsWrites checks that a repeated ledger on an
// unchanged database is served from the cache, that callers cannot change
// the cached copy, and that every write or review decision invalidates it.
func TestLedgerCacheFollowsWrites(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	save(t, s, article(1, "wire", 0), troops("DE", 5000, news.StatusPledged, 0.9))
	first, err := allLedger(ctx, s, LedgerQuery{})
	if err != nil || len(first) != 1 {
		t.Fatalf("ledger: %v, %d entries", err, len(first))
	}
	first[0].Actor = "XX"
	first[0].Sources[0].Evidence = "changed by the caller"
	again, err := allLedger(ctx, s, LedgerQuery{})
	if err != nil || len(again) != 1 || again[0].Actor != "DE" || again[0].Sources[0].Evidence == "changed by the caller" {
		t.Fatalf("cached ledger changed by a caller: %+v, %v", again, err)
	}

	save(t, s, article(2, "wire", 1), troops("FR", 1500, news.StatusPledged, 0.9))
	after, err := allLedger(ctx, s, LedgerQuery{})
	if err != nil || len(after) != 2 {
		t.Fatalf("after a write: %d entries, %v; want 2", len(after), err)
	}
	tot, err := s.Totals(ctx, LedgerQuery{})
	if err != nil || len(tot.Troops) != 2 {
		t.Fatalf("totals after a write: %+v, %v", tot, err)
	}
	if _, err := s.Reject(ctx, after[0].ID, "tester", ""); err != nil {
		t.Fatal(err)
	}
	rejected, err := allLedger(ctx, s, LedgerQuery{})
	if err != nil || len(rejected) != 1 {
		t.Fatalf("after a rejection: %d entries, %v; want 1", len(rejected), err)
	}
	// Other queries are cached separately.
	rejectedActor := after[0].Actor
	other := "DE"
	if rejectedActor == "DE" {
		other = "FR"
	}
	for country, want := range map[string]int{rejectedActor: 0, other: 1} {
		got, err := allLedger(ctx, s, LedgerQuery{Query: Query{Country: country}})
		if err != nil || len(got) != want {
			t.Errorf("ledger of %s: %d entries, %v; want %d", country, len(got), err, want)
		}
	}
}
