package api

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// QueueList is the JSON body of GET /api/v1/review/queue.
type QueueList struct {
	Items []news.Commitment `json:"items"`
	Next  string            `json:"next,omitempty"`
	// Remaining is how many commitments are pending in total.
	Remaining int `json:"remaining"`
}

// ReviewRequest is the JSON body of the review actions. Who defaults to
// "api"; Fields is required by correct and ignored otherwise.
type ReviewRequest struct {
	Who    string            `json:"who,omitempty"`
	Note   string            `json:"note,omitempty"`
	Fields *store.Correction `json:"fields,omitempty"`
}

// maxWhoLen bounds the reviewer name and maxNoteLen the note.
const (
	maxWhoLen  = 100
	maxNoteLen = 2000
)

// handleQueue serves GET /api/v1/review/queue?cursor=&limit=.
func (s *server) handleQueue(w http.ResponseWriter, r *http.Request) {
	limit, err := limitParam(r, store.MaxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := s.st.ReviewQueue(r.Context(), store.QueueQuery{Cursor: r.URL.Query().Get("cursor"), Limit: limit})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, QueueList{Items: nonNil(page.Items), Next: page.Next, Remaining: page.Remaining})
}

// handleReview serves POST /api/v1/commitments/{id}/{action} for accept,
// reject, correct and undo; it answers the commitment's new effective values.
func (s *server) handleReview(action string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req ReviewRequest
		if err := decodeJSON(r, &req); err != nil {
			s.fail(w, r, err)
			return
		}
		if req.Who == "" {
			req.Who = "api"
		}
		c, err := s.review(r, action, r.PathValue("id"), req)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, c)
	}
}

// review checks req and applies the action to the store.
func (s *server) review(r *http.Request, action, id string, req ReviewRequest) (news.Commitment, error) {
	if len(req.Who) > maxWhoLen || strings.TrimSpace(req.Who) == "" {
		return news.Commitment{}, badParam("who", "must be 1 to %d bytes", maxWhoLen)
	}
	if len(req.Note) > maxNoteLen {
		return news.Commitment{}, badParam("note", "longer than %d bytes", maxNoteLen)
	}
	switch action {
	case store.ActionAccept:
		return s.st.Accept(r.Context(), id, req.Who, req.Note)
	case store.ActionReject:
		return s.st.Reject(r.Context(), id, req.Who, req.Note)
	case store.ActionUndo:
		return s.st.Undo(r.Context(), id, req.Who, req.Note)
	}
	if req.Fields == nil {
		return news.Commitment{}, badParam("fields", "required for correct")
	}
	return s.st.Correct(r.Context(), id, req.Who, *req.Fields, req.Note)
}

// AuditList is the JSON body of GET /api/v1/audit.
type AuditList struct {
	Items []store.AuditEntry `json:"items"`
	// Next is the cursor of the following page (the last entry's
	// sequence number), empty on the last.
	Next string `json:"next,omitempty"`
}

// handleAudit serves GET /api/v1/audit?cursor=&limit=: the audit log,
// oldest first. after= is an older name of cursor.
func (s *server) handleAudit(w http.ResponseWriter, r *http.Request) {
	name := "cursor"
	if !r.URL.Query().Has(name) {
		name = "after"
	}
	after, err := uintParam(r, name)
	if err != nil {
		s.fail(w, r, err)
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
	ask := min(limit+1, store.MaxLimit)
	es, err := s.st.AuditLog(r.Context(), store.AuditQuery{After: after, Limit: ask})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	l := AuditList{Items: es}
	if len(es) > limit || (len(es) == limit && ask == limit) {
		l.Items = es[:limit]
		l.Next = strconv.FormatUint(es[limit-1].Seq, 10)
	}
	l.Items = nonNil(l.Items)
	writeJSON(w, http.StatusOK, l)
}

// decodeJSON reads one JSON object from r's body into v, strictly: the
// request must say Content-Type: application/json (which a cross-site HTML
// form cannot send), known fields only, nothing after the object. An empty
// body leaves v as is.
func decodeJSON(r *http.Request, v any) error {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return badParam("Content-Type", "must be application/json")
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return nil
		}
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return badParam("body", "%v", err)
	}
	if dec.More() {
		return badParam("body", "more than one JSON value")
	}
	return nil
}
