package api

import (
	"net/http"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// ArticleList is the JSON body of GET /api/v1/articles.
type ArticleList struct {
	Items []news.Article `json:"items"`
	Next  string         `json:"next,omitempty"`
}

// ArticleDetail is the JSON body of GET /api/v1/articles/{id}.
type ArticleDetail struct {
	Article     news.Article      `json:"article"`
	Commitments []news.Commitment `json:"commitments"`
}

// handleArticles serves GET /api/v1/articles?source=&since=&until=&cursor=&limit=&text=0|1.
// Article texts are left out unless text=1.
func (s *server) handleArticles(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q := store.ArticleQuery{Source: v.Get("source"), Cursor: v.Get("cursor"), WithoutText: v.Get("text") != "1"}
	var err error
	if q.Since, err = parseDate("since", v.Get("since"), false); err != nil {
		s.fail(w, r, err)
		return
	}
	if q.Until, err = parseDate("until", v.Get("until"), true); err != nil {
		s.fail(w, r, err)
		return
	}
	if q.Limit, err = limitParam(r, store.MaxLimit); err != nil {
		s.fail(w, r, err)
		return
	}
	if t := v.Get("text"); t != "" && t != "0" && t != "1" {
		s.fail(w, r, badParam("text", "must be 0 or 1"))
		return
	}
	page, err := s.st.Articles(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ArticleList{Items: nonNil(page.Items), Next: page.Next})
}

// handleArticle serves GET /api/v1/articles/{id}.
func (s *server) handleArticle(w http.ResponseWriter, r *http.Request) {
	a, cs, err := s.st.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ArticleDetail{Article: a, Commitments: nonNil(cs)})
}
