package extractor

// The steps of the frame table (frame_table.go) by id, and runStep,
// which calls their methods.

// stepID names the frame or check of a step (runStep). The steps call
// their methods directly, not through function values, so that the
// quantity a frame reads stays on the caller's stack.
type stepID uint8

const (
	stepFundedPurchase stepID = iota
	stepBoughtFor
	stepGoodsAmong
	stepDescribesCounted
	stepSemicolonItem
	stepGoodsInclude
	stepWithPlan
	stepReportedPassiveGoods
	stepPurchased
	stepContributor
	stepTroopsListAnaphor
	stepList
	stepInlineList
	stepTroopList
	stepBullet
	stepPart
	stepParenList
	stepParenMoney
	stepFollowedBy
	stepDonorWith
	stepLenderWith
	stepUnderProgramme
	stepThankedFor
	stepPassive
	stepFundedCompound
	stepNounFrom
	stepSetAside
	stepWithNoun
	stepOrgReceiver
	stepReporterNoun
	stepTroopsFrom
	stepFrom
	stepEquipmentFrom
	stepDemonymAid
	stepCompoundGiver
	stepDeliveryBy
	stepDeliveryNoun
	stepNounPassive
	stepMoneyFrom
	stepReceiver
	stepItemList
	stepTotal
	stepVerbNoun
	stepWith
	stepPredicate
	stepOwnerLink
	stepOwnerAfter
	stepValue
	stepPossessive
	stepNoun
	stepPackage
	stepSale
	stepHosted
	stepReportedPassive
	stepUnitSize
	stepAvailable
	stepContributionSize
	stepEndPresence
	stepStandby
	stepThankedMoney
	stepNumberAfter
	stepShare
	stepTroopsAmong
	stepFrontedSize
	stepAtCount
	stepAreDemonym
	stepComposed
	stepOrdered
	stepCeiling
	stepPresence
	stepDemonymUnits
	stepFurtherTroops
	stepPutTroops
	stepWithTroops
	stepHelpWith
	stepJoinWith
	stepAfterSending
	stepEquipmentPresence
	stepRequest
	stepOwner
	stepFollowOn
	stepMaterielDisposal
	stepReportedPackage
	stepReceivedGift
	stepPassiveGoods
	stepGivenUnder
	stepAmongAfter
	stepPossessiveOf
	stepMadeOf
	stepDemonymTotal
	stepCurrencyCountry
	stepGrownBy
	stepCargo
	stepReportedGoods
)

