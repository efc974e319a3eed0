package api

import (
	"net/http"
	"slices"

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

// handleRuns serves GET /api/v1/runs?limit=: recent runs, newest first.
func (s *server) handleRuns(w http.ResponseWriter, r *http.Request) {
	limit, err := limitParam(r, store.MaxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	runs, err := s.st.Runs(r.Context(), limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, nonNil(runs))
}

// handleStartRun serves POST /api/v1/runs: it runs the sources, waits until
// every article is stored, and answers the news.Run. It blocks for the
// whole run; a client that goes away cancels it.
func (s *server) handleStartRun(w http.ResponseWriter, r *http.Request) {
	if s.runner == nil {
		writeError(w, http.StatusServiceUnavailable, "", "no ingestion pipeline in this process (pledgewatch serve); use pledgewatch run")
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
	if s.runner == nil {
		writeError(w, http.StatusServiceUnavailable, "", "no extraction pipeline in this process (pledgewatch serve); use pledgewatch run or reextract")
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
