package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// linesByActorKind groups the indices of some lines of a text by actor
// and kind, so that a step comparing a few lines with the lines of the
// same actor and kind visits those alone instead of every line (which,
// for a long text, is quadratic). The chains are int slices, not slices of
// slices: one map entry per actor and kind.
type linesByActorKind struct {
	head map[actorKind]int // first line of each actor and kind
	next []int             // next line of the same actor and kind, or -1
}

// indexLines indexes the lines i of cs for which keep(i) holds.
func indexLines(cs []news.Commitment, keep func(i int) bool) linesByActorKind {
	x := linesByActorKind{head: make(map[actorKind]int), next: make([]int, len(cs))}
	// backwards, so that each chain runs in text order
	for i := len(cs) - 1; i >= 0; i-- {
		x.next[i] = -1
		if !keep(i) {
			continue
		}
		k := actorKind{cs[i].Actor, cs[i].Kind}
		if h, ok := x.head[k]; ok {
			x.next[i] = h
		}
		x.head[k] = i
	}
	return x
}

// any reports whether f holds for one of the indexed lines of cs with the
// given actor and kind.
func (x *linesByActorKind) any(cs []news.Commitment, actor string, kind news.Kind, f func(o *news.Commitment) bool) bool {
	i, ok := x.head[actorKind{actor, kind}]
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
