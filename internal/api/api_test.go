package api

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

func TestHealthzAndHeaders(t *testing.T) {
	f := newFixture(t, Config{Token: "secret"})
	resp, body := f.get(t, "/healthz")
	if resp.StatusCode != 200 || body != "ok" {
		t.Fatalf("healthz = %d %q, want 200 ok", resp.StatusCode, body)
	}
	if got := resp.Header.Get("Content-Security-Policy"); got != ContentSecurityPolicy {
		t.Errorf("CSP = %q", got)
	}
	if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("nosniff = %q", got)
	}
}

func TestCommitmentsFilters(t *testing.T) {
	f := newFixture(t, Config{})
	tests := []struct {
		name  string
		query string
		want  []string // names of expected commitments, in order
	}{
		{"all, newest first", "", []string{"frTroops", "deTanks", "ukTroops", "ukMoney"}},
		{"country", values("country", "gb"), []string{"ukTroops", "ukMoney"}},
		{"kind", values("kind", "troops"), []string{"frTroops", "ukTroops"}},
		{"status", values("status", "considering"), []string{"frTroops"}},
		{"review pending", values("review", "pending"), []string{"frTroops", "deTanks", "ukMoney"}},
		{"since date", values("since", "2024-03-05"), []string{"frTroops", "deTanks"}},
		{"until date includes the day", values("until", "2024-03-05"), []string{"deTanks", "ukTroops", "ukMoney"}},
		{"min amount", values("min_amount", "3000"), []string{"ukTroops", "ukMoney"}},
		{"min amount as written", values("min_amount", "1.5bn"), []string{"ukMoney"}},
		{"max amount with separators", values("max_amount", "2,500"), []string{"frTroops", "deTanks"}},
		{"currency", values("currency", "gbp"), []string{"ukMoney"}},
		{"source", values("source", "blog"), []string{"deTanks"}},
		{"text", values("q", "LEOPARD"), []string{"deTanks"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := f.get(t, "/api/v1/commitments?"+tc.query)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			var l CommitmentList
			if err := json.Unmarshal([]byte(body), &l); err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, c := range l.Items {
				got = append(got, nameOf(f.ids, c.ID))
				if i > 0 && c.Published.After(l.Items[i-1].Published) {
					t.Errorf("not newest first: %v", got)
				}
			}
			// Items of one article share a date; their order is by id.
			slices.Sort(got)
			slices.Sort(tc.want)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			for _, c := range l.Items {
				if c.URL == "" || c.Published.IsZero() {
					t.Errorf("item %s lacks url/published", c.ID)
				}
			}
		})
	}
}

func nameOf(ids map[string]string, id string) string {
	for n, v := range ids {
		if v == id {
			return n
		}
	}
	return id
}

func TestBadParams(t *testing.T) {
	f := newFixture(t, Config{})
	tests := []struct {
		path  string
		param string
	}{
		{"/api/v1/commitments?since=yesterday", "since"},
		{"/api/v1/commitments?until=2024-13-01", "until"},
		{"/api/v1/commitments?limit=0", "limit"},
		{"/api/v1/commitments?limit=100000", "limit"},
		{"/api/v1/commitments?min_amount=%E2%82%AC1bn", "min_amount"},
		{"/api/v1/commitments?min_amount=lots", "min_amount"},
		{"/api/v1/commitments?max_amount=NaN", "max_amount"},
		{"/api/v1/commitments?kind=tanks", "kind"},
		{"/api/v1/commitments?status=maybe", "status"},
		{"/api/v1/commitments?review=done", "review"},
		{"/api/v1/commitments?country=Germany", "country"},
		{"/api/v1/commitments?currency=pounds", "currency"},
		{"/api/v1/commitments?cursor=%25%25", "cursor"},
		{"/api/v1/commitments?format=xml", "format"},
		{"/api/v1/commitments?kind=troops&kind=money", "kind"},
		{"/api/v1/export?format=pdf", "format"},
		{"/api/v1/totals?window=forever", "window"},
		{"/api/v1/totals?limit=5", "limit"},
		{"/api/v1/ledger?limit=5000", "limit"},
		{"/api/v1/ledger?cursor=%25%25", "cursor"},
		{"/api/v1/review/queue?limit=-1", "limit"},
		{"/api/v1/audit?after=x", "after"},
		{"/api/v1/runs?limit=abc", "limit"},
		{"/api/v1/articles?since=soon", "since"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp, body := f.get(t, tc.path)
			if resp.StatusCode != http.StatusBadRequest {
				t.Fatalf("status %d, want 400: %s", resp.StatusCode, body)
			}
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
				t.Errorf("content type %q", resp.Header.Get("Content-Type"))
			}
			var eb errorBody
			if err := json.Unmarshal([]byte(body), &eb); err != nil {
				t.Fatalf("body %q: %v", body, err)
			}
			if eb.Param != tc.param || !strings.Contains(eb.Error, tc.param) {
				t.Errorf("error %+v does not name %q", eb, tc.param)
			}
		})
	}
}

