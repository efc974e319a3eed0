package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

var actors = []string{"DE", "FR", "GB", "US", "PL", "IT", "NL", "SE", "CA", "JP"}

// benchStore returns a store holding articles×4 commitments.
func benchStore(b *testing.B, articles int, noSync bool) *Store {
	b.Helper()
	s := openTest(b, Options{NoSync: noSync})
	for i := range articles {
		saveBench(b, s, i)
	}
	return s
}

func benchExtraction(i int) news.Extraction {
	a := article(i, fmt.Sprintf("src%d", i%7), i%365)
	ac := actors[i%len(actors)]
	return news.Extraction{Article: a, Commitments: []news.Commitment{
		troops(ac, int64(100*(i%50)), news.StatusPledged, float64(i%10)/10),
		money(ac, float64(i)*1e6, []string{"EUR", "USD", "GBP"}[i%3], news.Statuses()[i%4], 0.8),
		equipment(ac, "tanks", int64(i%20), 0.7),
		{Actor: ac, Kind: news.KindSupport, Item: "training", Status: news.StatusPledged, Evidence: "training support", Start: 95, End: 110, Confidence: 0.65},
	}}
}

func saveBench(b testing.TB, s *Store, i int) {
	if _, err := s.SaveExtraction(context.Background(), benchExtraction(i)); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkSaveExtraction stores new articles of 4 commitments each into a
// store of ~10k commitments, with fsync (the default).
func BenchmarkSaveExtraction(b *testing.B) {
	s := benchStore(b, 2500, true)
	s.db.NoSync = false
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		saveBench(b, s, 2500+i)
	}
}

// BenchmarkSaveExtractionUnchanged re-saves stored extractions (redelivery).
func BenchmarkSaveExtractionUnchanged(b *testing.B) {
	s := benchStore(b, 2500, true)
	s.db.NoSync = false
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		saveBench(b, s, i%2500)
	}
}

