package api

import (
	"bytes"
	"crypto/subtle"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// uiWho is the reviewer name recorded for actions taken in the web UI.
const uiWho = "web"

// queuePageSize is how many pending commitments the review page shows.
const queuePageSize = 50

// base is what every page template reads.
type base struct {
	Title, Nav, Error, CSRF string
}

// routesUI registers the web UI.
func (s *server) routesUI(mux *http.ServeMux) error {
	static, err := staticFS()
	if err != nil {
		return err
	}
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /login", s.handleLoginPage)
	mux.HandleFunc("POST /login", s.handleLogin)
	h := func(pattern string, f http.HandlerFunc) { mux.HandleFunc(pattern, s.uiAuth(f)) }
	h("GET /{$}", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/review", http.StatusSeeOther) })
	h("GET /review", s.handleReviewPage)
	h("POST /review/{id}/accept", s.handleReviewAction(store.ActionAccept))
	h("POST /review/{id}/reject", s.handleReviewAction(store.ActionReject))
	h("GET /review/{id}/edit", s.handleEditPage)
	h("POST /review/{id}/correct", s.handleCorrect)
	h("GET /commitments", s.handleCommitmentsPage)
	h("GET /summary", s.handleSummaryPage)
	h("GET /articles/{id}", s.handleArticlePage)
	return nil
}

// render executes page into a buffer and writes it with status, so a
// template error never sends half a page.
func (s *server) render(w http.ResponseWriter, status int, page string, data any) {
	var buf bytes.Buffer
	if err := s.tmpl[page].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.Error("api: render", "page", page, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// uiFail renders the error page for err.
func (s *server) uiFail(w http.ResponseWriter, r *http.Request, err error) {
	status, _, msg := s.classify(err)
	if status >= 500 {
		s.log.Error("api: page failed", "path", r.URL.Path, "err", err)
	}
	s.render(w, status, "error", base{Title: http.StatusText(status), Error: msg, CSRF: s.csrfToken(w, r)})
}

func (s *server) handleLoginPage(w http.ResponseWriter, r *http.Request) {
	if s.token == "" {
		http.Redirect(w, r, "/review", http.StatusSeeOther)
		return
	}
	s.render(w, http.StatusOK, "login", base{Title: "Sign in", CSRF: s.csrfToken(w, r)})
}

// handleLogin checks the posted token and sets the session cookie.
func (s *server) handleLogin(w http.ResponseWriter, r *http.Request) {
	if s.token == "" {
		http.Redirect(w, r, "/review", http.StatusSeeOther)
		return
	}
	if err := r.ParseForm(); err != nil || !s.checkCSRF(r) {
		s.render(w, http.StatusForbidden, "login", base{Title: "Sign in", Error: "The form expired; try again.", CSRF: s.csrfToken(w, r)})
		return
	}
	if subtle.ConstantTimeCompare([]byte(r.PostFormValue("token")), []byte(s.token)) != 1 {
		s.render(w, http.StatusUnauthorized, "login", base{Title: "Sign in", Error: "Wrong token.", CSRF: s.csrfToken(w, r)})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: s.sessionValue(), Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	http.Redirect(w, r, "/review", http.StatusSeeOther)
}

// reviewItem is one card of the review page.
type reviewItem struct {
	news.Commitment
	Segments []segment
	// Title is the article's title; Next the id of the following card.
	Title, Next string
}

type reviewPage struct {
	base
	Items     []reviewItem
	Remaining int
	More      bool
	Threshold float64
}

func (s *server) handleReviewPage(w http.ResponseWriter, r *http.Request) {
	page, err := s.st.ReviewQueue(r.Context(), store.QueueQuery{Limit: queuePageSize})
	if err != nil {
		s.uiFail(w, r, err)
		return
	}
	titles := map[string]string{}
	items := make([]reviewItem, len(page.Items))
	for i, c := range page.Items {
		t, ok := titles[c.ArticleID]
		if !ok {
			if rec, err := s.st.Commitment(r.Context(), c.ID); err == nil {
				t = rec.Article.Title
			}
			titles[c.ArticleID] = t
		}
		items[i] = reviewItem{Commitment: c, Segments: evidenceSegments(c), Title: t}
		if i+1 < len(page.Items) {
			items[i].Next = page.Items[i+1].ID
		}
	}
	s.render(w, http.StatusOK, "review", reviewPage{
		base:  base{Title: "Review", Nav: "review", CSRF: s.csrfToken(w, r)},
		Items: items, Remaining: page.Remaining, More: page.Next != "", Threshold: s.threshold,
	})
}

// handleReviewAction serves the accept and reject forms of the review page.
func (s *server) handleReviewAction(action string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil || !s.checkCSRF(r) {
			s.csrfFail(w, r)
			return
		}
		if _, err := s.review(r, action, r.PathValue("id"), ReviewRequest{Who: uiWho}); err != nil {
			s.uiFail(w, r, err)
			return
		}
		http.Redirect(w, r, reviewURL(r.PostFormValue("next")), http.StatusSeeOther)
	}
}

func (s *server) csrfFail(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusForbidden, "error", base{Title: "Forbidden",
		Error: "The form is missing its CSRF token or it expired; reload the page and try again.", CSRF: s.csrfToken(w, r)})
}

// reviewURL is the review page, selecting the card of commitment id next.
func reviewURL(next string) string {
	if next == "" || !isID(next) {
		return "/review"
	}
	return "/review#c-" + next
}

// isID reports whether s looks like a store id (hex).
func isID(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

type editPage struct {
	base
	C            news.Commitment
	Segments     []segment
	ArticleTitle string
	Next         string
	History      []store.AuditEntry
	Kinds        []news.Kind
	Statuses     []news.Status
}

func (s *server) editData(w http.ResponseWriter, r *http.Request, rec store.CommitmentRecord) editPage {
	return editPage{
		base:         base{Title: "Correct", Nav: "review", CSRF: s.csrfToken(w, r)},
		C:            rec.Commitment,
		Segments:     evidenceSegments(rec.Commitment),
		ArticleTitle: rec.Article.Title,
		Next:         r.FormValue("next"),
		History:      rec.History,
		Kinds:        news.Kinds(),
		Statuses:     news.Statuses(),
	}
}

func (s *server) handleEditPage(w http.ResponseWriter, r *http.Request) {
	rec, err := s.st.Commitment(r.Context(), r.PathValue("id"))
	if err != nil {
		s.uiFail(w, r, err)
		return
	}
	s.render(w, http.StatusOK, "edit", s.editData(w, r, rec))
}

// handleCorrect applies the edit form: only fields whose value differs
// from the commitment's current effective value become the correction.
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
		status, _, msg := s.classify(err)
		if status >= 500 {
			s.uiFail(w, r, err)
			return
		}
		d := s.editData(w, r, rec)
		d.Error = msg
		s.render(w, status, "edit", d)
		return
	}
	http.Redirect(w, r, reviewURL(r.PostFormValue("next")), http.StatusSeeOther)
}

type commitmentsPage struct {
	base
	F     map[string]string
	Items []news.Commitment
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
		base:     base{Title: "Commitments", Nav: "commitments", CSRF: s.csrfToken(w, r)},
		F:        map[string]string{},
		Kinds:    news.Kinds(),
		Statuses: news.Statuses(),
		Reviews:  []string{"none", "pending", "accepted", "corrected", "rejected", store.ReviewAll},
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

	qv := cloneValues(filters)
	if c := v.Get("cursor"); c != "" {
		qv.Set("cursor", c)
	}
	q, err := ParseQuery(qv)
	if err == nil {
		var page store.Page
		page, err = s.st.Commitments(r.Context(), q)
		d.Items = page.Items
		if page.Next != "" {
			nv := cloneValues(filters)
			nv.Set("cursor", page.Next)
			d.Next = template.URL("/commitments?" + nv.Encode())
		}
	}
	status := http.StatusOK
	if err != nil {
		status, _, d.Error = s.classify(err)
	}
	s.render(w, status, "commitments", d)
}

type summaryPage struct {
	base
	Troops, EUR chart
	Money       []store.MoneyTotal
	Entries     int
}

func (s *server) handleSummaryPage(w http.ResponseWriter, r *http.Request) {
	t, err := s.st.Totals(r.Context(), store.LedgerQuery{})
	if err != nil {
		s.uiFail(w, r, err)
		return
	}
	troops := make([]barValue, 0, len(t.Troops))
	for _, x := range t.Troops {
		troops = append(troops, barValue{Label: actorLabel(x.Country), Value: float64(x.Troops), Text: formatCount(x.Troops)})
	}
	eur := make([]barValue, 0, len(t.EUR))
	for _, x := range t.EUR {
		txt := "€" + news.FormatAmount(roundSig(x.EUR))
		if len(x.Unconverted) > 0 {
			txt += " (+ " + strings.Join(x.Unconverted, ", ") + " without rate)"
		}
		eur = append(eur, barValue{Label: actorLabel(x.Country), Value: x.EUR, Text: txt})
	}
	s.render(w, http.StatusOK, "summary", summaryPage{
		base:    base{Title: "Summary", Nav: "summary", CSRF: s.csrfToken(w, r)},
		Troops:  newChart("Troops by country", "troops", troops),
		EUR:     newChart("Money by country in EUR", "money", eur),
		Money:   t.Money,
		Entries: t.Entries,
	})
}

type articlePage struct {
	base
	A           news.Article
	Segments    []segment
	Commitments []news.Commitment
}

func (s *server) handleArticlePage(w http.ResponseWriter, r *http.Request) {
	a, cs, err := s.st.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.uiFail(w, r, err)
		return
	}
	title := a.Title
	if title == "" {
		title = "Article"
	}
	s.render(w, http.StatusOK, "article", articlePage{
		base:        base{Title: clip(title), CSRF: s.csrfToken(w, r)},
		A:           a,
		Segments:    articleSegments(a.Text, cs),
		Commitments: cs,
	})
}
