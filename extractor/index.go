package extractor

import (
	"sort"
)

// Indexes over the mentions of a text, so that a rule about one quantity
// or sentence reads only the mentions near it: no stage loops over all
// pairs of mentions or lines of a document, and the cost of a text grows
// with its length, not with its square.

// indexQuants fills a.sentQuantSpan: the range of a.quants in each
// sentence. The quantities of a text are grouped by sentence, in sentence
// order (analyze finds them sentence by sentence and troopEllipsis inserts
// by position), so each range is contiguous; a quantity that starts
// outside its sentence (none today) makes the index fall back to the
// whole list.
func (a *analysis) indexQuants() {
	a.sentQuantSpan = grow(a.sentQuantSpan, len(a.sents))
	clear(a.sentQuantSpan)
	a.quantsGrouped = true
	last := -1
	for i, q := range a.quants {
		if q.sent < last || q.sent < 0 || q.sent >= len(a.sents) || q.start < a.sents[q.sent].start || q.start >= a.sents[q.sent].end {
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
func (a *analysis) quantsOf(si int) []quantity {
	if !a.quantsGrouped || len(a.sentQuantSpan) != len(a.sents) {
		return a.quants
	}
	if si < 0 || si >= len(a.sents) {
		return nil
	}
	r := a.sentQuantSpan[si]
	return a.quants[r.start:r.end]
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
