package extractor

// Several amounts of one donor in one clause: equal tranches of a total
// ("in two tranches of €500 million each") and the whole a part is taken
// from ("the first tranche of €250 million of its €1 billion loan").

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the money parts.
const (
	// guardTrancheEach drops the size of equal instalments of a total:
	// the total is the line.
	guardTrancheEach = "guard.tranche-each"
	// ruleMoneyWhole marks the whole a part is taken from: pledged, as
	// the part may be delivered.
	ruleMoneyWhole = "money.whole-of-part"
)

// trancheEach reports whether money q is the size of each of several
// instalments of a total: "will lend Egypt €1 billion in two tranches of
// €500 million each", "paid in four instalments of $25 million each".
// The total said before it is the commitment.
func (a *analysis) trancheEach(q *quantity) bool {
	s := a.sents[q.sent]
	if q.num == nil || q.end >= s.end || a.lw(q.end) != "each" {
		return false
	}
	for k := q.start - 1; k > s.start && q.start-k <= 4; k-- {
		switch a.lw(k) {
		case "tranches", "instalments", "installments", "payments", "disbursements", "portions", "parts":
			return true
		}
	}
	return false
}

// wholeOfPart reports whether money q is the whole a smaller amount
// before it is part of: "has disbursed the first tranche of €250 million
// of its €1 billion loan", "$2 billion of their $5 billion package". The
// part takes the verb's status; the whole is a promise, pledged.
func (a *analysis) wholeOfPart(q *quantity) bool {
	s := a.sents[q.sent]
	k := q.start - 1
	if q.num == nil || k-2 < s.start || a.lw(k-1) != "of" {
		return false
	}
	switch a.lw(k) {
	case "its", "their", "the", "his", "her":
	default:
		return false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.kind == news.KindMoney && o.num != nil && o.end == k-1 && o.currency == q.currency && o.num.value < q.num.value {
			return true
		}
	}
	return false
}
