package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// The frame table: the frames selectFrame tries for a quantity, in order,
// each with the kinds of quantity it reads and the lexicon classes without
// which it cannot fire. selectFrame walks the table and skips an entry
// whose kinds or classes the quantity and its sentence lack, before
// calling it: a frame that would return at its first check costs one test.
//
// A gate must be exact: an entry names a kind or a class only when the
// frame provably reports no frame without it (its first checks), and
// names none when unsure. The order is the order of the rules: the first
// frame that fires wins.

// kindSet is a set of quantity kinds, counted (with a number) or not.
type kindSet uint8

const (
	kTroopsNum kindSet = 1 << iota
	kTroopsBare
	kMoneyNum
	kMoneyBare
	kEquipNum
	kEquipBare
	kOtherNum
	kOtherBare

	kTroops  = kTroopsNum | kTroopsBare
	kMoney   = kMoneyNum | kMoneyBare
	kEquip   = kEquipNum | kEquipBare
	kCounted = kTroopsNum | kMoneyNum | kEquipNum | kOtherNum
	kAll     = ^kindSet(0)
)

// kindCount is the number of kinds of kindSet.
const kindCount = 8

// frameKindOf returns the index of q's kind in kindSet (its bit is 1<<i).
func frameKindOf(q *quantity) int {
	var k int
	switch q.kind {
	case news.KindTroops:
		k = 0
	case news.KindMoney:
		k = 2
	case news.KindEquipment:
		k = 4
	default:
		k = 6
	}
	if q.num == nil {
		k++ // the bare kind follows the counted one
	}
	return k
}

// frameStep is one entry of the frame table: a frame (try), or a check
// that ends the walk with no frame when it holds (stop).
type frameStep struct {
	name string
	// kinds are the quantities the step reads.
	kinds kindSet
	// cls, when not 0, are lexicon classes of which the quantity's
	// sentence must hold one (textStats.sentCls).
	cls  uint64
	try  func(a *analysis, q *quantity, s span) (frame, bool)
	stop func(a *analysis, q *quantity, s span) bool
}

// frameTable holds the steps of selectFrame: named, tried before the
// verb of the clause is read, and late, tried after it; each by kind of
// quantity (frameKindOf), the steps of that kind in the table's order.
type frameTable struct {
	named, late [kindCount][]frameStep
}

// byKind splits steps by the kinds they read, keeping their order.
func byKind(steps []frameStep) (out [kindCount][]frameStep) {
	for k := range out {
		for _, st := range steps {
			if st.kinds&(1<<k) != 0 {
				out[k] = append(out[k], st)
			}
		}
	}
	return out
}

// walkFrames tries the steps in order for q in its sentence s; done
// tells whether a frame fired (ok) or a stop held.
func (a *analysis) walkFrames(steps *[kindCount][]frameStep, q *quantity, s span) (f frame, ok, done bool) {
	cls := ^uint64(0) // every class while the masks are not known
	if st := a.stats.sentCls; len(st) == len(a.sents) && q.sent >= 0 && q.sent < len(st) {
		cls = st[q.sent]
	}
	list := steps[frameKindOf(q)]
	for i := range list {
		st := &list[i]
		if st.cls != 0 && st.cls&cls == 0 {
			continue
		}
		if st.stop != nil {
			if st.stop(a, q, s) {
				return frame{}, false, true
			}
			continue
		}
		if f, ok := st.try(a, q, s); ok {
			return f, true, true
		}
	}
	return frame{}, false, false
}

