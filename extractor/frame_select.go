package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// frameFor finds the frame of a quantity: a list line, a passive "by X",
// an active "X pledged …", or a noun "X's pledge of …".
func (a *analysis) frameFor(q *quantity) (frame, bool) {
	return a.selectFrame(q, true)
}

// mainVerbFrame returns the frame of the verb before q when frameFor read
// q by a relative clause with its own subject after it ("has offered to
// replace the 370 troops that Austria is withdrawing": Austria withdraws
// them, and the subject of "offered" offers to replace them). It reports
// false when there is no such verb or it names the same actors.
func (a *analysis) mainVerbFrame(q *quantity, rel frame) (frame, bool) {
	s := a.sents[q.sent]
	if q.kind != news.KindTroops || q.end >= s.end || a.lw(q.end) != "that" && a.lw(q.end) != "which" {
		return frame{}, false
	}
	if _, near := a.triggerBefore(q.start, s, 8); !near {
		return frame{}, false
	}
	if r, ok := a.relativeFrame(q, s); !ok || !sameActors(r, rel) {
		return frame{}, false // frameFor did not take the relative clause
	}
	f, ok := a.selectFrame(q, false)
	if !ok || sameActors(f, rel) {
		return frame{}, false
	}
	return f, true
}

// sameActors reports whether two frames name the same actors.
func sameActors(f, g frame) bool {
	if len(f.actors) != len(g.actors) {
		return false
	}
	for i := range f.actors {
		if f.actors[i].code != g.actors[i].code {
			return false
		}
	}
	return true
}