func TestPagination(t *testing.T) {
	f := newFixture(t, Config{})
	seen := map[string]bool{}
	cursor := ""
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("too many pages")
		}
		_, body := f.get(t, "/api/v1/commitments?"+values("limit", "1", "cursor", cursor, "review", "all"))
		var l CommitmentList
		if err := json.Unmarshal([]byte(body), &l); err != nil {
			t.Fatal(err)
		}
		for _, c := range l.Items {
			if seen[c.ID] {
				t.Fatalf("duplicate %s", c.ID)
			}
			seen[c.ID] = true
		}
		if l.Next == "" {
			break
		}
		cursor = l.Next
	}
	if len(seen) != 4 {
		t.Errorf("saw %d commitments, want 4", len(seen))
	}
}

func TestExport(t *testing.T) {
	f := newFixture(t, Config{})
	t.Run("csv", func(t *testing.T) {
		resp, body := f.get(t, "/api/v1/export?format=csv&country=GB")
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
			t.Fatalf("status %d type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 3 || strings.Join(rows[0], ",") != strings.Join(CSVHeader, ",") {
			t.Fatalf("rows = %v", rows)
		}
		money := rows[1]
		if money[4] != "money" {
			money = rows[2]
		}
		if money[6] != "1600000000" || money[7] != "GBP" || money[5] != "" {
			t.Errorf("money row = %v", money)
		}
	})
	t.Run("jsonl via commitments with limit", func(t *testing.T) {
		resp, body := f.get(t, "/api/v1/commitments?format=jsonl&limit=3")
		if resp.StatusCode != 200 {
			t.Fatalf("status %d", resp.StatusCode)
		}
		sc := bufio.NewScanner(strings.NewReader(body))
		n := 0
		for sc.Scan() {
			var c news.Commitment
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("line %d: %v", n, err)
			}
			if c.Actor == "" || c.URL == "" {
				t.Errorf("line %d lacks actor/url: %s", n, sc.Text())
			}
			n++
		}
		if n != 3 {
			t.Errorf("%d lines, want 3", n)
		}
		for _, field := range []string{`"actor"`, `"kind"`, `"troops"`, `"evidence"`, `"confidence"`, `"url"`} {
			if !strings.Contains(body, field) {
				t.Errorf("jsonl lacks %s", field)
			}
		}
	})
}

