package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// TestListsAreItemsAndPaged checks that /runs, /audit and /dead answer
// {"items": [...], "next": CURSOR} like the other lists, and that following
// next visits every element once, in order.
func TestListsAreItemsAndPaged(t *testing.T) {
	r := &fakeRunner{sources: []string{"wire"}}
	for seq := uint64(12); seq >= 8; seq-- {
		r.dead = append(r.dead, news.DeadLetter{Seq: seq, Stream: "PW_ARTICLES", Reason: "bad"})
	}
	f := newFixture(t, Config{Runner: r})
	ctx := context.Background()
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 5 {
		if err := f.st.SaveRun(ctx, news.Run{ID: fmt.Sprintf("run%d", i), Started: start.Add(time.Duration(i) * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []string{f.ids["ukTroops"], f.ids["ukMoney"], f.ids["deTanks"], f.ids["frTroops"]} {
		if _, err := f.st.Accept(ctx, id, "ana", ""); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		path string
		want []string // every element's key, in order
		key  func(json.RawMessage) string
	}{
		{"/api/v1/runs", []string{"run4", "run3", "run2", "run1", "run0"}, func(m json.RawMessage) string {
			var x news.Run
			json.Unmarshal(m, &x)
			return x.ID
		}},
		{"/api/v1/audit", []string{"1", "2", "3", "4"}, func(m json.RawMessage) string {
			var x store.AuditEntry
			json.Unmarshal(m, &x)
			return fmt.Sprint(x.Seq)
		}},
		{"/api/v1/dead", []string{"12", "11", "10", "9", "8"}, func(m json.RawMessage) string {
			var x news.DeadLetter
			json.Unmarshal(m, &x)
			return fmt.Sprint(x.Seq)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			var got []string
			cursor := ""
			for pages := 0; pages < 10; pages++ {
				q := url.Values{"limit": {"2"}}
				if cursor != "" {
					q.Set("cursor", cursor)
				}
				code, body := f.get(t, tc.path+"?"+q.Encode())
				var l struct {
					Items []json.RawMessage `json:"items"`
					Next  string            `json:"next"`
				}
				if err := json.Unmarshal([]byte(body), &l); code.StatusCode != 200 || err != nil || l.Items == nil {
					t.Fatalf("%d %s: not an items list: %v", code.StatusCode, body, err)
				}
				if len(l.Items) > 2 {
					t.Fatalf("page of %d items over limit 2", len(l.Items))
				}
				for _, m := range l.Items {
					got = append(got, tc.key(m))
				}
				if cursor = l.Next; cursor == "" {
					break
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("pages gave %v, want %v", got, tc.want)
			}
		})
	}
	if code, body := f.get(t, "/api/v1/runs?cursor=zz"); code.StatusCode != 400 {
		t.Errorf("bad runs cursor: %d %s", code.StatusCode, body)
	}
	if code, body := f.get(t, "/api/v1/dead?cursor=x"); code.StatusCode != 400 {
		t.Errorf("bad dead cursor: %d %s", code.StatusCode, body)
	}
}

func TestUndoAPI(t *testing.T) {
	f := newFixture(t, Config{ReviewThreshold: 0.6})
	c := NewClient(f.srv.URL, "", nil)
	ctx := context.Background()
	id := f.ids["deTanks"]
	if _, err := c.Reject(ctx, id, "ana", ""); err != nil {
		t.Fatal(err)
	}
	got, err := c.Undo(ctx, id, "bo", "misclick")
	if err != nil || got.Review != news.ReviewPending {
		t.Fatalf("Undo = %q, %v", got.Review, err)
	}
	log, err := c.AuditLog(ctx, store.AuditQuery{})
	if err != nil || len(log) != 2 || log[1].Action != store.ActionUndo || log[1].Who != "bo" || log[1].Note != "misclick" {
		t.Errorf("audit = %+v, %v", log, err)
	}
	_, err = c.Undo(ctx, id, "bo", "")
	var pe *ParamError
	if !errorsAs(err, &pe) || pe.Param != "id" || !strings.Contains(pe.Msg, "already undone") {
		t.Errorf("second undo: %v", err)
	}
}
