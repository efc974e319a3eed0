package api

import (
	"html/template"
	"net/http"

	"sort"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// maxDrillEntries bounds the ledger entries the drill-down page lists per
// status.
const maxDrillEntries = 200

type entriesPage struct {
	base
	// What describes the selection ("DE · troops · pledged or delivered").
	What    string
	Items   []store.LedgerEntry
	More    bool
	Back    template.URL
	AllList template.URL
}

// handleSummaryEntries serves GET /summary/entries: the ledger entries a
// bar or row of the summary counts (pledged and delivered unless status=
// names one), with their reports, so a user can find and reject the lines
// that should not count.
func (s *server) handleSummaryEntries(w http.ResponseWriter, r *http.Request) {
	d := entriesPage{base: base{Title: "Entries behind the summary", Nav: "summary", CSRF: s.csrfToken(w, r)}}
	v := r.URL.Query()
	filters, q, err := summaryFilters(v)
	if err == nil {
		for _, p := range []string{"currency", "status"} {
			if val := strings.TrimSpace(v.Get(p)); val != "" {
				filters.Set(p, val)
			}
		}
		var pq store.Query
		if pq, err = ParseQuery(filters); err == nil {
			q.Query = pq
			err = s.fillEntries(r, q, &d)
		}
	}
	back := cloneValues(filters)
	for _, p := range []string{"country", "kind", "currency", "status"} {
		back.Del(p)
	}
	d.Back = template.URL("/summary?" + back.Encode())
	d.AllList = template.URL("/commitments?" + filters.Encode())
	var what []string
	for _, p := range []string{"country", "kind", "currency", "source", "since", "until"} {
		if val := filters.Get(p); val != "" {
			if p == "country" {
				val = actorLabel(val)
			}
			what = append(what, clip(val))
		}
	}
	if st := filters.Get("status"); st != "" {
		what = append(what, clip(st))
	} else {
		what = append(what, "pledged or delivered")
	}
	if filters.Get("review") == store.ReviewReviewed {
		what = append(what, "reviewed reports only")
	}
	d.What = strings.Join(what, " · ")
	status := http.StatusOK
	if err != nil {
		status, _, d.Error = s.classify(err)
	}
	s.render(w, status, "entries", d)
}

func (s *server) fillEntries(r *http.Request, q store.LedgerQuery, d *entriesPage) error {
	statuses := []string{q.Status}
	if q.Status == "" {
		statuses = []string{string(news.StatusPledged), string(news.StatusDelivered)}
	}
	q.Limit = maxDrillEntries
	for _, st := range statuses {
		q.Status = st
		page, err := s.st.Ledger(r.Context(), q)
		if err != nil {
			return err
		}
		d.Items = append(d.Items, page.Items...)
		d.More = d.More || page.Next != ""
	}
	sort.SliceStable(d.Items, func(i, j int) bool { return d.Items[i].First.After(d.Items[j].First) })
	return nil
}

// entryValue renders a ledger entry's value like a commitment's.
func entryValue(e store.LedgerEntry) string {
	return news.Commitment{Kind: e.Kind, Troops: e.Troops, Amount: e.Amount, Currency: e.Currency, Item: e.Item, Count: e.Count}.Value()
}
