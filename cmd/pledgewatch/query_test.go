package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// ledgerFixture is a config whose data_dir holds a store with three
// commitments, two of them pending review.
type ledgerFixture struct {
	cfg  string
	db   string
	addr string
	ids  map[string]string // troops, money, tanks
}

func newLedgerFixture(t *testing.T) *ledgerFixture {
	t.Helper()
	dir := t.TempDir()
	f := &ledgerFixture{db: filepath.Join(dir, "data", dbFile), addr: freeAddr(t), ids: map[string]string{}}
	if err := os.MkdirAll(filepath.Dir(f.db), 0o750); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(f.db, store.Options{ReviewThreshold: 0.6})
	if err != nil {
		t.Fatal(err)
	}
	text := "Poland will send 2,500 troops. Poland also pledged 300 million euros. Germany delivered 40 Leopard 2 tanks."
	a := news.Article{URL: "https://news.example/pl", Source: "wire", Title: "Pledges", Text: text,
		Published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)}
	a.ID = news.ArticleID(a.URL)
	span := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	cs := []news.Commitment{
		{Actor: "PL", Kind: news.KindTroops, Troops: news.Int64(2500), Status: news.StatusPledged, Evidence: "Poland will send 2,500 troops.", Confidence: 0.9},
		{Actor: "PL", Kind: news.KindMoney, Amount: news.Float64(3e8), Currency: "EUR", Status: news.StatusPledged, Evidence: "Poland also pledged 300 million euros.", Confidence: 0.5},
		{Actor: "DE", Kind: news.KindEquipment, Item: "Leopard 2 tanks", Count: news.Int64(40), Status: news.StatusDelivered, Evidence: "Germany delivered 40 Leopard 2 tanks.", Confidence: 0.4},
	}
	for i, name := range []string{"troops", "money", "tanks"} {
		cs[i].Start, cs[i].End = span(cs[i].Evidence)
		f.ids[name] = news.CommitmentID(a.ID, cs[i])
	}
	if _, err := st.SaveExtraction(context.Background(), news.Extraction{Article: a, Commitments: cs}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	f.cfg = filepath.Join(dir, "config.yaml")
	cfg := fmt.Sprintf("data_dir: data\nhttp:\n  addr: %s\nlog:\n  level: warn\n", f.addr)
	if err := os.WriteFile(f.cfg, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

// state opens the store read-only and returns the commitment's review state.
func (f *ledgerFixture) state(t *testing.T, id string) store.CommitmentRecord {
	t.Helper()
	st, err := store.Open(f.db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rec, err := st.Commitment(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func TestQueryBadFlags(t *testing.T) {
	f := newLedgerFixture(t)
	tests := []struct {
		flag, value string
	}{
		{"kind", "tanks"},
		{"status", "promised"},
		{"review", "done"},
		{"since", "last week"},
		{"until", "2024-02-31"},
		{"format", "xml"},
		{"limit", "-3"},
		{"min-amount", "lots"},
		{"country", "Narnia"},
		{"currency", "euros"},
	}
	for _, tc := range tests {
		t.Run(tc.flag, func(t *testing.T) {
			code, _, errOut := cli(context.Background(), "query", "--config", f.cfg, "--"+tc.flag, tc.value)
			if code != 2 || !strings.Contains(errOut, tc.flag) {
				t.Errorf("exit %d, stderr %q: want 2 naming %s", code, errOut, tc.flag)
			}
		})
	}
}

func TestQueryFormats(t *testing.T) {
	f := newLedgerFixture(t)
	ctx := context.Background()
	code, out, errOut := cli(ctx, "query", "--config", f.cfg, "--country", "pl", "--format", "jsonl")
	cs := decodeJSONL(t, out)
	if code != 0 || len(cs) != 2 {
		t.Fatalf("jsonl: exit %d, %d lines, %s", code, len(cs), errOut)
	}
	for _, c := range cs {
		if c.Actor != "PL" || c.URL == "" || c.Confidence == 0 {
			t.Errorf("jsonl item %+v", c)
		}
	}
	code, out, _ = cli(ctx, "query", "--config", f.cfg, "--kind", "equipment", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 2 || rows[1][8] != "Leopard 2 tanks" {
		t.Fatalf("csv: exit %d, %v, %v", code, err, rows)
	}
	code, out, _ = cli(ctx, "query", "--config", f.cfg, "--since", "2024-05-02", "--until", "2024-05-02", "--limit", "2")
	if code != 0 || strings.Count(out, "\n") != 3 || !strings.Contains(out, "EVIDENCE") {
		t.Fatalf("table with limit 2: exit %d\n%s", code, out)
	}
	code, out, _ = cli(ctx, "query", "--config", f.cfg, "--since", "2024-06-01")
	if code != 0 || !strings.Contains(out, "no commitments match") {
		t.Errorf("empty result: exit %d %q", code, out)
	}
}
