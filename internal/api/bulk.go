package api

import (
	"net/http"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// BulkRequest is the JSON body of POST /api/v1/review/bulk: one action
// (accept, reject or undo) applied to every id, all or none.
type BulkRequest struct {
	IDs    []string `json:"ids"`
	Action string   `json:"action"`
	Who    string   `json:"who,omitempty"`
	Note   string   `json:"note,omitempty"`
}

// MergeRequest is the JSON body of POST /api/v1/review/merge: Keep is
// accepted and each of Duplicates rejected as its duplicate, all or none.
type MergeRequest struct {
	Keep       string   `json:"keep"`
	Duplicates []string `json:"duplicates"`
	Who        string   `json:"who,omitempty"`
	Note       string   `json:"note,omitempty"`
}

// BulkResult is the answer of both: the effective values after the
// decisions, in the order of the request (for a merge, Keep first).
type BulkResult struct {
	Items []news.Commitment `json:"items"`
}

// handleBulk serves POST /api/v1/review/bulk.
func (s *server) handleBulk(w http.ResponseWriter, r *http.Request) {
	var req BulkRequest
	if err := decodeJSON(r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	cs, err := s.bulk(r, req.Action, req.IDs, defaultWho(req.Who, "api"), req.Note)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, BulkResult{Items: cs})
}

// handleMerge serves POST /api/v1/review/merge.
func (s *server) handleMerge(w http.ResponseWriter, r *http.Request) {
	var req MergeRequest
	if err := decodeJSON(r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	cs, err := s.merge(r, req.Keep, req.Duplicates, defaultWho(req.Who, "api"), req.Note)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, BulkResult{Items: cs})
}

func defaultWho(who, def string) string {
	if who == "" {
		return def
	}
	return who
}

// checkWho checks the reviewer name and note of a batch.
func checkWho(who, note string) error {
	if len(who) > maxWhoLen || strings.TrimSpace(who) == "" {
		return badParam("who", "must be 1 to %d bytes", maxWhoLen)
	}
	if len(note) > maxNoteLen {
		return badParam("note", "longer than %d bytes", maxNoteLen)
	}
	return nil
}

// bulk applies action to ids in one store transaction.
func (s *server) bulk(r *http.Request, action string, ids []string, who, note string) ([]news.Commitment, error) {
	if err := checkWho(who, note); err != nil {
		return nil, err
	}
	switch action {
	case store.ActionAccept, store.ActionReject, store.ActionUndo:
	case "":
		return nil, badParam("action", "missing: say accept, reject or undo")
	default:
		return nil, badParam("action", "%q is not one of accept, reject, undo", clip(action))
	}
	if len(ids) == 0 {
		return nil, badParam("ids", "no commitments selected: tick at least one")
	}
	ds := make([]store.Decision, len(ids))
	for i, id := range ids {
		if !isID(id) {
			return nil, badParam("ids", "%q is not a commitment id", clip(id))
		}
		ds[i] = store.Decision{ID: id, Action: action, Note: note}
	}
	return s.st.ReviewBatch(r.Context(), who, ds)
}

// merge keeps one commitment and rejects the others as its duplicates.
func (s *server) merge(r *http.Request, keep string, dups []string, who, note string) ([]news.Commitment, error) {
	if err := checkWho(who, note); err != nil {
		return nil, err
	}
	if !isID(keep) {
		return nil, badParam("keep", "%q is not a commitment id: choose the one to keep", clip(keep))
	}
	var others []string
	for _, id := range dups {
		if !isID(id) {
			return nil, badParam("duplicates", "%q is not a commitment id", clip(id))
		}
		if id != keep {
			others = append(others, id)
		}
	}
	if len(others) == 0 {
		return nil, badParam("duplicates", "none besides the one kept: select at least two commitments to merge")
	}
	return s.st.Merge(r.Context(), keep, others, who, note)
}
