package api

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/amount"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// editFields are the inputs of the edit form, in order.
var editFields = []string{"actor", "kind", "troops", "amount", "currency", "item", "count", "qualifier", "status", "recipient", "note"}

type editPage struct {
	base
	C            news.Commitment
	Segments     []segment
	ArticleTitle string
	History      []store.AuditEntry
	Kinds        []news.Kind
	Statuses     []news.Status
	// F holds the value of each field as shown: the commitment's values
	// written for reading ("576 million", "2,500"), or what the reviewer
	// typed when the form comes back with errors. Errs holds a message
	// per field.
	F, Errs map[string]string
	// Next, Start and Skip carry the review session.
	Next, Skip string
	Start      int
}

// formValues are the edit form's fields for commitment c.
func formValues(c news.Commitment) map[string]string {
	f := map[string]string{"actor": c.Actor, "kind": string(c.Kind), "currency": c.Currency, "item": c.Item,
		"qualifier": c.Qualifier, "status": string(c.Status), "recipient": c.Recipient}
	if c.Troops != nil {
		f["troops"] = amount.Exact(float64(*c.Troops))
	}
	if c.Count != nil {
		f["count"] = amount.Exact(float64(*c.Count))
	}
	if c.Amount != nil {
		f["amount"] = amount.Exact(*c.Amount)
	}
	return f
}

func (s *server) editData(w http.ResponseWriter, r *http.Request, rec store.CommitmentRecord) editPage {
	sess := readSession(r.Form)
	return editPage{
		base:         base{Title: "Correct", Nav: "review", CSRF: s.csrfToken(w, r)},
		C:            rec.Commitment,
		Segments:     evidenceSegments(rec.Commitment),
		ArticleTitle: rec.Article.Title,
		History:      rec.History,
		Kinds:        news.Kinds(),
		Statuses:     news.Statuses(),
		F:            formValues(rec.Commitment),
		Errs:         map[string]string{},
		Next:         r.FormValue("next"),
		Start:        sess.Start,
		Skip:         strings.Join(sess.Skip, ","),
	}
}

func (s *server) handleEditPage(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	rec, err := s.st.Commitment(r.Context(), r.PathValue("id"))
	if err != nil {
		s.uiFail(w, r, err)
		return
	}
	s.render(w, http.StatusOK, "edit", s.editData(w, r, rec))
}

// handleCorrect applies the edit form: only fields whose value differs
// from the commitment's current effective value become the correction.
// A bad field brings the form back with what was typed and a message
// beside that field.
func (s *server) handleCorrect(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || !s.checkCSRF(r) {
		s.csrfFail(w, r)
		return
	}
	id := r.PathValue("id")
	rec, err := s.st.Commitment(r.Context(), id)
	if err != nil {
		s.uiFail(w, r, err)
		return
	}
	fields, err := FormCorrection(r.PostForm, rec.Commitment)
	if err == nil {
		if fields == (store.Correction{}) {
			_, err = s.review(r, store.ActionAccept, id, ReviewRequest{Who: uiWho, Note: r.PostFormValue("note")})
		} else {
			_, err = s.review(r, store.ActionCorrect, id, ReviewRequest{Who: uiWho, Note: r.PostFormValue("note"), Fields: &fields})
		}
	}
	if err != nil {
		status, param, msg := s.classify(err)
		if status >= 500 {
			s.uiFail(w, r, err)
			return
		}
		d := s.editData(w, r, rec)
		for _, name := range editFields {
			if r.PostForm.Has(name) {
				d.F[name] = r.PostFormValue(name)
			}
		}
		var pe *ParamError
		if errors.As(err, &pe) {
			msg = pe.Msg
		} else {
			msg = strings.TrimPrefix(msg, param+": ")
		}
		if contains(editFields, param) {
			d.Errs[param] = msg
			d.Error = "Nothing was saved: check the field marked below."
		} else {
			d.Error = msg
		}
		s.render(w, status, "edit", d)
		return
	}
	http.Redirect(w, r, readSession(r.PostForm).url(r.PostFormValue("next"), "last", id), http.StatusSeeOther)
}

// wholeNumber reads a count typed as 2500, 2,500 or 2.5k.
func wholeNumber(s string) (int64, error) {
	v, cur, err := amount.Parse(s)
	if err != nil {
		return 0, err
	}
	if cur != "" || v != float64(int64(v)) || v > 1e15 {
		return 0, errors.New(strconv.Quote(clip(s)) + " is not a whole number; write one such as 2500, 2,500 or 2.5k")
	}
	return int64(v), nil
}