// runStep runs the frame or check id for q in its sentence s; it reports
// whether the frame fired (then it is written into *f; *f is left as it
// was otherwise) or the check holds.
func (a *analysis) runStep(id stepID, q *quantity, s span, f *frame) bool {
	switch id {
	case stepFundedPurchase:
		return f.keep(a.fundedPurchaseFrame(q, s))
	case stepBoughtFor:
		return f.keep(a.boughtForFrame(q, s))
	case stepGoodsAmong:
		return f.keep(a.goodsAmongFrame(q, s))
	case stepDescribesCounted:
		return a.describesCounted(q, s)
	case stepSemicolonItem:
		return f.keep(a.semicolonItemFrame(q, s))
	case stepGoodsInclude:
		return f.keep(a.goodsIncludeFrame(q, s))
	case stepWithPlan:
		return f.keep(a.withPlanFrame(q, s))
	case stepReportedPassiveGoods:
		return f.keep(a.reportedPassiveGoodsFrame(q, s))
	case stepPurchased:
		return a.purchased(q, s)
	case stepContributor:
		return f.keep(a.contributorFrame(q, s))
	case stepTroopsListAnaphor:
		return f.keep(a.listAnaphorFrame(q, s))
	case stepList:
		return f.keep(a.listFrame(q, s))
	case stepInlineList:
		return f.keep(a.inlineListFrame(q, s))
	case stepTroopList:
		return f.keep(a.troopListFrame(q, s))
	case stepBullet:
		return f.keep(a.bulletFrame(q, s))
	case stepPart:
		return f.keep(a.partFrame(q, s))
	case stepParenList:
		return f.keep(a.parenListFrame(q, s))
	case stepParenMoney:
		return f.keep(a.parenMoneyFrame(q, s))
	case stepFollowedBy:
		return f.keep(a.followedByFrame(q, s))
	case stepDonorWith:
		return f.keep(a.donorWithFrame(q, s))
	case stepPossessiveOf:
		return f.keep(a.possessiveOfFrame(q, s))
	case stepDemonymTotal:
		return f.keep(a.demonymTotalFrame(q, s))
	case stepCurrencyCountry:
		return f.keep(a.currencyCountryFrame(q, s))
	case stepGrownBy:
		return f.keep(a.grownByFrame(q, s))
	case stepMadeOf:
		return f.keep(a.madeOfFrame(q, s))
	case stepLenderWith:
		// "reached an agreement with Japan for a $500 million loan"
		return f.keep(a.lenderWithFrame(q, s)) || f.keep(a.dealWithForFrame(q, s))
	case stepUnderProgramme:
		return f.keep(a.underProgrammeFrame(q, s))
	case stepThankedFor:
		return f.keep(a.thankedForFrame(q, s))
	case stepPassive:
		return f.keep(a.passiveFrame(q, s))
	case stepFundedCompound:
		return f.keep(a.fundedCompoundFrame(q, s))
	case stepNounFrom:
		return f.keep(a.nounFromFrame(q, s))
	case stepSetAside:
		return f.keep(a.setAsideFrame(q, s))
	case stepWithNoun:
		return f.keep(a.withNounFrame(q, s))
	case stepOrgReceiver:
		return f.keep(a.orgReceiverFrame(q, s))
	case stepReporterNoun:
		return f.keep(a.reporterNounFrame(q, s))
	case stepTroopsFrom:
		return f.keep(a.troopsFromFrame(q, s))
	case stepFrom:
		return f.keep(a.fromFrame(q, s))
	case stepEquipmentFrom:
		return f.keep(a.equipmentFromFrame(q, s))
	case stepDemonymAid:
		return f.keep(a.demonymAidFrame(q, s))
	case stepCompoundGiver:
		return f.keep(a.compoundGiverFrame(q, s))
	case stepDeliveryBy:
		return f.keep(a.deliveryByFrame(q, s))
	case stepDeliveryNoun:
		return f.keep(a.deliveryNounFrame(q, s))
	case stepNounPassive:
		return f.keep(a.nounPassiveFrame(q, s))
	case stepMoneyFrom:
		return f.keep(a.moneyFromFrame(q, s))
	case stepReceiver:
		// "had received the UAE's $3bn in aid": the owner gave it
		return f.keep(a.receivedOwnedFrame(q, s)) || f.keep(a.receiverFrame(q, s))
	case stepItemList:
		return f.keep(a.itemListFrame(q, s))
	case stepTotal:
		return f.keep(a.totalFrame(q, s))
	case stepVerbNoun:
		return f.keep(a.verbNounFrame(q, s))
	case stepWith:
		return f.keep(a.withFrame(q, s))
	case stepPredicate:
		return f.keep(a.predicateFrame(q, s))
	case stepOwnerLink:
		return f.keep(a.ownerLinkFrame(q, s))
	case stepOwnerAfter:
		return f.keep(a.ownerAfterFrame(q, s))
	case stepValue:
		return f.keep(a.ownValueFrame(q, s))
	case stepPossessive:
		return f.keep(a.possessiveFrame(q, s))
	case stepNoun:
		return f.keep(a.nounFrame(q, s))
	case stepPackage:
		return f.keep(a.packageFrame(q, s))
	case stepSale:
		return f.keep(a.saleFrame(q, s))
	case stepHosted:
		return f.keep(a.hostedFrame(q, s))
	case stepReportedPassive:
		return f.keep(a.reportedPassiveFrame(q, s))
	case stepUnitSize:
		return f.keep(a.unitSizeFrame(q, s))
	case stepAvailable:
		return f.keep(a.availableFrame(q, s))
	case stepContributionSize:
		return f.keep(a.contributionSizeFrame(q, s))
	case stepEndPresence:
		return f.keep(a.endPresenceFrame(q, s))
	case stepStandby:
		return f.keep(a.standbyFrame(q, s))
	case stepThankedMoney:
		return f.keep(a.thankedMoneyFrame(q, s))
	case stepNumberAfter:
		return f.keep(a.numberAfterFrame(q, s))
	case stepShare:
		return f.keep(a.shareFrame(q, s))
	case stepTroopsAmong:
		return f.keep(a.troopsAmongFrame(q, s))
	case stepFrontedSize:
		return f.keep(a.frontedSizeFrame(q, s))
	case stepAtCount:
		return f.keep(a.atCountFrame(q, s))
	case stepAreDemonym:
		return f.keep(a.areDemonymFrame(q, s))
	case stepComposed:
		return f.keep(a.composedFrame(q, s))
	case stepOrdered:
		return f.keep(a.orderedFrame(q, s))
	case stepCeiling:
		return f.keep(a.ceilingFrame(q, s))
	case stepPresence:
		return f.keep(a.presenceFrame(q, s))
	case stepDemonymUnits:
		return f.keep(a.demonymUnitsFrame(q, s))
	case stepFurtherTroops:
		return f.keep(a.furtherTroopsFrame(q, s))
	case stepPutTroops:
		return f.keep(a.putTroopsFrame(q, s))
	case stepWithTroops:
		return f.keep(a.withTroopsFrame(q, s))
	case stepHelpWith:
		return f.keep(a.helpWithFrame(q, s))
	case stepJoinWith:
		return f.keep(a.joinWithFrame(q, s))
	case stepAfterSending:
		return f.keep(a.afterSendingFrame(q, s))
	case stepEquipmentPresence:
		return f.keep(a.equipmentPresenceFrame(q, s))
	case stepCargo:
		return f.keep(a.cargoFrame(q, s))
	case stepReportedGoods:
		return f.keep(a.reportedGoodsFrame(q, s))
	case stepRequest:
		return f.keep(a.requestFrame(q, s))
	case stepOwner:
		return f.keep(a.ownerFrame(q, s))
	case stepFollowOn:
		return f.keep(a.followOnFrame(q, s))
	case stepMaterielDisposal:
		return f.keep(a.materielDisposalFrame(q, s))
	case stepReportedPackage:
		return f.keep(a.reportedPackageFrame(q, s))
	case stepReceivedGift:
		return f.keep(a.receivedGiftFrame(q, s))
	case stepAmongAfter:
		return f.keep(a.amongAfterFrame(q, s))
	case stepGivenUnder:
		return f.keep(a.givenUnderFrame(q, s))
	case stepPassiveGoods:
		return f.keep(a.passiveGoodsFrame(q, s))
	}
	return false
}

// keep writes g into f when ok and reports ok: a frame that does not
// fire costs no copy (a frame is large, and most steps do not fire).
func (f *frame) keep(g frame, ok bool) bool {
	if ok {
		*f = g
	}
	return ok
}
