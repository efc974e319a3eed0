package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// bigLedger writes a config whose store holds n troop commitments.
func bigLedger(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "data", dbFile)
	if err := os.MkdirAll(filepath.Dir(db), 0o750); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var cs []news.Commitment
	for i := range n {
		ev := fmt.Sprintf("Poland will send %d troops.", 100+i)
		start := b.Len()
		b.WriteString(ev + " ")
		cs = append(cs, news.Commitment{Actor: "PL", Kind: news.KindTroops, Troops: news.Int64(int64(100 + i)),
			Status: news.StatusPledged, Evidence: ev, Start: start, End: start + len(ev), Confidence: 0.9})
	}
	a := news.Article{URL: "https://news.example/many", Source: "wire", Title: "Many", Text: b.String(),
		Published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)}
	a.ID = news.ArticleID(a.URL)
	if _, err := st.SaveExtraction(context.Background(), news.Extraction{Article: a, Commitments: cs}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf("data_dir: data\nhttp:\n  addr: %s\n", freeAddr(t))), 0o600); err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestQueryLimitIsSaid(t *testing.T) {
	cfg := bigLedger(t, 145)
	ctx := context.Background()
	tests := []struct {
		name       string
		args       []string
		lines      int
		wantStderr string
	}{
		{"table stops at 100 and says so", []string{"--format", "table"}, 101, "showing 100 of 145 (--limit 0 for all)"},
		{"table all", []string{"--limit", "0"}, 146, ""},
		{"table limit 145 says nothing", []string{"--limit", "145"}, 146, ""},
		{"jsonl prints everything", []string{"--format", "jsonl"}, 145, ""},
		{"csv prints everything", []string{"--format", "csv"}, 146, ""},
		{"jsonl honours --limit", []string{"--format", "jsonl", "--limit", "10"}, 10, "showing 10 of 145"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := cli(ctx, append([]string{"query", "--config", cfg}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if n := strings.Count(out, "\n"); n != tc.lines {
				t.Errorf("%d lines, want %d", n, tc.lines)
			}
			if tc.wantStderr == "" && strings.Contains(errOut, "showing") || !strings.Contains(errOut, tc.wantStderr) {
				t.Errorf("stderr %q, want %q", errOut, tc.wantStderr)
			}
		})
	}
}

func TestQueryAmountsAndCountries(t *testing.T) {
	f := newLedgerFixture(t)
	ctx := context.Background()
	tests := []struct {
		args []string
		code int
		ids  []string // the commitments printed (code 0)
		err  string   // in stderr
	}{
		{[]string{"--min-amount", "1billion"}, 0, nil, ""},
		{[]string{"--min-amount", "1 billion"}, 0, nil, ""},
		{[]string{"--min-amount", "1bn"}, 0, nil, ""},
		{[]string{"--min-amount", "1e9"}, 0, nil, ""},
		{[]string{"--min-amount", "300m"}, 0, []string{"money"}, ""},
		{[]string{"--min-amount", "2,500"}, 0, []string{"troops", "money"}, ""},
		{[]string{"--min-amount", "€300 million", "--currency", "EUR"}, 0, []string{"money"}, ""},
		{[]string{"--min-amount", "€300 million"}, 2, nil, "--currency EUR"},
		{[]string{"--max-amount", "40"}, 0, []string{"tanks"}, ""},
		{[]string{"--min-amount", "lots"}, 2, nil, "--min-amount: \"lots\" is not an amount"},
		{[]string{"--min-amount", "1 gazillion"}, 2, nil, "1.2 billion"},
		{[]string{"--country", "UK"}, 0, nil, "UK is not an ISO 3166-1 code; using GB"},
		{[]string{"--country", "Germany"}, 0, []string{"tanks"}, "using DE"},
		{[]string{"--country", "de"}, 0, []string{"tanks"}, ""},
		{[]string{"--country", "Poland"}, 0, []string{"troops", "money"}, "using PL"},
		{[]string{"--country", "Narnia"}, 2, nil, "--country: \"Narnia\" is not a country"},
		{[]string{"--country", "Germnay"}, 2, nil, "did you mean Germany, DE?"},
		{[]string{"--country", "Polnad"}, 2, nil, "did you mean Poland, PL?"},
		{[]string{"--country", "XQ"}, 2, nil, "ISO 3166-1 alpha-2 code such as GB"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			args := append([]string{"query", "--config", f.cfg, "--format", "jsonl"}, tc.args...)
			code, out, errOut := cli(ctx, args...)
			if code != tc.code || !strings.Contains(errOut, tc.err) {
				t.Fatalf("exit %d, stderr %q: want %d with %q", code, errOut, tc.code, tc.err)
			}
			if code != 0 {
				return
			}
			var got []string
			if strings.TrimSpace(out) != "" {
				for _, c := range decodeJSONL(t, out) {
					got = append(got, c.ID)
				}
			}
			if len(got) != len(tc.ids) {
				t.Fatalf("printed %d commitments, want %v", len(got), tc.ids)
			}
			for _, name := range tc.ids {
				if !strings.Contains(strings.Join(got, " "), f.ids[name]) {
					t.Errorf("%s missing", name)
				}
			}
		})
	}
}

