package extractor

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// skipConversion returns the token after the bracketed conversion of
// money q that starts at k ("¥50 billion ($340 million) from Japan"),
// or k when no conversion follows: the amount given again in another
// currency is no part of the clause, so the words after the bracket
// ("from Japan") still belong to q.
func (a *analysis) skipConversion(q *quantity, k int, s span) int {
	if q.kind != news.KindMoney || k >= s.end || a.tx(k) != "(" {
		return k
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.start <= k || o.start > k+3 || !o.conversion {
			continue
		}
		if o.end < s.end && a.tx(o.end) == ")" {
			return o.end + 1
		}
	}
	return k
}

// otherCurrency reports whether code cur names another currency than
// money prev: its own code, or, for a word shared by several currencies
// ("¥", "kroner"), none of its candidates. An empty cur is no currency.
func otherCurrency(prev *quantity, cur string) bool {
	switch {
	case cur == "":
		return false
	case prev.currency != "":
		return cur != prev.currency
	default:
		return len(prev.candidates) > 0 && !slices.Contains(prev.candidates, cur)
	}
}

// bracketCode returns the end and the code of an ISO currency code alone
// in brackets at k, before lim ("$5 million (CAD)"), or "" when there is
// none.
func (a *analysis) bracketCode(k, lim int) (int, string) {
	if k+2 >= lim || a.tx(k) != "(" {
		return k, ""
	}
	code, ok := a.longest(k+1, lim, cCurCode)
	if !ok || code.end >= lim || a.tx(code.end) != ")" {
		return k, ""
	}
	return code.end + 1, code.value
}

// sameValueSpan reports whether lines x and y read their value from the
// same span of the text: two frames of one quantity ("will give a
// further £5m, taking its total to £50m" read by the verb and by the
// total), which dropRepeats keeps once.
func sameValueSpan(x, y news.Commitment) bool {
	return x.ValueSpan != nil && y.ValueSpan != nil && *x.ValueSpan == *y.ValueSpan
}
