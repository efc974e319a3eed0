package api

import (
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// summaryParams are the filters of the summary page and its drill-down;
// review=reviewed is the switch that counts reviewed commitments only.
var summaryParams = []string{"country", "kind", "source", "since", "until", "review"}

type summaryPage struct {
	base
	F           map[string]string
	Troops, EUR chart
	Money       []moneyRow
	Entries     int
	// Reviewed counts the entries with a report a reviewer accepted or
	// corrected; Unreviewed the others; Pending the review queue.
	Reviewed, Unreviewed, Pending int
	// ReviewedOnly is the switch's state; Switch the link that flips it.
	ReviewedOnly bool
	Switch       template.URL
	Kinds        []news.Kind
	// Tab links the other view of the summary with the same filters.
	Tab template.URL
}

// moneyRow is one line of the money table with its drill-down.
type moneyRow struct {
	store.MoneyTotal
	Href template.URL
}

// summaryFilters reads the summary's filters from v: the values to keep in
// links, and the ledger query they select.
func summaryFilters(v url.Values) (url.Values, store.LedgerQuery, error) {
	keep := url.Values{}
	for _, p := range summaryParams {
		if val := strings.TrimSpace(v.Get(p)); val != "" {
			keep.Set(p, val)
		}
	}
	if r := keep.Get("review"); r != "" && r != store.ReviewReviewed {
		return keep, store.LedgerQuery{}, badParam("review", "%q: the summary counts every report or reviewed=%s only", clip(r), store.ReviewReviewed)
	}
	q, err := ParseQuery(keep)
	return keep, store.LedgerQuery{Query: q}, err
}

// drill is the link to the ledger entries behind one bar or row.
func drill(filters url.Values, kv ...string) template.URL {
	v := cloneValues(filters)
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	return template.URL("/summary/entries?" + v.Encode())
}

func (s *server) handleSummaryPage(w http.ResponseWriter, r *http.Request) {
	d := summaryPage{base: base{Title: "Summary", Nav: "summary", CSRF: s.csrfToken(w, r)}, F: map[string]string{}, Kinds: news.Kinds()}
	filters, q, err := summaryFilters(r.URL.Query())
	for k := range filters {
		d.F[k] = clip(filters.Get(k))
	}
	if err == nil {
		err = s.fillSummary(r, filters, q, &d)
	}
	status := http.StatusOK
	if err != nil {
		status, _, d.Error = s.classify(err)
	}
	s.render(w, status, "summary", d)
}

func (s *server) fillSummary(r *http.Request, filters url.Values, q store.LedgerQuery, d *summaryPage) error {
	ctx := r.Context()
	d.ReviewedOnly = q.Review == store.ReviewReviewed
	sw := cloneValues(filters)
	if d.ReviewedOnly {
		sw.Del("review")
	} else {
		sw.Set("review", store.ReviewReviewed)
	}
	d.Switch = template.URL("/summary?" + sw.Encode())
	d.Tab = template.URL("/summary/time?" + filters.Encode())

	t, err := s.st.Totals(ctx, q)
	if err != nil {
		return err
	}
	all, rev := q, q
	all.Review, rev.Review = "", store.ReviewReviewed
	ta, err := s.st.Totals(ctx, all)
	if err != nil {
		return err
	}
	tr, err := s.st.Totals(ctx, rev)
	if err != nil {
		return err
	}
	d.Entries, d.Reviewed, d.Unreviewed = t.Entries, tr.Entries, max(ta.Entries-tr.Entries, 0)
	if qp, err := s.st.ReviewQueue(ctx, store.QueueQuery{Limit: 1}); err == nil {
		d.Pending = qp.Remaining
	}

	troops := make([]barValue, 0, len(t.Troops))
	for _, x := range t.Troops {
		troops = append(troops, barValue{Label: actorLabel(x.Country), Value: float64(x.Troops), Text: formatCount(x.Troops),
			Href: drill(filters, "country", x.Country, "kind", string(news.KindTroops))})
	}
	eur := make([]barValue, 0, len(t.EUR))
	for _, x := range t.EUR {
		txt := "€" + news.FormatAmount(roundSig(x.EUR))
		if len(x.Unconverted) > 0 {
			txt += " (+ " + strings.Join(x.Unconverted, ", ") + " without rate)"
		}
		eur = append(eur, barValue{Label: actorLabel(x.Country), Value: x.EUR, Text: txt,
			Href: drill(filters, "country", x.Country, "kind", string(news.KindMoney))})
	}
	d.Troops = newChart("Troops by country", "troops", troops)
	d.EUR = newChart("Money by country in EUR", "money", eur)
	for _, m := range t.Money {
		d.Money = append(d.Money, moneyRow{MoneyTotal: m,
			Href: drill(filters, "country", m.Country, "kind", string(news.KindMoney), "currency", m.Currency)})
	}
	return nil
}
