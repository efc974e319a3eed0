package extractor

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// What the fallback frames (frames_fallback.go) read of a sentence.

// fallbackSent is what the fallback frames know of sentence si, read once
// for all its quantities: whether it may give a line of money or of
// goods, and the first token of a definite description of goods ("the
// vehicles", "these systems"), -1 for none.
type fallbackSent struct {
	si         int
	money      bool
	goods      bool
	definiteAt int
	// pos is the next token readClause reads; clause the first token of
	// the clause at pos, trig the last verb or noun of giving in it (-1
	// for none).
	pos, clause, trig int
}

// readClause reads the tokens of the sentence of sc from sc.pos up to
// (not including) k, for the clause and trigger of a quantity at k: each
// token is read once for all the quantities of the sentence, which come
// in text order.
func (a *analysis) readClause(sc *fallbackSent, k int) {
	for ; sc.pos < k; sc.pos++ {
		if a.has(sc.pos, cClauseBreak) || a.tx(sc.pos) == ";" {
			sc.clause, sc.trig = sc.pos+1, -1
		} else if a.has(sc.pos, cTrigger, cDeliveryPast, cTriggerNoun, cSupportVerb) {
			sc.trig = sc.pos
		}
	}
}

// fallbackSentence reads sentence si for fallbackSent. A sentence of
// casualties, sales, requests, recommendations or hypotheses gives no
// fallback line; for goods, nor does a sentence of refusal, receiving or
// groups of countries ("Partners should provide …", "The army has not
// received …", "40 trucks will not be sent"), nor one with a word of
// fighting, need or stock (noGiftWords). Neither kind when a guard
// rejected the frame of another quantity of the sentence (guardedSentence).
func (a *analysis) fallbackSentence(si int, covered []int, unframed []quantity) fallbackSent {
	s := a.sents[si]
	fs := fallbackSent{si: si, definiteAt: -1, pos: s.start, clause: s.start, trig: -1}
	if si >= len(a.stats.sentCls) || a.guardedSentence(si, covered, unframed) {
		return fs
	}
	cl := a.stats.sentCls[si]
	fs.money = cl&(1<<cHypothetical|1<<cCasualty|1<<cSale|1<<cRecommend|1<<cRequestNoun) == 0
	fs.goods = fs.money && cl&(1<<cGroupNoun|1<<cReceive|1<<cDeclined) == 0
	for k := s.start; k < s.end && fs.goods; k++ {
		fs.goods = !noGiftWords[a.lw(k)]
		if fs.definiteAt < 0 && definiteDeterminer(a.lw(k)) && (a.has(k+1, cEquipNoun) || a.has(k+2, cEquipNoun)) {
			fs.definiteAt = k
		}
	}
	return fs
}

// quantityIsHeading reports whether q is all of its sentence ("Drones", a heading),
// but for a final full stop.
func (a *analysis) quantityIsHeading(q *quantity) bool {
	s := a.sents[q.sent]
	return q.start == s.start && (q.end >= s.end || q.end == s.end-1 && a.tx(s.end-1) == ".")
}

// definiteDeterminer reports whether w is a definite determiner.
func definiteDeterminer(w string) bool {
	switch w {
	case "the", "these", "those", "this", "its", "their":
		return true
	}
	return false
}

// guardedSentence reports whether sentence si holds a quantity (not
// support, a restated amount or a phrase after a preposition) that is
// neither in unframed nor the quantity of a line (covered): a guard
// rejected its frame, and the sentence is no commitment. unframed is a
// subsequence of a.quants, so one pass over the sentence's part of each
// tells them apart.
func (a *analysis) guardedSentence(si int, covered []int, unframed []quantity) bool {
	j, _ := slices.BinarySearchFunc(unframed, si, func(u quantity, t int) int { return u.sent - t })
	for _, o := range a.quantsOf(si) {
		if o.sent != si {
			continue
		}
		if j < len(unframed) && unframed[j].sent == si && unframed[j].start == o.start && unframed[j].kind == o.kind {
			j++ // o is unframed
			continue
		}
		if o.kind != news.KindSupport && !o.conversion && !o.prepped && !lineAt(covered, o.span) {
			return true
		}
	}
	return false
}

// noGiftWords are words of a sentence about goods that are not given:
// fighting ("40 trucks were destroyed", "fired 4,000 shells"), needs
// ("40 more tanks are needed") and stocks ("has 90 jets at its disposal").
var noGiftWords = map[string]bool{
	"destroyed": true, "fired": true, "attack": true, "attacks": true, "strike": true, "strikes": true,
	"airstrikes": true, "shelling": true, "shot": true, "downed": true, "targeted": true, "seized": true,
	"needed": true, "needs": true, "need": true, "lacks": true, "shortage": true,
	"possess": true, "possesses": true, "disposal": true, "inventory": true, "stockpile": true, "arsenal": true,
	"built": true, "produced": true, "manufactured": true, "exercise": true, "exercises": true,
}
