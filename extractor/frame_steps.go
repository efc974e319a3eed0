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
	stepNumberAfter
	stepShare
	stepTroopsAmong
	stepFrontedSize
	stepAtCount
	stepAreDemonym
	stepComposed
	stepOrdered
	stepPresence
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
)

// runStep runs the frame or check id for q in its sentence s; ok tells
// whether the frame fired or the check holds.
func (a *analysis) runStep(id stepID, q *quantity, s span) (f frame, ok bool) {
	switch id {
	case stepFundedPurchase:
		return a.fundedPurchaseFrame(q, s)
	case stepBoughtFor:
		return a.boughtForFrame(q, s)
	case stepGoodsAmong:
		return a.goodsAmongFrame(q, s)
	case stepDescribesCounted:
		return frame{}, a.describesCounted(q, s)
	case stepSemicolonItem:
		return a.semicolonItemFrame(q, s)
	case stepGoodsInclude:
		return a.goodsIncludeFrame(q, s)
	case stepWithPlan:
		return a.withPlanFrame(q, s)
	case stepReportedPassiveGoods:
		return a.reportedPassiveGoodsFrame(q, s)
	case stepPurchased:
		return frame{}, a.purchased(q, s)
	case stepContributor:
		return a.contributorFrame(q, s)
	case stepList:
		return a.listFrame(q, s)
	case stepInlineList:
		return a.inlineListFrame(q, s)
	case stepTroopList:
		return a.troopListFrame(q, s)
	case stepBullet:
		return a.bulletFrame(q, s)
	case stepPart:
		return a.partFrame(q, s)
	case stepParenList:
		return a.parenListFrame(q, s)
	case stepParenMoney:
		return a.parenMoneyFrame(q, s)
	case stepFollowedBy:
		return a.followedByFrame(q, s)
	case stepDonorWith:
		return a.donorWithFrame(q, s)
	case stepLenderWith:
		return a.lenderWithFrame(q, s)
	case stepUnderProgramme:
		return a.underProgrammeFrame(q, s)
	case stepThankedFor:
		return a.thankedForFrame(q, s)
	case stepPassive:
		return a.passiveFrame(q, s)
	case stepFundedCompound:
		return a.fundedCompoundFrame(q, s)
	case stepNounFrom:
		return a.nounFromFrame(q, s)
	case stepSetAside:
		return a.setAsideFrame(q, s)
	case stepWithNoun:
		return a.withNounFrame(q, s)
	case stepOrgReceiver:
		return a.orgReceiverFrame(q, s)
	case stepReporterNoun:
		return a.reporterNounFrame(q, s)
	case stepTroopsFrom:
		return a.troopsFromFrame(q, s)
	case stepFrom:
		return a.fromFrame(q, s)
	case stepEquipmentFrom:
		return a.equipmentFromFrame(q, s)
	case stepDemonymAid:
		return a.demonymAidFrame(q, s)
	case stepCompoundGiver:
		return a.compoundGiverFrame(q, s)
	case stepDeliveryBy:
		return a.deliveryByFrame(q, s)
	case stepDeliveryNoun:
		return a.deliveryNounFrame(q, s)
	case stepNounPassive:
		return a.nounPassiveFrame(q, s)
	case stepMoneyFrom:
		return a.moneyFromFrame(q, s)
	case stepReceiver:
		return a.receiverFrame(q, s)
	case stepItemList:
		return a.itemListFrame(q, s)
	case stepTotal:
		return a.totalFrame(q, s)
	case stepVerbNoun:
		return a.verbNounFrame(q, s)
	case stepWith:
		return a.withFrame(q, s)
	case stepPredicate:
		return a.predicateFrame(q, s)
	case stepOwnerLink:
		return a.ownerLinkFrame(q, s)
	case stepOwnerAfter:
		return a.ownerAfterFrame(q, s)
	case stepValue:
		return a.ownValueFrame(q, s)
	case stepPossessive:
		return a.possessiveFrame(q, s)
	case stepNoun:
		return a.nounFrame(q, s)
	case stepPackage:
		return a.packageFrame(q, s)
	case stepSale:
		return a.saleFrame(q, s)
	case stepHosted:
		return a.hostedFrame(q, s)
	case stepReportedPassive:
		return a.reportedPassiveFrame(q, s)
	case stepUnitSize:
		return a.unitSizeFrame(q, s)
	case stepAvailable:
		return a.availableFrame(q, s)
	case stepContributionSize:
		return a.contributionSizeFrame(q, s)
	case stepEndPresence:
		return a.endPresenceFrame(q, s)
	case stepStandby:
		return a.standbyFrame(q, s)
	case stepNumberAfter:
		return a.numberAfterFrame(q, s)
	case stepShare:
		return a.shareFrame(q, s)
	case stepTroopsAmong:
		return a.troopsAmongFrame(q, s)
	case stepFrontedSize:
		return a.frontedSizeFrame(q, s)
	case stepAtCount:
		return a.atCountFrame(q, s)
	case stepAreDemonym:
		return a.areDemonymFrame(q, s)
	case stepComposed:
		return a.composedFrame(q, s)
	case stepOrdered:
		return a.orderedFrame(q, s)
	case stepPresence:
		return a.presenceFrame(q, s)
	case stepWithTroops:
		return a.withTroopsFrame(q, s)
	case stepHelpWith:
		return a.helpWithFrame(q, s)
	case stepJoinWith:
		return a.joinWithFrame(q, s)
	case stepAfterSending:
		return a.afterSendingFrame(q, s)
	case stepEquipmentPresence:
		return a.equipmentPresenceFrame(q, s)
	case stepRequest:
		return a.requestFrame(q, s)
	case stepOwner:
		return a.ownerFrame(q, s)
	case stepFollowOn:
		return a.followOnFrame(q, s)
	case stepMaterielDisposal:
		return a.materielDisposalFrame(q, s)
	case stepReportedPackage:
		return a.reportedPackageFrame(q, s)
	case stepReceivedGift:
		return a.receivedGiftFrame(q, s)
	case stepPassiveGoods:
		return a.passiveGoodsFrame(q, s)
	}
	return frame{}, false
}
