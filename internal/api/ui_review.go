package api

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// uiWho is the reviewer name recorded for actions taken in the web UI.
const uiWho = "web"

// queuePageSize is how many pending commitments the review page shows.
const queuePageSize = 50

// maxSkips bounds the skipped ids the review page carries in its URL.
const maxSkips = 100

// reviewItem is one card of the review page.
type reviewItem struct {
	news.Commitment
	Segments []segment
	// Title is the article's headline; Before and After the sentences
	// around the evidence; Rule the rule that linked actor and value.
	Title, Before, After, Rule string
	// Siblings are the other lines extracted from the same sentence.
	Siblings []news.Commitment
	// Next is the id of the following card; Skipped marks a card the
	// reviewer put off.
	Next    string
	Skipped bool
	// SkipURL is the page with this card skipped.
	SkipURL string
	// Group is the number of the duplicate group the card is in, or 0.
	Group int
}

// session is what the review page carries from one decision to the next,
// in its URL and forms: the queue size when the reviewer started (for the
// progress) and the ids they skipped.
type session struct {
	Start int
	Skip  []string
}

// readSession reads start= and skip= of a query or form; bad values are
// dropped.
func readSession(v url.Values) session {
	var s session
	if n, err := strconv.Atoi(v.Get("start")); err == nil && n > 0 {
		s.Start = n
	}
	for _, id := range strings.Split(v.Get("skip"), ",") {
		if isID(id) && len(s.Skip) < maxSkips && !contains(s.Skip, id) {
			s.Skip = append(s.Skip, id)
		}
	}
	return s
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// values encodes the session, plus extra name/value pairs.
func (s session) values(extra ...string) url.Values {
	v := url.Values{}
	if s.Start > 0 {
		v.Set("start", strconv.Itoa(s.Start))
	}
	if len(s.Skip) > 0 {
		v.Set("skip", strings.Join(s.Skip, ","))
	}
	for i := 0; i+1 < len(extra); i += 2 {
		v.Set(extra[i], extra[i+1])
	}
	return v
}

// url is the review page in this session, selecting card next.
func (s session) url(next string, extra ...string) string {
	u := "/review"
	if q := s.values(extra...).Encode(); q != "" {
		u += "?" + q
	}
	if isID(next) {
		u += "#c-" + next
	}
	return u
}

// lastDecision is the note at the top of the review page after a
// decision, with its undo.
type lastDecision struct {
	C news.Commitment
	// Action is what was done: accept, reject, correct or undo.
	Action string
	// Undo is the form action that reverts it; empty after an undo.
	Undo string
}

type reviewPage struct {
	base
	Items []reviewItem
	// Remaining pending; Total the queue when the session started (or
	// more, when items arrived); Done the difference.
	Remaining, Total, Done int
	More                   bool
	Threshold              float64
	Last                   *lastDecision
	// Batch is the note after a bulk decision or merge.
	Batch *lastBatch
	// Groups are the cards that look like the same commitment.
	Groups []dupGroup
	// Start and Skip are the session's hidden form fields.
	Start int
	Skip  string
}

func (s *server) handleReviewPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	sess := readSession(r.URL.Query())
	page, err := s.st.ReviewQueue(ctx, store.QueueQuery{Limit: queuePageSize})
	if err != nil {
		s.uiFail(w, r, err)
		return
	}
	if sess.Start < page.Remaining {
		sess.Start = page.Remaining
	}
	// Skipped items go after the others, in the order they were skipped.
	var first, later []news.Commitment
	for _, c := range page.Items {
		if contains(sess.Skip, c.ID) {
			later = append(later, c)
		} else {
			first = append(first, c)
		}
	}
	ordered := append(first, later...)
	arts := map[string]articleContext{}
	items := make([]reviewItem, len(ordered))
	for i, c := range ordered {
		ac, ok := arts[c.ArticleID]
		if !ok {
			ac = s.loadArticleContext(r, c.ArticleID)
			arts[c.ArticleID] = ac
		}
		it := reviewItem{Commitment: c, Segments: evidenceSegments(c), Title: ac.article.Title, Rule: frameRule(c.Rules),
			Skipped: i >= len(first)}
		it.Before, it.After = sentenceContext(ac.article.Text, c.Start, c.End)
		it.Siblings = siblings(ac.commitments, c)
		if i+1 < len(ordered) {
			it.Next = ordered[i+1].ID
		}
		skipped := sess
		skipped.Skip = append(append([]string(nil), sess.Skip...), c.ID)
		if contains(sess.Skip, c.ID) {
			skipped.Skip = sess.Skip // already skipped: the link just moves on
		}
		it.SkipURL = skipped.url(it.Next)
		items[i] = it
	}
	groups := s.findDuplicates(r, items)
	d := reviewPage{
		base:      base{Title: "Review", Nav: "review", CSRF: s.csrfToken(w, r)},
		Items:     items,
		Remaining: page.Remaining, Total: sess.Start, Done: sess.Start - page.Remaining,
		More: page.Next != "", Threshold: s.threshold,
		Start: sess.Start, Skip: strings.Join(sess.Skip, ","),
		Groups: groups, Batch: readBatch(r.URL.Query()),
	}
	if b := d.Batch; b != nil && b.Action == "merge" {
		if rec, err := s.st.Commitment(r.Context(), strings.SplitN(b.IDs, ",", 2)[0]); err == nil {
			b.Kept = &rec.Commitment
		}
	}
	if id := r.URL.Query().Get("last"); isID(id) {
		d.Last = s.lastDecision(r, id)
	}
	s.render(w, http.StatusOK, "review", d)
}

