package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

var t0 = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

// openTest opens a fresh store in t.TempDir and closes it at cleanup.
func openTest(t testing.TB, opts Options) *Store {
	t.Helper()
	if opts.Now == nil {
		opts.Now = func() time.Time { return t0 }
	}
	s, err := Open(filepath.Join(t.TempDir(), "pw.db"), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// article returns an article of source src published day days after t0.
func article(n int, src string, day int) news.Article {
	url := fmt.Sprintf("https://%s.example/news/%d", src, n)
	a := news.Article{
		ID: news.ArticleID(url), URL: url, Source: src,
		Title:     fmt.Sprintf("Article %d", n),
		Text:      fmt.Sprintf("Text of article %d. Germany pledged 500 troops.", n),
		Published: t0.Add(time.Duration(day) * 24 * time.Hour),
		FetchedAt: t0.Add(time.Duration(day)*24*time.Hour + time.Hour),
	}
	a.ContentHash = news.ContentHash(a.Title, a.Text)
	return a
}

func troops(actor string, n int64, status news.Status, conf float64) news.Commitment {
	return news.Commitment{Actor: actor, Kind: news.KindTroops, Troops: news.Int64(n), Status: status,
		Evidence: fmt.Sprintf("%s pledged %d troops", actor, n), Start: 10, End: 30, Confidence: conf, Rules: []string{"troops"}}
}

func money(actor string, amount float64, cur string, status news.Status, conf float64) news.Commitment {
	return news.Commitment{Actor: actor, Kind: news.KindMoney, Amount: news.Float64(amount), Currency: cur, Status: status,
		Evidence: fmt.Sprintf("%s gives %v %s", actor, amount, cur), Start: 40, End: 60, Confidence: conf}
}

func equipment(actor, item string, count int64, conf float64) news.Commitment {
	return news.Commitment{Actor: actor, Kind: news.KindEquipment, Item: item, Count: news.Int64(count), Status: news.StatusPledged,
		Evidence: fmt.Sprintf("%s sends %d %s", actor, count, item), Start: 70, End: 90, Confidence: conf}
}

func save(t testing.TB, s *Store, a news.Article, cs ...news.Commitment) SaveResult {
	t.Helper()
	res, err := s.SaveExtraction(context.Background(), news.Extraction{Article: a, Commitments: cs, Extractor: "test", ExtractedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func ids(cs []news.Commitment) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

// allLedger reads every page of the ledger of q, two entries a page, so
// that tests exercise the cursors.
func allLedger(ctx context.Context, s *Store, q LedgerQuery) ([]LedgerEntry, error) {
	q.Limit = 2
	var out []LedgerEntry
	for {
		page, err := s.Ledger(ctx, q)
		if err != nil {
			return nil, err
		}
		if len(page.Items) > 2 {
			return nil, fmt.Errorf("page of %d entries, limit 2", len(page.Items))
		}
		out = append(out, page.Items...)
		if page.Next == "" {
			return out, nil
		}
		q.Cursor = page.Next
	}
}
