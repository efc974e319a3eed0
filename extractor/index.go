package extractor

import (
	"slices"
	"sort"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Indexes over the mentions of a text, so that a rule about one quantity
// or sentence reads only the mentions near it: no stage loops over all
// pairs of mentions or lines of a document, and the cost of a text grows
// with its length, not with its square (TestExtractLongLinear,
// BenchmarkExtractLong).
//
// For rule writers: a rule that looks for other quantities of its
// sentence ranges over a.quantsOf(si) (or quantsOfSents, quantsNear for a
// token range), never over a.quants; numbers and actor mentions at or
// near a token come from a.numbersNear and a.actorsNear; whether a line
// was already emitted comes from a.hasLine. Each returns a part of the
// full list in its order, so a loop keeps its filters and its result.

// indexQuants fills a.sentQuantSpan: the range of a.quants in each
// sentence (an empty range where the sentence's quantities would be when
// it has none), and checks that a.numbers and a.actors are in text order
// for numbersNear and actorsNear. The quantities of a text are grouped by
// sentence, in sentence order (analyze finds them sentence by sentence
// and troopEllipsis inserts by position), so each range is contiguous; a
// quantity that does not lie in its sentence (none today) makes the index
// fall back to the whole list.
func (a *analysis) indexQuants() {
	a.sentQuantSpan = grow(a.sentQuantSpan, len(a.sents))
	clear(a.sentQuantSpan)
	a.quantsGrouped = true
	for i, q := range a.quants {
		if q.sent < 0 || q.sent >= len(a.sents) || i > 0 && q.sent < a.quants[i-1].sent ||
			q.start < a.sents[q.sent].start || q.start >= a.sents[q.sent].end || q.end > a.sents[q.sent].end {
			a.quantsGrouped = false
			break
		}
		a.sentQuantSpan[q.sent].end++ // a count for now
	}
	if a.quantsGrouped {
		n := 0
		for i := range a.sentQuantSpan {
			c := a.sentQuantSpan[i].end
			a.sentQuantSpan[i] = span{n, n + c}
			n += c
		}
	}
	a.numbersSorted = true
	for i := 1; i < len(a.numbers); i++ {
		if a.numbers[i].start < a.numbers[i-1].start || a.numbers[i].end < a.numbers[i-1].end {
			a.numbersSorted = false
			break
		}
	}
	a.actorsSorted = true
	for i := 1; i < len(a.actors); i++ {
		if a.actors[i].start < a.actors[i-1].start || a.actors[i].end < a.actors[i-1].end {
			a.actorsSorted = false
			break
		}
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
	if lo > hi {
		return nil
	}
	return a.quants[a.sentQuantSpan[lo].start:a.sentQuantSpan[hi].end]
}

// quantsNear returns a contiguous part of a.quants, in its order, that
// holds every quantity starting at a token in [from, to]: those of the
// sentences that overlap the range. Callers still test the positions.
func (a *analysis) quantsNear(from, to int) []quantity {
	if !a.quantsGrouped || len(a.sentQuantSpan) != len(a.sents) {
		return a.quants
	}
	// the sentences are in text order and do not overlap: the last one
	// that starts at or before to is the first that ends after it, unless
	// that one starts after it (to lies between two sentences); sentAfter
	// reads both from the per-token index, whatever the document's length
	lo, hi := a.sentAfter(from), a.sentAfter(to)
	if hi >= len(a.sents) || a.sents[hi].start > to {
		hi--
	}
	return a.quantsOfSents(lo, hi)
}

// numbersNear returns a contiguous part of a.numbers, in its order, that
// holds every number that ends at or after token from and starts at or
// before token to (ends being exclusive: a number ending at from, or
// starting at to, is in): exactly those when a.numbers is in text order,
// all of them otherwise. Callers still test the positions.
func (a *analysis) numbersNear(from, to int) []numPhrase {
	if !a.numbersSorted {
		return a.numbers
	}
	ns := a.numbers
	i := sort.Search(len(ns), func(i int) bool { return ns[i].end >= from })
	j := sort.Search(len(ns), func(i int) bool { return ns[i].start > to })
	if i >= j {
		return nil
	}
	return ns[i:j]
}

// actorsNear returns a contiguous part of a.actors, in its order, that
// holds every actor mention that ends at or after token from and starts
// at or before token to, as numbersNear.
func (a *analysis) actorsNear(from, to int) []actorMention {
	if !a.actorsSorted {
		return a.actors
	}
	as := a.actors
	i := sort.Search(len(as), func(i int) bool { return as[i].end >= from })
	j := sort.Search(len(as), func(i int) bool { return as[i].start > to })
	if i >= j {
		return nil
	}
	return as[i:j]
}

// insertByStart returns qs with each quantity of added inserted, in turn,
// before the first quantity whose start is not before its own, as a
// sequence of slices.Insert would, in one pass when added is in text
// order, one per token (as troopEllipsis makes it). The one pass writes
// into the memory of spare (which must not share qs's) and returns qs's
// memory as the next spare; otherwise spare comes back as it was.
func insertByStart(qs, added, spare []quantity) (merged, free []quantity) {
	if len(added) == 0 {
		return qs, spare
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
		return qs, spare
	}
	// An added quantity goes before the first one of qs that does not
	// start before it; a later added one (starting later) goes after it.
	out := spare[:0]
	if cap(out) < len(qs)+len(added) {
		out = make([]quantity, 0, len(qs)+len(added))
	}
	j := 0
	for _, o := range qs {
		for j < len(added) && added[j].start <= o.start {
			out = append(out, added[j])
			j++
		}
		out = append(out, o)
	}
	return append(out, added[j:]...), qs[:0]
}

// lineIndex indexes the commitments emitted so far in one text (the out
// slice of commitments, which only grows until de-duplication), so that a
// frame asking about the lines before it reads a map, not every line.
// Queries take the slice the caller holds, which must be a prefix of the
// text's emitted lines; the index catches up with it when it is longer.
type lineIndex struct {
	n int // lines indexed
	// first maps an actor, kind and evidence start to the index of the
	// first line with them.
	first map[lineKey]int
	// owner maps a sentence (sentAt of the evidence start, -1 for none)
	// to the first line with the largest start among the lines of named
	// actors in it (not groups): packageOwner's candidates.
	owner map[int]int
	// givers maps an evidence start to the actors of the lines of named
	// actors (not groups) there (jointLines).
	givers map[int]startGivers
	// bySent chains the lines by the sentence that holds their evidence
	// start (linesInSents).
	bySent sentChains
}

// startGivers are the actors of the lines of one evidence start: the
// first one, and whether a line of another actor follows.
type startGivers struct {
	first string
	more  bool
}

type lineKey struct {
	actor string
	kind  news.Kind
	start int
}

// reset empties the index for a new text.
func (ix *lineIndex) reset() {
	ix.n = 0
	if ix.first == nil {
		ix.first, ix.owner, ix.givers = map[lineKey]int{}, map[int]int{}, map[int]startGivers{}
	}
	clear(ix.first)
	clear(ix.owner)
	clear(ix.givers)
	ix.bySent.reset()
}

// sync indexes the lines of cs not indexed yet; cs must extend the lines
// indexed before (reset otherwise).
func (a *analysis) syncLines(cs []news.Commitment) *lineIndex {
	ix := &a.lineIx
	if ix.first == nil || len(cs) < ix.n {
		ix.reset()
	}
	for i := ix.n; i < len(cs); i++ {
		c := &cs[i]
		ix.bySent.add(i, a.sentOfByte(c.Start))
		k := lineKey{c.Actor, c.Kind, c.Start}
		if _, ok := ix.first[k]; !ok {
			ix.first[k] = i
		}
		if !strings.HasPrefix(c.Actor, "group:") {
			cj := a.sentAt(c.Start)
			if j, ok := ix.owner[cj]; !ok || c.Start > cs[j].Start {
				ix.owner[cj] = i
			}
			if g, ok := ix.givers[c.Start]; !ok {
				ix.givers[c.Start] = startGivers{first: c.Actor}
			} else if !g.more && c.Actor != g.first {
				ix.givers[c.Start] = startGivers{first: g.first, more: true}
			}
		}
	}
	ix.n = len(cs)
	return ix
}

// hasLine reports whether cs, a prefix of the text's emitted lines, has a
// line of actor and kind whose evidence starts at byte start.
func (a *analysis) hasLine(cs []news.Commitment, actor string, kind news.Kind, start int) bool {
	ix := a.syncLines(cs)
	i, ok := ix.first[lineKey{actor, kind, start}]
	return ok && i < len(cs)
}

// scratch holds the maps and slices of the line stages (de-duplication,
// document features), cleared and reused from text to text: most texts
// have few lines, and making the maps anew cost more than the stages.
type scratch struct {
	// keys, head and next chain the lines of each repeatKey, in order
	// (dropRepeats).
	keys []repeatKey
	head map[repeatKey]int
	next []int
	// drop marks the lines to drop.
	drop []bool
	// perm orders the lines of a text (inEvidenceOrder).
	perm []int32
	// served and servedOK hold the servedName of each line once read
	// (dropRepeats).
	served   []string
	servedOK []bool
	// feat and featNext chain the features of each featKey (findFeat).
	feat     map[featKey]int
	featNext []int
	// doc holds the counts of docFeatures.
	doc docIndex
}

// chain links the indexes 0…n-1 by key in increasing order: head[k] is
// the first index of key k, next[i] the one after i (-1 for none).
func chain[K comparable](head map[K]int, next []int, n int, key func(int) K) []int {
	clear(head)
	next = grow(next, n)
	for i := n - 1; i >= 0; i-- {
		k := key(i)
		if h, ok := head[k]; ok {
			next[i] = h
		} else {
			next[i] = -1
		}
		head[k] = i
	}
	return next
}

// first returns the first index of key k in a chain, or -1.
func first[K comparable](head map[K]int, k K) int {
	if h, ok := head[k]; ok {
		return h
	}
	return -1
}
