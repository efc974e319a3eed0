package api

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// maxLedgerMatches bounds the stored commitments of one actor and kind the
// review page compares its cards with: the newest ones, where the
// duplicates of news still in review usually are.
const maxLedgerMatches = 50

// dupGroup is a set of commitments that look like the same one: same
// actor, kind and value, on the review page or already in the ledger.
type dupGroup struct {
	N       int
	Members []dupMember
	// Keep is the member preselected to keep: one already reviewed, else
	// the most confident.
	Keep string
	// Where says where the members come from: "one article", "several
	// articles" or "the ledger".
	Where string
}

// dupMember is one commitment of a group.
type dupMember struct {
	news.Commitment
	// OnPage is false for a report already in the ledger.
	OnPage bool
}

// sameKey is what makes two commitments look like the same one.
func sameKey(c news.Commitment) string {
	return c.Actor + "\x00" + string(c.Kind) + "\x00" + strings.ToLower(c.Value())
}

// findDuplicates groups the cards of the review page with each other and
// with stored, non-rejected commitments of the same key, and sets Group
// on the cards it groups.
func (s *server) findDuplicates(r *http.Request, items []reviewItem) []dupGroup {
	byKey := map[string][]dupMember{}
	var order []string
	onPage := map[string]bool{}
	for _, it := range items {
		k := sameKey(it.Commitment)
		if _, ok := byKey[k]; !ok {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], dupMember{Commitment: it.Commitment, OnPage: true})
		onPage[it.ID] = true
	}
	// Reports already stored: one bounded query per actor and kind.
	asked := map[string]bool{}
	for _, it := range items {
		ak := it.Actor + "\x00" + string(it.Kind)
		if it.Actor == "" || asked[ak] {
			continue
		}
		asked[ak] = true
		page, err := s.st.Commitments(r.Context(), store.Query{Country: it.Actor, Kind: string(it.Kind), Limit: maxLedgerMatches})
		if err != nil {
			s.log.Warn("api: review page: duplicates", "actor", it.Actor, "err", err)
			continue
		}
		for _, c := range page.Items {
			k := sameKey(c)
			if _, ok := byKey[k]; ok && !onPage[c.ID] {
				byKey[k] = append(byKey[k], dupMember{Commitment: c})
				onPage[c.ID] = true // counted once
			}
		}
	}
	var groups []dupGroup
	group := map[string]int{}
	for _, k := range order {
		ms := byKey[k]
		if len(ms) < 2 {
			continue
		}
		g := dupGroup{N: len(groups) + 1, Members: ms, Where: "several articles"}
		arts, ledger := map[string]bool{}, false
		best := -1
		for i, m := range ms {
			arts[m.ArticleID] = true
			ledger = ledger || !m.OnPage
			reviewed := m.Review == news.ReviewAccepted || m.Review == news.ReviewCorrected
			if best < 0 || reviewed && !isReviewed(ms[best].Review) || isReviewed(ms[best].Review) == reviewed && m.Confidence > ms[best].Confidence {
				best = i
			}
			group[m.ID] = g.N
		}
		switch {
		case ledger:
			g.Where = "the ledger"
		case len(arts) == 1:
			g.Where = "one article"
		}
		g.Keep = ms[best].ID
		groups = append(groups, g)
	}
	for i := range items {
		items[i].Group = group[items[i].ID]
	}
	return groups
}

func isReviewed(st news.ReviewState) bool {
	return st == news.ReviewAccepted || st == news.ReviewCorrected
}

// lastBatch is the note at the top of the review page after a bulk
// decision or a merge, with the undo of all of it.
type lastBatch struct {
	// Action is accept, reject, merge or undo; N the commitments decided;
	// Rejected, after a merge, the duplicates rejected.
	Action      string
	N, Rejected int
	// Kept is the commitment a merge kept.
	Kept *news.Commitment
	// IDs is the comma-joined ids the undo reverts; empty after an undo.
	IDs string
}

// readBatch reads batch= and ids= of the review page's URL.
func readBatch(v url.Values) *lastBatch {
	action := v.Get("batch")
	switch action {
	case store.ActionAccept, store.ActionReject, store.ActionUndo, "merge":
	default:
		return nil
	}
	ids := splitIDs(v.Get("ids"))
	if len(ids) == 0 {
		return nil
	}
	b := &lastBatch{Action: action, N: len(ids), Rejected: len(ids) - 1}
	if action != store.ActionUndo {
		b.IDs = strings.Join(ids, ",")
	}
	return b
}

// splitIDs reads a comma-separated list of ids, dropping bad and repeated
// ones, at most store.MaxBatch.
func splitIDs(s string) []string {
	var ids []string
	for _, id := range strings.Split(s, ",") {
		if isID(id) && !contains(ids, id) && len(ids) < store.MaxBatch {
			ids = append(ids, id)
		}
	}
	return ids
}

// handleBulkForm serves the bulk form of the review page: action accept or
// reject on the ticked ids.
func (s *server) handleBulkForm(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || !s.checkCSRF(r) {
		s.csrfFail(w, r)
		return
	}
	action := r.PostFormValue("action")
	if action == store.ActionUndo {
		action = "" // undo has its own form
	}
	ids := r.PostForm["id"]
	if _, err := s.bulk(r, action, ids, uiWho, ""); err != nil {
		s.uiFail(w, r, err)
		return
	}
	http.Redirect(w, r, readSession(r.PostForm).url("", "batch", action, "ids", strings.Join(ids, ",")), http.StatusSeeOther)
}

// handleMergeForm serves a duplicate group's form: do=merge keeps the
// chosen member and rejects the others; do=reject rejects them all.
func (s *server) handleMergeForm(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || !s.checkCSRF(r) {
		s.csrfFail(w, r)
		return
	}
	ids, keep := r.PostForm["id"], r.PostFormValue("keep")
	action, err := "merge", error(nil)
	switch r.PostFormValue("do") {
	case "merge":
		_, err = s.merge(r, keep, ids, uiWho, "")
		ids = append([]string{keep}, without(ids, keep)...)
	case "reject":
		action = store.ActionReject
		_, err = s.bulk(r, action, ids, uiWho, "rejected with its duplicates")
	default:
		err = badParam("do", "say merge or reject")
	}
	if err != nil {
		s.uiFail(w, r, err)
		return
	}
	http.Redirect(w, r, readSession(r.PostForm).url("", "batch", action, "ids", strings.Join(ids, ",")), http.StatusSeeOther)
}

// handleUndoBatch serves the undo of a bulk decision or merge.
func (s *server) handleUndoBatch(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || !s.checkCSRF(r) {
		s.csrfFail(w, r)
		return
	}
	ids := splitIDs(r.PostFormValue("ids"))
	if _, err := s.bulk(r, store.ActionUndo, ids, uiWho, ""); err != nil {
		s.uiFail(w, r, err)
		return
	}
	http.Redirect(w, r, readSession(r.PostForm).url("", "batch", store.ActionUndo, "ids", strings.Join(ids, ",")), http.StatusSeeOther)
}

func without(ss []string, x string) []string {
	var out []string
	for _, s := range ss {
		if s != x {
			out = append(out, s)
		}
	}
	return out
}
