package extractor

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// distinctAmounts reports whether two money lines of one actor with the
// same amount are two commitments, not one said twice:
//   - two items of a list, each its own line ("- Project A (JPY 16
//     billion);" and "- Project B (JPY 16 billion);"; see the
//     conventions: one line per bullet);
//   - a new total ("will raise its credit line to $150 million") and an
//     amount marked as more ("an additional $150 million"): the total
//     holds earlier money, the more is new.
func distinctAmounts(x, y news.Commitment) bool {
	if x.Kind != news.KindMoney || y.Kind != news.KindMoney || x.Start == y.Start {
		return false
	}
	listed := func(c news.Commitment) bool {
		return slices.Contains(c.Rules, ruleItemList) || slices.Contains(c.Rules, ruleBullet) || slices.Contains(c.Rules, ruleListItem)
	}
	if listed(x) && listed(y) {
		return true
	}
	total := func(c news.Commitment) bool { return slices.Contains(c.Rules, ruleTotal) }
	return total(x) && markedMore(y) || total(y) && markedMore(x)
}
