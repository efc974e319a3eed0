package extractor

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// frame links a quantity to the actors that commit it.
type frame struct {
	actors []actorMention
	// anchor is the token range of the trigger ("pledged"), cue
	// ("willingness") or list marker (":") that makes the commitment.
	anchor span
	// rule names how the actors were found: list, active, passive, noun, pronoun.
	rule string
	// window is where status cues are looked for.
	window span
	conf   float64
	// forced, when set, is the status whatever the cues say.
	forced news.Status
	// anaphor is the token range of the pronoun or definite description
	// ("it", "the Government") that stands for the actors; empty when the
	// actors are named.
	anaphor span
	// to, when set, is the recipient whatever the clause says: the
	// trainees' country of "train Ukrainian recruits".
	to string
	// name, when set, names the rule that built the frame more closely
	// than rule ("troops.bracket"); it is reported after rule.
	name string
}

// Rule ids reported in news.Commitment.Rules.
const (
	ruleList     = "frame.list"
	ruleActive   = "frame.active"
	rulePassive  = "frame.passive"
	ruleNoun     = "frame.noun"
	rulePronoun  = "frame.pronoun"
	ruleSupport  = "frame.to-support"
	ruleGapped   = "frame.gapped"
	rulePresence = "frame.presence"
	ruleBullet   = "frame.bullet"
)