// BenchmarkCommitmentsFiltered queries ~10k commitments with two equality
// filters and a date range, one page of 50.
func BenchmarkCommitmentsFiltered(b *testing.B) {
	s := benchStore(b, 2500, true)
	q := Query{Country: "DE", Kind: "money", Since: t0.Add(30 * 24 * 3600e9)}
	page, err := s.Commitments(context.Background(), q)
	if err != nil || len(page.Items) == 0 {
		b.Fatalf("%d items, %v", len(page.Items), err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Commitments(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTotals computes the ledger and totals over ~10k commitments.
// BenchmarkTotals measures totals on an unchanged database (served from
// the ledger cache after the first call) and, as "uncached", with a
// different query each time so every call scans and decodes.
func BenchmarkTotals(b *testing.B) {
	s := benchStore(b, 2500, true)
	b.Run("cached", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := s.Totals(context.Background(), LedgerQuery{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("kept-uncached", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s.ledgers.reset()
			if _, err := s.Totals(context.Background(), LedgerQuery{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("uncached", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			// A window no earlier call used defeats the cache.
			q := LedgerQuery{Window: DefaultWindow + time.Duration(i+1)*time.Second}
			if _, err := s.Totals(context.Background(), q); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkLedgerPage reads one page of 50 ledger entries over ~10k
// commitments: the first page, and a page of one country.
func BenchmarkLedgerPage(b *testing.B) {
	s := benchStore(b, 2500, true)
	for _, q := range []LedgerQuery{{}, {Query: Query{Country: "DE", Kind: "money"}}} {
		b.Run(q.Country+q.Kind, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s.ledgers.reset()
				p, err := s.Ledger(context.Background(), q)
				if err != nil || len(p.Items) != DefaultLimit {
					b.Fatalf("%d items, %v", len(p.Items), err)
				}
			}
		})
	}
}

// BenchmarkSaveExtractions stores new articles of 4 commitments each, in
// batches of 100 (one transaction and fsync per batch), into a store of
// ~10k commitments; one op is one article.
func BenchmarkSaveExtractions(b *testing.B) {
	s := benchStore(b, 2500, true)
	s.db.NoSync = false
	b.ResetTimer()
	cpu, tx := cpuTime(), s.db.Stats().TxStats
	const batch = 100
	for i := 0; i < b.N; i += batch {
		xs := make([]news.Extraction, 0, batch)
		for j := i; j < min(b.N, i+batch); j++ {
			xs = append(xs, benchExtraction(2500+j))
		}
		if _, errs := s.SaveExtractions(context.Background(), xs); errs[0] != nil {
			b.Fatal(errs[0])
		}
	}
	reportRates(b, cpu)
	reportWrites(b, s, &tx, batch)
}

// recentExtraction is benchExtraction(i) published on day i/50 (a few
// hours apart), as a crawl of current news stores articles: each batch
// falls within a few days, after the ones before.
func recentExtraction(i int) news.Extraction {
	x := benchExtraction(i)
	x.Article = article(i, x.Article.Source, i/50)
	x.Article.Published = x.Article.Published.Add(time.Duration(i%50) * 20 * time.Minute)
	return x
}

// BenchmarkSaveExtractionsRecent is BenchmarkSaveExtractions with
// recentExtraction articles (into a store of 2,500 of them); one op is
// one article.
func BenchmarkSaveExtractionsRecent(b *testing.B) { benchSaveBatches(b, recentExtraction) }

// wordyExtraction is article i with a title of 10 words and 6
// commitments whose evidence is a sentence of 25 words, drawn from a
// vocabulary of 5,000 words with a few very common ones, as in news text.
func wordyExtraction(i int) news.Extraction {
	rng := rand.New(rand.NewPCG(uint64(i), 7))
	word := func() string {
		if rng.IntN(3) == 0 {
			return []string{"the", "of", "and", "to", "a", "in", "troops", "aid"}[rng.IntN(8)]
		}
		return fmt.Sprintf("w%d", rng.IntN(5000))
	}
	sentence := func(n int) string {
		ws := make([]string, n)
		for j := range ws {
			ws[j] = word()
		}
		return strings.Join(ws, " ")
	}
	x := benchExtraction(i)
	x.Article.Title = sentence(10)
	x.Commitments = append(x.Commitments,
		troops(actors[(i+1)%len(actors)], int64(10*(i%30)), news.StatusDelivered, 0.9),
		money(actors[(i+2)%len(actors)], float64(i%40)*1e7, "EUR", news.StatusPledged, 0.9))
	for j := range x.Commitments {
		x.Commitments[j].Evidence = sentence(25)
	}
	return x
}

// BenchmarkSaveExtractionsWordy is BenchmarkSaveExtractions with wordy
// articles of 6 commitments (see wordyExtraction) into a store of 2,500
// of them; one op is one article.
func BenchmarkSaveExtractionsWordy(b *testing.B) { benchSaveBatches(b, wordyExtraction) }

// benchSaveBatches stores articles 0–2,499 of gen without fsync, then
// times storing b.N more in batches of 100 (one transaction and fsync per
// batch); one op is one article.
func benchSaveBatches(b *testing.B, gen func(i int) news.Extraction) {
	s := openTest(b, Options{NoSync: true})
	const batch = 100
	save := func(from, to int) {
		xs := make([]news.Extraction, 0, batch)
		for j := from; j < to; j++ {
			xs = append(xs, gen(j))
		}
		if _, errs := s.SaveExtractions(context.Background(), xs); errs[0] != nil {
			b.Fatal(errs[0])
		}
	}
	for i := 0; i < 2500; i += batch {
		save(i, i+batch)
	}
	s.db.NoSync = false
	b.ResetTimer()
	cpu, tx := cpuTime(), s.db.Stats().TxStats
	for i := 0; i < b.N; i += batch {
		save(2500+i, 2500+min(b.N, i+batch))
	}
	reportRates(b, cpu)
	reportWrites(b, s, &tx, batch)
}

// reportRates reports articles per second and the CPU time per article
// (user and system, all threads; with the wall time per article it shows
// how much a loaded machine slowed the run).
func reportRates(b *testing.B, cpuStart time.Duration) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuTime() - cpuStart; cpuStart > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/article")
	}
}

// reportWrites reports the bytes of the pages the write transactions
// since the stats before wrote, per batch of batch articles.
func reportWrites(b *testing.B, s *Store, before *bolt.TxStats, batch int) {
	after := s.db.Stats().TxStats
	d := after.Sub(before)
	batches := (b.N + batch - 1) / batch
	b.ReportMetric(float64(d.GetPageAlloc())/1024/float64(batches), "KiB-written/batch")
}

// BenchmarkWordQueries runs queries the word index serves on a store of
// 3,100 articles (12,400 commitments) saved in batches of 100 as the
// pipeline saves them: equality filters with a date range, a common
// word alone and with a filter, and a word of one article.
func BenchmarkWordQueries(b *testing.B) {
	s := openTest(b, Options{NoSync: true})
	const articles, batch = 3100, 100
	for i := 0; i < articles; i += batch {
		xs := make([]news.Extraction, 0, batch)
		for j := i; j < i+batch; j++ {
			xs = append(xs, benchExtraction(j))
		}
		if _, errs := s.SaveExtractions(context.Background(), xs); errs[0] != nil {
			b.Fatal(errs[0])
		}
	}
	for _, tt := range []struct {
		name string
		q    Query
	}{
		{"filtered", Query{Country: "DE", Kind: "money", Since: t0.Add(30 * 24 * time.Hour)}},
		{"word", Query{Text: "troops"}},
		{"word-filtered", Query{Text: "tanks", Country: "FR"}},
		{"rare-word", Query{Text: "3050"}},
	} {
		b.Run(tt.name, func(b *testing.B) {
			page, err := s.Commitments(context.Background(), tt.q)
			if err != nil || len(page.Items) == 0 {
				b.Fatalf("%d items, %v", len(page.Items), err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.Commitments(context.Background(), tt.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
