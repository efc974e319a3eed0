package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// BenchmarkScale builds a store of PW_SCALE_COMMITMENTS commitments
// (default 100000; about 9 per article, published over a year and stored
// roughly in that order, one in five repeating a recent report) through store.SaveExtractions in a
// temp dir, serves it over a real HTTP server and prints the load rate,
// the file size, p50/p95/p99 of the API requests at 1 and 16 clients, and
// the process's peak memory. Run it once:
//
//	PW_SCALE_COMMITMENTS=1000000 go test ./internal/api -run XXX -bench Scale -benchtime 1x -timeout 2h
func BenchmarkScale(b *testing.B) {
	n := 100000
	if v := os.Getenv("PW_SCALE_COMMITMENTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1000 {
			b.Fatalf("PW_SCALE_COMMITMENTS=%q: want a number ≥ 1000", v)
		}
	}
	path := filepath.Join(b.TempDir(), "scale.db")
	st, err := store.Open(path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	articles, commitments := loadScale(b, st, n)
	load := time.Since(start)
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	fmt.Printf("load: %d commitments in %d articles in %v: %.0f articles/s, %.0f commitments/s; file %.0f MB\n",
		commitments, articles, load.Round(time.Millisecond), float64(articles)/load.Seconds(),
		float64(commitments)/load.Seconds(), float64(fi.Size())/1e6)

	h, err := New(Config{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	runtime.GC()

	perClient := 20
	if v := os.Getenv("PW_SCALE_REQUESTS"); v != "" {
		if perClient, _ = strconv.Atoi(v); perClient < 1 {
			b.Fatalf("PW_SCALE_REQUESTS=%q: want a positive number of requests per client", v)
		}
	}
	paths := []string{
		"/api/v1/totals",
		"/api/v1/totals?country=DE&kind=money",
		"/api/v1/ledger",
		"/api/v1/ledger?country=FR&status=pledged",
		"/api/v1/commitments?country=DE&kind=money&since=2025-03-01&until=2025-06-01",
		"/api/v1/commitments?review=pending",
		"/api/v1/review/queue",
		"/api/v1/commitments?q=howitzers",
		"/api/v1/commitments?q=" + rareWord,
		"/api/v1/commitments?q=zeppelin",
	}
	// The first totals request after the load (nothing cached).
	t0 := time.Now()
	scaleGet(b, srv.URL+paths[0])
	fmt.Printf("first totals request: %v\n", time.Since(t0).Round(time.Microsecond))
	// A second ledger page, through its cursor.
	var list LedgerList
	getJSON(b, srv.URL+"/api/v1/ledger", &list)
	if list.Next != "" {
		paths = append(paths, "/api/v1/ledger?cursor="+list.Next)
	}

	fmt.Printf("%-70s %8s %8s %8s %8s\n", "request", "clients", "p50", "p95", "p99")
	for _, p := range paths {
		for _, clients := range []int{1, 16} {
			ds := measure(b, srv.URL+p, clients, perClient)
			fmt.Printf("%-70s %8d %8v %8v %8v\n", p, clients, pct(ds, 50), pct(ds, 95), pct(ds, 99))
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("memory: heap in use %.0f MB, heap peak (sys) %.0f MB; %s\n", float64(ms.HeapInuse)/1e6, float64(ms.HeapSys)/1e6, procMemory())
}

// rareWord appears in the evidence of one article in 5000.
const rareWord = "quadcopters"

// loadScale saves articles of about 9 commitments each until n are stored,
// in batches of 200 articles.
func loadScale(b *testing.B, st *store.Store, n int) (articles, commitments int) {
	rng := rand.New(rand.NewPCG(1, 2))
	countries := []string{"DE", "FR", "GB", "US", "PL", "IT", "NL", "SE", "CA", "JP", "NO", "DK", "FI", "ES", "CZ",
		"RO", "EE", "LV", "LT", "BE", "AT", "PT", "GR", "SK", "SI", "HR", "BG", "HU", "IE", "AU"}
	items := []string{"tanks", "howitzers", "drones", "air defence systems", "armoured vehicles", "rifles", "shells"}
	currencies := []string{"EUR", "USD", "GBP", "SEK", "NOK", "PLN", "JPY", "CAD"}
	statuses := news.Statuses()
	day0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var recent []news.Commitment
	batch := make([]news.Extraction, 0, 200)
	flush := func() {
		if _, errs := st.SaveExtractions(context.Background(), batch); len(errs) > 0 && slices.ContainsFunc(errs, func(e error) bool { return e != nil }) {
			b.Fatal(errs)
		}
		batch = batch[:0]
	}
	for commitments < n {
		i := articles
		articles++
		// News arrive roughly in publication order over a year.
		pub := day0.Add(time.Duration(float64(i)/float64(n/9+1)*365*24*float64(time.Hour)) + time.Duration(rng.IntN(48*60))*time.Minute)
		a := news.Article{URL: fmt.Sprintf("https://src%d.example/news/%d", i%40, i), Source: fmt.Sprintf("src%d", i%40),
			Title: fmt.Sprintf("Allies announce new aid package %d", i), Text: "text", Published: pub}
		a.ID = news.ArticleID(a.URL)
		var cs []news.Commitment
		for j := range 9 {
			var c news.Commitment
			if len(recent) > 0 && rng.IntN(5) == 0 {
				c = recent[rng.IntN(len(recent))] // a syndicated report
				c.ID, c.ArticleID = "", ""
			} else {
				actor := countries[rng.IntN(len(countries))]
				st := statuses[rng.IntN(len(statuses))]
				switch rng.IntN(3) {
				case 0:
					t := int64(100 * (1 + rng.IntN(100)))
					c = news.Commitment{Actor: actor, Kind: news.KindTroops, Troops: &t, Status: st,
						Evidence: fmt.Sprintf("%s will deploy %d troops to the eastern flank", actor, t)}
				case 1:
					amt := float64(1+rng.IntN(5000)) * 1e6
					cur := currencies[rng.IntN(len(currencies))]
					c = news.Commitment{Actor: actor, Kind: news.KindMoney, Amount: &amt, Currency: cur, Status: st,
						Evidence: fmt.Sprintf("%s pledged %.0f million %s in military aid", actor, amt/1e6, cur)}
				default:
					cnt := int64(1 + rng.IntN(200))
					item := items[rng.IntN(len(items))]
					if i%5000 == 0 && j == 0 {
						item = rareWord
					}
					c = news.Commitment{Actor: actor, Kind: news.KindEquipment, Item: item, Count: &cnt, Status: st,
						Evidence: fmt.Sprintf("%s is sending %d %s", actor, cnt, item)}
				}
				c.Confidence = float64(rng.IntN(100)) / 100
				c.Start, c.End = 10*j, 10*j+8
				if len(recent) < 2000 {
					recent = append(recent, c)
				} else {
					recent[rng.IntN(len(recent))] = c
				}
			}
			cs = append(cs, c)
		}
		commitments += len(cs)
		batch = append(batch, news.Extraction{Article: a, Commitments: cs})
		if len(batch) == cap(batch) {
			flush()
		}
	}
	flush()
	return articles, commitments
}

// scaleGet returns the body of a 200 answer to GET url, or nil after
// reporting the error (it may run in any goroutine).
func scaleGet(b *testing.B, url string) []byte {
	resp, err := http.Get(url)
	if err != nil {
		b.Error(err)
		return nil
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		b.Errorf("GET %s: %d %v %.200s", url, resp.StatusCode, err, body)
		return nil
	}
	return body
}

func getJSON(b *testing.B, url string, v any) {
	if body := scaleGet(b, url); body != nil {
		if err := json.Unmarshal(body, v); err != nil {
			b.Fatal(err)
		}
	}
}

// measure sends each of clients concurrent clients' requests sequentially,
// perClient each, and returns every latency.
func measure(b *testing.B, url string, clients, perClient int) []time.Duration {
	var mu sync.Mutex
	var all []time.Duration
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for range perClient {
				t := time.Now()
				scaleGet(b, url)
				d := time.Since(t)
				mu.Lock()
				all = append(all, d)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	slices.Sort(all)
	return all
}

func pct(ds []time.Duration, p int) time.Duration {
	i := (len(ds)*p + 99) / 100
	return ds[min(max(i-1, 0), len(ds)-1)].Round(10 * time.Microsecond)
}

// procMemory reports the peak resident set and the resident anonymous
// memory (not the mapped database file) of this process.
func procMemory() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "no /proc/self/status"
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "VmHWM:") || strings.HasPrefix(l, "RssAnon:") || strings.HasPrefix(l, "RssFile:") {
			out = append(out, strings.Join(strings.Fields(l), " "))
		}
	}
	return strings.Join(out, ", ")
}
