package extractor

// Line building: the state that the stages of commitments (frames.go)
// share, and emit, which turns a frame and its quantity into lines, one
// per actor, kept once per actor, kind, value and sentence.

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// lineBuilder holds the lines of one text while the stages of commitments
// find them. Its slices are the scratch memory of the analysis; release
// gives them back.
type lineBuilder struct {
	e *Extractor
	a *analysis
	// out are the lines so far, order the token index of each line's
	// quantity (same length as out).
	out   []news.Commitment
	order []int
	// seen holds the key of every line in out, seenSet too once there are
	// many: few per text, and a linear scan beats a map until then.
	seen    []emitKey
	seenSet map[emitKey]bool
	// emit is b.add as a function value, made once, for the frames that
	// take an emit function.
	emit func(frame, quantity, string)
	// unframed are the quantities of no frame (quantityLines), for the
	// later stages; receivers the money of a receiver frame with no donor.
	unframed  []quantity
	receivers []pendingFrame
	// donor is the text's main donor, known after quantityLines
	// (receiverLines sets it).
	donor string
}

// emitKey is what makes two lines one: the same actor, item, kind,
// status, value, sentence and recipient, at the same place when the
// place matters (see add).
type emitKey struct {
	actor, item string
	kind        news.Kind
	status      news.Status
	value       float64
	start       int
	recipient   string
	at          int // where the money is: equal sums in one sentence are two gifts
}

// newLineBuilder prepares a for building lines: it resets the scratch
// memory of the lines, computes the per-sentence statistics and turns on
// the memo of owners (the mentions are complete). The caller must call
// release when the result has been copied out.
func (e *Extractor) newLineBuilder(a *analysis) *lineBuilder {
	b := &lineBuilder{e: e, a: a, out: a.outBuf[:0], order: a.orderBuf[:0], unframed: a.unframedBuf[:0]}
	a.spanBuf = a.spanBuf[:0]
	a.featBuf = a.featBuf[:0]
	if n := len(a.quants) / 2; cap(a.featBuf) < n {
		// about one line for two quantities: one allocation, not a
		// doubling series of large elements, for a long text
		a.featBuf = make([]lineFeat, 0, n)
		b.out = make([]news.Commitment, 0, n)
	}
	a.computeStats()
	a.lineIx.reset()
	a.owners = ownersMemo{on: true} // the mentions are complete
	b.emit = b.add
	return b
}

// release gives the scratch memory back to the analysis, dropping the
// references of the lines to this text's strings. The lines returned by
// result do not share it.
func (b *lineBuilder) release() {
	b.a.unframedBuf = b.unframed[:0]
	clear(b.out[:cap(b.out)])
	b.a.outBuf, b.a.orderBuf = b.out[:0], b.order[:0]
}

// add turns frame f of quantity q into one line per actor of f, with the
// given item, and appends to b.out those whose key (emitKey) no earlier
// line has, with their features. A frame with no actors, or one that
// commits nothing (notCommitted), adds nothing.
func (b *lineBuilder) add(f frame, q quantity, item string) {
	a := b.a
	if len(f.actors) == 0 || a.notCommitted(&f, &q) {
		return
	}
	fl := a.frameLine(&f, &q)
	for _, am := range f.actors {
		c := b.e.commitment(a, &f, &q, &am, item, &fl)
		k := emitKey{actor: c.Actor, item: c.Item + c.Currency, kind: c.Kind, status: c.Status, value: -1, start: c.Start, recipient: f.to, at: -1}
		if q.kind == news.KindMoney && q.num != nil {
			k.at = a.moneyKeyAt(&q) // "$5 million to the WFP and $5 million to UNICEF"
		}
		if q.kind == news.KindEquipment && q.num != nil && markedMore(c) {
			k.at = q.start // "a further 20 vehicles, on top of the 20 delivered": two
		}
		switch {
		case c.Troops != nil:
			k.value = float64(*c.Troops)
		case c.Amount != nil:
			k.value = *c.Amount
		case c.Count != nil:
			k.value = float64(*c.Count)
		}
		if !b.firstOf(k) {
			continue
		}
		b.out = append(b.out, c)
		b.order = append(b.order, q.start)
		a.addLineFeatures(&f, &q, &am, &c)
	}
}

// firstOf records key k and reports whether no line had it before.
func (b *lineBuilder) firstOf(k emitKey) bool {
	if b.seenSet != nil && b.seenSet[k] || b.seenSet == nil && slices.Contains(b.seen, k) {
		return false
	}
	if b.seenSet == nil {
		b.seen = append(b.seen, k)
	}
	if b.seenSet == nil && len(b.seen) > 64 {
		// sized for the lines to come: about one for two quantities
		b.seenSet = make(map[emitKey]bool, max(2*len(b.seen), len(b.a.quants)/2))
		for _, s := range b.seen {
			b.seenSet[s] = true
		}
	}
	if b.seenSet != nil {
		b.seenSet[k] = true
	}
	return true
}

// hasLine reports whether a line so far gives kind from actor in the
// sentence that starts at token start (analysis.hasLine over b.out).
func (b *lineBuilder) hasLine(actor string, kind news.Kind, start int) bool {
	return b.a.hasLine(b.out, actor, kind, start)
}
