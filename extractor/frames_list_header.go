package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the list header.
const (
	ruleListHeaderStatus   = "list.header-status"
	guardListEconomyHeader = "guard.list-economy-header"
)

// The header of a list of donor rows: rows without a verb of their own
// take the status of a verb in the header ("Delivered so far:" then
// "- Japan: 40 tanks"), and a header that names figures of an economy
// ("GDP by country:", "Defence budgets (US$ billion):") makes its rows
// no commitments.

// listHeaderAbove returns the index of the header of the list whose row
// is sentence si: the nearest earlier sentence that ends with a colon,
// with only whole lines between (rows, the column names and the rule of
// a table), at most 30 sentences back; -1 when there is none.
func (a *analysis) listHeaderAbove(si int) int {
	for k := si - 1; k >= 0 && si-k <= 30; k-- {
		s := a.sents[k]
		if a.tx(s.end-1) == ":" {
			return k
		}
		if !a.tableLine(s) {
			return -1
		}
	}
	return -1
}

// listRowHeader applies the header of the list of row frame f (money,
// troops or equipment q of a line that starts with its actor): when the
// row has the default status and the header a verb of giving, the row
// takes the status of its pipe table column (rule ruleListColumn, see
// columnStatus) or else the header's (rule ruleListHeaderStatus). It reports false
// when the header names figures of an economy or of a people, not aid
// (guard guardListEconomyHeader): the row is no commitment.
func (a *analysis) listRowHeader(f *frame, q *quantity) bool {
	h := a.listHeaderAbove(q.sent)
	if h >= 0 {
		hs := a.sents[h]
		for k := hs.start; k < hs.end; k++ {
			if w := a.lw(k); economicNoun(w) || figureNoun(w) {
				return false // guardListEconomyHeader
			}
		}
	}
	if st, _ := a.status(f); st != news.StatusPledged {
		return true
	}
	// "| Country | Delivered |" above the row: the column's status
	if st, ok := a.columnStatus(q, a.sents[q.sent]); ok && f.forced == "" {
		f.forced, f.name = st, ruleListColumn
		return st != news.StatusPledged || !a.paidInFull(q)
	}
	if h < 0 {
		return true
	}
	hs := a.sents[h]
	if a.headerStatus(f, hs, hs.end-1) && f.forced != "" {
		f.name = ruleListHeaderStatus
	}
	return true
}

// figureNoun reports whether w names a figure of a country that is not
// given to anyone: its population, budget, spending or a sports score.
func figureNoun(w string) bool {
	switch w {
	case "population", "populations", "inhabitants", "budget", "budgets", "spending", "expenditure",
		"medal", "medals", "score", "scores", "results", "ranking", "rankings", "economies":
		return true
	}
	return false
}

// theListMark reports whether token k, after a country named with "the"
// at the start of a line, is the mark of a list row: a colon always, a
// dash or a comma only on a line with a bullet ("- the United Kingdom –
// £5m", "• the Netherlands, €20m").
func (a *analysis) theListMark(k int, bullet bool) bool {
	if k >= len(a.toks) {
		return false
	}
	switch a.tx(k) {
	case ":":
		return true
	case "–", "—", "-", ",", "(", "|":
		return bullet
	}
	return false
}

// verbAfterList reports whether a verb of giving follows count q in
// sentence s: the line is a sentence that starts with a list of
// countries and their counts in brackets, not a row of a table.
func (a *analysis) verbAfterList(q *quantity, s span) bool {
	for k := q.end; k < s.end; k++ {
		if a.has(k, cTrigger, cDeliveryPast) {
			return true
		}
	}
	return false
}

// ruleListColumn marks an amount in a later column of a table row whose
// column name gives its status.
const ruleListColumn = "list.column-status"

// columnStatus reads the status of the column of money q in a pipe or
// tab table row ("| Japan | $77 million | $40 million |") from the cell of the same
// column in the nearest earlier row without a number ("| Country |
// Pledged | Delivered |"): a past of handing over is delivered, another
// verb of giving pledged. ok is false for rows of no pipe table or a
// column name without such a verb.
func (a *analysis) columnStatus(q *quantity, s span) (news.Status, bool) {
	col := a.cellIndex(s, q.start+1)
	if col < 2 {
		return "", false
	}
	for sj := q.sent - 1; sj >= 0 && q.sent-sj <= 30; sj-- {
		h := a.sents[sj]
		if !a.tableLine(h) {
			return "", false
		}
		if a.cellIndex(h, h.end) == 0 || a.lineStart(h) < 0 || a.holdsQuantity(sj) {
			continue
		}
		c := 0
		for k := h.start; k < h.end; k++ {
			if c = a.cellIndex(h, k+1); a.tx(k) == "|" || c != col {
				continue
			}
			if a.has(k, cDeliveryPast) {
				return news.StatusDelivered, true
			}
			if a.has(k, cTrigger) {
				return news.StatusPledged, true
			}
		}
		if c > 1 && c >= col {
			return "", false // the column names: no verb in this one
		}
	}
	return "", false
}

// tableLine reports whether sentence s is a whole line of a list or
// table: a line that starts with a word after any bullet, or a line of
// punctuation only (the rule "|---|---|" under a table's column names).
func (a *analysis) tableLine(s span) bool {
	if a.lineStart(s) >= 0 {
		return true
	}
	if !a.toks[s.start].nl {
		return false
	}
	for k := s.start; k < s.end; k++ {
		if a.toks[k].kind != tPunct {
			return false
		}
	}
	return true
}

// holdsQuantity reports whether sentence si holds a quantity of its own.
func (a *analysis) holdsQuantity(si int) bool {
	for _, q := range a.quantsOf(si) {
		if q.sent == si {
			return true
		}
	}
	return false
}

// cellIndex returns the number of cell breaks of a table row in sentence
// s before token end: pipes ("| Japan | 77 |": the pipe before the
// country counts) or, on a line without pipes, tabs between tokens plus
// one (the first cell has none before it).
func (a *analysis) cellIndex(s span, end int) int {
	pipes, tabs := 0, 0
	for k := s.start; k < end && k < s.end; k++ {
		if a.tx(k) == "|" {
			pipes++
		}
		if k > s.start && strings.Contains(a.text[a.toks[k-1].end:a.toks[k].start], "\t") {
			tabs++
		}
	}
	if pipes > 0 {
		return pipes
	}
	if tabs > 0 {
		return tabs + 1
	}
	return 0
}

// paidInFull reports whether a later column of q's table row holds the
// same amount with the status delivered ("| Germany | €84 million | €84
// million |" under "Pledged | Disbursed"): the pledge paid in full is one
// delivered line, and q makes none.
func (a *analysis) paidInFull(q *quantity) bool {
	for _, o := range a.quantsOf(q.sent) {
		if o.sent != q.sent || o.start <= q.start || o.kind != q.kind || o.num == nil || q.num == nil || o.num.value != q.num.value || o.currency != q.currency {
			continue
		}
		if st, ok := a.columnStatus(&o, a.sents[q.sent]); ok && st == news.StatusDelivered {
			return true
		}
	}
	return false
}
