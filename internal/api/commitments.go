package api

import (
	"net/http"
	"strconv"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// CommitmentList is the JSON body of GET /api/v1/commitments (format=json).
type CommitmentList struct {
	Items []news.Commitment `json:"items"`
	// Next is the cursor of the following page, empty on the last.
	Next string `json:"next,omitempty"`
}

// handleCommitments serves GET /api/v1/commitments: one page as JSON
// (CommitmentList), or with format=jsonl|csv every
// match from the cursor on (at most limit when given).
func (s *server) handleCommitments(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	format := v.Get("format")
	v.Del("format")
	q, err := ParseQuery(v)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	switch format {
	case "", "json":
		page, err := s.st.Commitments(r.Context(), q)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, CommitmentList{Items: nonNil(page.Items), Next: page.Next})
	case "jsonl", "csv":
		max := q.Limit
		q.Limit = 0
		s.export(w, r, q, max, format)
	default:
		s.fail(w, r, badParam("format", "%q is not one of json, jsonl, csv", clip(format)))
	}
}

// handleExport serves GET /api/v1/export: like /api/v1/commitments with
// format=jsonl (default) or csv, as a download.
func (s *server) handleExport(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	format := v.Get("format")
	if format == "" {
		format = "jsonl"
	}
	v.Del("format")
	q, err := ParseQuery(v)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if format != "jsonl" && format != "csv" {
		s.fail(w, r, badParam("format", "%q is not one of csv, jsonl", clip(format)))
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="commitments.`+format+`"`)
	max := q.Limit
	q.Limit = 0
	s.export(w, r, q, max, format)
}

// export streams every match. The first page is read before the status is
// written, so bad parameters still give a 400.
func (s *server) export(w http.ResponseWriter, r *http.Request, q store.Query, max int, format string) {
	first := q
	first.Limit = store.MaxLimit
	if max > 0 && max < first.Limit {
		first.Limit = max
	}
	page, err := s.st.Commitments(r.Context(), first)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if format == "csv" {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	} else {
		w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	}
	w.WriteHeader(http.StatusOK)
	out, _ := NewWriter(w, format)
	n := 0
	for _, c := range page.Items {
		if err := out.Write(c); err != nil {
			return
		}
		n++
	}
	if page.Next != "" && (max == 0 || n < max) {
		q.Cursor = page.Next
		rest := 0
		if max > 0 {
			rest = max - n
		}
		if _, err := Export(r.Context(), s.st, q, rest, out); err != nil {
			s.log.Warn("api: export cut short", "err", err)
		}
	}
	if err := out.Close(); err != nil {
		s.log.Warn("api: export", "err", err)
	}
}

// handleCommitment serves GET /api/v1/commitments/{id}: the commitment with
// its article and review history (store.CommitmentRecord).
func (s *server) handleCommitment(w http.ResponseWriter, r *http.Request) {
	rec, err := s.st.Commitment(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

// limitParam parses an optional "limit" parameter in 1…max.
func limitParam(r *http.Request, max int) (int, error) {
	s := r.URL.Query().Get("limit")
	if s == "" {
		return 0, nil
	}
	return parseLimit("limit", s, max)
}

// uintParam parses an optional non-negative integer parameter.
func uintParam(r *http.Request, name string) (uint64, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, badParam(name, "%q is not a non-negative integer", clip(s))
	}
	return n, nil
}

// nonNil returns s, or an empty slice for nil, so JSON shows [] not null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
