package api

import (
	"html/template"
	"math"
	"net/http"
	"net/url"
	"sort"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// maxTimeScan bounds the ledger entries the month and source views of the
// summary read; past it they say they cover the newest entries only.
const maxTimeScan = 20000

// maxMonths bounds the rows of the month table (the newest are kept).
const maxMonths = 36

type timePage struct {
	base
	F       map[string]string
	Kinds   []news.Kind
	Months  monthTable
	Sources chart
	// Scanned is how many ledger entries the views read; ScanMore says
	// the ledger has more than maxTimeScan.
	Scanned  int
	ScanMore bool
	// Tab links the totals with the same filters.
	Tab template.URL
}

// handleTimePage serves GET /summary/time: ledger entries per month by
// kind, pledged and delivered, and per source, with the summary's filters.
func (s *server) handleTimePage(w http.ResponseWriter, r *http.Request) {
	d := timePage{base: base{Title: "Per month and source", Nav: "summary", CSRF: s.csrfToken(w, r)}, F: map[string]string{}, Kinds: news.Kinds()}
	filters, q, err := summaryFilters(r.URL.Query())
	for k := range filters {
		d.F[k] = clip(filters.Get(k))
	}
	d.Tab = template.URL("/summary?" + filters.Encode())
	if err == nil {
		err = s.fillTimeAndSources(r, filters, q, &d)
	}
	status := http.StatusOK
	if err != nil {
		status, _, d.Error = s.classify(err)
	}
	s.render(w, status, "time", d)
}

// monthTable counts ledger entries per month of their first report, by
// kind, pledged and delivered apart.
type monthTable struct {
	Kinds []news.Kind
	Rows  []monthRow
	// Max is the largest row total, the scale of the bars.
	Max int
}

// monthRow is one month.
type monthRow struct {
	Month string // "2024-03"
	Cells []monthCell
	// Pledged and Delivered are the row's totals; PledgedPct and
	// DeliveredPct their bar widths in percent of the table's Max.
	Pledged, Delivered int
	// PledgedW and DeliveredW are the lengths of the row's bars, in
	// percent of the table's Max (SVG attributes: the CSP allows no inline
	// style).
	PledgedW, DeliveredW float64
	Href                 template.URL
}

// monthCell is one kind in one month.
type monthCell struct {
	Pledged, Delivered int
	Href               template.URL
}

// fillTimeAndSources reads the ledger of q (at most maxTimeScan entries,
// newest first) into the month table and the per-source chart.
func (s *server) fillTimeAndSources(r *http.Request, filters url.Values, q store.LedgerQuery, d *timePage) error {
	kinds := news.Kinds()
	kindIdx := map[news.Kind]int{}
	for i, k := range kinds {
		kindIdx[k] = i
	}
	months := map[string]*monthRow{}
	type srcCount struct{ entries, reports int }
	sources := map[string]*srcCount{}
	q.Limit, q.Cursor = store.MaxLimit, ""
	for {
		page, err := s.st.Ledger(r.Context(), q)
		if err != nil {
			return err
		}
		for _, e := range page.Items {
			d.Scanned++
			seen := map[string]bool{}
			for _, src := range e.Sources {
				sc := sources[src.Source]
				if sc == nil {
					sc = &srcCount{}
					sources[src.Source] = sc
				}
				sc.reports++
				if !seen[src.Source] {
					seen[src.Source] = true
					sc.entries++
				}
			}
			if e.Status != news.StatusPledged && e.Status != news.StatusDelivered {
				continue
			}
			i, ok := kindIdx[e.Kind]
			if !ok {
				continue
			}
			m := e.First.UTC().Format("2006-01")
			row := months[m]
			if row == nil {
				row = &monthRow{Month: m, Cells: make([]monthCell, len(kinds))}
				months[m] = row
			}
			if e.Status == news.StatusPledged {
				row.Cells[i].Pledged++
				row.Pledged++
			} else {
				row.Cells[i].Delivered++
				row.Delivered++
			}
		}
		if page.Next == "" {
			break
		}
		if d.Scanned >= maxTimeScan {
			d.ScanMore = true
			break
		}
		q.Cursor = page.Next
	}

	t := monthTable{Kinds: kinds}
	for _, row := range months {
		t.Rows = append(t.Rows, *row)
	}
	sort.Slice(t.Rows, func(i, j int) bool { return t.Rows[i].Month > t.Rows[j].Month })
	if len(t.Rows) > maxMonths {
		t.Rows = t.Rows[:maxMonths]
	}
	for _, row := range t.Rows {
		t.Max = max(t.Max, row.Pledged+row.Delivered)
	}
	for i := range t.Rows {
		row := &t.Rows[i]
		since, until := monthSpan(row.Month)
		row.Href = drill(filters, "since", since, "until", until)
		for k := range row.Cells {
			row.Cells[k].Href = drill(filters, "since", since, "until", until, "kind", string(kinds[k]))
		}
		if t.Max > 0 {
			row.PledgedW = percent(row.Pledged, t.Max)
			row.DeliveredW = percent(row.Delivered, t.Max)
		}
	}
	d.Months = t

	var bars []barValue
	for name, c := range sources {
		label := name
		if label == "" {
			label = "(no source)"
		}
		v := cloneValues(filters)
		v.Set("source", name)
		bars = append(bars, barValue{Label: label, Value: float64(c.entries),
			Text: formatCount(int64(c.entries)) + " entries · " + formatCount(int64(c.reports)) + " reports",
			Href: template.URL("/commitments?" + v.Encode())})
	}
	sort.Slice(bars, func(i, j int) bool {
		if bars[i].Value != bars[j].Value {
			return bars[i].Value > bars[j].Value
		}
		return bars[i].Label < bars[j].Label
	})
	d.Sources = newChart("Ledger entries by source", "source", bars)
	return nil
}

// monthSpan returns the since and until dates (YYYY-MM-DD, both
// inclusive, as the filters read them) of month "2024-03".
func monthSpan(month string) (since, until string) {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return "", ""
	}
	return t.Format(time.DateOnly), t.AddDate(0, 1, -1).Format(time.DateOnly)
}

// percent is n in percent of scale, to one decimal.
func percent(n, scale int) float64 {
	return math.Round(float64(n)*1000/float64(scale)) / 10
}
