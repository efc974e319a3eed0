package api

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// fixture is a real store with three articles behind an httptest server.
type fixture struct {
	st  *store.Store
	srv *httptest.Server
	// ids of seeded commitments by a short name.
	ids map[string]string
	// articleIDs by short name.
	arts map[string]string
}

const scriptText = "Breaking: <script>alert('pw')</script> Germany will send 40 Leopard 2 tanks to Ukraine, officials said."

func seedStore(t testing.TB) (*store.Store, map[string]string, map[string]string) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "pw.db"), store.Options{ReviewThreshold: 0.6, NoSync: true})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	ids, arts := map[string]string{}, map[string]string{}
	day := func(d int) time.Time { return time.Date(2024, 3, d, 12, 0, 0, 0, time.UTC) }

	ukText := "The United Kingdom will send 5,000 troops to Estonia. Britain also pledged £1.6bn in military aid."
	ukTroops := strings.Index(ukText, "The United Kingdom")
	ukMoney := strings.Index(ukText, "Britain also")
	deText := scriptText
	frText := "France is considering sending 2,000 soldiers, a minister said."

	xs := []struct {
		name  string
		a     news.Article
		cs    []news.Commitment
		cname []string
	}{
		{"uk", news.Article{URL: "https://news.example/uk", Source: "wire", Title: "UK pledges troops", Text: ukText, Published: day(1)},
			[]news.Commitment{
				{Actor: "GB", Kind: news.KindTroops, Troops: news.Int64(5000), Status: news.StatusPledged, Recipient: "EE",
					Evidence: "The United Kingdom will send 5,000 troops to Estonia.", Start: ukTroops, End: ukTroops + len("The United Kingdom will send 5,000 troops to Estonia."), Confidence: 0.9},
				{Actor: "GB", Kind: news.KindMoney, Amount: news.Float64(1.6e9), Currency: "GBP", Status: news.StatusPledged, Recipient: "UA",
					Evidence: "Britain also pledged £1.6bn in military aid.", Start: ukMoney, End: len(ukText), Confidence: 0.4},
			}, []string{"ukTroops", "ukMoney"}},
		{"de", news.Article{URL: "https://news.example/de", Source: "blog", Title: "Tanks <b>for</b> Ukraine", Text: deText, Published: day(5)},
			[]news.Commitment{
				{Actor: "DE", Kind: news.KindEquipment, Item: "Leopard 2 tanks", Count: news.Int64(40), Status: news.StatusPledged, Recipient: "UA",
					Evidence: deText, Start: 0, End: len(deText), Confidence: 0.3, Rules: []string{"frame.active", "kind.equipment"}},
			}, []string{"deTanks"}},
		{"fr", news.Article{URL: "https://news.example/fr", Source: "wire", Title: "France weighs troops", Text: frText, Published: day(9)},
			[]news.Commitment{
				{Actor: "FR", Kind: news.KindTroops, Troops: news.Int64(2000), Status: news.StatusConsidering,
					Evidence: frText, Start: 0, End: len(frText), Confidence: 0.5},
			}, []string{"frTroops"}},
	}
	for _, x := range xs {
		x.a.ID = news.ArticleID(x.a.URL)
		x.a.ContentHash = news.ContentHash(x.a.Title, x.a.Text)
		arts[x.name] = x.a.ID
		for i := range x.cs {
			x.cs[i].ArticleID = x.a.ID
			x.cs[i].ID = news.CommitmentID(x.a.ID, x.cs[i])
			ids[x.cname[i]] = x.cs[i].ID
		}
		if _, err := st.SaveExtraction(context.Background(), news.Extraction{Article: x.a, Commitments: x.cs, Extractor: "test"}); err != nil {
			t.Fatalf("save %s: %v", x.name, err)
		}
	}
	return st, ids, arts
}

func newFixture(t testing.TB, cfg Config) *fixture {
	t.Helper()
	st, ids, arts := seedStore(t)
	cfg.Store = st
	h, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &fixture{st: st, srv: srv, ids: ids, arts: arts}
}

// get performs a GET with optional headers ("Name: value").
func (f *fixture) get(t testing.TB, path string, headers ...string) (*http.Response, string) {
	t.Helper()
	return f.do(t, http.MethodGet, path, "", "", headers...)
}

func (f *fixture) do(t testing.TB, method, path, contentType, body string, headers ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, f.srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		req.Header.Set(k, strings.TrimSpace(v))
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func (f *fixture) review(t testing.TB, id string) news.ReviewState {
	t.Helper()
	rec, err := f.st.Commitment(context.Background(), id)
	if err != nil {
		t.Fatalf("commitment %s: %v", id, err)
	}
	return rec.Commitment.Review
}

func values(kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	return v.Encode()
}
