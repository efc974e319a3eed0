package api

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// RunRequest is the JSON body of POST /api/v1/runs. Empty Sources runs
// every configured source.
type RunRequest struct {
	Sources []string `json:"sources"`
}

// ReextractResult is the JSON body answered by POST /api/v1/reextract.
type ReextractResult struct {
	Articles int `json:"articles"`
}

// RunList is the JSON body of GET /api/v1/runs.
type RunList struct {
	Items []news.Run `json:"items"`
	// Next is the cursor of the following page, empty on the last.
	Next string `json:"next,omitempty"`
}

// DeadList is the JSON body of GET /api/v1/dead.
type DeadList struct {
	Items []news.DeadLetter `json:"items"`
	Next  string            `json:"next,omitempty"`
}

// handleRuns serves GET /api/v1/runs?limit=&cursor=: runs, newest first.
func (s *server) handleRuns(w http.ResponseWriter, r *http.Request) {
	limit, err := limitParam(r, store.MaxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := s.st.RunsPage(r.Context(), store.RunQuery{Cursor: r.URL.Query().Get("cursor"), Limit: limit})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, RunList{Items: nonNil(page.Items), Next: page.Next})
}

// handleStartRun serves POST /api/v1/runs: it runs the sources, waits until
// every article is stored, and answers the news.Run. It blocks for the
// whole run; a client that goes away cancels it.
func (s *server) handleStartRun(w http.ResponseWriter, r *http.Request) {
	if !s.needRunner(w, "no ingestion pipeline in this process (pledgewatch serve); use pledgewatch run") {
		return
	}
	var req RunRequest
	if err := decodeJSON(r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	known := s.runner.Sources()
	for _, n := range req.Sources {
		if !slices.Contains(known, n) {
			s.fail(w, r, badParam("sources", "unknown source %q (configured: %v)", clip(n), known))
			return
		}
	}
	run, err := s.runner.Ingest(r.Context(), req.Sources, true, nil)
	if err != nil {
		s.log.Error("api: run failed", "err", err)
		writeJSON(w, http.StatusInternalServerError, struct {
			errorBody
			Run news.Run `json:"run"`
		}{errorBody{Error: "run failed: " + err.Error()}, run})
		return
	}
	writeJSON(w, http.StatusOK, run)
}

// handleReextract serves POST /api/v1/reextract.
func (s *server) handleReextract(w http.ResponseWriter, r *http.Request) {
	if !s.needRunner(w, "no extraction pipeline in this process (pledgewatch serve); use pledgewatch run or reextract") {
		return
	}
	var none struct{}
	if err := decodeJSON(r, &none); err != nil {
		s.fail(w, r, err)
		return
	}
	n, err := s.runner.Reextract(r.Context())
	if err != nil {
		s.log.Error("api: reextract failed", "err", err)
		writeError(w, http.StatusInternalServerError, "", "reextract failed: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, ReextractResult{Articles: n})
}

// maxDeadScan is how many of the newest dead letters GET /api/v1/dead
// pages through.
const maxDeadScan = 10 * store.MaxLimit

// handleDeadLetters serves GET /api/v1/dead?limit=&cursor=: the messages
// the pipeline gave up on, newest first. The cursor is the sequence number
// below which the next page starts.
func (s *server) handleDeadLetters(w http.ResponseWriter, r *http.Request) {
	if !s.needRunner(w, noDeadLetters) {
		return
	}
	limit, err := limitParam(r, store.MaxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if limit == 0 {
		limit = store.DefaultLimit
	}
	before, err := uintParam(r, "cursor")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n := limit + 1
	if before != 0 {
		n = maxDeadScan
	}
	dls, err := s.runner.DeadLetters(r.Context(), n)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var l DeadList
	for _, d := range dls {
		if before != 0 && d.Seq >= before {
			continue
		}
		if len(l.Items) == limit {
			l.Next = strconv.FormatUint(l.Items[limit-1].Seq, 10)
			break
		}
		l.Items = append(l.Items, d)
	}
	l.Items = nonNil(l.Items)
	writeJSON(w, http.StatusOK, l)
}

// handleRedrive serves POST /api/v1/dead/{seq}/redrive.
func (s *server) handleRedrive(w http.ResponseWriter, r *http.Request) {
	if !s.needRunner(w, noDeadLetters) {
		return
	}
	seq, err := strconv.ParseUint(r.PathValue("seq"), 10, 64)
	if err != nil || seq == 0 {
		s.fail(w, r, badParam("seq", "%q is not a dead-letter number", clip(r.PathValue("seq"))))
		return
	}
	var none struct{}
	if err := decodeJSON(r, &none); err != nil {
		s.fail(w, r, err)
		return
	}
	if err := s.runner.Redrive(r.Context(), seq); err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// noDeadLetters answers the dead-letter endpoints of a process without a
// pipeline.
const noDeadLetters = "no pipeline in this process (pledgewatch serve); use pledgewatch run"

// needRunner reports whether this process has a pipeline; if not, it
// answers 503 with msg.
func (s *server) needRunner(w http.ResponseWriter, msg string) bool {
	if s.runner == nil {
		writeError(w, http.StatusServiceUnavailable, "", msg)
		return false
	}
	return true
}
