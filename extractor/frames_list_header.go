package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

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
		if a.lineStart(s) < 0 {
			return -1
		}
	}
	return -1
}

// listRowHeader applies the header of the list of row frame f (money,
// troops or equipment q of a line that starts with its actor): when the
// row has the default status and the header a verb of giving, the row
// takes the header's status (rule ruleListHeaderStatus). It reports false
// when the header names figures of an economy or of a people, not aid
// (guard guardListEconomyHeader): the row is no commitment.
func (a *analysis) listRowHeader(f *frame, q *quantity) bool {
	h := a.listHeaderAbove(q.sent)
	if h < 0 {
		return true
	}
	hs := a.sents[h]
	for k := hs.start; k < hs.end; k++ {
		if w := a.lw(k); economicNoun(w) || figureNoun(w) {
			return false // guardListEconomyHeader
		}
	}
	if st, _ := a.status(f); st != news.StatusPledged {
		return true
	}
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