func TestCommitmentAndArticle(t *testing.T) {
	f := newFixture(t, Config{})
	resp, body := f.get(t, "/api/v1/commitments/"+f.ids["deTanks"])
	if resp.StatusCode != 200 {
		t.Fatalf("status %d %s", resp.StatusCode, body)
	}
	var rec store.CommitmentRecord
	if err := json.Unmarshal([]byte(body), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Article.Text != scriptText || rec.Commitment.Item != "Leopard 2 tanks" {
		t.Errorf("record = %+v", rec)
	}
	if resp, _ := f.get(t, "/api/v1/commitments/ffff"); resp.StatusCode != 404 {
		t.Errorf("missing commitment: %d, want 404", resp.StatusCode)
	}
	resp, body = f.get(t, "/api/v1/articles/"+f.arts["uk"])
	var d ArticleDetail
	if resp.StatusCode != 200 || json.Unmarshal([]byte(body), &d) != nil || len(d.Commitments) != 2 {
		t.Errorf("article: %d %s", resp.StatusCode, body)
	}
	resp, body = f.get(t, "/api/v1/articles?source=wire")
	var al ArticleList
	if resp.StatusCode != 200 || json.Unmarshal([]byte(body), &al) != nil || len(al.Items) != 2 || al.Items[0].Text != "" {
		t.Errorf("articles: %d %s", resp.StatusCode, body)
	}
	if resp, _ := f.get(t, "/api/v1/nothing"); resp.StatusCode != 404 {
		t.Errorf("unknown endpoint: %d", resp.StatusCode)
	}
}

func TestReviewAPI(t *testing.T) {
	f := newFixture(t, Config{})
	_, body := f.get(t, "/api/v1/review/queue")
	var q QueueList
	if err := json.Unmarshal([]byte(body), &q); err != nil {
		t.Fatal(err)
	}
	if q.Remaining != 3 || len(q.Items) != 3 || q.Items[0].ID != f.ids["deTanks"] {
		t.Fatalf("queue = %+v, want deTanks (0.3) first of 3", q)
	}

	post := func(path, ct, body string) (int, errorBody) {
		resp, b := f.do(t, http.MethodPost, path, ct, body)
		var eb errorBody
		_ = json.Unmarshal([]byte(b), &eb)
		return resp.StatusCode, eb
	}
	const jsonCT = "application/json"
	base := "/api/v1/commitments/"
	if code, eb := post(base+f.ids["deTanks"]+"/accept", jsonCT, `{"who":"ana","note":"checked"}`); code != 200 {
		t.Fatalf("accept: %d %+v", code, eb)
	}
	if got := f.review(t, f.ids["deTanks"]); got != news.ReviewAccepted {
		t.Errorf("after accept: %q", got)
	}
	if code, eb := post(base+f.ids["ukMoney"]+"/correct", jsonCT, `{"who":"ana","fields":{"amount":1500000000}}`); code != 200 {
		t.Fatalf("correct: %d %+v", code, eb)
	}
	rec, err := f.st.Commitment(context.Background(), f.ids["ukMoney"])
	if err != nil || *rec.Commitment.Amount != 1.5e9 || rec.Commitment.Review != news.ReviewCorrected {
		t.Errorf("after correct: %+v %v", rec.Commitment, err)
	}
	if code, _ := post(base+f.ids["frTroops"]+"/reject", jsonCT, ``); code != 200 {
		t.Errorf("reject with empty body: %d", code)
	}
	if got := f.review(t, f.ids["frTroops"]); got != news.ReviewRejected {
		t.Errorf("after reject: %q", got)
	}

	bad := []struct {
		name, path, ct, body, param string
		status                      int
	}{
		{"form content type", base + f.ids["ukTroops"] + "/accept", "application/x-www-form-urlencoded", "who=x", "Content-Type", 400},
		{"no content type", base + f.ids["ukTroops"] + "/accept", "", "", "Content-Type", 400},
		{"unknown field", base + f.ids["ukTroops"] + "/accept", jsonCT, `{"whom":"x"}`, "body", 400},
		{"two values", base + f.ids["ukTroops"] + "/accept", jsonCT, `{} {}`, "body", 400},
		{"correct without fields", base + f.ids["ukTroops"] + "/correct", jsonCT, `{"who":"x"}`, "fields", 400},
		{"bad kind", base + f.ids["ukTroops"] + "/correct", jsonCT, `{"fields":{"kind":"tanks"}}`, "kind", 400},
		{"bad actor", base + f.ids["ukTroops"] + "/correct", jsonCT, `{"fields":{"actor":"Britain"}}`, "actor", 400},
		{"long who", base + f.ids["ukTroops"] + "/accept", jsonCT, `{"who":"` + strings.Repeat("w", 200) + `"}`, "who", 400},
		{"too large", base + f.ids["ukTroops"] + "/accept", jsonCT, `{"note":"` + strings.Repeat("n", MaxBodyBytes) + `"}`, "body", 413},
		{"unknown id", base + "abcdef/accept", jsonCT, `{}`, "", 404},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			code, eb := post(tc.path, tc.ct, tc.body)
			if code != tc.status || eb.Param != tc.param {
				t.Errorf("got %d %+v, want %d param %q", code, eb, tc.status, tc.param)
			}
		})
	}
	if got := f.review(t, f.ids["ukTroops"]); got != news.ReviewNone {
		t.Errorf("bad requests changed ukTroops: %q", got)
	}

	_, body = f.get(t, "/api/v1/audit")
	var al AuditList
	if err := json.Unmarshal([]byte(body), &al); err != nil || len(al.Items) != 3 || al.Items[0].Who != "ana" || al.Next != "" {
		t.Errorf("audit = %s", body)
	}
}

func TestCrossOriginRefused(t *testing.T) {
	f := newFixture(t, Config{})
	resp, _ := f.do(t, http.MethodPost, "/api/v1/commitments/"+f.ids["deTanks"]+"/accept", "application/json", `{}`,
		"Sec-Fetch-Site: cross-site")
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST: %d, want 403", resp.StatusCode)
	}
	if got := f.review(t, f.ids["deTanks"]); got != news.ReviewPending {
		t.Errorf("cross-site POST changed the store: %q", got)
	}
}