// newFrameTable returns the frames of selectFrame in their order.
func newFrameTable() frameTable {
	named := []frameStep{
		// "Ukraine will buy 18 howitzers with Danish funds", "will
		// receive 18 howitzers paid for by Denmark": the donor's
		{name: "fundedPurchase", kinds: kEquip, try: (*analysis).fundedPurchaseFrame},
		// "Japan will buy 40 tanks for Ukraine": the buyer's gift
		{name: "boughtFor", kinds: kEquip, try: (*analysis).boughtForFrame},
		// "Among the items pledged by Canada are 8 armoured vehicles"
		{name: "goodsAmong", kinds: kEquip, try: (*analysis).goodsAmongFrame},
		// "300,000 doses of the Sinovac vaccines"
		{name: "describesCounted", kinds: kEquipBare, stop: (*analysis).describesCounted},
		// "will send 20 trucks; air defence missiles; and shells"
		{name: "semicolonItem", kinds: kEquip, try: (*analysis).semicolonItemFrame},
		// "According to X, the items to be provided include …"
		{name: "goodsInclude", kinds: kEquip, try: (*analysis).goodsIncludeFrame},
		// "…, with a plan to send 14 tanks"
		{name: "withPlan", kinds: kEquip, try: (*analysis).withPlanFrame},
		// "the minister announced that 40 trucks had been handed over"
		{name: "reportedPassiveGoods", kinds: kEquip, try: (*analysis).reportedPassiveGoodsFrame},
		// "Poland intends to buy 116 tanks"
		{name: "purchased", kinds: kEquip, stop: (*analysis).purchased},
		// "Uganda, the largest troop contributor to the mission, …"
		{name: "contributor", kinds: kTroopsBare, try: (*analysis).contributorFrame},
		{name: "list", kinds: kCounted | kEquipBare, try: (*analysis).listFrame},
		{name: "inlineList", kinds: kMoneyNum | kTroopsNum, try: (*analysis).inlineListFrame},
		{name: "troopList", kinds: kTroops, try: (*analysis).troopListFrame},
		{name: "bullet", kinds: kAll, try: (*analysis).bulletFrame},
		{name: "part", kinds: kMoneyNum, try: (*analysis).partFrame},
		{name: "parenList", kinds: kTroopsNum | kEquipNum, try: (*analysis).parenListFrame},
		{name: "parenMoney", kinds: kMoneyNum, try: (*analysis).parenMoneyFrame},
		{name: "followedBy", kinds: kMoneyNum, try: (*analysis).followedByFrame},
		{name: "donorWith", kinds: kMoneyNum, try: (*analysis).donorWithFrame},
		// "Kenya signed a $500 million loan agreement with Japan"
		{name: "lenderWith", kinds: kMoneyNum, try: (*analysis).lenderWithFrame},
		// "grant funding of $84,158 under Japan's Grassroots Programme"
		{name: "underProgramme", kinds: kMoneyNum, try: (*analysis).underProgrammeFrame},
		// (a giving verb in -ing right before q)
		{name: "thankedFor", kinds: kAll, cls: 1 << cTrigger, try: (*analysis).thankedForFrame},
		{name: "passive", kinds: kAll, try: (*analysis).passiveFrame},
		// "a Japan-funded $20 million project"
		{name: "fundedCompound", kinds: kMoneyNum, try: (*analysis).fundedCompoundFrame},
		// "a contribution from Belgium of €10 million"
		{name: "nounFrom", kinds: kMoneyNum, try: (*analysis).nounFromFrame},
		// "¥5 billion has been set aside for Laos" (a passive auxiliary)
		{name: "setAside", kinds: kMoneyNum, cls: 1 << cPassiveAux, try: (*analysis).setAsideFrame},
		// "launched an agency with an SR2 billion donation"
		{name: "withNoun", kinds: kMoneyNum, try: (*analysis).withNounFrame},
		// "The World Food Programme will receive NOK 45 million"
		{name: "orgReceiver", kinds: kMoneyNum, cls: 1 << cReceive, try: (*analysis).orgReceiverFrame},
		// "Berlin said … details of the €500 million aid package"
		{name: "reporterNoun", kinds: kMoneyNum, try: (*analysis).reporterNounFrame},
		// troops "from" countries: the troops family's frame (a verb
		// of presence before them is delivered: "will join 341
		// troops from …") before the general one
		{name: "troopsFrom", kinds: kTroops, try: (*analysis).troopsFromFrame},
		{name: "from", kinds: kTroops | kMoney | kEquip, try: (*analysis).fromFrame},
		// "the 14 tanks being sent from Britain"
		{name: "equipmentFrom", kinds: kEquip, try: (*analysis).equipmentFromFrame},
		// "Sudan will get $5 million in Japanese aid"
		{name: "demonymAid", kinds: kMoneyNum, try: (*analysis).demonymAidFrame},
		// "China-aided medical supplies"
		{name: "compoundGiver", kinds: kEquip, try: (*analysis).compoundGiverFrame},
		// "the delivery of 40 tanks by Germany"
		{name: "deliveryBy", kinds: kEquip, try: (*analysis).deliveryByFrame},
		{name: "deliveryNoun", kinds: kEquip, try: (*analysis).deliveryNounFrame},
		// (a verb of giving after the amount)
		{name: "nounPassive", kinds: kMoneyNum, cls: 1<<cTrigger | 1<<cDeliveryPast | 1<<cMakeVerb, try: (*analysis).nounPassiveFrame},
		{name: "moneyFrom", kinds: kMoneyNum, try: (*analysis).moneyFromFrame},
		// (a verb of receiving or giving before the amount)
		{name: "receiver", kinds: kMoneyNum, cls: 1<<cReceive | 1<<cTrigger | 1<<cDeliveryPast, try: (*analysis).receiverFrame},
		{name: "itemList", kinds: kCounted, try: (*analysis).itemListFrame},
		{name: "total", kinds: kMoneyNum, try: (*analysis).totalFrame},
		{name: "verbNoun", kinds: kMoneyNum, try: (*analysis).verbNounFrame},
		{name: "with", kinds: kMoneyNum, try: (*analysis).withFrame},
		{name: "predicate", kinds: kMoneyNum, try: (*analysis).predicateFrame},
		{name: "ownerLink", kinds: kMoneyNum, try: (*analysis).ownerLinkFrame},
		{name: "ownerAfter", kinds: kMoneyNum, try: (*analysis).ownerAfterFrame},
		{name: "value", kinds: kMoneyNum, try: (*analysis).ownValueFrame},
		{name: "possessive", kinds: kAll, try: (*analysis).possessiveFrame},
		{name: "noun", kinds: kAll, try: (*analysis).nounFrame},
		{name: "package", kinds: kEquip, try: (*analysis).packageFrame},
		{name: "sale", kinds: kEquip, try: (*analysis).saleFrame},
		{name: "hosted", kinds: kTroops, try: (*analysis).hostedFrame},
		{name: "reportedPassive", kinds: kTroops, try: (*analysis).reportedPassiveFrame},
		{name: "unitSize", kinds: kTroopsNum, try: (*analysis).unitSizeFrame},
		{name: "available", kinds: kTroops, try: (*analysis).availableFrame},
		{name: "contributionSize", kinds: kTroopsNum, try: (*analysis).contributionSizeFrame},
		{name: "endPresence", kinds: kTroops, try: (*analysis).endPresenceFrame},
		{name: "standby", kinds: kTroopsNum, try: (*analysis).standbyFrame},
		{name: "numberAfter", kinds: kTroopsNum, try: (*analysis).numberAfterFrame},
		{name: "share", kinds: kTroopsNum, try: (*analysis).shareFrame},
		{name: "troopsAmong", kinds: kTroopsNum, try: (*analysis).troopsAmongFrame},
		{name: "frontedSize", kinds: kTroopsNum, try: (*analysis).frontedSizeFrame},
		{name: "atCount", kinds: kTroopsNum, try: (*analysis).atCountFrame},
		{name: "areDemonym", kinds: kTroopsNum, try: (*analysis).areDemonymFrame},
		{name: "composed", kinds: kTroopsNum, try: (*analysis).composedFrame},
		{name: "ordered", kinds: kTroops, try: (*analysis).orderedFrame},
		{name: "presence", kinds: kTroops, try: (*analysis).presenceFrame},
		{name: "withTroops", kinds: kTroopsNum, try: (*analysis).withTroopsFrame},
		{name: "helpWith", kinds: kTroopsNum, try: (*analysis).helpWithFrame},
		{name: "joinWith", kinds: kTroops, try: (*analysis).joinWithFrame},
		// (a giving verb right before the troops)
		{name: "afterSending", kinds: kTroopsNum, cls: 1<<cTrigger | 1<<cDeliveryPast, try: (*analysis).afterSendingFrame},
		{name: "equipmentPresence", kinds: kEquip, try: (*analysis).equipmentPresenceFrame},
	}
	late := []frameStep{
		// (a noun of request before "for")
		{name: "request", kinds: kAll, cls: 1 << cRequestNoun, try: (*analysis).requestFrame},
		{name: "owner", kinds: kTroops, try: (*analysis).ownerFrame},
		// (troopsFromFrame was tried before fromFrame: it reads only
		// q and s and changes nothing, so a second try here would
		// fail again)
		{name: "followOn", kinds: kEquipNum, try: (*analysis).followOnFrame},
		{name: "materielDisposal", kinds: kMoney | kEquip, try: (*analysis).materielDisposalFrame},
		{name: "reportedPackage", kinds: kMoney | kEquip, try: (*analysis).reportedPackageFrame},
		// "… donated kits. Each hospital will get 10,000 masks"
		{name: "receivedGift", kinds: kEquipNum, try: (*analysis).receivedGiftFrame},
		// "… 400 vehicles will also be delivered"
		{name: "passiveGoods", kinds: kEquip, try: (*analysis).passiveGoodsFrame},
	}
	return frameTable{named: byKind(named), late: byKind(late)}
}

// reportedPassiveGoodsFrame is passiveGoodsFrame for goods handed over in
// a reported clause: "the minister announced that 40 trucks had been
// handed over".
func (a *analysis) reportedPassiveGoodsFrame(q *quantity, s span) (frame, bool) {
	if !a.reportedPassiveGoods(q, s) {
		return frame{}, false
	}
	return a.passiveGoodsFrame(q, s)
}

// ownValueFrame is valueFrame with the actors' own currencies.
func (a *analysis) ownValueFrame(q *quantity, s span) (frame, bool) {
	return a.valueFrame(q, s, a.ownCurrency)
}
