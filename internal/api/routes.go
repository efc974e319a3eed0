package api

import "net/http"

// routesAPI registers the JSON API.
func (s *server) routesAPI(mux *http.ServeMux) {
	h := func(pattern string, f http.HandlerFunc) { mux.HandleFunc(pattern, s.apiAuth(f)) }
	h("GET /api/v1/commitments", s.handleCommitments)
	h("GET /api/v1/commitments/{id}", s.handleCommitment)
	h("POST /api/v1/commitments/{id}/accept", s.handleReview("accept"))
	h("POST /api/v1/commitments/{id}/reject", s.handleReview("reject"))
	h("POST /api/v1/commitments/{id}/correct", s.handleReview("correct"))
	h("POST /api/v1/commitments/{id}/undo", s.handleReview("undo"))
	h("GET /api/v1/export", s.handleExport)
	h("GET /api/v1/articles", s.handleArticles)
	h("GET /api/v1/articles/{id}", s.handleArticle)
	h("GET /api/v1/review/queue", s.handleQueue)
	h("POST /api/v1/review/bulk", s.handleBulk)
	h("POST /api/v1/review/merge", s.handleMerge)
	h("GET /api/v1/audit", s.handleAudit)
	h("GET /api/v1/ledger", s.handleLedger)
	h("GET /api/v1/totals", s.handleTotals)
	h("GET /api/v1/runs", s.handleRuns)
	h("POST /api/v1/runs", s.handleStartRun)
	h("POST /api/v1/reextract", s.handleReextract)
	h("GET /api/v1/dead", s.handleDeadLetters)
	h("POST /api/v1/dead/{seq}/redrive", s.handleRedrive)
	if s.metrics != nil {
		mux.Handle("GET /metrics", s.apiAuth(s.metrics.ServeHTTP))
	}
	mux.HandleFunc("/api/", s.apiAuth(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "", "no such API endpoint: "+r.Method+" "+r.URL.Path)
	}))
}
