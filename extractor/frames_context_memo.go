package extractor

import "math"

// Answers about a sentence that history guards (era, lastCentury) ask for
// every frame of the sentence: each scans the whole sentence, and what
// the scan finds does not depend on the frame, so it is read once per
// sentence and kept in sentMemo.

// sentMemo holds, for each sentence, where its past era and its year of
// the last century are (memoUnknown until first asked).
type sentMemo struct {
	era, year []int32
}

// Values of sentMemo besides token indexes.
const (
	memoUnknown = -2            // not read yet
	memoAlways  = -1            // the sentence is dated wherever its frame is ("decades ago")
	memoNone    = math.MaxInt32 // nothing found
)

// reset sizes m for n sentences, none read yet.
func (m *sentMemo) reset(n int) {
	m.era, m.year = grow(m.era, n), grow(m.year, n)
	for i := range n {
		m.era[i], m.year[i] = memoUnknown, memoUnknown
	}
}

// eraAt returns memoAlways when sentence si says "decades ago", else the
// first token that opens a past era ("during the Cold War", "in the
// 1990s", "after the Second World War"; see era), or memoNone.
func (a *analysis) eraAt(si int) int {
	if si < len(a.memo.era) && a.memo.era[si] != memoUnknown {
		return int(a.memo.era[si])
	}
	at := a.eraScan(a.sents[si])
	if si < len(a.memo.era) {
		a.memo.era[si] = int32(at)
	}
	return at
}

// yearAt returns the first token of sentence si (after its first) that
// is a year of the last century after "in", "by" or "during" ("in
// 1914"; see lastCentury), or memoNone.
func (a *analysis) yearAt(si int) int {
	if si < len(a.memo.year) && a.memo.year[si] != memoUnknown {
		return int(a.memo.year[si])
	}
	at := a.yearScan(a.sents[si])
	if si < len(a.memo.year) {
		a.memo.year[si] = int32(at)
	}
	return at
}
