package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// restateKey groups the lines that restates can match: the same actor
// and kind, and for money the same currency and value.
type restateKey struct {
	actor    string
	kind     news.Kind
	currency string
	value    float64
}

// restateKeyOf returns the restateKey of line c.
func restateKeyOf(c *news.Commitment) restateKey {
	k := restateKey{actor: c.Actor, kind: c.Kind}
	if c.Kind == news.KindMoney {
		k.currency, k.value = c.Currency, c.Number()
	}
	return k
}

// linesByRestateKey groups the indices of some lines of a text by
// restateKey, so that a step comparing a few lines with the lines they
// may restate visits those alone instead of every line (which, for a long
// text, is quadratic). The chains are int slices, not slices of slices:
// one map entry per key.
type linesByRestateKey struct {
	head map[restateKey]int // first line of each key
	next []int              // next line of the same key, or -1
}

// indexLines indexes the lines i of cs for which keep(i) holds.
func indexLines(cs []news.Commitment, keep func(i int) bool) linesByRestateKey {
	x := linesByRestateKey{head: make(map[restateKey]int), next: make([]int, len(cs))}
	// backwards, so that each chain runs in text order
	for i := len(cs) - 1; i >= 0; i-- {
		x.next[i] = -1
		if !keep(i) {
			continue
		}
		k := restateKeyOf(&cs[i])
		if h, ok := x.head[k]; ok {
			x.next[i] = h
		}
		x.head[k] = i
	}
	return x
}

// any reports whether f holds for one of the indexed lines of cs with
// the restateKey of line c.
func (x *linesByRestateKey) any(cs []news.Commitment, c *news.Commitment, f func(o *news.Commitment) bool) bool {
	i, ok := x.head[restateKeyOf(c)]
	if !ok {
		return false
	}
	for ; i >= 0; i = x.next[i] {
		if f(&cs[i]) {
			return true
		}
	}
	return false
}