// lastDecision describes the latest audit entry of commitment id, or nil.
func (s *server) lastDecision(r *http.Request, id string) *lastDecision {
	rec, err := s.st.Commitment(r.Context(), id)
	if err != nil || len(rec.History) == 0 {
		return nil
	}
	e := rec.History[len(rec.History)-1]
	l := &lastDecision{C: rec.Commitment, Action: e.Action}
	if e.Action != store.ActionUndo {
		l.Undo = "/review/" + id + "/undo"
	}
	return l
}

// articleContext is what the cards of one article share.
type articleContext struct {
	article     news.Article
	commitments []news.Commitment
}

func (s *server) loadArticleContext(r *http.Request, id string) articleContext {
	a, cs, err := s.st.Article(r.Context(), id)
	if err != nil {
		s.log.Warn("api: review page: article", "id", id, "err", err)
		return articleContext{}
	}
	return articleContext{article: a, commitments: cs}
}

// handleReviewAction serves the accept and reject forms of the review page.
func (s *server) handleReviewAction(action string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil || !s.checkCSRF(r) {
			s.csrfFail(w, r)
			return
		}
		id := r.PathValue("id")
		if _, err := s.review(r, action, id, ReviewRequest{Who: uiWho}); err != nil {
			s.uiFail(w, r, err)
			return
		}
		http.Redirect(w, r, readSession(r.PostForm).url(r.PostFormValue("next"), "last", id), http.StatusSeeOther)
	}
}

// handleUndo serves the undo form of the review page: it reverts the last
// decision on the commitment and selects its card again.
func (s *server) handleUndo(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || !s.checkCSRF(r) {
		s.csrfFail(w, r)
		return
	}
	id := r.PathValue("id")
	if _, err := s.st.Undo(r.Context(), id, uiWho, ""); err != nil {
		s.uiFail(w, r, err)
		return
	}
	sess := readSession(r.PostForm)
	kept := sess.Skip[:0]
	for _, x := range sess.Skip {
		if x != id {
			kept = append(kept, x)
		}
	}
	sess.Skip = kept
	http.Redirect(w, r, sess.url(id, "last", id), http.StatusSeeOther)
}

func (s *server) csrfFail(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusForbidden, "error", base{Title: "Forbidden",
		Error: "The form is missing its CSRF token or it expired; reload the page and try again.", CSRF: s.csrfToken(w, r)})
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

// frameRule is the rule that linked a commitment's actor and value: the
// first of its rule ids, or "" for one entered by hand.
func frameRule(rules []string) string {
	if len(rules) == 0 {
		return ""
	}
	return rules[0]
}
