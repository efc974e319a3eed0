package extractor

// The stage of commitments (frames.go) that settles the lines once every
// frame has run: drop, merge and group them (dedupe*.go and the drops of
// the families), then the currency of a sole donor's dollars.

// settleLines drops the lines that another line makes redundant or that
// commit nothing on their own (vague troops, a restated increment, generic
// support, a repeat, the same money in a second currency …), merges the
// support of one clause, groups each actor's goods into lines
// (groupEquipment), sets the document's recipient, unmarks the fallback
// lines (fallbackLines) and reads "$" as the sole donor's dollars. b.out
// and b.order stay parallel.
func (b *lineBuilder) settleLines() {
	a, out, order := b.a, b.out, b.order
	out, order = dropVagueTroops(out, order)
	out, order = dropLedForceTroops(out, order)    // "offered to lead the force": support, not troops
	out, order = dropRestatedIncrement(out, order) // "more troops" beside "700 more troops"
	out, order = dropInvolvedTroops(out, order)
	out, order = dropGenericSupport(out, order)
	out, order = dropMoneyAssistance(out, order) // "macro-financial assistance" with no amount
	out, order = dropRepeatedRoles(out, order)
	out, order = mergeClauseSupport(out, order)
	out, order = dropRepeats(a.text, out, order, &a.scratch)
	out, order = a.dropConverted(out, order)                         // the same money in a second currency
	out, order = dropRoundedRepeats(out, order)                      // "€1.03 billion" said again as "about €1 billion"
	reviewValuedGoods(a.text, out)                                   // "equipment worth €50 million": for review
	out, order = groupEquipment(a.text, out, order, a.sentenceGoods) // how many lines each actor's goods give
	out, order = dropRecipientDonors(a.text, out, order)             // guardRecipientDonor
	documentRecipient(out)
	out, order = dropRecipientMembers(out, order)
	out, order = dropParticipationWithTroops(out, order)
	out, order = unmarkFallback(out, order)
	b.e.soleDonorDollar(out) // "Canada will send $25 million": Canadian dollars
	b.out, b.order = out, order
}
