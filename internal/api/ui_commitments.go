package api

import (
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// maxSortScan is how many matching commitments the commitments page counts
// and sorts in memory; past it the count says "more than" and sorting by
// anything but date asks for narrower filters.
const maxSortScan = 5000

// commitmentsPageSize is the number of rows per page.
const commitmentsPageSize = 100

// sortKeys are the orders of the commitments page: newest first (the
// store's order), largest value (troops, amount or count), highest
// confidence.
var sortKeys = []string{"date", "value", "confidence"}

type commitmentsPage struct {
	base
	F     map[string]string
	Items []news.Commitment
	// Total counts the matches; TotalMore says there are more than Total.
	Total     int
	TotalMore bool
	// Sort is the order; SortLinks the header link of each order.
	Sort      string
	SortKeys  []string
	SortLinks map[string]template.URL
	// Next, ExportCSV and ExportJSONL are links built from encoded
	// url.Values, so they are safe as template.URL.
	Next                   template.URL
	ExportCSV, ExportJSONL template.URL
	Kinds                  []news.Kind
	Statuses               []news.Status
	Reviews                []string
}

// filterParams are the query parameters of the commitments page's form.
var filterParams = []string{"country", "kind", "status", "review", "since", "until", "min_amount", "max_amount", "currency", "source", "q"}

func (s *server) handleCommitmentsPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	d := commitmentsPage{
		base:      base{Title: "Commitments", Nav: "commitments", CSRF: s.csrfToken(w, r)},
		F:         map[string]string{},
		Kinds:     news.Kinds(),
		Statuses:  news.Statuses(),
		Reviews:   []string{"none", "pending", "accepted", "corrected", store.ReviewReviewed, "rejected", store.ReviewAll},
		Sort:      "date",
		SortKeys:  sortKeys,
		SortLinks: map[string]template.URL{},
	}
	filters := url.Values{}
	for _, p := range filterParams {
		if val := strings.TrimSpace(v.Get(p)); val != "" {
			d.F[p] = clip(val)
			filters.Set(p, val)
		}
	}
	csv, jsonl := cloneValues(filters), cloneValues(filters)
	csv.Set("format", "csv")
	jsonl.Set("format", "jsonl")
	d.ExportCSV = template.URL("/api/v1/export?" + csv.Encode())
	d.ExportJSONL = template.URL("/api/v1/export?" + jsonl.Encode())
	for _, k := range sortKeys {
		sv := cloneValues(filters)
		if k != "date" {
			sv.Set("sort", k)
		}
		d.SortLinks[k] = template.URL("/commitments?" + sv.Encode())
	}

	err := s.fillCommitments(r, v, filters, &d)
	status := http.StatusOK
	if err != nil {
		status, _, d.Error = s.classify(err)
	}
	s.render(w, status, "commitments", d)
}

// fillCommitments counts the matches and reads the page asked for, in the
// order asked for.
func (s *server) fillCommitments(r *http.Request, v, filters url.Values, d *commitmentsPage) error {
	if k := v.Get("sort"); k != "" {
		if !contains(sortKeys, k) {
			return badParam("sort", "%q is not one of %s", clip(k), strings.Join(sortKeys, ", "))
		}
		d.Sort = k
	}
	q, err := ParseQuery(filters)
	if err != nil {
		return err
	}
	// Count (and, to sort, collect) up to maxSortScan matches.
	var all []news.Commitment
	q.Limit = store.MaxLimit
	for {
		page, err := s.st.Commitments(r.Context(), q)
		if err != nil {
			return err
		}
		d.Total += len(page.Items)
		if d.Sort != "date" {
			all = append(all, page.Items...)
		}
		if page.Next == "" {
			break
		}
		if d.Total >= maxSortScan {
			d.TotalMore = true
			break
		}
		q.Cursor = page.Next
	}
	if d.Sort == "date" {
		q.Cursor, q.Limit = v.Get("cursor"), commitmentsPageSize
		page, err := s.st.Commitments(r.Context(), q)
		if err != nil {
			return err
		}
		d.Items = page.Items
		if page.Next != "" {
			nv := cloneValues(filters)
			nv.Set("cursor", page.Next)
			d.Next = template.URL("/commitments?" + nv.Encode())
		}
		return nil
	}
	if d.TotalMore {
		return badParam("sort", "more than %d commitments match: narrow the filters to sort by %s", maxSortScan, d.Sort)
	}
	key := func(c news.Commitment) float64 { return c.Confidence }
	if d.Sort == "value" {
		key = news.Commitment.Number
	}
	sort.SliceStable(all, func(i, j int) bool { return key(all[i]) > key(all[j]) })
	from, _ := strconv.Atoi(v.Get("from"))
	if from < 0 || from > len(all) {
		from = 0
	}
	to := min(from+commitmentsPageSize, len(all))
	d.Items = all[from:to]
	if to < len(all) {
		nv := cloneValues(filters)
		nv.Set("sort", d.Sort)
		nv.Set("from", strconv.Itoa(to))
		d.Next = template.URL("/commitments?" + nv.Encode())
	}
	return nil
}
