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

// twoShares reports whether money lines x and y are two shares of one
// gift in brackets, a few lines apart, one of them read as a share
// (ruleMoneyShare): "… a port (¥30 billion); a rail link (¥30 billion)"
// are two lines even when the sums are equal. The same list repeated
// further on is said twice.
func twoShares(text string, x, y news.Commitment) bool {
	if !slices.Contains(x.Rules, ruleMoneyShare) && !slices.Contains(y.Rules, ruleMoneyShare) {
		return false
	}
	if d := x.Start - y.Start; d > 400 || d < -400 {
		return false
	}
	return bracketShare(text, x) && bracketShare(text, y)
}

// bracketShare reports whether the amount of money line c stands alone
// in brackets after a name, a share of a gift: "a port (¥30 billion)".
func bracketShare(text string, c news.Commitment) bool {
	if c.Kind != news.KindMoney || c.ValueSpan == nil {
		return false
	}
	st := c.ValueSpan[0]
	if st < 3 || st > len(text) || text[st-1] != '(' || text[st-2] != ' ' {
		return false
	}
	b := text[st-3]
	return b == ')' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
