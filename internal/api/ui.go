package api

import (
	"bytes"
	"crypto/subtle"
	"net/http"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

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
	h("POST /review/{id}/undo", s.handleUndo)
	h("POST /review/bulk", s.handleBulkForm)
	h("POST /review/merge", s.handleMergeForm)
	h("POST /review/undo", s.handleUndoBatch)
	h("GET /review/{id}/edit", s.handleEditPage)
	h("POST /review/{id}/correct", s.handleCorrect)
	h("GET /commitments", s.handleCommitmentsPage)
	h("GET /summary", s.handleSummaryPage)
	h("GET /summary/entries", s.handleSummaryEntries)
	h("GET /summary/time", s.handleTimePage)
	h("GET /articles", s.handleArticlesPage)
	h("GET /articles/{id}", s.handleArticlePage)
	h("GET /runs", s.handleRunsPage)
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
		base:        base{Title: clip(title), Nav: "articles", CSRF: s.csrfToken(w, r)},
		A:           a,
		Segments:    articleSegments(a.Text, cs),
		Commitments: cs,
	})
}
