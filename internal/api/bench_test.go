package api

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// benchHandler returns a handler over a store of n articles with two
// commitments each (one in review).
func benchHandler(b *testing.B, n int) http.Handler {
	b.Helper()
	st, err := store.Open(filepath.Join(b.TempDir(), "bench.db"), store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	countries := []string{"GB", "FR", "DE", "PL", "US", "NL", "DK", "NO"}
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("Country %d will send %d troops. It also pledged %d million euros.", i, 100+i, 10+i)
		a := news.Article{URL: fmt.Sprintf("https://news.example/%d", i), Source: "wire", Title: "t", Text: text,
			Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)}
		actor := countries[i%len(countries)]
		cs := []news.Commitment{
			{Actor: actor, Kind: news.KindTroops, Troops: news.Int64(int64(100 + i)), Status: news.StatusPledged, Evidence: text[:30], Start: 0, End: 30, Confidence: 0.9},
			{Actor: actor, Kind: news.KindMoney, Amount: news.Float64(float64(10+i) * 1e6), Currency: "EUR", Status: news.StatusPledged, Evidence: text[31:], Start: 31, End: len(text), Confidence: 0.4},
		}
		if _, err := st.SaveExtraction(context.Background(), news.Extraction{Article: a, Commitments: cs}); err != nil {
			b.Fatal(err)
		}
	}
	h, err := New(Config{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	return h
}

func BenchmarkHandler(b *testing.B) {
	h := benchHandler(b, 2000)
	for _, path := range []string{
		"/api/v1/commitments?limit=50",
		"/api/v1/commitments?country=PL&kind=money&limit=50",
		"/review",
		"/summary",
		"/summary/time",
	} {
		b.Run(path, func(b *testing.B) {
			for b.Loop() {
				rec := httptest.NewRecorder()
				req := httptest.NewRequest(http.MethodGet, path, nil)
				req.Host = "127.0.0.1" // a server without a token answers loopback names only
				h.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatalf("status %d", rec.Code)
				}
			}
		})
	}
}