func TestTotalsWindowAsTheAPI(t *testing.T) {
	f := newLedgerFixture(t)
	for _, tc := range []struct {
		window string
		code   int
	}{{"30d", 0}, {"720h", 0}, {"1d", 0}, {"0s", 2}, {"0d", 2}, {"a month", 2}, {"9999d", 2}} {
		code, _, errOut := cli(context.Background(), "totals", "--config", f.cfg, "--window", tc.window)
		if code != tc.code || (code == 2 && !strings.Contains(errOut, "--window")) {
			t.Errorf("--window %s: exit %d %q, want %d", tc.window, code, errOut, tc.code)
		}
	}
}

func TestReviewIDPrefix(t *testing.T) {
	f := newLedgerFixture(t)
	ctx := context.Background()
	tanks := f.ids["tanks"]
	code, out, errOut := cli(ctx, "review", "accept", "--config", f.cfg, tanks[:6])
	if code != 0 || !strings.HasPrefix(out, "accepted "+tanks) {
		t.Fatalf("accept by prefix: exit %d %q %s", code, out, errOut)
	}
	if f.state(t, tanks).Commitment.Review != news.ReviewAccepted {
		t.Errorf("not accepted")
	}
	code, _, errOut = cli(ctx, "review", "accept", "--config", f.cfg, strings.ToUpper(f.ids["money"][:8]))
	if code != 0 || f.state(t, f.ids["money"]).Commitment.Review != news.ReviewAccepted {
		t.Errorf("upper-case prefix: exit %d %s", code, errOut)
	}
	// A prefix shared by every id: the empty-looking "" is refused as too short.
	bad := []struct {
		arg, want string
		code      int
	}{
		{tanks[:2], "at least 4 characters", 2},
		{"ffffffffff", "no commitment has the id", 1},
		{"zz-not-hex", "no commitment has the id", 1},
	}
	for _, tc := range bad {
		code, _, errOut := cli(ctx, "review", "reject", "--config", f.cfg, tc.arg)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%q: exit %d %q, want %d with %q", tc.arg, code, errOut, tc.code, tc.want)
		}
	}
}

func TestReviewUndo(t *testing.T) {
	f := newLedgerFixture(t)
	ctx := context.Background()
	tanks := f.ids["tanks"]
	if code, _, errOut := cli(ctx, "review", "reject", "--config", f.cfg, tanks); code != 0 {
		t.Fatalf("reject: %d %s", code, errOut)
	}
	code, out, errOut := cli(ctx, "review", "undo", "--config", f.cfg, "--who", "bo", tanks[:8])
	if code != 0 || !strings.HasPrefix(out, "pending "+tanks) {
		t.Fatalf("undo: exit %d %q %s", code, out, errOut)
	}
	rec := f.state(t, tanks)
	if rec.Commitment.Review != news.ReviewPending || rec.History[len(rec.History)-1].Action != store.ActionUndo || rec.History[len(rec.History)-1].Who != "bo" {
		t.Errorf("after undo: %q %+v", rec.Commitment.Review, rec.History)
	}
	code, _, errOut = cli(ctx, "review", "undo", "--config", f.cfg, tanks)
	if code != 2 || !strings.Contains(errOut, "already undone") || strings.Contains(errOut, "store:") {
		t.Errorf("second undo: exit %d %q", code, errOut)
	}
}

// TestAmountFiltersThroughTheAPI checks that the bounds the CLI sends to a
// running pledgewatch (in Go's float syntax) are read back by the API.
func TestAmountFiltersThroughTheAPI(t *testing.T) {
	for _, v := range []float64{3e8, 2500, 1.5e-7, 1e18, 0} {
		q := api.QueryValues(store.Query{MinAmount: &v})
		back, err := api.ParseQuery(q)
		if err != nil || back.MinAmount == nil || *back.MinAmount != v {
			t.Errorf("%v → %q → %v, %v", v, q.Get("min_amount"), back.MinAmount, err)
		}
	}
}
