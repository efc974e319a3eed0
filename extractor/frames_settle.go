package extractor

// Settling a frame: the checks a frame that frameFor found for a quantity
// passes before commitments keeps it (settle, notCommitted), and the
// frames whose actors are decided after the first pass (pendingFrame).

import "github.com/pledgewatch/pledgewatch/internal/news"

// pendingFrame is a frame whose actors are decided after the first pass
// over the quantities.
type pendingFrame struct {
	f frame
	q quantity
}

// settle applies the checks of the quantity's family to the frame that
// frameFor found for q; it reports false when q is no commitment (a price,
// money raised, forces at home, trainees, a call on another country).
func (a *analysis) settle(f frame, q *quantity) (frame, bool) {
	f = a.troopsOwner(f, q)         // "460 Egyptian soldiers" in a UN mission
	f, ok := a.moneyVerbFrame(f, q) // "froze €50 million in aid"
	if !ok {
		return f, false
	}
	f, ok = a.moneyFrame(f, q)
	if !ok || q.kind != news.KindTroops {
		return f, ok
	}
	return a.settleTroops(f, q)
}

// notCommitted reports whether a frame is a recommendation ("X should
// send …", a modal between the actor and its verb) or sits in a
// hypothetical sentence ("… come from a war-game scenario").
func (a *analysis) notCommitted(f *frame, q *quantity) bool {
	if a.noSign(f) {
		return true // "no indication that the US is looking to send tanks"
	}
	if len(f.actors) > 0 {
		// right after the actor: "Norway should send", not a relative
		// clause ("Germany, which argued how it should respond, pledged")
		last := f.actors[len(f.actors)-1].end
		if f.anaphor.end > f.anaphor.start {
			last = f.anaphor.end // "the country should not send troops"
		}
		for k := max(0, last); k < f.anchor.start && k < last+4 && k < len(a.toks); k++ {
			if a.has(k, cRecommend) {
				return true
			}
		}
		if a.othersPlanWelcomed(last, f.anchor.start) || a.thirdPartyClaim(f) {
			return true
		}
	}
	if q.sent >= 0 && q.sent < len(a.stats.sentCls) && a.stats.sentCls[q.sent]&(1<<cHypothetical) != 0 {
		return true // (the sentence's classes: computeStats)
	}
	return a.doubted(f) || a.ownSpending(q) || a.equipsOwnForces(f, q) || a.goodsToOwn(q) || a.productShown(f, q) || a.moneyPurposeGoods(q) || a.contextGuard(f, q) != ""
}