// commitments turns the analysis into commitments.
func (e *Extractor) commitments(a *analysis) []news.Commitment {
	// scratch memory of the analysis; the result is copied out at the end
	out := a.outBuf[:0]
	order := a.orderBuf[:0] // token index of each commitment's quantity
	a.spanBuf = a.spanBuf[:0]
	a.featBuf = a.featBuf[:0]
	if n := len(a.quants) / 2; cap(a.featBuf) < n {
		// about one line for two quantities: one allocation, not a
		// doubling series of large elements, for a long text
		a.featBuf = make([]lineFeat, 0, n)
		out = make([]news.Commitment, 0, n)
	}
	a.computeStats()
	a.lineIx.reset()
	a.owners = ownersMemo{on: true} // the mentions are complete
	defer func() {
		clear(out[:cap(out)]) // drop references to this text's strings
		a.outBuf, a.orderBuf = out[:0], order[:0]
	}()
	// one commitment per actor, kind, value and sentence
	type key struct {
		actor, item string
		kind        news.Kind
		status      news.Status
		value       float64
		start       int
		recipient   string
		at          int // where the money is: equal sums in one sentence are two gifts
	}
	var seen []key           // few per text: a linear scan beats a map …
	var seenSet map[key]bool // … until there are many
	emit := func(f frame, q quantity, item string) {
		if len(f.actors) == 0 || a.notCommitted(&f, &q) {
			return
		}
		fl := a.frameLine(&f, &q)
		for _, am := range f.actors {
			c := e.commitment(a, &f, &q, &am, item, &fl)
			k := key{actor: c.Actor, item: c.Item + c.Currency, kind: c.Kind, status: c.Status, value: -1, start: c.Start, recipient: f.to, at: -1}
			if q.kind == news.KindMoney && q.num != nil {
				k.at = a.moneyKeyAt(&q) // "$5 million to the WFP and $5 million to UNICEF"
			}
			if q.kind == news.KindEquipment && q.num != nil && markedMore(c) {
				k.at = q.start // "a further 20 vehicles, on top of the 20 delivered": two
			}
			switch {
			case c.Troops != nil:
				k.value = float64(*c.Troops)
			case c.Amount != nil:
				k.value = *c.Amount
			case c.Count != nil:
				k.value = float64(*c.Count)
			}
			if seenSet != nil && seenSet[k] || seenSet == nil && slices.Contains(seen, k) {
				continue
			}
			if seenSet == nil {
				seen = append(seen, k)
			}
			if seenSet == nil && len(seen) > 64 {
				// sized for the lines to come: about one for two quantities
				seenSet = make(map[key]bool, max(2*len(seen), len(a.quants)/2))
				for _, s := range seen {
					seenSet[s] = true
				}
			}
			if seenSet != nil {
				seenSet[k] = true
			}
			out = append(out, c)
			order = append(order, q.start)
			a.addLineFeatures(&f, &q, &am, &c)
		}
	}
	a.civilianTeams()
	// "139 rescue personnel, Austria 105": rescuers too
	a.civilianCounts()
	a.equipmentUnits()            // "one company of tanks"
	unframed := a.unframedBuf[:0] // quantities of no frame, for impliedFrame
	var receivers []pendingFrame  // money of a receiver frame with no donor
	defer func() { a.unframedBuf = unframed[:0] }()
	a.equipmentModifiers()
	for _, q := range a.quants {
		if q.kind == news.KindSupport {
			continue
		}
		rel, relOK := a.objectRelativeFrame(&q)
		if (q.prepped && q.num == nil && !a.troopContributor(&q) && !a.comesWith(&q) || q.conversion || a.sharesLine(&q) || a.summarisedGoods(&q) || a.goodsForOthers(&q) || a.peopleFighters(&q) || a.numberOfGoods(&q)) && !relOK {
			continue
		}
		if relOK {
			emit(rel, q, q.item)
		} else if f, ok := a.frameFor(&q); ok {
			// "has offered to replace the 370 troops that Austria is
			// withdrawing": the verb before commits them too
			if g, ok := a.mainVerbFrame(&q, f); ok {
				if g, ok = a.settle(g, &q); ok {
					emit(g, q, q.item)
				}
			}
			if f, ok = a.settle(f, &q); !ok {
				continue
			}
			if f.name == ruleReceiverNoDonor {
				receivers = append(receivers, pendingFrame{f, q}) // the text's donor may give it
				continue
			}
			if parts := a.respectively(&f, &q); parts != nil {
				for _, p := range parts {
					emit(p.f, p.q, q.item) // "pledged 17 and 10 million dollars, respectively"
				}
				continue
			}
			// "has delivered 20 of the 30 tanks it promised": the part is
			// delivered, the whole pledged
			if p, whole, ok := a.partOf(&q); ok {
				part, g := q, f
				part.num, part.span = newNum(p), span{p.start, q.end}
				g.name = ruleEquipPart
				emit(g, part, q.item)
				if !whole {
					continue // "12 of its 18 howitzers": its own stock
				}
				f.forced = news.StatusPledged
				f.conf -= 0.1
			} else if p, ok := a.troopsPartOf(&q); ok {
				// "33,000 of 100,000 American troops will leave": the
				// part is what the verb says, the whole is in place
				part, g := q, f
				part.num, part.span = newNum(p), span{p.start, q.end}
				g.name = ruleTroopsPart
				emit(g, part, q.item)
				f.forced = news.StatusDelivered
				f.conf -= 0.1
			}
			// "boost its contingent by 150 to 650 troops": the increase
			// too; "reduced from 750 to 150": the size of the cut alone
			if !a.troopChangeLines(f, &q, emit) {
				continue
			}
			emit(f, q, q.item)
			a.troopGapped(f, &q, emit) // "…, Britain 800 to Estonia and the US 1,000 to Poland"
			// "270 troops from A, B and C": each country too
			a.jointMembers(f, &q, emit)
			// "… field hospitals in cooperation with Germany and Norway": each partner too
			a.equipCoDonors(f, &q, emit)
			// "3,000 troops – half from the United States": that country's share
			a.shareFromCountry(f, &q, emit)
			// "…, bringing its contingent to about 300": the new total
			if total, ok := a.bringingTo(&q); ok {
				g := f
				g.forced = news.StatusPledged
				if q.kind == news.KindTroops && f.forced == "" && a.has(f.anchor.start, cDeliveryPast) {
					// "has sent 100 more, bringing its contingent to 900": in
					// place; not a total with troops in place before ("200
					// are already there, bringing the total to 400")
					if st, _ := a.status(&f); st == news.StatusDelivered {
						g.forced = news.StatusDelivered
					}
				}
				if q.kind == news.KindMoney && !a.sumOfParts(&total) && !a.promisedTotal(q.end, total.start) {
					g.forced = news.StatusDelivered // money given so far, with the new
				} else if q.kind == news.KindMoney && !a.sumOfParts(&total) {
					g.forced = news.StatusPledged // "takes our commitment to $165 million": a sum of promises
				} else if q.kind == news.KindMoney {
					g.forced = f.forced // "…, for a total of €500 million": the sum of what is said
				}
				g.conf -= 0.1
				emit(g, total, q.item)
			}
			// "to 2,200 troops, up from about 1,900 today": the earlier
			// level was delivered (not the earlier ceiling of "raising the
			// limit to 600, from 450")
			if p, ok := a.upFrom(&q); ok && f.name != ruleTroopsCeiling {
				was := q
				was.num, was.span = newNum(p), span{p.start, p.end}
				f.forced = news.StatusDelivered
				f.conf -= 0.1
				emit(f, was, q.item)
			}
		} else {
			unframed = append(unframed, q)
		}
	}
	donor := a.textDonor(out)
	for _, p := range receivers {
		if f, ok := a.receiverDonor(p.f, &p.q, donor); ok {
			emit(f, p.q, p.q.item)
		}
	}
	for _, q := range unframed {
		if f, ok := a.troopsInPlaceFrame(&q); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // "Italy's 1,100 troops in Lebanon are …"
			}
		} else if f, ok := a.missionSizeFrame(&q); ok {
			emit(f, q, q.item) // "the NATO-led mission currently consists of 3,800 troops"
		} else if f, ok := a.troopsConjunctFrame(&q); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // "… 1,200 Indonesian and 1,100 Italian troops"
			}
		} else if f, ok := a.whichHasFrame(&q); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // "…, after Indonesia, which has about 1,200"
			}
		} else if f, ok := a.totalSubjectFrame(&q, out); ok {
			emit(f, q, q.item) // "The new $300 million package brings total US aid to $40 billion"
		} else if f, ok := a.partSentenceFrame(&q, out); ok {
			emit(f, q, q.item) // "Of the total, €200 million is for air defence"
		} else if f, ok := a.impliedFrame(&q, a.packageOwner(&q, donor, out)); ok {
			emit(f, q, q.item)
		} else if f, ok := a.furtherMoneyFrame(&q); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // "a further $50 million": one more amount of that committer
			}
		} else if f, ok := a.textDonorFrame(&q, a.sents[q.sent]); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // the committer of the money before
			}
		} else if f, ok := a.contextDonorFrame(&q, out, donor); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // the giver of the line before
			}
		} else if f, ok := a.outsideGiverFrame(&q, out, donor); ok {
			if f, ok = a.settle(f, &q); ok {
				emit(f, q, q.item) // "The donation, valued at $3 million, …": the giver told before
			}
		}
	}
	unquantified := a.moneyNounFrames(emit, out)
	a.supportFrames(emit, unquantified, func(actor string, start int) bool {
		return a.hasLine(out, actor, news.KindTroops, start)
	})
	// the support frames below give no line to a country that already
	// commits something in the sentence (frames_support_roster.go …)
	anyLine := func(actor string, start int) bool {
		return a.hasLine(out, actor, news.KindTroops, start) || a.hasLine(out, actor, news.KindSupport, start) ||
			a.hasLine(out, actor, news.KindEquipment, start) || a.hasLine(out, actor, news.KindMoney, start)
	}
	a.rosterFrames(emit, anyLine)          // "The countries taking part in the mission are A, B and C" (before the join frames)
	a.helpAgentFrames(emit, anyLine)       // "Chinese experts have trained Ukrainian health workers"
	a.guardOfFrames(emit, anyLine)         // "Britain will guarantee Ukraine's security"
	a.participationOfFrames(emit, anyLine) // "Parliament approved Spain's participation in the mission"
	a.helpInFrames(emit, anyLine)          // "Japan will support in repairing cultural heritage"
	a.helpGoesOnFrames(emit, anyLine)      // "Germany's training of Ukrainian troops will continue"
	// a country that already commits something in the sentence needs no participation line
	a.joinFrames(emit, func(actor string, start int, kind news.Kind) bool {
		return a.hasLine(out, actor, kind, start) || a.hasLine(out, actor, news.KindTroops, start)
	})
	a.elidedJoinFrames(emit, anyLine) // "Belgium is also taking part" after the mission is named
	a.partOfFrames(emit, func(actor string, start int) bool {
		return a.hasLine(out, actor, news.KindTroops, start) || a.hasLine(out, actor, news.KindSupport, start) ||
			a.hasLine(out, actor, news.KindEquipment, start) || a.hasLine(out, actor, news.KindMoney, start)
	}) // "Britain, as part of the maritime coalition, will …"
	a.handoverFrames(emit)        // "will take over the air policing mission from Poland"
	a.helpWithMissionFrames(emit) // "will help the US with the naval mission"
	a.replaceFrames(emit)         // "will replace Poland in the air policing mission"
	a.hostCommandFrames(emit)     // "has offered to host the new command"
	a.ownMissionFrames(emit)      // "The EU monitoring mission has been extended"
	a.missionActsFrames(emit)     // "The EU training mission will train 5,000 soldiers"
	a.leadUnitFrames(emit, func(actor string, start int, kind news.Kind) bool {
		return a.hasLine(out, actor, news.KindTroops, start)
	}) // "Germany leads the multinational battalion in Lithuania"
	a.permissionFrames(emit)
	a.leaveFrames(emit)
	a.troopsTotalFrames(emit, func(si int) (actorMention, bool) { return a.lastTroopsActor(out, si) })
	a.troopCutFrames(emit, func(si int) (actorMention, bool) { return a.lastTroopsActor(out, si) })
	a.troopSubjectTotalFrames(emit, func(si int) (actorMention, bool) { return a.lastTroopsActor(out, si) })
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
		return a.hasLine(out, actor, news.KindSupport, start)
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
		return a.hasLine(out, actor, news.KindTroops, start) || a.hasLine(out, actor, news.KindEquipment, start) ||
			a.hasLine(out, actor, news.KindMoney, start) || slices.ContainsFunc(out, func(c news.Commitment) bool {
			return c.Actor == actor && c.Kind == news.KindSupport
		})
	})
	// quantities no pass used: the committer by a simple ranking (review);
	// marked apart from the other lines through the drop steps
	nFallback := len(out)
	a.fallbackFrames(emit, out, order, unframed)
	markFallback(out[nFallback:])
	out, order = dropVagueTroops(out, order)
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
	e.soleDonorDollar(out) // "Canada will send $25 million": Canadian dollars
	// text order: by sentence, then by the position of what is committed
	if len(out) == 0 {
		return nil
	}
	var res []news.Commitment
	res, a.scratch.perm = inEvidenceOrder(out, order, a.scratch.perm)
	// the spans point into scratch memory: copy them to one block
	n := 0
	for _, c := range res {
		if c.ActorSpan != nil {
			n++
		}
		if c.ValueSpan != nil {
			n++
		}
	}
	spans := make([][2]int, 0, n)
	own := func(p **[2]int) {
		if *p != nil {
			spans = append(spans, **p)
			*p = &spans[len(spans)-1]
		}
	}
	for i := range res {
		own(&res[i].ActorSpan)
		own(&res[i].ValueSpan)
	}
	e.confidence(a, res)
	capReview(res) // relaxed checks and fallback frames start in review
	return res
}

// ruleRecipientDoc marks a recipient taken from the rest of the document.
const ruleRecipientDoc = "recipient.document"

// farBack is how many sentences back a pronoun or a definite description
// ("the country") looks for the actor it stands for.
const farBack = 8
