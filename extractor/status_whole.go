package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// A sum handed over names the sum it is part of: "has disbursed €500
// million, the first tranche of its €1.5 billion loan", "delivered $10
// million as part of a $50 million package", "disbursed 50 million euros
// within the framework of the package of 150 million". The verb hands
// over the part; the whole is still what was promised (pledged).

// ruleStatusWhole marks a whole whose part the verb hands over: pledged.
const ruleStatusWhole = "status.whole-of-part"

// wholeOfPartHanded reports whether money q, read by frame f as
// delivered, is a sum that holds another, smaller sum of its sentence
// (in the same currency, or q's unstated) standing between the anchor
// and q: a marker of belonging ("part of", "framework of", "tranche of",
// "portion of", "share of", "instalment of", "out of", or "under" with a
// determiner or a possessive after it) within the twelve tokens before q
// and after that sum (at most sixteen tokens before q), and no verb of
// giving of its own between them. Goods handed over "as part of a $5.8
// million grant" are not a part of a sum: the grant is their worth,
// given. (frames_money_parts.go's wholeOfPart reads "the first tranche
// of €250 million of its €1 billion loan" in the money frames.) It
// returns the cue.
func (a *analysis) wholeOfPartHanded(f *frame, q *quantity) (string, bool) {
	if q.sent < 0 || q.start <= f.anchor.end {
		return "", false
	}
	part := -1 // the end of the nearest quantity before q, after the anchor
	for _, p := range a.quantsOf(q.sent) {
		if p.sent != q.sent || p.start < f.anchor.end || p.end > q.start || p.end <= part {
			continue
		}
		// two sums: the part is the smaller, in the same currency (goods
		// handed over "as part of a $5.8 million grant" are the grant's
		// worth, given)
		if p.kind != news.KindMoney || q.kind != news.KindMoney ||
			p.num == nil || q.num == nil || q.currency != "" && p.currency != q.currency || p.num.value >= q.num.value {
			continue
		}
		part = p.end
	}
	if part < 0 || q.start-part > 16 || a.ownGivingVerb(part, q.start) {
		return "", false
	}
	for k := max(part, q.start-12); k < q.start; k++ {
		switch a.lw(k) {
		case "part", "framework", "tranche", "portion", "share", "instalment", "installment", "out":
			if k+1 < q.start && a.lw(k+1) == "of" {
				return a.tx(k) + " of", true
			}
		case "under":
			if k+1 < q.start {
				switch a.lw(k + 1) {
				case "the", "a", "an", "its", "their", "his", "her", "our":
					return "under", true
				}
			}
		}
	}
	return "", false
}
