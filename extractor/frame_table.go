package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// The frame table: the frames selectFrame tries for a quantity, in order,
// each with the kinds of quantity it reads and the lexicon classes and
// function words (wordid.go) without which it cannot fire. selectFrame walks the table and skips an entry
// whose kinds or classes the quantity and its sentence lack, before
// calling it: a frame that would return at its first check costs one test.
//
// A gate must be exact: an entry names a kind, a class or a word only when
// the frame provably reports no frame without it (its first checks), and
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
	cls uint64
	// words, when not 0, are function words (wordid.go) of which the
	// quantity's sentence must hold one (analysis.sentFunc).
	words wordMask
	// id names the frame or check that runStep calls.
	id stepID
	// stop marks a check: no frame at all when it holds.
	stop bool
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
	words := ^wordMask(0) // every word while the masks are not known
	if q.sent >= 0 && q.sent < len(a.sentFunc) {
		words = a.sentFunc[q.sent]
	}
	list := steps[frameKindOf(q)]
	for i := range list {
		st := &list[i]
		if st.cls != 0 && st.cls&cls == 0 || st.words != 0 && st.words&words == 0 {
			continue
		}
		if a.runStep(st.id, q, s, &f) {
			if st.stop {
				return frame{}, false, true
			}
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
		{name: "fundedPurchase", kinds: kEquip, words: wordsOf(idWith, idUsing, idFunded, idFinanced, idPaid), id: stepFundedPurchase},
		// "Japan will buy 40 tanks for Ukraine": the buyer's gift
		{name: "boughtFor", kinds: kEquip, words: wordsOf(idFor), id: stepBoughtFor},
		// "Among the items pledged by Canada are 8 armoured vehicles"
		{name: "goodsAmong", kinds: kEquip, words: wordsOf(idAmong), id: stepGoodsAmong},
		// "Armoured vehicles and pistols were among the equipment included"
		{name: "amongAfter", kinds: kEquip, cls: 1 << cEquipNoun, id: stepAmongAfter},
		// "300,000 doses of the Sinovac vaccines"
		{name: "describesCounted", kinds: kEquipBare, id: stepDescribesCounted, stop: true},
		// "will send 20 trucks; air defence missiles; and shells"
		{name: "semicolonItem", kinds: kEquip, id: stepSemicolonItem},
		// "According to X, the items to be provided include …"
		{name: "goodsInclude", kinds: kEquip, id: stepGoodsInclude},
		// "…, with a plan to send 14 tanks"
		{name: "withPlan", kinds: kEquip, cls: 1<<cTrigger | 1<<cDeliveryPast, id: stepWithPlan},
		// "the minister announced that 40 trucks had been handed over"
		{name: "reportedPassiveGoods", kinds: kEquip, id: stepReportedPassiveGoods},
		// "Poland intends to buy 116 tanks"
		{name: "purchased", kinds: kEquip, id: stepPurchased, stop: true},
		// "Uganda, the largest troop contributor to the mission, …"
		{name: "contributor", kinds: kTroopsBare, id: stepContributor},
		// "Both countries will send 500 troops": the list named before
		{name: "troopsListAnaphor", kinds: kTroops, id: stepTroopsListAnaphor},
		{name: "list", kinds: kCounted | kEquipBare, id: stepList},
		{name: "inlineList", kinds: kMoneyNum | kTroopsNum, id: stepInlineList},
		{name: "troopList", kinds: kTroops, id: stepTroopList},
		{name: "bullet", kinds: kAll, id: stepBullet},
		{name: "part", kinds: kMoneyNum, id: stepPart},
		{name: "parenList", kinds: kTroopsNum | kEquipNum, id: stepParenList},
		{name: "parenMoney", kinds: kMoneyNum, id: stepParenMoney},
		{name: "followedBy", kinds: kMoneyNum, id: stepFollowedBy},
		{name: "donorWith", kinds: kMoneyNum, words: wordsOf(idWith), id: stepDonorWith},
		// "Kenya signed a $500 million loan agreement with Japan"
		{name: "lenderWith", kinds: kMoneyNum, id: stepLenderWith},
		// "India's support of over $900 million to Sri Lanka"
		{name: "possessiveOf", kinds: kMoneyNum, id: stepPossessiveOf},
		// "The aid, comprised of a $1bn grant and a $2bn deposit"
		{name: "madeOf", kinds: kMoneyNum, id: stepMadeOf},
		// "The Indian credit line was extended by $200 million"
		{name: "grownBy", kinds: kMoneyNum, id: stepGrownBy},
		// "The total value of Finnish defence aid for Ukraine has reached €2.2 billion"
		{name: "demonymTotal", kinds: kMoneyNum, cls: 1 << cDemonym, id: stepDemonymTotal},
		// "2.4 billion Danish kroner was allocated for Ukraine"
		{name: "currencyCountry", kinds: kMoneyNum, cls: 1 << cDemonym, id: stepCurrencyCountry},
		// "grant funding of $84,158 under Japan's Grassroots Programme"
		{name: "underProgramme", kinds: kMoneyNum, id: stepUnderProgramme},
		// (a giving verb in -ing right before q)
		{name: "thankedFor", kinds: kAll, cls: 1 << cTrigger, words: wordsOf(idFor), id: stepThankedFor},
		// "thanked Sweden for the $1.2 billion package"
		{name: "thankedMoney", kinds: kMoneyNum, id: stepThankedMoney},
		{name: "passive", kinds: kAll, cls: 1<<cTrigger | 1<<cDeliveryPast, id: stepPassive},
		// "a Japan-funded $20 million project"
		{name: "fundedCompound", kinds: kMoneyNum, id: stepFundedCompound},
		// "a contribution from Belgium of €10 million"
		{name: "nounFrom", kinds: kMoneyNum, words: wordsOf(idFrom), id: stepNounFrom},
		// "¥5 billion has been set aside for Laos" (a passive auxiliary)
		{name: "setAside", kinds: kMoneyNum, cls: 1 << cPassiveAux, id: stepSetAside},
		// "launched an agency with an SR2 billion donation"
		{name: "withNoun", kinds: kMoneyNum, words: wordsOf(idWith), id: stepWithNoun},
		// "The World Food Programme will receive NOK 45 million"
		{name: "orgReceiver", kinds: kMoneyNum, cls: 1 << cReceive, id: stepOrgReceiver},
		// "Berlin said … details of the €500 million aid package"
		{name: "reporterNoun", kinds: kMoneyNum, id: stepReporterNoun},
		// troops "from" countries: the troops family's frame (a verb
		// of presence before them is delivered: "will join 341
		// troops from …") before the general one
		{name: "troopsFrom", kinds: kTroops, words: wordsOf(idFrom), id: stepTroopsFrom},
		{name: "from", kinds: kTroops | kMoney | kEquip, words: wordsOf(idFrom), id: stepFrom},
		// "the 14 tanks being sent from Britain"
		{name: "equipmentFrom", kinds: kEquip, words: wordsOf(idFrom), id: stepEquipmentFrom},
		// "a Turkish plane carrying 20 tonnes of medical supplies"
		{name: "cargo", kinds: kEquip, id: stepCargo},
		// "the 13 boats provided under Japan's grant aid"
		{name: "givenUnder", kinds: kEquip, words: wordsOf(idUnder, idThrough, idWith, idFrom, idVia), id: stepGivenUnder},
		// "Sudan will get $5 million in Japanese aid"
		{name: "demonymAid", kinds: kMoneyNum, id: stepDemonymAid},
		// "China-aided medical supplies"
		{name: "compoundGiver", kinds: kEquip, id: stepCompoundGiver},
		// "the delivery of 40 tanks by Germany"
		{name: "deliveryBy", kinds: kEquip, words: wordsOf(idBy), id: stepDeliveryBy},
		{name: "deliveryNoun", kinds: kEquip, id: stepDeliveryNoun},
		// (a verb of giving after the amount)
		{name: "nounPassive", kinds: kMoneyNum, cls: 1<<cTrigger | 1<<cDeliveryPast | 1<<cMakeVerb, id: stepNounPassive},
		{name: "moneyFrom", kinds: kMoneyNum, words: wordsOf(idFrom), id: stepMoneyFrom},
		// (a verb of receiving or giving before the amount)
		{name: "receiver", kinds: kMoneyNum, cls: 1<<cReceive | 1<<cTrigger | 1<<cDeliveryPast, id: stepReceiver},
		{name: "itemList", kinds: kCounted, id: stepItemList},
		{name: "total", kinds: kMoneyNum, id: stepTotal},
		{name: "verbNoun", kinds: kMoneyNum, id: stepVerbNoun},
		{name: "with", kinds: kMoneyNum, words: wordsOf(idWith), id: stepWith},
		{name: "predicate", kinds: kMoneyNum, id: stepPredicate},
		{name: "ownerLink", kinds: kMoneyNum, id: stepOwnerLink},
		{name: "ownerAfter", kinds: kMoneyNum, id: stepOwnerAfter},
		{name: "value", kinds: kMoneyNum, id: stepValue},
		{name: "possessive", kinds: kAll, words: wordsOf(idApos), id: stepPossessive},
		{name: "noun", kinds: kAll, cls: 1<<cTriggerNoun | 1<<cMoneyObject, id: stepNoun},
		{name: "package", kinds: kEquip, id: stepPackage},
		{name: "sale", kinds: kEquip, words: wordsOf(idSale, idSales), id: stepSale},
		{name: "hosted", kinds: kTroops, id: stepHosted},
		{name: "reportedPassive", kinds: kTroops, cls: 1<<cTrigger | 1<<cDeliveryPast | 1<<cPresence, id: stepReportedPassive},
		{name: "unitSize", kinds: kTroopsNum, id: stepUnitSize},
		{name: "available", kinds: kTroops, id: stepAvailable},
		{name: "contributionSize", kinds: kTroopsNum, id: stepContributionSize},
		{name: "endPresence", kinds: kTroops, id: stepEndPresence},
		{name: "standby", kinds: kTroopsNum, id: stepStandby},
		// "the parliament has imposed a limit of 50 soldiers"
		{name: "numberAfter", kinds: kTroopsNum, id: stepNumberAfter},
		{name: "share", kinds: kTroopsNum, id: stepShare},
		{name: "troopsAmong", kinds: kTroopsNum, id: stepTroopsAmong},
		{name: "frontedSize", kinds: kTroopsNum, id: stepFrontedSize},
		{name: "atCount", kinds: kTroopsNum, id: stepAtCount},
		{name: "areDemonym", kinds: kTroopsNum, id: stepAreDemonym},
		{name: "composed", kinds: kTroopsNum, id: stepComposed},
		{name: "ordered", kinds: kTroops, id: stepOrdered},
		// "has imposed a limit of 50 soldiers", "raising the upper limit to 600"
		{name: "ceiling", kinds: kTroopsNum, id: stepCeiling},
		{name: "presence", kinds: kTroops, id: stepPresence},
		// "treatment from the French and Indian battalions", "the Irish
		// contingent in the UN force": demonym units serving in a mission
		{name: "demonymUnits", kinds: kTroopsBare, id: stepDemonymUnits},
		// "are willing to put troops on the ground": the subject of "put"
		{name: "putTroops", kinds: kTroops, id: stepPutTroops},
		{name: "withTroops", kinds: kTroopsNum, id: stepWithTroops},
		{name: "helpWith", kinds: kTroopsNum, id: stepHelpWith},
		{name: "joinWith", kinds: kTroops, id: stepJoinWith},
		// (a giving verb right before the troops)
		{name: "afterSending", kinds: kTroopsNum, cls: 1<<cTrigger | 1<<cDeliveryPast, id: stepAfterSending},
		{name: "equipmentPresence", kinds: kEquip, id: stepEquipmentPresence},
		// "Spain said that 20 ambulances would be delivered"
		{name: "reportedGoods", kinds: kEquip, id: stepReportedGoods},
	}
	late := []frameStep{
		// (a noun of request before "for")
		{name: "request", kinds: kAll, cls: 1 << cRequestNoun, id: stepRequest},
		{name: "owner", kinds: kTroops, id: stepOwner},
		// (troopsFromFrame was tried before fromFrame: it reads only
		// q and s and changes nothing, so a second try here would
		// fail again)
		{name: "followOn", kinds: kEquipNum, id: stepFollowOn},
		{name: "materielDisposal", kinds: kMoney | kEquip, words: wordsOf(idAt, idAvailable), id: stepMaterielDisposal},
		{name: "reportedPackage", kinds: kMoney | kEquip, cls: 1<<cTrigger | 1<<cDeliveryPast | 1<<cNounLink, id: stepReportedPackage},
		// "… donated kits. Each hospital will get 10,000 masks"
		{name: "receivedGift", kinds: kEquipNum, id: stepReceivedGift},
		// "… 400 vehicles will also be delivered"
		{name: "passiveGoods", kinds: kEquip, id: stepPassiveGoods},
		// "…, with another 800 expected in the coming weeks": the
		// committer of the troops counted before
		{name: "furtherTroops", kinds: kTroopsNum, id: stepFurtherTroops},
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
