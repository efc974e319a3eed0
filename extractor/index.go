package extractor

import (
	"slices"
	"sort"
)

// Indexes over the mentions of a text, so that a rule about one quantity
// or sentence reads only the mentions near it: no stage loops over all
// pairs of mentions or lines of a document, and the cost of a text grows
// with its length, not with its square.

// indexQuants fills a.sentQuantSpan: the range of a.quants in each
// sentence. The quantities of a text are grouped by sentence, in sentence
// order (analyze finds them sentence by sentence and troopEllipsis inserts
// by position), so each range is contiguous; a quantity that does not
// lie in its sentence (none today) makes the index fall back to the
// whole list.
func (a *analysis) indexQuants() {
	a.sentQuantSpan = grow(a.sentQuantSpan, len(a.sents))
	clear(a.sentQuantSpan)
	a.quantsGrouped = true
	last := -1
	for i, q := range a.quants {
		if q.sent < last || q.sent < 0 || q.sent >= len(a.sents) || q.start < a.sents[q.sent].start || q.start >= a.sents[q.sent].end || q.end > a.sents[q.sent].end {
			a.quantsGrouped = false
			return
		}
		if q.sent != last {
			a.sentQuantSpan[q.sent].start = i
			last = q.sent
		}
		a.sentQuantSpan[q.sent].end = i + 1
	}
}

// quantsOf returns the quantities of a.quants that may lie in sentence
// si, in the order of a.quants: exactly those of the sentence when the
// index holds, all of them otherwise. Callers still test q.sent.
func (a *analysis) quantsOf(si int) []quantity { return a.quantsOfSents(si, si) }

// quantsOfSents returns the quantities of a.quants that may lie in the
// sentences lo to hi (inclusive), in the order of a.quants, as quantsOf.
func (a *analysis) quantsOfSents(lo, hi int) []quantity {
	if !a.quantsGrouped || len(a.sentQuantSpan) != len(a.sents) {
		return a.quants
	}
	lo, hi = max(lo, 0), min(hi, len(a.sents)-1)
	from, to := -1, -1
	for i := lo; i <= hi; i++ {
		r := a.sentQuantSpan[i]
		if r.end <= r.start {
			continue
		}
		if from < 0 {
			from = r.start
		}
		to = r.end
	}
	if from < 0 {
		return nil
	}
	return a.quants[from:to]
}

// quantsNear returns a contiguous part of a.quants, in its order, that
// holds every quantity starting at a token in [from, to]: those of the
// sentences that overlap the range. Callers still test the positions.
func (a *analysis) quantsNear(from, to int) []quantity {
	if !a.quantsGrouped || len(a.sentQuantSpan) != len(a.sents) {
		return a.quants
	}
	first := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].end > from })
	lo, hi := -1, -1
	for i := first; i < len(a.sents) && a.sents[i].start <= to; i++ {
		r := a.sentQuantSpan[i]
		if r.end <= r.start {
			continue
		}
		if lo < 0 {
			lo = r.start
		}
		hi = r.end
	}
	if lo < 0 {
		return nil
	}
	return a.quants[lo:hi]
}

// insertByStart returns qs with each quantity of added inserted, in turn,
// before the first quantity whose start is not before its own, as a
// sequence of slices.Insert would, in one pass when added is in text
// order, one per token (as troopEllipsis makes it).
func insertByStart(qs, added []quantity) []quantity {
	if len(added) == 0 {
		return qs
	}
	strictly := true // in text order, no two at one token
	for i := 1; i < len(added); i++ {
		strictly = strictly && added[i-1].start < added[i].start
	}
	if !strictly {
		for _, q := range added {
			i := 0
			for i < len(qs) && qs[i].start < q.start {
				i++
			}
			qs = slices.Insert(qs, i, q)
		}
		return qs
	}
	// An added quantity goes before the first one of qs that does not
	// start before it; a later added one (starting later) goes after it.
	out := make([]quantity, 0, len(qs)+len(added))
	j := 0
	for _, o := range qs {
		for j < len(added) && added[j].start <= o.start {
			out = append(out, added[j])
			j++
		}
		out = append(out, o)
	}
	return append(out, added[j:]...)
}
