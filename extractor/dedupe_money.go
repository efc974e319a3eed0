package extractor

import (
	"math"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// dropConverted drops a money line that restates another line of the
// same actor in the currency the text gives it in brackets: "Japan
// pledges $500 million" in a headline and "Japan will provide 75 billion
// yen ($500 million)" in the body are one commitment, kept in the
// currency the text gives first (see the conventions: the same
// commitment said twice, in two currencies, is one line). Only an
// amount equal to the conversion (within 0.5%) is dropped.
func (a *analysis) dropConverted(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	drop := make([]bool, len(cs))
	dropped := false
	for i, cq := range a.quants {
		if cq.kind != news.KindMoney || !cq.conversion || cq.num == nil || cq.currency == "" {
			continue
		}
		base := -1
		for j := i - 1; j >= 0; j-- {
			o := a.quants[j]
			if o.sent != cq.sent {
				break
			}
			if o.kind == news.KindMoney && o.num != nil && !o.conversion && o.end <= cq.start {
				base = j
				break
			}
		}
		if base < 0 {
			continue
		}
		at := a.toks[a.quants[base].start].start
		for y, c := range cs {
			if c.Kind != news.KindMoney || c.ValueSpan == nil || at < c.ValueSpan[0] || at >= c.ValueSpan[1] {
				continue
			}
			for x, d := range cs {
				if x != y && !drop[x] && !drop[y] && d.Actor == c.Actor && d.Kind == news.KindMoney && d.Currency == cq.currency &&
					d.Amount != nil && math.Abs(*d.Amount-cq.num.value) <= 0.005*cq.num.value && d.Start != c.Start {
					drop[x], dropped = true, true
				}
			}
		}
	}
	if !dropped {
		return cs, order
	}
	n := 0
	for i, c := range cs {
		if !drop[i] {
			cs[n], order[n] = c, order[i]
			n++
		}
	}
	return cs[:n], order[:n]
}
