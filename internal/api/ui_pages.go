package api

import (
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// articleRow is one line of the articles page.
type articleRow struct {
	news.Article
	Commitments, Pending int
}

type articlesPage struct {
	base
	Items  []articleRow
	Source string
	Next   template.URL
}

// handleArticlesPage serves GET /articles?source=&cursor=: stored articles,
// newest first, with how many commitments each holds.
func (s *server) handleArticlesPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	d := articlesPage{base: base{Title: "Articles", Nav: "articles", CSRF: s.csrfToken(w, r)}, Source: clip(v.Get("source"))}
	page, err := s.st.Articles(r.Context(), store.ArticleQuery{Source: v.Get("source"), Cursor: v.Get("cursor"), Limit: queuePageSize, WithoutText: true})
	if err != nil {
		status, _, msg := s.classify(err)
		d.Error = msg
		s.render(w, status, "articles", d)
		return
	}
	for _, a := range page.Items {
		row := articleRow{Article: a}
		if _, cs, err := s.st.Article(r.Context(), a.ID); err == nil {
			row.Commitments = len(cs)
			for _, c := range cs {
				if c.Review == news.ReviewPending {
					row.Pending++
				}
			}
		}
		d.Items = append(d.Items, row)
	}
	if page.Next != "" {
		nv := url.Values{"cursor": {page.Next}}
		if src := v.Get("source"); src != "" {
			nv.Set("source", src)
		}
		d.Next = template.URL("/articles?" + nv.Encode())
	}
	s.render(w, http.StatusOK, "articles", d)
}

// runRow is one run on the runs page.
type runRow struct {
	news.Run
	Took   string
	Errors []string
	// State is finished, running, cancelled or stopped; Limits says what
	// the crawl cut or dropped and which setting to raise.
	State  string
	Limits []string
}

// sourceRow is the latest run of one source.
type sourceRow struct {
	Name string
	Last runRow
}

type runsPage struct {
	base
	Runs    []runRow
	Sources []sourceRow
	Next    template.URL
}

// runsPageSize is how many runs the runs page shows.
const runsPageSize = 30

// handleRunsPage serves GET /runs?cursor=: the latest ingestion runs with
// their errors, and the latest run of each source.
func (s *server) handleRunsPage(w http.ResponseWriter, r *http.Request) {
	d := runsPage{base: base{Title: "Runs", Nav: "runs", CSRF: s.csrfToken(w, r)}}
	page, err := s.st.RunsPage(r.Context(), store.RunQuery{Cursor: r.URL.Query().Get("cursor"), Limit: runsPageSize})
	if err != nil {
		status, _, msg := s.classify(err)
		d.Error = msg
		s.render(w, status, "runs", d)
		return
	}
	seen := map[string]bool{}
	for _, run := range page.Items {
		row := runRow{Run: run}
		if !run.Finished.IsZero() {
			row.Took = run.Finished.Sub(run.Started).Round(time.Millisecond).String()
		}
		for _, e := range run.ErrorSamples {
			row.Errors = append(row.Errors, explainRunError(e))
		}
		row.State, row.Limits = runState(run), runLimits(run)
		d.Runs = append(d.Runs, row)
		for _, name := range run.Sources {
			if !seen[name] {
				seen[name] = true
				d.Sources = append(d.Sources, sourceRow{Name: name, Last: row})
			}
		}
	}
	if page.Next != "" {
		d.Next = template.URL("/runs?" + url.Values{"cursor": {page.Next}}.Encode())
	}
	s.render(w, http.StatusOK, "runs", d)
}

// explainRunError adds how to fix a run error the user controls.
func explainRunError(msg string) string {
	msg = strings.ReplaceAll(msg, "crawler: ", "")
	if strings.Contains(msg, "address not allowed") {
		msg += " (a loopback or private address: set crawl.allow_private_networks: true to crawl it)"
	}
	return msg
}

// runState says how a run ended.
func runState(r news.Run) string {
	switch {
	case r.Cancelled:
		return "cancelled"
	case r.Error != "":
		return "stopped"
	case r.Finished.IsZero():
		return "running"
	}
	return "finished"
}

// runLimits lists what a run cut or dropped, with the setting to raise.
func runLimits(r news.Run) []string {
	var out []string
	add := func(n int, what string) {
		if n > 0 {
			out = append(out, formatCount(int64(n))+" "+what)
		}
	}
	add(r.PagesCut, "page(s) cut (raise crawl.max_parse_bytes or crawl.max_text_bytes)")
	add(r.URLsDropped, "URL(s) not fetched (raise crawl.max_urls_per_source or crawl.max_sitemap_depth)")
	add(r.CharsetErrors, "page(s) with bytes invalid in their character set")
	add(r.CommitmentsCut, "commitment(s) left out (raise extractor.max_commitments_per_article)")
	return out
}
