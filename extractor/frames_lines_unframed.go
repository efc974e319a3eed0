package extractor

// The stages of commitments (frames.go) for the quantities that
// quantityLines left: money received with no donor, quantities of no
// frame, and at last the fallback frames for what no pass used.

// receiverLines finds the text's main donor (textDonor over the lines so
// far, kept in b.donor for the later stages) and emits the money of each
// receiver frame with no donor (b.receivers) that the donor may give
// (receiverDonor).
func (b *lineBuilder) receiverLines() {
	a := b.a
	b.donor = a.textDonor(b.out)
	for _, p := range b.receivers {
		if f, ok := a.receiverDonor(p.f, &p.q, b.donor); ok {
			b.emit(f, p.q, p.q.item)
		}
	}
}

// unframedLines tries, for each quantity of no frame (b.unframed), the
// frames of the sentence or the text in turn, and emits the first that
// holds: troops in place, the size of a mission, troop conjuncts, "which
// has", a total or a part of the total told before, an implied donor, a
// further amount, the text's donor, the donor of the context, a giver
// told outside the sentence. It needs b.donor (receiverLines).
func (b *lineBuilder) unframedLines() {
	a, emit, donor := b.a, b.emit, b.donor
	for _, q := range b.unframed {
		if f, ok := a.troopsInPlaceFrame(&q); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // "Italy's 1,100 troops in Lebanon are …"
			}
		} else if f, ok := a.missionSizeFrame(&q); ok {
			emit(f, q, q.item) // "the NATO-led mission currently consists of 3,800 troops"
		} else if f, ok := a.troopsConjunctFrame(&q); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // "… 1,200 Indonesian and 1,100 Italian troops"
			}
		} else if f, ok := a.whichHasFrame(&q); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // "…, after Indonesia, which has about 1,200"
			}
		} else if f, ok := a.totalSubjectFrame(&q, b.out); ok {
			emit(f, q, q.item) // "The new $300 million package brings total US aid to $40 billion"
		} else if f, ok := a.partSentenceFrame(&q, b.out); ok {
			emit(f, q, q.item) // "Of the total, €200 million is for air defence"
		} else if f, ok := a.impliedFrame(&q, a.packageOwner(&q, donor, b.out)); ok {
			emit(f, q, q.item)
		} else if f, ok := a.furtherMoneyFrame(&q); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // "a further $50 million": one more amount of that committer
			}
		} else if f, ok := a.textDonorFrame(&q, a.sents[q.sent]); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // the committer of the money before
			}
		} else if f, ok := a.contextDonorFrame(&q, b.out, donor); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // the giver of the line before
			}
		} else if f, ok := a.outsideGiverFrame(&q, b.out, donor); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // "The donation, valued at $3 million, …": the giver told before
			}
		}
	}
}

// fallbackLines gives the quantities no pass used a committer by a simple
// ranking (fallbackFrames, for review), and marks the lines it adds apart
// from the others through the drop steps (markFallback; settleLines
// unmarks them).
func (b *lineBuilder) fallbackLines() {
	nFallback := len(b.out)
	b.a.fallbackFrames(b.emit, b.out, b.order, b.unframed)
	markFallback(b.out[nFallback:])
}
