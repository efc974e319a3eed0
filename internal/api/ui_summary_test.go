package api

import (
	"context"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

var hrefRE = regexp.MustCompile(`href="(/summary/entries\?[^"]*)"`)

// TestSummaryDrillDown: every bar and row of the summary links to the
// ledger entries it counts; the page counts reviewed and unreviewed
// entries and switches to reviewed only; the month and source views count
// the seeded entries.
func TestSummaryDrillDown(t *testing.T) {
	f := newFixture(t, Config{ReviewThreshold: 0.6})
	resp, page := f.get(t, "/summary")
	if resp.StatusCode != 200 {
		t.Fatalf("summary: %d %s", resp.StatusCode, page)
	}
	page = html.UnescapeString(page)
	// Two entries count in the totals (GB troops and money; tanks are not
	// summed, FR is only considering); none reviewed yet.
	for _, want := range []string{`<strong id="n-reviewed">0</strong> reviewed`, `<strong id="n-unreviewed">2</strong> not reviewed`,
		"Count reviewed only", `href="/summary/entries?country=GB&kind=troops"`,
		`href="/summary/entries?country=GB&currency=GBP&kind=money"`, `href="/summary/time?"`} {
		if !strings.Contains(page, want) {
			t.Errorf("summary lacks %q", want)
		}
	}
	// Per month: GB troops, GB money and DE tanks pledged in March 2024
	// (FR only considering); per source: wire 3 entries (UK troops, UK
	// money, FR), blog 1.
	_, tp := f.get(t, "/summary/time")
	tp = html.UnescapeString(tp)
	for _, want := range []string{`<a href="/summary/entries?since=2024-03-01&until=2024-03-31">2024-03</a>`,
		`<a href="/summary/entries?kind=troops&since=2024-03-01&until=2024-03-31">1 / 0</a>`,
		`<rect class="pledged" width="100" height="10"></rect><rect class="delivered" x="100" width="0" height="10"></rect>`,
		`class="bar source"`, "wire: 3 entries · 3 reports", "blog: 1 entries · 1 reports", `href="/commitments?source=wire"`} {
		if !strings.Contains(tp, want) {
			t.Errorf("time page lacks %q", want)
		}
	}
	_, tp = f.get(t, "/summary/time?country=DE")
	if strings.Contains(tp, "wire") || !strings.Contains(tp, "blog") {
		t.Error("the time page ignores the country filter")
	}
	links := hrefRE.FindAllStringSubmatch(page, -1)
	if len(links) < 4 {
		t.Fatalf("%d drill-down links", len(links))
	}

	tests := []struct {
		name, path string
		want       []string // ids of commitments listed
		not        []string
	}{
		{"troops bar", "/summary/entries?country=GB&kind=troops", []string{f.ids["ukTroops"]}, []string{f.ids["ukMoney"], f.ids["frTroops"]}},
		{"money row", "/summary/entries?country=GB&currency=GBP&kind=money", []string{f.ids["ukMoney"]}, []string{f.ids["ukTroops"]}},
		{"month row", "/summary/entries?since=2024-03-01&until=2024-03-31", []string{f.ids["ukTroops"], f.ids["ukMoney"], f.ids["deTanks"]}, []string{f.ids["frTroops"]}},
		{"considering asked for", "/summary/entries?country=FR&status=considering", []string{f.ids["frTroops"]}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := f.get(t, tc.path)
			if resp.StatusCode != 200 {
				t.Fatalf("%d %s", resp.StatusCode, body)
			}
			for _, id := range tc.want {
				if !strings.Contains(body, `data-id="`+id+`"`) {
					t.Errorf("%s not listed", id)
				}
			}
			for _, id := range tc.not {
				if strings.Contains(body, `data-id="`+id+`"`) {
					t.Errorf("%s listed", id)
				}
			}
		})
	}

	// Reviewed only: accept the GB troops; only they count.
	if _, err := f.st.Accept(context.Background(), f.ids["ukTroops"], "ana", ""); err != nil {
		t.Fatal(err)
	}
	_, page = f.get(t, "/summary?review=reviewed")
	page = html.UnescapeString(page)
	for _, want := range []string{"1 ledger entries counted (reviewed only)", `<strong id="n-reviewed">1</strong>`, `<strong id="n-unreviewed">1</strong>`,
		"Count every report", "5,000", `href="/summary/entries?country=GB&kind=troops&review=reviewed"`} {
		if !strings.Contains(page, want) {
			t.Errorf("reviewed-only summary lacks %q", want)
		}
	}
	if strings.Contains(page, "GBP") {
		t.Error("reviewed-only summary counts the unreviewed money")
	}
	resp, body := f.get(t, "/summary?review=pending")
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(html.UnescapeString(body), `"pending": the summary counts every report or reviewed=reviewed only`) {
		t.Errorf("bad switch value: %d", resp.StatusCode)
	}
	resp, _ = f.get(t, "/summary/entries?since=March")
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad date on the drill-down: %d", resp.StatusCode)
	}
}

func TestMonthSpan(t *testing.T) {
	tests := []struct{ month, since, until string }{
		{"2024-03", "2024-03-01", "2024-03-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2023-12", "2023-12-01", "2023-12-31"},
		{"bad", "", ""},
	}
	for _, tc := range tests {
		if s, u := monthSpan(tc.month); s != tc.since || u != tc.until {
			t.Errorf("monthSpan(%q) = %q, %q", tc.month, s, u)
		}
	}
}
