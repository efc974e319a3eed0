package extractor

import (
	"math"
	"slices"
	"sort"
	"strings"

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
	var ix *convIndex // built at the first conversion
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
		if ix == nil {
			ix = newConvIndex(cs)
		}
		for _, y := range ix.covering(at) {
			c := cs[y]
			if strings.HasPrefix(c.Actor, fallbackMark) {
				continue // a fallback line drops no other
			}
			// a fallback line of the same actor is dropped too: "Japan
			// loans $100m" over "13 billion yen ($100 million) loan"
			for _, x := range ix.near(c.Actor, cq.currency, cq.num.value) {
				d := cs[x]
				if x != y && !drop[x] && !drop[y] && strings.TrimPrefix(d.Actor, fallbackMark) == c.Actor && d.Kind == news.KindMoney && d.Currency == cq.currency &&
					d.Amount != nil && math.Abs(*d.Amount-cq.num.value) <= 0.005*cq.num.value && d.Start != c.Start {
					drop[x], dropped = true, true
				}
			}
		}
	}
	if !dropped {
		return cs, order
	}
	return keepUnmarked(cs, order, func(i int) bool { return drop[i] })
}

// convIndex finds the money lines that dropConverted compares: by the
// span of their value and by actor, currency and amount.
type convIndex struct {
	// byValue holds the money lines with a value span, by its start.
	byValue []int
	cs      []news.Commitment
	maxLen  int // the longest value span
	// byAmount holds the money lines with an amount (not NaN) of each
	// actor and currency, by amount.
	byAmount map[[2]string][]int
}

func newConvIndex(cs []news.Commitment) *convIndex {
	ix := &convIndex{cs: cs, byAmount: map[[2]string][]int{}}
	for i, c := range cs {
		if c.Kind != news.KindMoney {
			continue
		}
		if c.ValueSpan != nil {
			ix.byValue = append(ix.byValue, i)
			ix.maxLen = max(ix.maxLen, c.ValueSpan[1]-c.ValueSpan[0])
		}
		if c.Amount != nil && !math.IsNaN(*c.Amount) {
			k := [2]string{strings.TrimPrefix(c.Actor, fallbackMark), c.Currency}
			ix.byAmount[k] = append(ix.byAmount[k], i)
		}
	}
	sort.SliceStable(ix.byValue, func(i, j int) bool { return cs[ix.byValue[i]].ValueSpan[0] < cs[ix.byValue[j]].ValueSpan[0] })
	for _, l := range ix.byAmount {
		sort.SliceStable(l, func(i, j int) bool { return *cs[l[i]].Amount < *cs[l[j]].Amount })
	}
	return ix
}

// covering returns the money lines whose value span holds byte at, in
// the order of cs.
func (ix *convIndex) covering(at int) []int {
	cs := ix.cs
	hi := sort.Search(len(ix.byValue), func(i int) bool { return cs[ix.byValue[i]].ValueSpan[0] > at })
	var out []int
	for i := hi - 1; i >= 0; i-- {
		vs := cs[ix.byValue[i]].ValueSpan
		if vs[0] < at-ix.maxLen {
			break
		}
		if vs[0] <= at && at < vs[1] {
			out = append(out, ix.byValue[i])
		}
	}
	slices.Sort(out)
	return out
}

// near returns the money lines of actor in currency whose amount may lie
// within 0.5% of v (a little more: callers test), in no set order.
func (ix *convIndex) near(actor, currency string, v float64) []int {
	l := ix.byAmount[[2]string{actor, currency}]
	if math.IsNaN(v) {
		return nil
	}
	lo, hi := v-0.01*math.Abs(v), v+0.01*math.Abs(v)
	i := sort.Search(len(l), func(i int) bool { return *ix.cs[l[i]].Amount >= lo })
	j := sort.Search(len(l), func(i int) bool { return *ix.cs[l[i]].Amount > hi })
	if i >= j {
		return nil
	}
	return l[i:j]
}