func TestAuth(t *testing.T) {
	f := newFixture(t, Config{Token: "s3cret"})
	tests := []struct {
		name, path string
		headers    []string
		status     int
	}{
		{"api without token", "/api/v1/commitments", nil, 401},
		{"api wrong token", "/api/v1/commitments", []string{"Authorization: Bearer nope"}, 401},
		{"api basic scheme", "/api/v1/commitments", []string{"Authorization: Basic s3cret"}, 401},
		{"api bearer", "/api/v1/commitments", []string{"Authorization: Bearer s3cret"}, 200},
		{"unknown api path still needs auth", "/api/v1/zzz", nil, 401},
		{"ui redirects to login", "/review", nil, 303},
		{"ui other page", "/summary", nil, 303},
		{"ui with bearer", "/summary", []string{"Authorization: Bearer s3cret"}, 200},
		{"login page is public", "/login", nil, 200},
		{"static is public", "/static/app.js", nil, 200},
		{"healthz is public", "/healthz", nil, 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := f.get(t, tc.path, tc.headers...)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, body)
			}
			if tc.status == 303 && resp.Header.Get("Location") != "/login" {
				t.Errorf("Location = %q", resp.Header.Get("Location"))
			}
		})
	}
	t.Run("review action without token", func(t *testing.T) {
		resp, _ := f.do(t, http.MethodPost, "/api/v1/commitments/"+f.ids["deTanks"]+"/accept", "application/json", `{}`)
		if resp.StatusCode != 401 || f.review(t, f.ids["deTanks"]) != news.ReviewPending {
			t.Errorf("status %d, review %q", resp.StatusCode, f.review(t, f.ids["deTanks"]))
		}
	})

	t.Run("login flow", func(t *testing.T) {
		b := newBrowser(t, f)
		page := b.get("/login")
		csrf := csrfFrom(t, page)
		if resp, body := b.post("/login", values("csrf", csrf, "token", "wrong")); resp.StatusCode != 401 || !strings.Contains(body, "Wrong token") {
			t.Fatalf("wrong token: %d", resp.StatusCode)
		}
		if resp, _ := b.post("/login", values("csrf", "forged", "token", "s3cret")); resp.StatusCode != 403 {
			t.Fatalf("forged csrf: %d", resp.StatusCode)
		}
		resp, _ := b.post("/login", values("csrf", csrf, "token", "s3cret"))
		if resp.StatusCode != 303 || resp.Header.Get("Location") != "/review" {
			t.Fatalf("login: %d %q", resp.StatusCode, resp.Header.Get("Location"))
		}
		if body := b.get("/review"); !strings.Contains(body, "Review queue") {
			t.Errorf("review page after login: %.200s", body)
		}
		if body := b.get("/api/v1/review/queue"); !strings.Contains(body, `"remaining":3`) {
			t.Errorf("API with session cookie: %.200s", body)
		}
	})
}

type fakeRunner struct {
	sources  []string
	calls    [][]string
	reex     int
	redriven []uint64
	// dead, when set, is the dead-letter stream newest first.
	dead []news.DeadLetter
}

func (r *fakeRunner) DeadLetters(ctx context.Context, n int) ([]news.DeadLetter, error) {
	if r.dead != nil {
		return r.dead[:min(n, len(r.dead))], nil
	}
	return []news.DeadLetter{{Seq: 7, Stream: "PW_ARTICLES", Reason: "decode article: bad JSON", Deliveries: 1}}, nil
}

func (r *fakeRunner) Redrive(ctx context.Context, seq uint64) error {
	if seq != 7 {
		return fmt.Errorf("dead letter %d: %w", seq, store.ErrNotFound)
	}
	r.redriven = append(r.redriven, seq)
	return nil
}

func (r *fakeRunner) Sources() []string { return r.sources }
func (r *fakeRunner) Ingest(ctx context.Context, names []string, wait bool, progress func(news.Run)) (news.Run, error) {
	if !wait {
		return news.Run{}, context.Canceled
	}
	r.calls = append(r.calls, names)
	return news.Run{ID: "run-1", Sources: names, ArticlesStored: 2}, nil
}
func (r *fakeRunner) Reextract(ctx context.Context) (int, error) { r.reex++; return 3, nil }

