package extractor

// The stage of commitments (frames.go) that reads frames with no quantity
// of their own: money nouns without an amount, support, participation in
// a mission, roles, lists of members, troop totals and cuts.

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// sentenceLines runs the frames that read whole sentences rather than one
// quantity, in a fixed order: a frame may give no line to a country that
// already commits something in the sentence, so it reads the lines of the
// frames before it (b.out at the time of each check).
func (b *lineBuilder) sentenceLines() {
	a, emit := b.a, b.emit
	unquantified := a.moneyNounFrames(emit, b.out)
	a.supportFrames(emit, unquantified, func(actor string, start int) bool {
		return b.hasLine(actor, news.KindTroops, start)
	})
	// the support frames below give no line to a country that already
	// commits something in the sentence (frames_support_roster.go …)
	anyLine := func(actor string, start int) bool {
		return b.hasLine(actor, news.KindTroops, start) || b.hasLine(actor, news.KindSupport, start) ||
			b.hasLine(actor, news.KindEquipment, start) || b.hasLine(actor, news.KindMoney, start)
	}
	a.rosterFrames(emit, anyLine)          // "The countries taking part in the mission are A, B and C" (before the join frames)
	a.rosterNextFrames(emit, anyLine)      // "Eleven countries are involved in the mission. They are A, B and C."
	a.helpAgentFrames(emit, anyLine)       // "Chinese experts have trained Ukrainian health workers"
	a.guardOfFrames(emit, anyLine)         // "Britain will guarantee Ukraine's security"
	a.participationOfFrames(emit, anyLine) // "Parliament approved Spain's participation in the mission"
	a.helpInFrames(emit, anyLine)          // "Japan will support in repairing cultural heritage"
	a.helpGoesOnFrames(emit, anyLine)      // "Germany's training of Ukrainian troops will continue"
	// a country that already commits something in the sentence needs no participation line
	a.joinFrames(emit, func(actor string, start int, kind news.Kind) bool {
		return b.hasLine(actor, kind, start) || b.hasLine(actor, news.KindTroops, start)
	})
	a.elidedJoinFrames(emit, anyLine) // "Belgium is also taking part" after the mission is named
	a.partOfFrames(emit, anyLine)     // "Britain, as part of the maritime coalition, will …"
	a.handoverFrames(emit)            // "will take over the air policing mission from Poland"
	a.helpWithMissionFrames(emit)     // "will help the US with the naval mission"
	a.replaceFrames(emit)             // "will replace Poland in the air policing mission"
	a.hostCommandFrames(emit)         // "has offered to host the new command"
	a.ownMissionFrames(emit)          // "The EU monitoring mission has been extended"
	a.missionActsFrames(emit)         // "The EU training mission will train 5,000 soldiers"
	a.leadUnitFrames(emit, func(actor string, start int, kind news.Kind) bool {
		return b.hasLine(actor, news.KindTroops, start)
	}) // "Germany leads the multinational battalion in Lithuania"
	// "Kenya offered to lead the force", "under Norwegian command" (frames_support_lead.go)
	a.leadFrames(emit, func(actor string, start int) bool { return b.hasLine(actor, news.KindSupport, start) })
	// "offers of assistance from Spain and Qatar" (frames_support_offers_of.go)
	a.offersOfFrames(emit, func(actor string, start int) bool { return b.hasLine(actor, news.KindSupport, start) })
	// "Turkey will host Somali troops for training" (frames_support_host_for.go)
	a.hostForFrames(emit, func(actor string, start int) bool { return b.hasLine(actor, news.KindSupport, start) })
	a.permissionFrames(emit)
	a.leaveFrames(emit)
	// "Other countries to contribute include A, B and C" (frames_troops_roster.go)
	a.troopRosterFrames(emit)
	lastTroops := func(si int) (actorMention, bool) { return a.lastTroopsActor(b.out, si) }
	a.troopsTotalFrames(emit, lastTroops)
	a.troopCutFrames(emit, lastTroops)
	a.troopSubjectTotalFrames(emit, lastTroops)
	// "is weighing a deployment to the mission"
	a.deploymentFrames(emit)
	// "would end its contribution to the UN mission"
	a.contributionEndFrames(emit)
	// "The Estonians will pull out at the same time"
	a.pullOutFrames(emit)
	a.groupMemberFrames(emit)  // "Five countries pledged troops. They are …"
	a.amongMembersFrames(emit) // "Among the countries that joined the coalition are A, B and C"
	a.groupIncludeFrames(emit) // "The countries that have pledged troops include A, B and C"
	a.amongAfterFrames(emit)   // "Spain is among the countries that have sent tanks"
	a.donorWithFrames(emit)    // "Japan, with $77 million, and Norway, with $20 million"
	a.withSupportFrames(emit)
	a.withHelpFrames(emit, func(actor string, start int) bool { // "With British help, Ukraine cleared the mines"
		return b.hasLine(actor, news.KindSupport, start)
	})
	a.commandFrames(emit)  // "The Force Commander will be Italy's Rear Admiral …"
	a.involvedFrames(emit) // "forces from A and B are involved in the operation"
	a.runByFrames(emit)    // "the operation is being undertaken by A, B and C"
	a.roleOfFrames(emit)   // "The British contribution will consist of intelligence support"
	a.tableFrames(emit)    // "X has donated vaccines as follows:" and rows of recipients
	// "The EU will launch a naval mission": the last of the support frames,
	// for an owner with no support line in the text (what its mission does
	// says it) nor another line of the sentence
	a.launchMissionFrames(emit, func(actor string, start int) bool {
		return b.hasLine(actor, news.KindTroops, start) || b.hasLine(actor, news.KindEquipment, start) ||
			b.hasLine(actor, news.KindMoney, start) || slices.ContainsFunc(b.out, func(c news.Commitment) bool {
			return c.Actor == actor && c.Kind == news.KindSupport
		})
	})
}