// selectFrame is frameFor; relative tells whether a relative clause with
// its own subject after q ("the 370 troops that Austria is withdrawing")
// may name the committer.
func (a *analysis) selectFrame(q *quantity, relative bool) (frame, bool) {
	s := a.sents[q.sent]
	// Most frames read one kind of quantity and return at once for the
	// others: the runs of such frames are tried only for their kind.
	money := q.kind == news.KindMoney && q.num != nil
	troops, equipment := q.kind == news.KindTroops, q.kind == news.KindEquipment
	// "ships carrying 300 tonnes of relief supplies": the cargo is the
	// line; "A$12 million for training and drones": the amount's purpose
	if a.carrier(q, s) || a.purposeOfAmount(q, s) {
		return frame{}, false
	}
	// "Ukraine will buy 18 howitzers with Danish funds", "will receive
	// 18 howitzers paid for by Denmark": the donor's
	if equipment {
		if f, ok := a.fundedPurchaseFrame(q, s); ok {
			return f, true
		}
		// "Japan will buy 40 tanks for Ukraine": the buyer's gift
		if f, ok := a.boughtForFrame(q, s); ok {
			return f, true
		}
		// "Among the items pledged by Canada are 8 armoured vehicles"
		if f, ok := a.goodsAmongFrame(q, s); ok {
			return f, true
		}
		if a.describesCounted(q, s) {
			return frame{}, false // "300,000 doses of the Sinovac vaccines"
		}
		// "will send 20 trucks; air defence missiles; and shells"
		if f, ok := a.semicolonItemFrame(q, s); ok {
			return f, true
		}
		// "According to X, the items to be provided include …"
		if f, ok := a.goodsIncludeFrame(q, s); ok {
			return f, true
		}
		// "…, with a plan to send 14 tanks"
		if f, ok := a.withPlanFrame(q, s); ok {
			return f, true
		}
		// "the minister announced that 40 trucks had been handed over"
		if a.reportedPassiveGoods(q, s) {
			if f, ok := a.passiveGoodsFrame(q, s); ok {
				return f, true
			}
		}
	}
	if a.purchased(q, s) {
		return frame{}, false // "Poland intends to buy 116 tanks"
	}
	// "Uganda, the largest troop contributor to the mission, …"
	if f, ok := a.contributorFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.listFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.inlineListFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.troopListFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.bulletFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.partFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.parenListFrame(q, s); ok {
		return f, true
	}
	if money {
		if f, ok := a.parenMoneyFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.followedByFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.donorWithFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.lenderWithFrame(q, s); ok {
			return f, true // "Kenya signed a $500 million loan agreement with Japan"
		}
		if f, ok := a.underProgrammeFrame(q, s); ok {
			return f, true // "grant funding of $84,158 under Japan's Grassroots Programme"
		}
	}
	if f, ok := a.thankedForFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.passiveFrame(q, s); ok {
		return f, true
	}
	if money {
		if f, ok := a.fundedCompoundFrame(q, s); ok {
			return f, true // "a Japan-funded $20 million project"
		}
		if f, ok := a.nounFromFrame(q, s); ok {
			return f, true // "a contribution from Belgium of €10 million"
		}
		if f, ok := a.setAsideFrame(q, s); ok {
			return f, true // "¥5 billion has been set aside for Laos"
		}
		if f, ok := a.withNounFrame(q, s); ok {
			return f, true // "launched an agency with an SR2 billion donation"
		}
		if f, ok := a.orgReceiverFrame(q, s); ok {
			return f, true // "The World Food Programme will receive NOK 45 million"
		}
		if f, ok := a.reporterNounFrame(q, s); ok {
			return f, true // "Berlin said … details of the €500 million aid package"
		}
	}
	// troops "from" countries: the troops family's frame (a verb of
	// presence before them is delivered: "will join 341 troops from …")
	// before the general one
	if f, ok := a.troopsFromFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.fromFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.equipmentFromFrame(q, s); ok {
		return f, true // "the 14 tanks being sent from Britain"
	}
	if f, ok := a.demonymAidFrame(q, s); ok {
		return f, true // "Sudan will get $5 million in Japanese aid"
	}
	if f, ok := a.compoundGiverFrame(q, s); ok {
		return f, true // "China-aided medical supplies"
	}
	if f, ok := a.deliveryByFrame(q, s); ok {
		return f, true // "the delivery of 40 tanks by Germany"
	}
	if f, ok := a.deliveryNounFrame(q, s); ok {
		return f, true
	}
	if money {
		if f, ok := a.nounPassiveFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.moneyFromFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.receiverFrame(q, s); ok {
			return f, true
		}
	}
	if f, ok := a.itemListFrame(q, s); ok {
		return f, true
	}
	if money {
		if f, ok := a.totalFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.verbNounFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.withFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.predicateFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.ownerLinkFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.ownerAfterFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.valueFrame(q, s, a.ownCurrency); ok {
			return f, true
		}
	}
	if f, ok := a.possessiveFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.nounFrame(q, s); ok {
		return f, true
	}
	if equipment {
		if f, ok := a.packageFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.saleFrame(q, s); ok {
			return f, true
		}
	}
	if troops {
		if f, ok := a.hostedFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.reportedPassiveFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.unitSizeFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.availableFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.contributionSizeFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.endPresenceFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.standbyFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.numberAfterFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.shareFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.troopsAmongFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.frontedSizeFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.atCountFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.areDemonymFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.composedFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.orderedFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.presenceFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.withTroopsFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.helpWithFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.joinWithFrame(q, s); ok {
			return f, true
		}
		if f, ok := a.afterSendingFrame(q, s); ok {
			return f, true
		}
	}
	if f, ok := a.equipmentPresenceFrame(q, s); ok {
		return f, true
	}
	// triggerBefore reads back from q nearest first: the verb it finds
	// within 20 tokens is the one it finds within 8 when that near
	t, ok := a.triggerBefore(q.start, s, 20)
	near := ok && q.start-t.start <= 8
	// "replace the 370 troops that Austria is withdrawing": the relative
	// clause names the committer, whatever the verb before
	if relative && (!near || q.end < s.end && (a.lw(q.end) == "that" || a.lw(q.end) == "which")) {
		if f, ok := a.relativeFrame(q, s); ok {
			return f, true
		}
	}
	far := false
	if !ok {
		// a long enumeration after one verb: "announced NZ$16 million: NZ$7.5
		// million for …, NZ$5m for … and NZ$3.5 million …"
		if t, ok = a.triggerBefore(q.start, s, 45); ok && (q.num == nil || !a.enumerated(t.end, q)) {
			ok = false
		}
		far = true
	}
	if ok && a.addedSaying(t, s) && !a.actorBetween(t.end, q.start) {
		ok = false // "…, but added that some officers are hesitant to deploy"
	}
	if !ok && money {
		if f, ok := a.gappedChainFrame(q, s); ok {
			return f, true // "…, Japan $77m, USAID $100m, France $345m"
		}
	}
	if ok && q.kind == news.KindTroops && a.relativeBetween(t.end, q.start) {
		ok = false // "…, which has 1,700 police deployed": not the verb's object
	}
	if ok && a.closedRelative(t, q.start, s) {
		ok = false // "Latvia, which hosts 300 Spanish troops, will buy tanks"
	}
	if money && a.unnamedEntry(q, s) {
		return frame{}, false // "…, the Regional Development Bank $4 billion"
	}
	if ok && money && a.otherSubjectBetween(t.end, q, s) {
		ok = false // "pledged $5m as the UN issued an appeal for $8bn"
	}
	if ok {
		// a long donor list after one verb keeps its gapped actors:
		// "X pledged $93m, Y $88m, …, Z $345m" (far is an enumeration)
		if f, ok := a.gappedFrame(t, q, s); ok {
			if far {
				f.conf -= 0.05
			}
			return f, true
		}
		if f, ok := a.complementFrame(t, q, s); ok && !far {
			return a.joint(f, q), true
		}
		if f, ok := a.controlledFrame(t, s); ok {
			f.window = span{f.window.start, min(s.end, q.end+3)}
			return f, true
		}
		if f, ok := a.subjectFrame(t, s); ok {
			f = a.groupOwner(a.joint(f, q), q, s) // "the US and its partners will provide …"
			f.window = span{f.window.start, min(s.end, q.end+3)}
			if q.start-t.end > 10 {
				f.conf -= 0.05
			}
			if far {
				f.conf -= 0.1
			}
			return f, true
		}
	}
	if ok && far && money {
		// "The package provides funding, with €33 billion ($35.8 billion)
		// available in loans and €17 billion ($18.5 billion) in grants"
		if f, ok := a.packageSubject(t, q, s); ok {
			f.conf -= 0.05
			return f, true
		}
	}
	if ok && !far {
		if f, ok := a.packageSubject(t, q, s); ok {
			return f, true
		}
		if f, ok := a.reportedGerund(t, s); ok {
			// (a gerund judged after it keeps the sentence: "was off the table")
			f.window = span{f.window.start, max(f.window.end, min(s.end, q.end+3))}
			return f, true
		}
	}
	if f, ok := a.requestFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.ownerFrame(q, s); ok {
		return f, true
	}
	// (troopsFromFrame was tried before fromFrame: it reads only q and s
	// and changes nothing, so a second try here would fail again)
	if f, ok := a.followOnFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.materielDisposalFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.reportedPackageFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.receivedGiftFrame(q, s); ok {
		return f, true // "… donated kits. Each hospital will get 10,000 masks"
	}
	if f, ok := a.passiveGoodsFrame(q, s); ok {
		return f, true // "… 400 vehicles will also be delivered"
	}
	return a.ownPronounFrame(q, s)
}