func TestRunsAndReextract(t *testing.T) {
	t.Run("no runner", func(t *testing.T) {
		f := newFixture(t, Config{})
		for _, p := range []string{"/api/v1/runs", "/api/v1/reextract", "/api/v1/dead/7/redrive"} {
			resp, body := f.do(t, http.MethodPost, p, "application/json", `{}`)
			if resp.StatusCode != 503 || !strings.Contains(body, `"error"`) {
				t.Errorf("%s: %d %s", p, resp.StatusCode, body)
			}
		}
	})
	t.Run("runner", func(t *testing.T) {
		r := &fakeRunner{sources: []string{"wire", "blog"}}
		f := newFixture(t, Config{Runner: r})
		c := NewClient(f.srv.URL, "", nil)
		run, err := c.Run(context.Background(), []string{"wire"})
		if err != nil || run.ID != "run-1" || len(r.calls) != 1 || r.calls[0][0] != "wire" {
			t.Fatalf("Ingest = %+v, %v; calls %v", run, err, r.calls)
		}
		_, err = c.Run(context.Background(), []string{"nope"})
		var pe *ParamError
		if !errorsAs(err, &pe) || pe.Param != "sources" {
			t.Errorf("unknown source: %v", err)
		}
		n, err := c.Reextract(context.Background())
		if err != nil || n != 3 || r.reex != 1 {
			t.Errorf("Reextract = %d, %v", n, err)
		}
		if err := f.st.SaveRun(context.Background(), news.Run{ID: "r1", Sources: []string{"wire"}}); err != nil {
			t.Fatal(err)
		}
		runs, err := c.Runs(context.Background(), 5)
		if err != nil || len(runs) != 1 || runs[0].ID != "r1" {
			t.Errorf("Runs = %+v, %v", runs, err)
		}
		dls, err := c.DeadLetters(context.Background(), 10)
		if err != nil || len(dls) != 1 || dls[0].Seq != 7 || dls[0].Reason == "" {
			t.Errorf("DeadLetters = %+v, %v", dls, err)
		}
		if err := c.Redrive(context.Background(), 7); err != nil || len(r.redriven) != 1 {
			t.Errorf("Redrive(7) = %v, redriven %v", err, r.redriven)
		}
		if err := c.Redrive(context.Background(), 8); !errorsIs(err, store.ErrNotFound) {
			t.Errorf("Redrive(8) = %v, want not found", err)
		}
		resp, body := f.do(t, http.MethodPost, "/api/v1/dead/x/redrive", "application/json", `{}`)
		if resp.StatusCode != 400 || !strings.Contains(body, `"param":"seq"`) {
			t.Errorf("bad seq: %d %s", resp.StatusCode, body)
		}
		resp, body = f.do(t, http.MethodGet, "/api/v1/dead?limit=-1", "", "")
		if resp.StatusCode != 400 || !strings.Contains(body, `"param":"limit"`) {
			t.Errorf("bad limit: %d %s", resp.StatusCode, body)
		}
	})
}

func TestLedgerAndTotals(t *testing.T) {
	f := newFixture(t, Config{})
	c := NewClient(f.srv.URL, "", nil)
	tot, err := c.Totals(context.Background(), store.LedgerQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tot.Troops) != 1 || tot.Troops[0].Country != "GB" || tot.Troops[0].Troops != 5000 {
		t.Errorf("troops = %+v (France is only considering)", tot.Troops)
	}
	if len(tot.Money) != 1 || tot.Money[0].Currency != "GBP" {
		t.Errorf("money = %+v", tot.Money)
	}
	es, err := c.Ledger(context.Background(), store.LedgerQuery{Query: store.Query{Country: "GB"}, Window: 48 * 3600e9})
	if err != nil || len(es.Items) != 2 || es.Next != "" {
		t.Errorf("ledger = %+v, %v", es, err)
	}
	// Page by page, with the default window and a narrower one.
	for _, win := range []time.Duration{0, 48 * time.Hour} {
		q := store.LedgerQuery{Query: store.Query{Country: "GB", Limit: 1}, Window: win}
		var ids []string
		for range 5 {
			page, err := c.Ledger(context.Background(), q)
			if err != nil || len(page.Items) != 1 {
				t.Fatalf("window %v: page %+v, %v", win, page, err)
			}
			ids = append(ids, page.Items[0].ID)
			if page.Next == "" {
				break
			}
			q.Cursor = page.Next
		}
		full, err := c.Ledger(context.Background(), store.LedgerQuery{Query: store.Query{Country: "GB"}, Window: win})
		if err != nil || len(full.Items) < 2 || len(ids) != len(full.Items) {
			t.Errorf("window %v: pages %v, one page %+v (%v)", win, ids, full.Items, err)
		}
	}
	// A client that sends no cursor gets the first page and the cursor.
	_, body := f.get(t, "/api/v1/ledger?limit=1&window=2d")
	var list LedgerList
	if err := json.Unmarshal([]byte(body), &list); err != nil || len(list.Items) != 1 || list.Next == "" {
		t.Errorf("GET /api/v1/ledger?limit=1 = %s (%v)", body, err)
	}
}
