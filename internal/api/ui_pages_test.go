package api

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestArticlesAndRunsPages(t *testing.T) {
	f := newFixture(t, Config{ReviewThreshold: 0.6})
	ctx := context.Background()
	start := time.Date(2024, 4, 1, 10, 0, 0, 0, time.UTC)
	runs := []news.Run{
		{ID: "r1", Sources: []string{"wire", "blog"}, Started: start, Finished: start.Add(2 * time.Second), Pages: 9, ArticlesNew: 3, ArticlesStored: 3},
		{ID: "r2", Sources: []string{"wire"}, Started: start.Add(time.Hour), Finished: start.Add(time.Hour + time.Second), Errors: 1,
			ErrorSamples: []string{"http://10.0.0.1/feed: crawler: address not allowed: 10.0.0.1"}, Disallowed: []string{"https://wire.example/private/x"}},
		{ID: "r3", Sources: []string{"agency"}, Started: start.Add(2 * time.Hour), Finished: start.Add(2*time.Hour + time.Second), Cancelled: true,
			PagesCut: 2, URLsDropped: 1500, CharsetErrors: 1, Notes: []string{"agency: sitemap https://agency.example/s.xml cut at 8 MiB"}},
		{ID: "r4", Sources: []string{"wire"}, Started: start.Add(3 * time.Hour), Error: "queue: connection refused"},
	}
	for _, r := range runs {
		if err := f.st.SaveRun(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		path   string
		status int
		want   []string
	}{
		{"/articles", 200, []string{`<a href="/articles/` + f.arts["uk"] + `">UK pledges troops</a>`, `<td class="num">2</td><td class="num">1</td>`,
			"Tanks &lt;b&gt;for&lt;/b&gt; Ukraine", `aria-current="page">Articles`}},
		{"/articles?source=blog", 200, []string{"Tanks &lt;b&gt;for&lt;/b&gt; Ukraine"}},
		{"/articles?cursor=not-a-cursor", 400, []string{`role="alert"`}},
		{"/runs", 200, []string{"2024-04-01 11:00 UTC", "address not allowed: 10.0.0.1 (a loopback or private address: set crawl.allow_private_networks: true",
			"Disallowed by robots.txt", "https://wire.example/private/x", "<td>blog</td>", "2s",
			`data-state="cancelled"`, `data-state="stopped"`, `data-state="finished"`, "Stopped: queue: connection refused",
			"2 page(s) cut (raise crawl.max_parse_bytes", "1,500 URL(s) not fetched (raise crawl.max_urls_per_source",
			"1 page(s) with bytes invalid", "agency: sitemap https://agency.example/s.xml cut at 8 MiB", "<td>agency</td>"}},
		{"/runs?cursor=zz", 400, []string{`role="alert"`}},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp, body := f.get(t, tc.path)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
		})
	}
	if resp, body := f.get(t, "/articles?source=wire"); resp.StatusCode != http.StatusOK || strings.Contains(body, "Tanks") {
		t.Errorf("source filter: %d, blog article listed under wire", resp.StatusCode)
	}
}

func TestCommitmentsPageCountAndSort(t *testing.T) {
	f := newFixture(t, Config{ReviewThreshold: 0.6})
	order := func(body string, names ...string) bool {
		last := -1
		for _, n := range names {
			i := strings.Index(body, `<tr id="c-`+f.ids[n]+`"`)
			if i < last {
				return false
			}
			last = i
		}
		return last >= 0
	}
	tests := []struct {
		path   string
		status int
		count  string
		order  []string
	}{
		{"/commitments", 200, "<strong>4</strong> commitments match", nil},
		{"/commitments?country=GB", 200, "<strong>2</strong> commitments match", nil},
		{"/commitments?sort=value", 200, "<strong>4</strong> commitments match", []string{"ukMoney", "ukTroops", "frTroops", "deTanks"}},
		{"/commitments?sort=confidence", 200, "<strong>4</strong>", []string{"ukTroops", "frTroops", "ukMoney", "deTanks"}},
		{"/commitments?sort=value&kind=troops", 200, "<strong>2</strong>", []string{"ukTroops", "frTroops"}},
		{"/commitments?sort=size", 400, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp, body := f.get(t, tc.path)
			if resp.StatusCode != tc.status || !strings.Contains(body, tc.count) {
				t.Fatalf("status %d, want %d with %q", resp.StatusCode, tc.status, tc.count)
			}
			if tc.order != nil && !order(body, tc.order...) {
				t.Errorf("rows not in the order %v", tc.order)
			}
			if tc.status == 400 && !strings.Contains(body, "sort: &#34;size&#34; is not one of date, value, confidence") {
				t.Errorf("no message naming sort")
			}
		})
	}
}
