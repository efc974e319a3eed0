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
)

// runStep runs the frame or check id for q in its sentence s, writing
// the frame into *f; it reports whether the frame fired or the check
// holds.
func (a *analysis) runStep(id stepID, q *quantity, s span, f *frame) (ok bool) {
	switch id {
	case stepFundedPurchase:
		*f, ok = a.fundedPurchaseFrame(q, s)
	case stepBoughtFor:
		*f, ok = a.boughtForFrame(q, s)
	case stepGoodsAmong:
		*f, ok = a.goodsAmongFrame(q, s)
	case stepDescribesCounted:
		return a.describesCounted(q, s)
	case stepSemicolonItem:
		*f, ok = a.semicolonItemFrame(q, s)
	case stepGoodsInclude:
		*f, ok = a.goodsIncludeFrame(q, s)
	case stepWithPlan:
		*f, ok = a.withPlanFrame(q, s)
	case stepReportedPassiveGoods:
		*f, ok = a.reportedPassiveGoodsFrame(q, s)
	case stepPurchased:
		return a.purchased(q, s)
	case stepContributor:
		*f, ok = a.contributorFrame(q, s)
	case stepList:
		*f, ok = a.listFrame(q, s)
	case stepInlineList:
		*f, ok = a.inlineListFrame(q, s)
	case stepTroopList:
		*f, ok = a.troopListFrame(q, s)
	case stepBullet:
		*f, ok = a.bulletFrame(q, s)
	case stepPart:
		*f, ok = a.partFrame(q, s)
	case stepParenList:
		*f, ok = a.parenListFrame(q, s)
	case stepParenMoney:
		*f, ok = a.parenMoneyFrame(q, s)
	case stepFollowedBy:
		*f, ok = a.followedByFrame(q, s)
	case stepDonorWith:
		*f, ok = a.donorWithFrame(q, s)
	case stepPossessiveOf:
		*f, ok = a.possessiveOfFrame(q, s)
	case stepDemonymTotal:
		*f, ok = a.demonymTotalFrame(q, s)
	case stepCurrencyCountry:
		*f, ok = a.currencyCountryFrame(q, s)
	case stepGrownBy:
		*f, ok = a.grownByFrame(q, s)
	case stepMadeOf:
		*f, ok = a.madeOfFrame(q, s)
	case stepLenderWith:
		*f, ok = a.lenderWithFrame(q, s)
		if !ok { // "reached an agreement with Japan for a $500 million loan"
			*f, ok = a.dealWithForFrame(q, s)
		}
	case stepUnderProgramme:
		*f, ok = a.underProgrammeFrame(q, s)
	case stepThankedFor:
		*f, ok = a.thankedForFrame(q, s)
	case stepPassive:
		*f, ok = a.passiveFrame(q, s)
	case stepFundedCompound:
		*f, ok = a.fundedCompoundFrame(q, s)
	case stepNounFrom:
		*f, ok = a.nounFromFrame(q, s)
	case stepSetAside:
		*f, ok = a.setAsideFrame(q, s)
	case stepWithNoun:
		*f, ok = a.withNounFrame(q, s)
	case stepOrgReceiver:
		*f, ok = a.orgReceiverFrame(q, s)
	case stepReporterNoun:
		*f, ok = a.reporterNounFrame(q, s)
	case stepTroopsFrom:
		*f, ok = a.troopsFromFrame(q, s)
	case stepFrom:
		*f, ok = a.fromFrame(q, s)
	case stepEquipmentFrom:
		*f, ok = a.equipmentFromFrame(q, s)
	case stepDemonymAid:
		*f, ok = a.demonymAidFrame(q, s)
	case stepCompoundGiver:
		*f, ok = a.compoundGiverFrame(q, s)
	case stepDeliveryBy:
		*f, ok = a.deliveryByFrame(q, s)
	case stepDeliveryNoun:
		*f, ok = a.deliveryNounFrame(q, s)
	case stepNounPassive:
		*f, ok = a.nounPassiveFrame(q, s)
	case stepMoneyFrom:
		*f, ok = a.moneyFromFrame(q, s)
	case stepReceiver:
		// "had received the UAE's $3bn in aid": the owner gave it
		if *f, ok = a.receivedOwnedFrame(q, s); !ok {
			*f, ok = a.receiverFrame(q, s)
		}
	case stepItemList:
		*f, ok = a.itemListFrame(q, s)
	case stepTotal:
		*f, ok = a.totalFrame(q, s)
	case stepVerbNoun:
		*f, ok = a.verbNounFrame(q, s)
	case stepWith:
		*f, ok = a.withFrame(q, s)
	case stepPredicate:
		*f, ok = a.predicateFrame(q, s)
	case stepOwnerLink:
		*f, ok = a.ownerLinkFrame(q, s)
	case stepOwnerAfter:
		*f, ok = a.ownerAfterFrame(q, s)
	case stepValue:
		*f, ok = a.ownValueFrame(q, s)
	case stepPossessive:
		*f, ok = a.possessiveFrame(q, s)
	case stepNoun:
		*f, ok = a.nounFrame(q, s)
	case stepPackage:
		*f, ok = a.packageFrame(q, s)
	case stepSale:
		*f, ok = a.saleFrame(q, s)
	case stepHosted:
		*f, ok = a.hostedFrame(q, s)
	case stepReportedPassive:
		*f, ok = a.reportedPassiveFrame(q, s)
	case stepUnitSize:
		*f, ok = a.unitSizeFrame(q, s)
	case stepAvailable:
		*f, ok = a.availableFrame(q, s)
	case stepContributionSize:
		*f, ok = a.contributionSizeFrame(q, s)
	case stepEndPresence:
		*f, ok = a.endPresenceFrame(q, s)
	case stepStandby:
		*f, ok = a.standbyFrame(q, s)
	case stepThankedMoney:
		*f, ok = a.thankedMoneyFrame(q, s)
	case stepNumberAfter:
		*f, ok = a.numberAfterFrame(q, s)
	case stepShare:
		*f, ok = a.shareFrame(q, s)
	case stepTroopsAmong:
		*f, ok = a.troopsAmongFrame(q, s)
	case stepFrontedSize:
		*f, ok = a.frontedSizeFrame(q, s)
	case stepAtCount:
		*f, ok = a.atCountFrame(q, s)
	case stepAreDemonym:
		*f, ok = a.areDemonymFrame(q, s)
	case stepComposed:
		*f, ok = a.composedFrame(q, s)
	case stepOrdered:
		*f, ok = a.orderedFrame(q, s)
	case stepCeiling:
		*f, ok = a.ceilingFrame(q, s)
	case stepPresence:
		*f, ok = a.presenceFrame(q, s)
	case stepDemonymUnits:
		*f, ok = a.demonymUnitsFrame(q, s)
	case stepFurtherTroops:
		*f, ok = a.furtherTroopsFrame(q, s)
	case stepPutTroops:
		*f, ok = a.putTroopsFrame(q, s)
	case stepWithTroops:
		*f, ok = a.withTroopsFrame(q, s)
	case stepHelpWith:
		*f, ok = a.helpWithFrame(q, s)
	case stepJoinWith:
		*f, ok = a.joinWithFrame(q, s)
	case stepAfterSending:
		*f, ok = a.afterSendingFrame(q, s)
	case stepEquipmentPresence:
		*f, ok = a.equipmentPresenceFrame(q, s)
	case stepRequest:
		*f, ok = a.requestFrame(q, s)
	case stepOwner:
		*f, ok = a.ownerFrame(q, s)
	case stepFollowOn:
		*f, ok = a.followOnFrame(q, s)
	case stepMaterielDisposal:
		*f, ok = a.materielDisposalFrame(q, s)
	case stepReportedPackage:
		*f, ok = a.reportedPackageFrame(q, s)
	case stepReceivedGift:
		*f, ok = a.receivedGiftFrame(q, s)
	case stepAmongAfter:
		*f, ok = a.amongAfterFrame(q, s)
	case stepGivenUnder:
		*f, ok = a.givenUnderFrame(q, s)
	case stepPassiveGoods:
		*f, ok = a.passiveGoodsFrame(q, s)
	}
	return ok
}
