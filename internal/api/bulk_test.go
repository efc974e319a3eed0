package api

import (
	"context"
	"encoding/json"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// addDuplicates stores a second article reporting the German tanks twice
// (two sentences), low confidence so both wait for review; it returns the
// two new ids.
func addDuplicates(t *testing.T, f *fixture) (string, string) {
	t.Helper()
	text := "Berlin will send 40 Leopard 2 tanks. Again: Germany will send 40 Leopard 2 tanks to Kyiv."
	a := news.Article{URL: "https://agency.example/de2", Source: "agency", Title: "More tanks", Text: text,
		Published: time.Date(2024, 3, 6, 12, 0, 0, 0, time.UTC)}
	a.ID = news.ArticleID(a.URL)
	a.ContentHash = news.ContentHash(a.Title, a.Text)
	second := strings.Index(text, "Again")
	cs := []news.Commitment{
		{Actor: "DE", Kind: news.KindEquipment, Item: "Leopard 2 tanks", Count: news.Int64(40), Status: news.StatusPledged,
			Evidence: text[:second-1], Start: 0, End: second - 1, Confidence: 0.35},
		{Actor: "DE", Kind: news.KindEquipment, Item: "Leopard 2 tanks", Count: news.Int64(40), Status: news.StatusPledged,
			Evidence: text[second:], Start: second, End: len(text), Confidence: 0.45},
	}
	for i := range cs {
		cs[i].ArticleID = a.ID
		cs[i].ID = news.CommitmentID(a.ID, cs[i])
	}
	if _, err := f.st.SaveExtraction(context.Background(), news.Extraction{Article: a, Commitments: cs, Extractor: "test"}); err != nil {
		t.Fatal(err)
	}
	return cs[0].ID, cs[1].ID
}

func TestBulkAndMergeAPI(t *testing.T) {
	const jsonCT = "application/json"
	tests := []struct {
		name, path, body string
		status           int
		param            string
		// want is the review state of deTanks, ukMoney, frTroops after.
		want [3]news.ReviewState
	}{
		{"accept two", "/api/v1/review/bulk", `{"ids":["%de","%uk"],"action":"accept","who":"ana"}`, 200, "",
			[3]news.ReviewState{news.ReviewAccepted, news.ReviewAccepted, news.ReviewPending}},
		{"reject three", "/api/v1/review/bulk", `{"ids":["%de","%uk","%fr"],"action":"reject"}`, 200, "",
			[3]news.ReviewState{news.ReviewRejected, news.ReviewRejected, news.ReviewRejected}},
		{"unknown id changes nothing", "/api/v1/review/bulk", `{"ids":["%de","abcdef"],"action":"accept"}`, 404, "",
			[3]news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
		{"no ids", "/api/v1/review/bulk", `{"ids":[],"action":"accept"}`, 400, "ids",
			[3]news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
		{"not an id", "/api/v1/review/bulk", `{"ids":["DROP"],"action":"accept"}`, 400, "ids",
			[3]news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
		{"bad action", "/api/v1/review/bulk", `{"ids":["%de"],"action":"correct"}`, 400, "action",
			[3]news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
		{"undo with nothing to undo", "/api/v1/review/bulk", `{"ids":["%de"],"action":"undo"}`, 400, "id",
			[3]news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
		{"merge", "/api/v1/review/merge", `{"keep":"%de","duplicates":["%uk","%fr"],"who":"ana"}`, 200, "",
			[3]news.ReviewState{news.ReviewAccepted, news.ReviewRejected, news.ReviewRejected}},
		{"merge without duplicates", "/api/v1/review/merge", `{"keep":"%de","duplicates":["%de"]}`, 400, "duplicates",
			[3]news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
		{"merge without keep", "/api/v1/review/merge", `{"duplicates":["%uk"]}`, 400, "keep",
			[3]news.ReviewState{news.ReviewPending, news.ReviewPending, news.ReviewPending}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, Config{ReviewThreshold: 0.6})
			// ukMoney and frTroops are below the threshold; deTanks too.
			body := strings.NewReplacer("%de", f.ids["deTanks"], "%uk", f.ids["ukMoney"], "%fr", f.ids["frTroops"]).Replace(tc.body)
			resp, b := f.do(t, http.MethodPost, tc.path, jsonCT, body)
			var eb errorBody
			_ = json.Unmarshal([]byte(b), &eb)
			if resp.StatusCode != tc.status || eb.Param != tc.param {
				t.Fatalf("got %d %s, want %d param %q", resp.StatusCode, b, tc.status, tc.param)
			}
			for i, name := range []string{"deTanks", "ukMoney", "frTroops"} {
				if got := f.review(t, f.ids[name]); got != tc.want[i] {
					t.Errorf("%s: %q, want %q", name, got, tc.want[i])
				}
			}
			if tc.status == 200 {
				n := 0
				for _, name := range []string{"deTanks", "ukMoney", "frTroops"} {
					n += strings.Count(body, f.ids[name])
				}
				var res BulkResult
				if err := json.Unmarshal([]byte(b), &res); err != nil || len(res.Items) != n || res.Items[0].ID != f.ids["deTanks"] {
					t.Errorf("result %s, want %d items, deTanks first: %v", b, n, err)
				}
			}
		})
	}
	t.Run("merge note in the audit", func(t *testing.T) {
		f := newFixture(t, Config{ReviewThreshold: 0.6})
		body := `{"keep":"` + f.ids["deTanks"] + `","duplicates":["` + f.ids["frTroops"] + `"],"who":"ana"}`
		if resp, b := f.do(t, http.MethodPost, "/api/v1/review/merge", jsonCT, body); resp.StatusCode != 200 {
			t.Fatal(b)
		}
		rec, err := f.st.Commitment(context.Background(), f.ids["frTroops"])
		if err != nil || len(rec.History) != 1 || rec.History[0].Note != "duplicate of "+f.ids["deTanks"] || rec.History[0].Who != "ana" {
			t.Errorf("audit: %+v %v", rec.History, err)
		}
	})
}

// TestDuplicateGroups: the review page groups cards of the same actor,
// kind and value (in one article, across articles, and with a report
// already in the ledger), and its merge, bulk and undo forms work.
func TestDuplicateGroups(t *testing.T) {
	f := newFixture(t, Config{ReviewThreshold: 0.6})
	d1, d2 := addDuplicates(t, f)
	de := f.ids["deTanks"]
	b := newBrowser(t, f)
	page := b.get("/review")
	csrf := csrfFrom(t, page)
	if n := strings.Count(page, `class="dup-group"`); n != 1 {
		t.Fatalf("%d duplicate groups, want 1", n)
	}
	for _, id := range []string{de, d1, d2} {
		if !strings.Contains(page, `name="id" value="`+id+`"`) {
			t.Errorf("group misses %s", id)
		}
	}
	if !strings.Contains(page, "3 reports in several articles") {
		t.Error("group does not say where its reports are")
	}
	if strings.Contains(page, `<input type="hidden" name="id" value="`+f.ids["ukMoney"]+`"`) {
		t.Error("ukMoney grouped with the tanks")
	}

	// Merge: keep d2, reject the others as duplicates of it.
	form := url.Values{"csrf": {csrf}, "keep": {d2}, "id": {de, d1, d2}, "do": {"merge"}}
	resp, _ := b.post("/review/merge", form.Encode())
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("merge: %d", resp.StatusCode)
	}
	want := map[string]news.ReviewState{d2: news.ReviewAccepted, de: news.ReviewRejected, d1: news.ReviewRejected}
	for id, st := range want {
		if got := f.review(t, id); got != st {
			t.Errorf("after merge %s is %q, want %q", id, got, st)
		}
	}
	page = b.get(resp.Header.Get("Location"))
	if !strings.Contains(page, `data-action="merge"`) || !strings.Contains(html.UnescapeString(page), "rejected 2 as duplicates") {
		t.Errorf("no merge note on %s", resp.Header.Get("Location"))
	}
	if strings.Contains(page, `class="dup-group"`) {
		t.Error("the group is still offered after the merge")
	}

	// Undo all: the three are pending again, the group is back.
	resp, _ = b.post("/review/undo", values("csrf", csrf, "ids", d2+","+de+","+d1))
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("undo: %d", resp.StatusCode)
	}
	for id := range want {
		if got := f.review(t, id); got != news.ReviewPending {
			t.Errorf("after undo %s is %q", id, got)
		}
	}

	// A report already decided still groups the cards: "in the ledger".
	if _, err := f.st.Accept(context.Background(), de, "ana", ""); err != nil {
		t.Fatal(err)
	}
	page = b.get("/review")
	if !strings.Contains(page, "3 reports in the ledger") || !strings.Contains(page, `value="`+de+`" checked`) {
		t.Errorf("the accepted report is not offered as the one to keep")
	}

	// Reject all of a group, then bulk accept with ticks.
	resp, _ = b.post("/review/merge", url.Values{"csrf": {csrf}, "keep": {de}, "id": {d1, d2}, "do": {"reject"}}.Encode())
	if resp.StatusCode != http.StatusSeeOther || f.review(t, d1) != news.ReviewRejected || f.review(t, d2) != news.ReviewRejected {
		t.Fatalf("reject all: %d", resp.StatusCode)
	}
	resp, _ = b.post("/review/bulk", url.Values{"csrf": {csrf}, "action": {"accept"}, "id": {f.ids["ukMoney"], f.ids["frTroops"]}}.Encode())
	if resp.StatusCode != http.StatusSeeOther || f.review(t, f.ids["ukMoney"]) != news.ReviewAccepted || f.review(t, f.ids["frTroops"]) != news.ReviewAccepted {
		t.Fatalf("bulk accept: %d", resp.StatusCode)
	}
	// Nothing ticked: a clear error, nothing changed.
	resp, body := b.post("/review/bulk", values("csrf", csrf, "action", "reject"))
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "tick at least one") {
		t.Errorf("empty bulk: %d", resp.StatusCode)
	}
	h, err := f.st.History(context.Background(), d1)
	if err != nil || len(h) != 3 || h[2].Action != store.ActionReject || h[2].Who != uiWho {
		t.Errorf("audit of d1: %+v %v", h, err)
	}
}
