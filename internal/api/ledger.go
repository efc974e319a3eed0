package api

import (
	"net/http"
	"net/url"
	"time"

	"github.com/pledgewatch/pledgewatch/store"
)

// maxWindow bounds the ledger window parameter.
const maxWindow = 10 * 365 * 24 * time.Hour

// parseLedgerQuery reads the filters of ParseQuery and window, a Go
// duration ("720h") or a number of days ("30d"); cursor and limit only when
// paged.
func parseLedgerQuery(v url.Values, paged bool) (store.LedgerQuery, error) {
	v = cloneValues(v)
	win := v.Get("window")
	v.Del("window")
	for _, p := range []string{"cursor", "limit"} {
		if !paged && v.Has(p) {
			return store.LedgerQuery{}, badParam(p, "not supported by totals (they sum every match)")
		}
	}
	q, err := ParseQuery(v)
	if err != nil {
		return store.LedgerQuery{}, err
	}
	lq := store.LedgerQuery{Query: q}
	if lq.Window, err = parseWindow(win); err != nil {
		return store.LedgerQuery{}, err
	}
	return lq, nil
}

// parseWindow parses "30d" or a Go duration; "" is 0 (the store's default).
func parseWindow(s string) (time.Duration, error) {
	if s == "" {
		return 0, nil
	}
	var d time.Duration
	if n := len(s); n > 1 && s[n-1] == 'd' {
		days, err := parseLimit("window", s[:n-1], 3650)
		if err != nil {
			return 0, badParam("window", "%q is not a number of days (1d…3650d) or a duration (720h)", clip(s))
		}
		d = time.Duration(days) * 24 * time.Hour
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil || d <= 0 || d > maxWindow {
			return 0, badParam("window", "%q is not a number of days (1d…3650d) or a duration (720h)", clip(s))
		}
	}
	return d, nil
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

// LedgerList is the JSON body of GET /api/v1/ledger.
type LedgerList struct {
	Items []store.LedgerEntry `json:"items"`
	// Next is the cursor of the following page, empty on the last.
	Next string `json:"next,omitempty"`
}

// handleLedger serves GET /api/v1/ledger?filters&window=&cursor=&limit=:
// one entry per commitment however many articles reported it, most recent
// first, one page at a time (LedgerList).
func (s *server) handleLedger(w http.ResponseWriter, r *http.Request) {
	q, err := parseLedgerQuery(r.URL.Query(), true)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, err := s.st.Ledger(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, LedgerList{Items: nonNil(page.Items), Next: page.Next})
}

// handleTotals serves GET /api/v1/totals?filters&window=: troops by
// country, money by country and currency, and EUR totals (store.Totals).
func (s *server) handleTotals(w http.ResponseWriter, r *http.Request) {
	q, err := parseLedgerQuery(r.URL.Query(), false)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	t, err := s.st.Totals(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	t.Troops, t.Money, t.EUR = nonNil(t.Troops), nonNil(t.Money), nonNil(t.EUR)
	writeJSON(w, http.StatusOK, t)
}
